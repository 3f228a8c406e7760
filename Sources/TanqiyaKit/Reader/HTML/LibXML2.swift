// The only Swift file that touches libxml2. It parses valid UTF-8 with htmlReadMemory, walks the
// tree iteratively into a `DOMTree` of Swift values, and frees the document before returning.
private import CLibXML2

enum LibXML2 {
    /// `xmlInitParser()` must run once before threads parse; `swift_once` makes this safe and
    /// `HTMLReader.prepare()` triggers it early from the main thread.
    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Elements whose content is never text. `script` is kept only for JSON-LD (metadata).
    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "math", "object", "embed",
        "canvas", "select", "textarea", "button", "video", "audio", "map", "head-script",
    ]

    /// Attributes copied into the Swift tree; everything else is dropped at the C boundary.
    static let keptAttributes: Set<String> = [
        "class", "id", "role", "lang", "hidden", "style", "aria-hidden", "property", "name",
        "content", "itemprop", "rel", "type", "datetime", "http-equiv", "charset", "itemtype",
    ]

    static func parse(utf8 input: [UInt8], limits: HTMLParseLimits) -> DOMTree {
        _ = initialized
        var bytes = input
        if bytes.count > limits.maxInputBytes { bytes.removeSubrange(limits.maxInputBytes...) }
        // NUL bytes end libxml2's view of a buffer in places; binary junk is replaced, not parsed.
        for i in bytes.indices where bytes[i] == 0 { bytes[i] = 0x20 }
        var tree = DOMTree()
        guard !bytes.isEmpty else { return tree }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { c in
                htmlReadMemory(c, Int32(p.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return tree }
        defer { xmlFreeDoc(doc) }
        tree.nodes.reserveCapacity(4096)
        tree.text.reserveCapacity(bytes.count / 3)
        walk(doc, into: &tree, limits: limits)
        return tree
    }

    /// Pre-order walk without recursion: descend to children, else go to the next sibling, else
    /// climb until an ancestor has one. `stack` holds the Swift indices of the open elements.
    private static func walk(_ doc: htmlDocPtr, into tree: inout DOMTree, limits: HTMLParseLimits) {
        var stack: [Int32] = []
        var node: xmlNodePtr? = doc.pointee.children
        while let n = node {
            if tree.nodes.count >= limits.maxNodes { tree.truncated = true; break }
            var descend = false
            let parent = stack.last ?? -1
            switch n.pointee.type {
            case XML_ELEMENT_NODE:
                let name = n.pointee.name.map { String(cString: $0) } ?? ""
                var keepScriptText = false
                if skippedElements.contains(name) {
                    guard name == "script" else { break }
                    let attrs = attributes(of: n)
                    guard attrs.contains(where: { $0.name == "type" && $0.value.lowercased().contains("ld+json") }) else { break }
                    keepScriptText = true
                    tree.nodes.append(DOMNode(kind: .element, name: name, parent: parent, end: 0,
                                              depth: Int32(stack.count), attributes: attrs))
                } else {
                    tree.nodes.append(DOMNode(kind: .element, name: name, parent: parent, end: 0,
                                              depth: Int32(stack.count), attributes: attributes(of: n)))
                }
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
                    tree.nodes.append(DOMNode(kind: .text, name: "", parent: parent, end: index + 1,
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

    private static func attributes(of n: xmlNodePtr) -> [DOMAttribute] {
        var out: [DOMAttribute] = []
        var attr = n.pointee.properties
        while let a = attr {
            if let rawName = a.pointee.name {
                let name = String(cString: rawName)
                let isHref = name == "href" && n.pointee.name.map { String(cString: $0) == "link" } == true
                if keptAttributes.contains(name) || isHref {
                    var value = ""
                    var child = a.pointee.children
                    while let c = child {
                        if let content = c.pointee.content { value += String(cString: content) }
                        child = c.pointee.next
                    }
                    out.append(DOMAttribute(name: name, value: value))
                }
            }
            attr = a.pointee.next
        }
        return out
    }
}
