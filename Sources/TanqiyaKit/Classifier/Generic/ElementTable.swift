/// The page's elements that hold blocks, rebuilt from the blocks' ancestor paths (each element's
/// blocks are consecutive in document order, so sharing a path prefix with the previous block
/// means sharing elements). Carries per-element text totals, DOM hints and container scores.
struct ElementTable {
    enum Hint: UInt8 { case none, positive, nav, header, footer, aside, form, boilerplateClass }

    struct Element {
        var tag: String
        var parent: Int
        var depth: Int
        var negativeToken = false
        var positiveToken = false
        var chars = 0
        var goodChars = 0
        var score = 0.0
        var hint: Hint {
            switch tag {
            case "nav": return .nav
            case "header": return .header
            case "footer": return .footer
            case "aside": return .aside
            case "form": return .form
            case "article", "main": return negativeToken ? .none : .positive
            default:
                if negativeToken && !positiveToken { return .boilerplateClass }
                if positiveToken && !negativeToken { return .positive }
                return .none
            }
        }
    }

    var elements: [Element] = []
    /// Innermost element of each block (-1: block without DOM features).
    var blockElement: [Int] = []

    init(blocks: [TextBlock], hints: DOMHints) {
        var prevIDs: [Int] = []
        var prevDense: [Int] = []
        var tokenCache: [String: DOMHints.Hint] = [:]
        blockElement.reserveCapacity(blocks.count)
        for b in blocks {
            guard let f = b.features, !f.ancestorIDs.isEmpty else { blockElement.append(-1); continue }
            let ids = f.ancestorIDs
            var p = 0
            while p < ids.count && p < prevIDs.count && ids[p] == prevIDs[p] { p += 1 }
            var dense = Array(prevDense[..<p])
            for k in p..<ids.count {
                elements.append(Element(tag: k < f.tagPath.count ? f.tagPath[k] : "", parent: k == 0 ? -1 : dense[k - 1], depth: k))
                dense.append(elements.count - 1)
            }
            for (token, level) in zip(f.classTokens, f.classTokenLevels) where level >= p && level < dense.count {
                let h: DOMHints.Hint
                if let c = tokenCache[token] { h = c } else { h = hints.hint(token: token); tokenCache[token] = h }
                if h == .negative { elements[dense[level]].negativeToken = true }
                else if h == .positive { elements[dense[level]].positiveToken = true }
            }
            blockElement.append(dense[dense.count - 1])
            prevIDs = ids
            prevDense = dense
        }
    }

    /// Calls `body` for the block's element and each ancestor, innermost first.
    @inline(__always) func forEachAncestor(ofBlock i: Int, _ body: (Int) -> Void) {
        var e = blockElement[i]
        while e >= 0 { body(e); e = elements[e].parent }
    }

    func isInside(block i: Int, element: Int) -> Bool {
        var e = blockElement[i]
        while e >= 0 { if e == element { return true }; e = elements[e].parent }
        return false
    }
}
