import CLibXML2
@testable import TanqiyaKit

/// The reference the SAX builder (`LibXML2.parse`) is held to: libxml2's own tree
/// (`htmlReadMemory`), walked into a `DOMTree` the same way. Test code: the library never builds
/// libxml2's tree.
extension LibXML2 {
    static func parseViaTree(utf8 input: [UInt8], limits: HTMLParseLimits) -> DOMTree {
        _ = initialized
        let bytes = prepared(input, limits: limits)
        var tree = DOMTree()
        guard !bytes.isEmpty else { return tree }
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { c in
                htmlReadMemory(c, Int32(p.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return tree }
        defer { xmlFreeDoc(doc) }
        walk(doc, into: &tree, limits: limits)
        return tree
    }

    /// Pre-order walk without recursion: descend to children, else go to the next sibling, else
    /// climb until an ancestor has one. `stack` holds the Swift indices of the open elements.
    private static func walk(_ doc: htmlDocPtr, into tree: inout DOMTree, limits: HTMLParseLimits) {
        var stack: [Int32] = []
        var extraIDs: [String: UInt16] = [:]
        var node: xmlNodePtr? = doc.pointee.children
        while let n = node {
            if tree.nodes.count >= limits.maxNodes { tree.truncated = true; break }
            var descend = false
            let parent = stack.last ?? -1
            switch n.pointee.type {
            case XML_ELEMENT_NODE:
                let name = n.pointee.name.map { String(cString: $0) } ?? ""
                let tag: UInt16
                if let id = Array(name.utf8).withUnsafeBufferPointer({ HTMLTag.table.lookup($0) }) {
                    tag = id
                } else {
                    tag = tree.customTag(name, ids: &extraIDs)
                }
                var keepScriptText = false
                let attrStart = Int32(tree.attributes.count)
                let attrs = attributes(of: n)
                if HTMLTag.skippedByParser.contains(name) {
                    guard name == "script" else { break }
                    guard attrs.contains(where: { $0.name == .type && $0.value.lowercased().contains("ld+json") }) else { break }
                    keepScriptText = true
                }
                for a in attrs {
                    let start = Int32(tree.attributeBytes.count)
                    tree.attributeBytes += a.value.utf8
                    tree.attributes.append(DOMAttribute(name: a.name, start: start, end: Int32(tree.attributeBytes.count)))
                }
                tree.nodes.append(DOMNode(kind: .element, tag: tag, parent: parent, end: 0, depth: Int32(stack.count),
                                          attrStart: attrStart, attrEnd: Int32(tree.attributes.count)))
                let index = Int32(tree.nodes.count - 1)
                if n.pointee.children != nil && (stack.count < limits.maxDepth || keepScriptText) {
                    stack.append(index)
                    descend = true
                } else {
                    if n.pointee.children != nil { tree.skippedDeepSubtrees += 1 }
                    tree.nodes[Int(index)].end = index + 1
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = n.pointee.content {
                    let start = tree.text.count
                    let len = Int(xmlStrlen(content))
                    tree.text.append(contentsOf: UnsafeBufferPointer(start: content, count: len))
                    let index = Int32(tree.nodes.count)
                    tree.nodes.append(DOMNode(kind: .text, tag: 0, parent: parent, end: index + 1,
                                              depth: Int32(stack.count), textStart: Int32(start), textEnd: Int32(tree.text.count)))
                }
            default:
                break  // comments, processing instructions, DTD, entity refs
            }
            if descend { node = n.pointee.children; continue }
            // Next sibling, or climb.
            var cur: xmlNodePtr = n
            node = nil
            while true {
                if let next = cur.pointee.next { node = next; break }
                guard let open = stack.popLast(), let up = cur.pointee.parent else { break }
                tree.nodes[Int(open)].end = Int32(tree.nodes.count)
                cur = up
            }
        }
        // Close whatever is still open (node cap reached).
        while let open = stack.popLast() { tree.nodes[Int(open)].end = Int32(tree.nodes.count) }
    }

    private static func attributes(of n: xmlNodePtr) -> [(name: HTMLAttribute, value: String)] {
        var out: [(name: HTMLAttribute, value: String)] = []
        var attr = n.pointee.properties
        while let a = attr {
            if let rawName = a.pointee.name {
                let name = String(cString: rawName)
                let keepsHref = n.pointee.name.map { ["link", "base"].contains(String(cString: $0)) } == true
                if let attribute = HTMLAttribute.allCases.first(where: { $0.name == name }), attribute != .href || keepsHref {
                    var value = ""
                    var child = a.pointee.children
                    while let c = child {
                        if let content = c.pointee.content { value += String(cString: content) }
                        child = c.pointee.next
                    }
                    out.append((attribute, value))
                }
            }
            attr = a.pointee.next
        }
        return out
    }
}
