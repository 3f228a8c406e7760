import Glibc

/// A page's DOM as flat Swift values, in document (pre-)order. Built by `LibXML2.parse`, the only
/// code that sees libxml2; everything after it (blocks, metadata, the extractors) reads this.
///
/// Built for speed: element names are small integer ids (`HTMLTag`), attribute values and text are
/// byte ranges into two shared buffers, so building a page's tree allocates a handful of arrays,
/// not a string per node.
struct DOMTree: Sendable, Equatable {
    /// Elements and text nodes in document order; a node's descendants are `index+1 ..< end`.
    var nodes: [DOMNode] = []
    /// Text of all text nodes, UTF-8, concatenated; nodes point into it.
    var text: [UInt8] = []
    /// The kept attributes of all elements, in element order; an element's are `attrStart ..< attrEnd`.
    var attributes: [DOMAttribute] = []
    /// Attribute values, UTF-8, concatenated; attributes point into it.
    var attributeBytes: [UInt8] = []
    /// Names of elements that are not in `HTMLTag.known` (custom elements); their tag ids follow
    /// the known ones.
    var extraNames: [String] = []
    /// Subtrees not walked because they were deeper than `HTMLParseLimits.maxDepth`.
    var skippedDeepSubtrees = 0
    /// True when the node cap stopped the walk early.
    var truncated = false

    func textBytes(_ node: DOMNode) -> ArraySlice<UInt8> { text[Int(node.textStart)..<Int(node.textEnd)] }

    /// The element's (lower-case) tag name.
    func name(_ node: DOMNode) -> String { name(tag: node.tag) }

    func name(tag: UInt16) -> String {
        Int(tag) < HTMLTag.known.count ? HTMLTag.known[Int(tag)].name : extraNames[Int(tag) - HTMLTag.known.count]
    }

    /// What the custom element names past the 16-bit tag ids are called, together.
    static let overflowName = "#more-custom-elements"

    /// The tag id of a name that is not in `HTMLTag.known` (`ids` remembers those seen),
    /// adding it when new. Ids are 16 bits: once they run out (a page of 70,000 invented tag
    /// names trapped here), every further new name shares one last id, `overflowName`.
    mutating func customTag(_ name: String, ids: inout [String: UInt16]) -> UInt16 {
        if let id = ids[name] { return id }
        let free = Int(UInt16.max) - HTMLTag.known.count - extraNames.count
        if free <= 1 {
            if free == 1 { extraNames.append(Self.overflowName) }
            return UInt16.max - 1
        }
        let id = UInt16(HTMLTag.known.count + extraNames.count)
        extraNames.append(name)
        ids[name] = id
        return id
    }

    /// The attribute's value bytes, `nil` when the element does not have it.
    @inline(__always)
    func attributeValue(_ name: HTMLAttribute, of node: DOMNode) -> ArraySlice<UInt8>? {
        var k = Int(node.attrStart)
        let end = Int(node.attrEnd)
        while k < end {
            let a = attributes[k]
            if a.name == name { return attributeBytes[Int(a.start)..<Int(a.end)] }
            k += 1
        }
        return nil
    }

    func attribute(_ name: HTMLAttribute, of node: DOMNode) -> String? {
        attributeValue(name, of: node).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Concatenated text of a subtree, white space collapsed.
    func subtreeText(_ index: Int) -> String {
        String(decoding: subtreeBytes(index), as: UTF8.self)
    }

    func subtreeBytes(_ index: Int) -> [UInt8] {
        var out: [UInt8] = []
        var pendingSpace = false
        let end = Int(nodes[index].end)
        var i = index + 1
        while i < end {
            let n = nodes[i]
            if n.kind == .text { WhiteSpace.appendCollapsed(textBytes(n), to: &out, pendingSpace: &pendingSpace) }
            i += 1
        }
        return out
    }
}

/// The attributes the reader keeps (everything else is dropped at the C boundary).
enum HTMLAttribute: UInt8, Sendable, CaseIterable {
    case `class`, id, role, lang, hidden, style, ariaHidden, property, name, content, itemprop, rel, type, datetime,
         httpEquiv, charset, itemtype
    /// Only on `<link>` and `<base>` elements.
    case href

