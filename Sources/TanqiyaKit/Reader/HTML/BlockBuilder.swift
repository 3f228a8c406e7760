/// Turns a `DOMTree` into ordered text blocks with features: a block ends wherever a block-level
/// element opens or closes, at `<br><br>`, and at a `<br>` after the end of a sentence (text
/// written as lines, one paragraph a line); inline elements (a, span, em…) stay inside a block.
enum BlockBuilder {
    /// A block longer than this is cut (a 20 MB text node is junk, not a paragraph).
    static let maxBlockBytes = 1 << 20

    private struct Open {
        var node: Int32
        var end: Int32
        var isBlock: Bool
        var isLink: Bool
        var regions: DOMRegions
        var heading: Int
        /// The element's entry in `paths`, made when a block first has it on its path.
        var entry: Int32 = -1
    }

    static func build(_ tree: DOMTree) -> [Block] {
        var walk = Walk(tree: tree)
        walk.run()
        let paths = ElementPaths(walk.table)
        var blocks: [Block] = []
        blocks.reserveCapacity(walk.pending.count)
        for (position, b) in walk.pending.enumerated() {
            let features = BlockFeatures(tag: b.entry >= 0 ? paths.tags[Int(b.entry)] : "", paths: paths, entry: b.entry,
                                         charCount: b.chars, linkCharCount: b.linkChars, headingLevel: b.heading,
                                         regions: b.regions, position: position)
            var block = Block(raw: b.text, line: position + 1, indent: 0)
            block.features = features
            blocks.append(block)
        }
        return blocks
    }

    /// A finished block; its features are made once the page is read (they share its element paths).
    private struct Pending {
        var text: String
        var entry: Int32
        var chars: Int, linkChars: Int, heading: Int
        var regions: DOMRegions
    }

    /// The walk over the tree's nodes in document order.
    private struct Walk {
        let tree: DOMTree
        var stack: [Open] = []
        var buf: [UInt8] = []
        var pendingSpace = false
        var chars = 0, linkChars = 0
        var linkDepth = 0
        var brSinceText = false
        var pending: [Pending] = []
        var table = ElementPaths.Table()

        init(tree: DOMTree) {
            self.tree = tree
            buf.reserveCapacity(4096)
        }

        mutating func flush() {
            defer { buf.removeAll(keepingCapacity: true); pendingSpace = false; chars = 0; linkChars = 0 }
            guard !buf.isEmpty else { return }
            // Features come from the open elements down to the innermost block-level one.
            var blockLevel = stack.count - 1
            while blockLevel > 0 && !stack[blockLevel].isBlock { blockLevel -= 1 }
            var entry: Int32 = -1
            if blockLevel >= 0 {
                for k in 0...blockLevel where stack[k].entry < 0 {
                    let node = tree.nodes[Int(stack[k].node)]
                    stack[k].entry = table.add(tag: tree.name(node), id: Int(stack[k].node), parent: k == 0 ? -1 : stack[k - 1].entry)
                    BlockBuilder.forEachClassToken(node, tree) { table.addToken($0) }
                }
                entry = stack[blockLevel].entry
            }
            let top = stack.last
            pending.append(Pending(text: String(decoding: buf, as: UTF8.self), entry: entry, chars: chars, linkChars: linkChars,
                                   heading: top?.heading ?? 0, regions: top?.regions ?? []))
        }

        mutating func run() {
            let nodes = tree.nodes
            var i = 0
            while i < nodes.count {
                // Close the elements that ended before this node.
                while let top = stack.last, top.end <= Int32(i) {
                    if top.isBlock { flush() }  // while the element is still open: its features
                    stack.removeLast()
                    if top.isLink { linkDepth -= 1 }
                }
                let n = nodes[i]
                if n.kind == .text {
                    if buf.count < maxBlockBytes {
                        let before = buf.count
                        var c = WhiteSpace.appendCollapsed(tree.textBytes(n), to: &buf, pendingSpace: &pendingSpace)
                        if buf.count > maxBlockBytes {
                            buf.removeSubrange(maxBlockBytes...)
                            c = 0
                            for k in before..<buf.count where buf[k] & 0xC0 != 0x80 { c += 1 }
                        }
                        if buf.count > before {
                            chars += c
                            // The separating space before a link belongs to the text, not the link.
                            if linkDepth > 0 { linkChars += before > 0 && buf[before] == 0x20 ? c - 1 : c }
                            brSinceText = false
                        }
                    }
                    i += 1
                    continue
                }
                let info = n.info
                if info.flags.contains(.skippedByBlocks) || isHidden(n, tree) { i = Int(n.end); continue }
                if info.flags.contains(.lineBreak) {
                    if brSinceText || BlockBuilder.endsSentence(buf) { flush() } else { pendingSpace = true }
                    brSinceText = true
                    i += 1
                    continue
                }
                let isBlock = info.flags.contains(.block)
                if isBlock { flush(); brSinceText = false }
                let parent = stack.last
                var regions = parent?.regions ?? []
                var heading = parent?.heading ?? 0
                regions.formUnion(info.region)
                if info.heading > 0 { heading = info.heading }
                if let role = tree.attributeValue(.role, of: n) { regions.formUnion(region(ofRole: role)) }
                let isLink = info.flags.contains(.link)
                if isLink { linkDepth += 1 }
                stack.append(Open(node: Int32(i), end: n.end, isBlock: isBlock, isLink: isLink, regions: regions,
                                  heading: heading))
                i += 1
            }
            while let top = stack.last { if top.isBlock { flush() }; stack.removeLast() }
            flush()
        }
    }

