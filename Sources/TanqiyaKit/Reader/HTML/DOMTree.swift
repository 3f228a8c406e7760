/// A page's DOM as flat Swift values, in document (pre-)order. Built by `LibXML2.parse`, the only
/// code that sees libxml2; everything after it (blocks, metadata, the extractors) reads this.
struct DOMTree: Sendable {
    /// Elements and text nodes in document order; a node's descendants are `index+1 ..< end`.
    var nodes: [DOMNode] = []
    /// Text of all text nodes, UTF-8, concatenated; nodes point into it.
    var text: [UInt8] = []
    /// Subtrees not walked because they were deeper than `HTMLParseLimits.maxDepth`.
    var skippedDeepSubtrees = 0
    /// True when the node cap stopped the walk early.
    var truncated = false

    func textBytes(_ node: DOMNode) -> ArraySlice<UInt8> { text[Int(node.textStart)..<Int(node.textEnd)] }

    func attribute(_ name: String, of node: DOMNode) -> String? {
        for a in node.attributes where a.name == name { return a.value }
        return nil
    }

    /// Concatenated text of a subtree, white space collapsed.
    func subtreeText(_ index: Int) -> String {
        var out: [UInt8] = []
        var pendingSpace = false
        let end = Int(nodes[index].end)
        var i = index + 1
        while i < end {
            let n = nodes[i]
            if n.kind == .text { WhiteSpace.appendCollapsed(textBytes(n), to: &out, pendingSpace: &pendingSpace) }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

struct DOMAttribute: Sendable, Equatable {
    var name: String
    var value: String
}

struct DOMNode: Sendable {
    enum Kind: UInt8, Sendable { case element, text }
    var kind: Kind
    /// Lower-case tag name for elements, "" for text.
    var name: String
    var parent: Int32
    /// One past the last descendant.
    var end: Int32
    var depth: Int32
    var textStart: Int32 = 0
    var textEnd: Int32 = 0
    /// Only the attributes the reader uses (class, id, role, lang, meta/link fields, hidden, style…).
    var attributes: [DOMAttribute] = []
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
    @inline(__always)
    static func appendCollapsed(_ bytes: ArraySlice<UInt8>, to out: inout [UInt8], pendingSpace: inout Bool) {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                pendingSpace = true; i += 1; continue
            }
            if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 { pendingSpace = true; i += 2; continue }
            if pendingSpace { if !out.isEmpty { out.append(0x20) }; pendingSpace = false }
            out.append(b)
            i += 1
        }
    }
}
