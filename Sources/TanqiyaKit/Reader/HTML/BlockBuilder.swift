/// Turns a `DOMTree` into ordered text blocks with features: a block ends wherever a block-level
/// element opens or closes and at `<br><br>`; inline elements (a, span, em…) stay inside a block.
enum BlockBuilder {
    /// Elements that start and end a block.
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol",
        "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "option",
    ]
    /// Subtrees that never give body blocks (`head` is read by `HTMLMetadata`).
    static let skippedTags: Set<String> = ["head", "script", "title"]
    /// A block longer than this is cut (a 20 MB text node is junk, not a paragraph).
    static let maxBlockBytes = 1 << 20

    private struct Open {
        var node: Int32
        var end: Int32
        var isBlock: Bool
        var isLink: Bool
        var regions: DOMRegions
        var heading: Int
        var tokens: [String]
    }

    static func build(_ tree: DOMTree) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var stack: [Open] = []
        var buf: [UInt8] = []
        buf.reserveCapacity(4096)
        var pendingSpace = false
        var chars = 0, linkChars = 0
        var linkDepth = 0
        var brSinceText = false

        func flush() {
            defer { buf.removeAll(keepingCapacity: true); pendingSpace = false; chars = 0; linkChars = 0 }
            guard !buf.isEmpty else { return }
            // Features come from the open elements down to the innermost block-level one.
            var blockLevel = stack.count - 1
            while blockLevel > 0 && !stack[blockLevel].isBlock { blockLevel -= 1 }
            var tagPath: [String] = []
            var ids: [Int] = []
            tagPath.reserveCapacity(blockLevel + 1)
            ids.reserveCapacity(blockLevel + 1)
            var tokens: [String] = []
            var levels: [Int] = []
            if blockLevel >= 0 {
                for k in 0...blockLevel {
                    tagPath.append(tree.nodes[Int(stack[k].node)].name)
                    ids.append(Int(stack[k].node))
                }
                for k in stride(from: blockLevel, through: 0, by: -1) where !stack[k].tokens.isEmpty {
                    for t in stack[k].tokens { tokens.append(t); levels.append(k) }
                }
            }
            let top = stack.last
            let features = BlockFeatures(
                tag: tagPath.last ?? "", tagPath: tagPath, ancestorIDs: ids, classTokens: tokens,
                classTokenLevels: levels, charCount: chars, linkCharCount: linkChars,
                headingLevel: top?.heading ?? 0, regions: top?.regions ?? [], position: blocks.count)
            blocks.append(TextBlock(text: String(decoding: buf, as: UTF8.self), features: features))
        }

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
                    WhiteSpace.appendCollapsed(tree.textBytes(n), to: &buf, pendingSpace: &pendingSpace)
                    if buf.count > maxBlockBytes { buf.removeSubrange(maxBlockBytes...) }
                    if buf.count > before {
                        var c = 0
                        for k in before..<buf.count where buf[k] & 0xC0 != 0x80 { c += 1 }
                        chars += c
                        // The separating space before a link belongs to the text, not the link.
                        if linkDepth > 0 { linkChars += before > 0 && buf[before] == 0x20 ? c - 1 : c }
                        brSinceText = false
                    }
                }
                i += 1
                continue
            }
            let name = n.name
            if skippedTags.contains(name) || isHidden(n, tree) { i = Int(n.end); continue }
            if name == "br" {
                if brSinceText { flush() } else { pendingSpace = true }
                brSinceText = true
                i += 1
                continue
            }
            let isBlock = blockTags.contains(name)
            if isBlock { flush(); brSinceText = false }
            let parent = stack.last
            var regions = parent?.regions ?? []
            var heading = parent?.heading ?? 0
            let role = tree.attribute("role", of: n)
            switch name {
            case "nav": regions.insert(.nav)
            case "header": regions.insert(.header)
            case "footer": regions.insert(.footer)
            case "aside": regions.insert(.aside)
            case "form": regions.insert(.form)
            case "figure": regions.insert(.figure)
            case "figcaption": regions.insert(.figcaption)
            case "li", "dd", "dt": regions.insert(.listItem)
            case "td", "th": regions.insert(.tableCell)
            case "article", "main": regions.insert(.article)
            case "blockquote": regions.insert(.blockquote)
            case "h1": heading = 1
            case "h2": heading = 2
            case "h3": heading = 3
            case "h4": heading = 4
            case "h5": heading = 5
            case "h6": heading = 6
            default: break
            }
            switch role {
            case "navigation": regions.insert(.nav)
            case "banner": regions.insert(.header)
            case "contentinfo": regions.insert(.footer)
            case "complementary": regions.insert(.aside)
            case "main": regions.insert(.article)
            default: break
            }
            let isLink = name == "a"
            if isLink { linkDepth += 1 }
            stack.append(Open(node: Int32(i), end: n.end, isBlock: isBlock, isLink: isLink, regions: regions,
                              heading: heading, tokens: classTokens(n, tree)))
            i += 1
        }
        while let top = stack.last { if top.isBlock { flush() }; stack.removeLast() }
        flush()
        return blocks
    }

    static func isHidden(_ n: DOMNode, _ tree: DOMTree) -> Bool {
        for a in n.attributes {
            if a.name == "hidden" { return true }
            if a.name == "style" {
                // "display:none" / "visibility:hidden", ignoring case and spaces, on bytes.
                var squeezed: [UInt8] = []
                for b in a.value.utf8 where b != 0x20 { squeezed.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
                if contains(squeezed, displayNone) || contains(squeezed, visibilityHidden) { return true }
            }
        }
        return false
    }

    private static let displayNone = Array("display:none".utf8)
    private static let visibilityHidden = Array("visibility:hidden".utf8)

    private static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard hay.count >= needle.count else { return false }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] {
            if hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// class and id split on ASCII white space, ASCII letters lower-cased (on bytes: this runs for
    /// every element of every page).
    static func classTokens(_ n: DOMNode, _ tree: DOMTree) -> [String] {
        var out: [String] = []
        for a in n.attributes where a.name == "class" || a.name == "id" {
            var token: [UInt8] = []
            for b in a.value.utf8 {
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
                    if !token.isEmpty { out.append(String(decoding: token, as: UTF8.self)); token.removeAll(keepingCapacity: true) }
                } else {
                    token.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                }
            }
            if !token.isEmpty { out.append(String(decoding: token, as: UTF8.self)) }
        }
        return out
    }
}