    /// Whether the text ends a sentence: a full stop, a question or an exclamation mark (Latin,
    /// Arabic, CJK), perhaps inside closing quotes or brackets, then perhaps spaces. A `<br>`
    /// after it ends a paragraph; one after a headline, a name or a list's lead-in does not.
    static func endsSentence(_ text: [UInt8]) -> Bool {
        var k = text.count - 1
        while k >= 0 && (text[k] == 0x20 || text[k] == 0x0A) { k -= 1 }
        // Closing quotes and brackets: " ' ) ] » ” ’
        while k >= 0 {
            if text[k] == 0x22 || text[k] == 0x27 || text[k] == 0x29 || text[k] == 0x5D { k -= 1; continue }
            if k >= 1 && text[k - 1] == 0xC2 && text[k] == 0xBB { k -= 2; continue }  // »
            if k >= 2 && text[k - 2] == 0xE2 && text[k - 1] == 0x80 && (text[k] == 0x9D || text[k] == 0x99) { k -= 3; continue }  // ” ’
            break
        }
        guard k >= 0 else { return false }
        let b = text[k]
        if b == 0x2E || b == 0x21 || b == 0x3F { return true }  // . ! ?
        if k >= 1 && text[k - 1] == 0xD8 && b == 0x9F { return true }  // ؟
        if k >= 1 && text[k - 1] == 0xDB && b == 0x94 { return true }  // ۔
        if k >= 2 && text[k - 2] == 0xE3 && text[k - 1] == 0x80 && b == 0x82 { return true }  // 。
        if k >= 2 && text[k - 2] == 0xEF && text[k - 1] == 0xBC && (b == 0x81 || b == 0x9F) { return true }  // ！ ？
        return false
    }

    /// The region an ARIA role names (the exact, lower-case values only).
    static func region(ofRole role: ArraySlice<UInt8>) -> DOMRegions {
        switch role.count {
        case 4 where role.elementsEqual("main".utf8): return .article
        case 6 where role.elementsEqual("banner".utf8): return .header
        case 10 where role.elementsEqual("navigation".utf8): return .nav
        case 11 where role.elementsEqual("contentinfo".utf8): return .footer
        case 13 where role.elementsEqual("complementary".utf8): return .aside
        default: return []
        }
    }

    static func isHidden(_ n: DOMNode, _ tree: DOMTree) -> Bool {
        var k = Int(n.attrStart)
        while k < Int(n.attrEnd) {
            let a = tree.attributes[k]
            k += 1
            if a.name == .hidden { return true }
            if a.name == .style {
                // "display:none" / "visibility:hidden", ignoring case and spaces, on bytes.
                let hidden = tree.attributeBytes.withUnsafeBufferPointer { all in
                    let style = UnsafeBufferPointer(rebasing: all[Int(a.start)..<Int(a.end)])
                    return containsIgnoringCaseAndSpaces(style, displayNone) || containsIgnoringCaseAndSpaces(style, visibilityHidden)
                }
                if hidden { return true }
            }
        }
        return false
    }

    private static let displayNone = Array("display:none".utf8)
    private static let visibilityHidden = Array("visibility:hidden".utf8)

    /// Whether `hay` holds `needle` (lower case, no spaces) once its spaces are dropped and its
    /// ASCII letters lowered.
    static func containsIgnoringCaseAndSpaces(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        let first = needle[0]
        var i = 0
        while i < hay.count {
            if hay[i] | 0x20 == first {
                // Match from here, skipping spaces in the hay.
                var h = i
                var m = 0
                while m < needle.count && h < hay.count {
                    let c = hay[h]
                    if c == 0x20 { h += 1; continue }
                    if (c >= 0x41 && c <= 0x5A ? c | 0x20 : c) != needle[m] { break }
                    m += 1
                    h += 1
                }
                if m == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// class, id and itemprop (microdata: `itemprop="articleBody"`) split on ASCII white space,
    /// ASCII letters lower-cased (on bytes).
    static func classTokens(_ n: DOMNode, _ tree: DOMTree) -> [String] {
        var out: [String] = []
        forEachClassToken(n, tree) { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }

    static func forEachClassToken(_ n: DOMNode, _ tree: DOMTree, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var k = Int(n.attrStart)
        var lower: [UInt8] = []
        while k < Int(n.attrEnd) {
            let a = tree.attributes[k]
            k += 1
            guard a.name == .class || a.name == .id || a.name == .itemprop else { continue }
            tree.attributeBytes.withUnsafeBufferPointer { all in
                let v = UnsafeBufferPointer(rebasing: all[Int(a.start)..<Int(a.end)])
                var i = 0
                while i < v.count {
                    while i < v.count && isTokenSpace(v[i]) { i += 1 }
                    let s = i
                    var upper = false
                    while i < v.count && !isTokenSpace(v[i]) {
                        if v[i] >= 0x41 && v[i] <= 0x5A { upper = true }
                        i += 1
                    }
                    guard i > s else { break }
                    let token = UnsafeBufferPointer(rebasing: v[s..<i])
                    if upper {
                        lower.removeAll(keepingCapacity: true)
                        for b in token { lower.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
                        lower.withUnsafeBufferPointer(body)
                    } else {
                        body(token)
                    }
                }
            }
        }
    }

    @inline(__always) static func isTokenSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C
    }
}