    var name: String {
        switch self {
        case .ariaHidden: return "aria-hidden"
        case .httpEquiv: return "http-equiv"
        default: return "\(self)"
        }
    }
}

struct DOMAttribute: Sendable, Equatable {
    var name: HTMLAttribute
    var start: Int32
    var end: Int32
}

struct DOMNode: Sendable, Equatable {
    enum Kind: UInt8, Sendable { case element, text }
    var kind: Kind
    /// Elements: the tag id (`HTMLTag`, or an extra name of the tree). Text: 0.
    var tag: UInt16
    var parent: Int32
    /// One past the last descendant.
    var end: Int32
    var depth: Int32
    var textStart: Int32 = 0
    var textEnd: Int32 = 0
    /// The element's kept attributes in `DOMTree.attributes`.
    var attrStart: Int32 = 0
    var attrEnd: Int32 = 0

    @inline(__always) var info: HTMLTag.Info { HTMLTag.info(tag) }
}

/// Element names the reader and the extractors know, as small ids with precomputed facts, so no
/// code after the parser compares or hashes tag strings.
enum HTMLTag {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        /// Never text; not put in the tree (`script` only for JSON-LD).
        static let skippedByParser = Flags(rawValue: 1 << 0)
        /// Starts and ends a text block.
        static let block = Flags(rawValue: 1 << 1)
        /// Subtrees that never give body blocks (head, script, title).
        static let skippedByBlocks = Flags(rawValue: 1 << 2)
        static let link = Flags(rawValue: 1 << 3)
        static let lineBreak = Flags(rawValue: 1 << 4)
    }

    struct Info: Sendable {
        var flags: Flags = []
        /// The region the element opens (nav, header…).
        var region: DOMRegions = []
        /// 1–6 for h1–h6.
        var heading: Int = 0
    }

    /// Element ids with a fixed meaning (their index in `known`).
    static let html: UInt16 = 0, head: UInt16 = 1, title: UInt16 = 2, meta: UInt16 = 3, link: UInt16 = 4,
               time: UInt16 = 5, script: UInt16 = 6, h1: UInt16 = 7, base: UInt16 = 8

