// The only Swift file that touches libxml2. It parses valid UTF-8 with libxml2's HTML parser and
// builds a `DOMTree` of Swift values straight from the parser's SAX events: libxml2 never builds
// (and frees) its own tree. The result is the tree that `htmlReadMemory` would build, walked in
// document order — the tests hold the two to equality (`HTMLParserEquivalenceTests`, with the
// tree walk written there).
private import CLibXML2
import Glibc

enum LibXML2 {
    /// `xmlInitParser()` must run once before threads parse: a `static let` is initialised once,
    /// on whichever thread asks first, before any page is parsed.
    static let initialized: Bool = {
        xmlInitParser()
        htmlDefaultSAXHandlerInit()
        return true
    }()

    static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue) | Int32(XML_PARSE_HUGE.rawValue)

    /// The input as libxml2 gets it: capped, and NUL bytes (which end libxml2's view of a buffer in
    /// places) replaced by spaces; so are form feeds (white space in HTML) and vertical tabs (a
    /// word processor's line break), raw or as a numeric reference (`&#12;`, `&#xB;`), which
    /// libxml2 drops as characters XML does not allow: «عنوان␌جديد» was read «عنوانجديد».
    static func prepared(_ input: [UInt8], limits: HTMLParseLimits) -> [UInt8] {
        var bytes = input
        if bytes.count > limits.maxInputBytes { bytes.removeSubrange(limits.maxInputBytes...) }
        bytes.withUnsafeMutableBufferPointer { p in
            guard let base = p.baseAddress, p.count > 0 else { return }
            for byte: Int32 in [0, 0x0B, 0x0C] where memchr(base, byte, p.count) != nil {
                for i in p.indices where p[i] == UInt8(byte) { p[i] = 0x20 }
            }
            var from = 0
            while from < p.count, let hit = memchr(base + from, 0x26, p.count - from) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                let end = whiteSpaceReferenceEnd(UnsafeBufferPointer(p), at: i)
                if end > i { for k in i..<end { p[k] = 0x20 } }
                from = max(end, i + 1)
            }
        }
        return bytes
    }

    /// The end of a numeric character reference to VT or FF (`&#11;`, `&#012;`, `&#xC;`, `&#X0b;`)
    /// that starts at `i`, or `i` when there is none there.
    static func whiteSpaceReferenceEnd(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        var k = i + 1
        guard k < p.count, p[k] == 0x23 else { return i }
        k += 1
        let hex = k < p.count && (p[k] | 0x20) == 0x78
        if hex { k += 1 }
        var value = 0
        let start = k
        while k < p.count, k - start < 8 {
            let c = p[k]
            if c >= 0x30 && c <= 0x39 {
                value = value * (hex ? 16 : 10) + Int(c - 0x30)
            } else if hex, (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 {
                value = value * 16 + Int((c | 0x20) - 0x61 + 10)
            } else {
                break
            }
            k += 1
        }
        guard k > start, value == 0x0B || value == 0x0C else { return i }
        return k < p.count && p[k] == 0x3B ? k + 1 : k
    }

    // MARK: - SAX: the parser's events straight into a DOMTree

    /// `InputTrimmer` follows libxml2 2.9.14's tokenizer: on another version, pages are parsed whole.
    static let trimsInput: Bool = { _ = initialized; return __xmlParserVersion().pointee.map { String(cString: $0) } == "20914" }()

    static func parse(utf8 input: [UInt8], limits: HTMLParseLimits, trim: Bool = true) -> DOMTree {
        _ = initialized
        let original = prepared(input, limits: limits)
        var bytes = original
        // Script and style text and unkept attributes never reach the tree; libxml2 need not read
        // them. Text and kept values are moved out of its way, and put back by the handlers.
        var trimmed: InputTrimmer.Trimmed?
        if trim && trimsInput, let t = InputTrimmer.trim(original) {
            bytes = t.bytes
            trimmed = t
        }
        guard !bytes.isEmpty else { return DOMTree() }
        if limits.maxNodes <= 0 {
            // libxml2's document always has a child (its DTD, a default one if none): the walk stops there.
            var tree = DOMTree()
            tree.truncated = true
            return tree
        }
        let builder = UnsafeMutablePointer<SAXBuilder>.allocate(capacity: 1)
        builder.initialize(to: SAXBuilder(limits: limits, inputBytes: original.count))
        defer { builder.deinitialize(count: 1); builder.deallocate() }
        original.withUnsafeBufferPointer { originalBytes in
        if let trimmed { builder.pointee.moved = Moved(trimmed, original: originalBytes) }
        bytes.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { c in
                // As htmlReadMemory(buffer, size, nil, "UTF-8", options), with our handlers.
                guard let ctxt = xmlCreateMemoryParserCtxt(c, Int32(p.count)) else { return }
                defer { xmlFreeParserCtxt(ctxt) }
                guard let sax = ctxt.pointee.sax else { return }
                installHandlers(sax)
                ctxt.pointee._private = UnsafeMutableRawPointer(builder)
                builder.pointee.ctxt = ctxt
                // htmlDoRead:
                htmlCtxtUseOptions(ctxt, options)
                ctxt.pointee.html = 1
                if let handler = xmlFindCharEncodingHandler("UTF-8") {
                    xmlSwitchToEncoding(ctxt, handler)
                    if let input = ctxt.pointee.input {
                        if let old = input.pointee.encoding { free(UnsafeMutableRawPointer(mutating: old)) }
                        input.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
                    }
                }
                htmlParseDocument(ctxt)
                builder.pointee.ctxt = nil
            }
        }
        builder.pointee.moved = nil
        }
        return builder.pointee.finish()
    }

    /// The V1 part of the handler is libxml2's HTML handler (as `htmlReadMemory` installs it) with
    /// the tree-building callbacks replaced by ours; no document is created.
    private static func installHandlers(_ sax: UnsafeMutablePointer<xmlSAXHandler>) {
        memcpy(sax, __htmlDefaultSAXHandler(), MemoryLayout<xmlSAXHandlerV1>.size)
        sax.pointee.setDocumentLocator = nil
        sax.pointee.startDocument = nil
        sax.pointee.endDocument = nil
        sax.pointee.internalSubset = { ctx, _, _, _ in SAXBuilder.at(ctx).pointee.doctype() }
        sax.pointee.startElement = { ctx, name, atts in
            guard let name else { return }
            SAXBuilder.at(ctx).pointee.startElement(name, atts)
        }
        sax.pointee.endElement = { ctx, _ in SAXBuilder.at(ctx).pointee.endElement() }
        sax.pointee.characters = { ctx, ch, len in
            guard let ch else { return }
            SAXBuilder.at(ctx).pointee.text(ch, Int(len), cdata: false)
        }
        sax.pointee.cdataBlock = { ctx, ch, len in
            guard let ch else { return }
            SAXBuilder.at(ctx).pointee.text(ch, Int(len), cdata: true)
        }
        sax.pointee.comment = { ctx, _ in SAXBuilder.at(ctx).pointee.otherNode() }
        sax.pointee.processingInstruction = { ctx, _, _ in SAXBuilder.at(ctx).pointee.otherNode() }
    }

    /// What `InputTrimmer.trim` moved out of libxml2's way, and where the handlers find it: the
    /// original page's bytes (alive while the page is parsed).
    fileprivate struct Moved {
        let original: UnsafeBufferPointer<UInt8>
        let textEnds: [Int]
        let textSources: [Range<Int>]
        let values: [Range<Int>]
        /// The first moved text not yet put back (text comes in page order).
        var nextText = 0

        init(_ trimmed: InputTrimmer.Trimmed, original: UnsafeBufferPointer<UInt8>) {
            self.original = original
            textEnds = trimmed.textEnds
            textSources = trimmed.textSources
            values = trimmed.values
        }

        /// Where the parser is in the bytes it parses.
        @inline(__always)
        static func position(_ ctxt: UnsafeMutablePointer<xmlParserCtxt>) -> Int {
            guard let input = ctxt.pointee.input, let cur = input.pointee.cur, let base = input.pointee.base else { return -1 }
            return Int(input.pointee.consumed) + (cur - base)
        }

        /// The moved text that the last byte of a chunk ending at `position` stands for, if any.
        @inline(__always)
        mutating func text(endingAt position: Int) -> Range<Int>? {
            while nextText < textEnds.count && textEnds[nextText] < position { nextText += 1 }
            guard nextText < textEnds.count, textEnds[nextText] == position else { return nil }
            nextText += 1
            return textSources[nextText - 1]
        }

        /// The original bytes of a value that is a marker (0x7F and a number), if it is one.
        func value(_ bytes: UnsafePointer<xmlChar>, count: Int) -> UnsafeBufferPointer<UInt8>? {
            guard count >= 2, bytes[0] == InputTrimmer.valueMarker, !values.isEmpty else { return nil }
            var number = 0
            for k in 1..<count {
                let d = bytes[k] &- 0x30
                guard d <= 9 else { return nil }
                number = number * 10 + Int(d)
            }
            guard number < values.count else { return nil }
            return UnsafeBufferPointer(rebasing: original[values[number]])
        }
    }

    /// Mirrors what libxml2's SAX2 tree builder (xmlSAX2StartElement, xmlSAX2Text, …) would build,
    /// then what the walk of that tree would keep:
    /// - the open elements follow the parser's name stack (an unterminated start tag is popped
    ///   without an end event; every event first closes what the stack no longer holds);
    /// - text joins the previous text node of the same kind when it is the current element's last
    ///   child (entities and 1000-byte chunks arrive as several events);
    /// - an element started with no element open goes under the document's first child when that
    ///   is an element (the root), else beside it;
    /// - skipped elements (script, style…) and subtrees deeper than `maxDepth` are not kept.
    fileprivate struct SAXBuilder {
        enum Mode { case walk, deep, ignore }
        enum LastChild { case none, text, cdata, other }
        struct Open {
            /// Index in `tree.nodes`, -1 for elements not kept.
            var node: Int32
            var mode: Mode
            var lastChild: LastChild = .none
            /// A `.deep` element: whether a child was seen (counted once).
            var hadChild = false
        }
        /// The document's first child: none yet, an element (the root), or another node (doctype,
        /// comment, processing instruction).
        enum First { case none, element, other }

        var tree = DOMTree()
        let limits: HTMLParseLimits
        var ctxt: UnsafeMutablePointer<xmlParserCtxt>?
        /// What was moved out of the parser's way (nil: the page is parsed as it is).
        var moved: Moved?
        var open: [Open] = []
        var stopped = false
        var first = First.none
        var root = Open(node: -1, mode: .ignore)
        var rootIsOpen = false
        /// Depth of the open elements' top-level ancestor: 1 when it hangs under the closed root.
        var base = 0
        var extraIDs: [String: UInt16] = [:]
        /// Comments and processing instructions beside the root, not yet visited (see `otherNode`).
        var pendingDocumentNodes = 0

        init(limits: HTMLParseLimits, inputBytes: Int) {
            self.limits = limits
            tree.nodes.reserveCapacity(4096)
            tree.text.reserveCapacity(inputBytes / 3)
            tree.attributes.reserveCapacity(2048)
            tree.attributeBytes.reserveCapacity(inputBytes / 16)
        }

        @inline(__always)
        static func at(_ ctx: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<SAXBuilder> {
            ctx!.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private!.assumingMemoryBound(to: SAXBuilder.self)
        }

        /// Depth of the parser's name stack (its open elements).
        @inline(__always) var nameDepth: Int { Int(ctxt?.pointee.nameNr ?? 0) }

        /// Closes the elements the parser's name stack no longer holds.
        @inline(__always)
        mutating func sync(_ depth: Int) {
            while open.count > depth { pop() }
        }

        @inline(__always)
        mutating func pop() {
            let o = open.removeLast()
            if o.mode == .walk { tree.nodes[Int(o.node)].end = Int32(tree.nodes.count) }
            if open.isEmpty && rootIsOpen { root = o; rootIsOpen = false }
            // A subtree hung under the closed root: the root's end moves past it.
            if open.isEmpty && base == 1 {
                if root.mode == .walk { tree.nodes[Int(root.node)].end = Int32(tree.nodes.count) }
                if first != .element { visitPendingDocumentNodes() }
            }
        }

        /// A node the walk of libxml2's tree would visit: false (and the parser stopped) at the node cap.
        @inline(__always)
        mutating func visit() -> Bool {
            if tree.nodes.count >= limits.maxNodes {
                tree.truncated = true
                stopped = true
                if let ctxt { xmlStopParser(ctxt) }
                return false
            }
            return true
        }

        /// xmlSAX2InternalSubset: the DTD becomes (or stays) the document's first child.
        mutating func doctype() {
            guard !stopped else { return }
            // From here on, elements started with none open go beside the root: the root's subtree is
            // final, and the walk visits the document-level nodes that came after it.
            first = .other
            if open.isEmpty || base == 0 { visitPendingDocumentNodes() }
        }

        /// A comment or processing instruction.
        mutating func otherNode() {
            guard !stopped else { return }
            sync(nameDepth)
            guard let k = open.indices.last else {
                switch first {
                case .none: first = .other; _ = visit()
                case .other: _ = visit()
                // Beside the root, which later elements may still join: the walk gets here after them.
                case .element: pendingDocumentNodes += 1
                }
                return
            }
            switch open[k].mode {
            case .walk:
                open[k].lastChild = .other
                _ = visit()
            case .deep: noteDeepChild(k)
            case .ignore: break
            }
        }

        /// A child of the open element `k` (nil: of the closed root) that is `.deep`: counted once.
        /// The root's subtree is final: the walk now visits the document-level nodes after it.
        mutating func visitPendingDocumentNodes() {
            if pendingDocumentNodes > 0 {
                pendingDocumentNodes = 0
                _ = visit()
            }
        }

        @inline(__always)
        mutating func noteDeepChild(_ k: Int?) {
            if let k {
                if !open[k].hadChild { open[k].hadChild = true; tree.skippedDeepSubtrees += 1 }
            } else if !root.hadChild {
                root.hadChild = true
                tree.skippedDeepSubtrees += 1
            }
        }

        mutating func text(_ ch: UnsafePointer<xmlChar>, _ len: Int, cdata: Bool) {
            guard !stopped else { return }
            sync(nameDepth)
            guard let k = open.indices.last else { return }  // xmlSAX2Text: no current node, no text
            switch open[k].mode {
            case .ignore: return
            case .deep: noteDeepChild(k); return
            case .walk: break
            }
            let kind: LastChild = cdata ? .cdata : .text
            if open[k].lastChild == kind, let last = tree.nodes.indices.last, tree.nodes[last].kind == .text,
               Int(tree.nodes[last].textEnd) == tree.text.count {
                // The element's last child is a text node of this kind: libxml2 appends to it.
                appendText(ch, len, cdata: cdata)
                tree.nodes[last].textEnd = Int32(tree.text.count)
                return
            }
            guard visit() else { return }
            open[k].lastChild = kind
            let start = tree.text.count
            appendText(ch, len, cdata: cdata)
            let index = Int32(tree.nodes.count)
            tree.nodes.append(DOMNode(kind: .text, tag: 0, parent: open[k].node, end: index + 1,
                                      depth: Int32(base + open.count), textStart: Int32(start), textEnd: Int32(tree.text.count)))
        }

        /// A chunk of text as libxml2 hands it on; when its last byte stands for a moved text run
        /// (it ends where that run's stand-in ends), the run's original bytes instead of that byte.
        @inline(__always)
        mutating func appendText(_ ch: UnsafePointer<xmlChar>, _ len: Int, cdata: Bool) {
            if !cdata, len > 0, moved != nil, let ctxt, let source = moved!.text(endingAt: Moved.position(ctxt)) {
                tree.text.append(contentsOf: UnsafeBufferPointer(start: ch, count: len - 1))
                tree.text.append(contentsOf: UnsafeBufferPointer(rebasing: moved!.original[source]))
                return
            }
            tree.text.append(contentsOf: UnsafeBufferPointer(start: ch, count: len))
        }

        mutating func endElement() {
            guard !stopped else { return }
            sync(nameDepth)
            if !open.isEmpty { pop() }
        }

        mutating func startElement(_ name: UnsafePointer<xmlChar>, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
            guard !stopped else { return }
            sync(max(0, nameDepth - 1))
            // The parent: the current element; with none open (xmlSAX2StartElement), the document's
            // first child when it is an element, else none.
            var isRoot = false
            var parentNode: Int32 = -1
            var parentMode = Mode.walk
            if let k = open.indices.last {
                parentNode = open[k].node
                parentMode = open[k].mode
                if parentMode == .walk { open[k].lastChild = .other }
                if parentMode == .deep { noteDeepChild(k) }
            } else {
                switch first {
                case .none: isRoot = true; base = 0
                case .other: base = 0
                case .element:
                    base = 1
                    parentNode = root.node
                    parentMode = root.mode
                    if parentMode == .deep { noteDeepChild(nil) }
                }
            }
            guard parentMode == .walk else { return push(Open(node: -1, mode: .ignore), isRoot: isRoot) }
            guard visit() else { return }
            let depth = base + open.count
            let tag = tagID(name)
            var keepScriptText = false
            let skipped = HTMLTag.info(tag).flags.contains(.skippedByParser)
            if skipped && tag != HTMLTag.script { return push(Open(node: -1, mode: .ignore), isRoot: isRoot) }
            let attrStart = Int32(tree.attributes.count)
            let attrBytesStart = tree.attributeBytes.count
            appendAttributes(atts, keepsHref: tag == HTMLTag.link || tag == HTMLTag.base)
            if skipped {
                // A script is kept only for JSON-LD (the page's metadata).
                var isJSONLD = false
                for a in tree.attributes[Int(attrStart)...] where a.name == .type {
                    if Text.lowercasedContains(tree.attributeBytes[Int(a.start)..<Int(a.end)], "ld+json") { isJSONLD = true; break }
                }
                guard isJSONLD else {
                    tree.attributes.removeSubrange(Int(attrStart)...)
                    tree.attributeBytes.removeSubrange(attrBytesStart...)
                    return push(Open(node: -1, mode: .ignore), isRoot: isRoot)
                }
                keepScriptText = true
            }
            let index = Int32(tree.nodes.count)
            tree.nodes.append(DOMNode(kind: .element, tag: tag, parent: parentNode, end: index + 1,
                                      depth: Int32(depth), attrStart: attrStart, attrEnd: Int32(tree.attributes.count)))
            push(Open(node: index, mode: depth < limits.maxDepth || keepScriptText ? .walk : .deep), isRoot: isRoot)
        }

        @inline(__always)
        mutating func push(_ o: Open, isRoot: Bool) {
            if isRoot { first = .element; root = o; rootIsOpen = true }
            open.append(o)
        }

        mutating func finish() -> DOMTree {
            // The walk closes the root, and whatever the parser left open, at the end.
            sync(0)
            if !stopped { visitPendingDocumentNodes() }
            var out = DOMTree()
            swap(&out, &tree)
            return out
        }

        /// Tag ids of the names seen, by the address of the name: libxml2 hands over names from its
        /// dictionary (one address per name) or from static strings.
        var nameCache = [(name: UnsafeRawPointer?, id: UInt16)](repeating: (nil, 0), count: 128)

        /// The element's tag id, from its local name (xmlSAX2StartElement splits `prefix:name`).
        mutating func tagID(_ name: UnsafePointer<xmlChar>) -> UInt16 {
            let address = UnsafeRawPointer(name)
            let slot = Int(truncatingIfNeeded: (UInt(bitPattern: Int(bitPattern: address)) &* 0x9E37_79B9_7F4A_7C15) >> 57)
            if nameCache[slot].name == address { return nameCache[slot].id }
            let id = tagID(uncached: name)
            nameCache[slot] = (address, id)
            return id
        }

        mutating func tagID(uncached name: UnsafePointer<xmlChar>) -> UInt16 {
            let len = strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
            if memchr(name, 0x3A, len) != nil, let ctxt {
                var prefix: UnsafeMutablePointer<xmlChar>?
                if let local = xmlSplitQName(ctxt, name, &prefix) {
                    defer { free(local); if let prefix { free(prefix) } }  // xmlFree is free() unless xmlMemSetup changed it (never here)
                    let n = strlen(UnsafeRawPointer(local).assumingMemoryBound(to: CChar.self))
                    return tagID(bytes: UnsafeBufferPointer(start: UnsafePointer(local), count: n))
                }
            }
            return tagID(bytes: UnsafeBufferPointer(start: name, count: len))
        }

        mutating func tagID(bytes: UnsafeBufferPointer<UInt8>) -> UInt16 {
            if let id = HTMLTag.table.lookup(bytes) { return id }
            return tree.customTag(String(decoding: bytes, as: UTF8.self), ids: &extraIDs)
        }

        /// The kept attributes, in order (xmlSAX2AttributeInternal: a value-less one has no text).
        mutating func appendAttributes(_ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, keepsHref: Bool) {
            guard let atts else { return }
            var i = 0
            while let rawName = atts[i] {
                let value = atts[i + 1]
                i += 2
                let nameLen = strlen(UnsafeRawPointer(rawName).assumingMemoryBound(to: CChar.self))
                guard let id = attributeTable.lookup(UnsafeBufferPointer(start: rawName, count: nameLen)),
                      let name = HTMLAttribute(rawValue: UInt8(id)), name != .href || keepsHref else { continue }
                let start = Int32(tree.attributeBytes.count)
                if let value {
                    let n = strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))
                    if let original = moved?.value(value, count: n) {
                        tree.attributeBytes.append(contentsOf: original)
                    } else {
                        tree.attributeBytes.append(contentsOf: UnsafeBufferPointer(start: value, count: n))
                    }
                }
                tree.attributes.append(DOMAttribute(name: name, start: start, end: Int32(tree.attributeBytes.count)))
            }
        }
    }

    static let attributeTable = HTMLTag.NameTable(HTMLAttribute.allCases.map(\.name))
}