    /// Elements whose content is never text. `script` is kept only for JSON-LD (metadata).
    static let skippedByParser: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "math", "object", "embed",
        "canvas", "select", "textarea", "button", "video", "audio", "map", "head-script",
    ]
    /// Elements that start and end a block.
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol",
        "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "option",
    ]
    /// Subtrees that never give body blocks (`head` is read by `HTMLMetadata`).
    static let skippedByBlocks: Set<String> = ["head", "script", "title"]

    /// Every name above, plus the common inline elements, the fixed ids first.
    static let known: [(name: String, info: Info)] = {
        var names = ["html", "head", "title", "meta", "link", "time", "script", "h1", "base"]
        let others = skippedByParser.union(blockTags).union(skippedByBlocks).union([
            "a", "br", "span", "img", "b", "i", "em", "strong", "input", "label", "small", "u", "sup", "sub",
            "font", "code", "cite", "abbr", "q", "s", "mark", "picture", "source", "wbr", "area", "base", "body",
            "col", "colgroup", "frame", "frameset", "noframes", "param", "track", "tt", "var", "kbd", "samp",
            "ins", "del", "bdi", "bdo", "data", "output", "progress", "meter", "optgroup", "datalist", "rp", "rt",
            "ruby", "strike", "big", "acronym", "applet", "basefont", "isindex", "nobr", "marquee", "blink",
        ]).subtracting(names)
        names += others.sorted()
        return names.map { ($0, info(for: $0)) }
    }()

    static let infos: [Info] = known.map(\.info)

    @inline(__always) static func info(_ tag: UInt16) -> Info {
        Int(tag) < infos.count ? infos[Int(tag)] : Info()
    }

    static func info(for name: String) -> Info {
        var info = Info()
        if skippedByParser.contains(name) { info.flags.insert(.skippedByParser) }
        if blockTags.contains(name) { info.flags.insert(.block) }
        if skippedByBlocks.contains(name) { info.flags.insert(.skippedByBlocks) }
        if name == "a" { info.flags.insert(.link) }
        if name == "br" { info.flags.insert(.lineBreak) }
        switch name {
        case "nav": info.region = .nav
        case "header": info.region = .header
        case "footer": info.region = .footer
        case "aside": info.region = .aside
        case "form": info.region = .form
        case "figure": info.region = .figure
        case "figcaption": info.region = .figcaption
        case "li", "dd", "dt": info.region = .listItem
        case "td", "th": info.region = .tableCell
        case "article", "main": info.region = .article
        case "blockquote": info.region = .blockquote
        case "h1": info.heading = 1
        case "h2": info.heading = 2
        case "h3": info.heading = 3
        case "h4": info.heading = 4
        case "h5": info.heading = 5
        case "h6": info.heading = 6
        default: break
        }
        return info
    }

    /// Known names by their bytes, for the parser: open addressing on a small hash of the bytes.
    static let table: NameTable = NameTable(known.map(\.name))

    struct NameTable: Sendable {
        private var slots: [Int32]
        private var bytes: [UInt8] = []
        private var ranges: [(Int32, Int32)] = []
        private let mask: Int

        init(_ names: [String]) {
            var size = 16
            while size < names.count * 4 { size *= 2 }
            mask = size - 1
            slots = Array(repeating: -1, count: size)
            for (id, name) in names.enumerated() {
                let start = Int32(bytes.count)
                bytes += name.utf8
                ranges.append((start, Int32(bytes.count)))
                var s = bytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[Int(start)...])) } & mask
                while slots[s] >= 0 { s = (s + 1) & mask }
                slots[s] = Int32(id)
            }
        }

        @inline(__always)
        static func hash(_ p: UnsafeBufferPointer<UInt8>) -> Int {
            var h: UInt32 = 2_166_136_261
            for b in p { h = (h ^ UInt32(b)) &* 16_777_619 }
            return Int(h)
        }

        /// The id of the name with these bytes, or nil.
        func lookup(_ p: UnsafeBufferPointer<UInt8>) -> UInt16? {
            var s = Self.hash(p) & mask
            while true {
                let id = slots[s]
                if id < 0 { return nil }
                let (a, b) = ranges[Int(id)]
                if Int(b - a) == p.count {
                    let same = bytes.withUnsafeBufferPointer { all in
                        p.isEmpty || memcmp(all.baseAddress! + Int(a), p.baseAddress!, p.count) == 0
                    }
                    if same { return UInt16(id) }
                }
                s = (s + 1) & mask
            }
        }
    }
}

/// Limits around libxml2 for hostile pages.
public struct HTMLParseLimits: Sendable, Equatable {
    /// Larger inputs are cut to this many bytes before parsing (libxml2 runs with HTML_PARSE_HUGE,
    /// so this cap is what bounds memory and time).
    public var maxInputBytes: Int = 32 << 20
    /// Elements deeper than this are not walked (their text is lost); the walk is iterative anyway.
    public var maxDepth: Int = 256
    /// The walk stops after this many nodes.
    public var maxNodes: Int = 1_000_000
    public init() {}
}

/// Byte-level white-space collapsing (ASCII white space and NBSP count as space).
enum WhiteSpace {
    /// Appends `bytes` with each run of white space as one space (none at the start of `out`; a
    /// trailing run is left pending). Returns the characters appended (UTF-8 lead bytes).
    @discardableResult @inline(__always)
    static func appendCollapsed(_ bytes: ArraySlice<UInt8>, to out: inout [UInt8], pendingSpace: inout Bool) -> Int {
        bytes.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            var chars = 0
            while i < n {
                let b = p[i]
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C { pendingSpace = true; i += 1; continue }
                if b == 0xC2, i + 1 < n, p[i + 1] == 0xA0 { pendingSpace = true; i += 2; continue }
                // A run of other bytes, copied at once.
                var e = i
                var c = 0
                while e < n {
                    let x = p[e]
                    if x == 0x20 || x == 0x0A || x == 0x09 || x == 0x0D || x == 0x0C { break }
                    if x == 0xC2, e + 1 < n, p[e + 1] == 0xA0 { break }
                    if x & 0xC0 != 0x80 { c += 1 }
                    e += 1
                }
                if pendingSpace {
                    if !out.isEmpty { out.append(0x20); chars += 1 }
                    pendingSpace = false
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<e]))
                chars += c
                i = e
            }
            return chars
        }
    }
}
