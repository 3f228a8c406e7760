/// The page's elements that hold blocks, rebuilt from the blocks' ancestor paths (each element's
/// blocks are consecutive in document order, so sharing a path prefix with the previous block
/// means sharing elements). Carries per-element text totals, DOM hints and container scores.
struct ElementTable {
    enum Hint: UInt8 {
        case none, positive, nav, header, footer, aside, form, boilerplateClass
        /// A class/id word that also names article wrappers on some sites (DOMHints' weak words).
        case weakBoilerplateClass
    }

    struct Element {
        var tag: String
        var parent: Int
        var depth: Int
        var negativeToken = false
        var weakNegativeToken = false
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
            case "article", "main": return negativeToken || weakNegativeToken ? .none : .positive
            default:
                if positiveToken { return negativeToken || weakNegativeToken ? .none : .positive }
                return negativeToken ? .boilerplateClass : weakNegativeToken ? .weakBoilerplateClass : .none
            }
        }
    }

    var elements: [Element] = []
    /// Innermost element of each block (-1: block without DOM features).
    var blockElement: [Int] = []

    init(blocks: [Block], hints: DOMHints) {
        blockElement.reserveCapacity(blocks.count)
        var tokenCache: [String: DOMHints.Hint] = [:]
        tokenCache.reserveCapacity(256)
        func hint(_ token: String) -> DOMHints.Hint {
            if let c = tokenCache[token] { return c }
            let h = hints.hint(token: token)
            tokenCache[token] = h
            return h
        }
        if let paths = Self.sharedPaths(blocks) {
            buildFromSharedPaths(blocks, paths, hints)
            return
        }
        var prevIDs: [Int] = [], ids: [Int] = []
        var prevDense: [Int] = [], dense: [Int] = []
        var tags: [String] = []
        for b in blocks {
            guard let f = b.features, f.pathCount > 0 else { blockElement.append(-1); continue }
            f.path(ids: &ids, tags: &tags)
            var p = 0
            while p < ids.count && p < prevIDs.count && ids[p] == prevIDs[p] { p += 1 }
            dense.removeAll(keepingCapacity: true)
            dense += prevDense[..<p]
            for k in p..<ids.count {
                elements.append(Element(tag: k < tags.count ? tags[k] : "", parent: k == 0 ? -1 : dense[k - 1], depth: k))
                dense.append(elements.count - 1)
            }
            f.forEachClassToken { token, level in
                guard level >= p && level < dense.count else { return true }
                let h = hint(token)
                switch h {
                case .negative: elements[dense[level]].negativeToken = true
                case .weakNegative: elements[dense[level]].weakNegativeToken = true
                case .positive: elements[dense[level]].positiveToken = true
                case .none: break
                }
                return true
            }
            blockElement.append(dense[dense.count - 1])
            swap(&prevIDs, &ids)
            swap(&prevDense, &dense)
        }
    }

    /// The store every block with features shares (a page from the reader), if there is one.
    private static func sharedPaths(_ blocks: [Block]) -> ElementPaths? {
        var shared: ElementPaths?
        for b in blocks {
            guard let f = b.features else { continue }
            if f.paths.given != nil { return nil }
            if let s = shared { if s !== f.paths { return nil } } else { shared = f.paths }
        }
        return shared
    }

    /// The same elements as comparing each block's ids with the previous block's, on entries: the
    /// block's path is the previous one up to the deepest entry they share, then new elements.
    private mutating func buildFromSharedPaths(_ blocks: [Block], _ paths: ElementPaths, _ hints: DOMHints) {
        var tokenHints = [DOMHints.Hint?](repeating: nil, count: paths.tokens.count)
        var prevEntries: [Int32] = []  // the previous path's entries, by level
        var prevDense: [Int] = []
        var fresh: [Int32] = []
        for b in blocks {
            guard let f = b.features, f.pathCount > 0 else { blockElement.append(-1); continue }
            var e = f.entry
            fresh.removeAll(keepingCapacity: true)
            while e >= 0 {
                let level = Int(paths.levels[Int(e)])
                if level < prevEntries.count && prevEntries[level] == e { break }
                fresh.append(e)
                e = paths.parents[Int(e)]
            }
            let p = e < 0 ? 0 : Int(paths.levels[Int(e)]) + 1
            prevEntries.removeSubrange(p...)
            prevDense.removeSubrange(p...)
            for entry in fresh.reversed() {
                let k = prevEntries.count
                elements.append(Element(tag: paths.tags[Int(entry)], parent: k == 0 ? -1 : prevDense[k - 1], depth: k))
                let element = elements.count - 1
                prevEntries.append(entry)
                prevDense.append(element)
                for t in Int(paths.tokenStarts[Int(entry)])..<Int(paths.tokenStarts[Int(entry) + 1]) {
                    let token = Int(paths.tokenIDs[t])
                    let h = tokenHints[token] ?? hints.hint(token: paths.tokens[token])
                    tokenHints[token] = h
                    switch h {
                    case .negative: elements[element].negativeToken = true
                    case .weakNegative: elements[element].weakNegativeToken = true
                    case .positive: elements[element].positiveToken = true
                    case .none: break
                    }
                }
            }
            blockElement.append(prevDense[prevDense.count - 1])
        }
    }

    /// Calls `body` for the block's element and each ancestor, innermost first.
    @inline(__always) func forEachAncestor(ofBlock i: Int, _ body: (Int) -> Void) {
        var e = blockElement[i]
        while e >= 0 { body(e); e = elements[e].parent }
    }

    /// The element of `set` (a flag per element) that holds block `i`, walking up from its own
    /// element; -1 when none does. Linear in the block's depth, however many elements are flagged.
    func holder(ofBlock i: Int, in set: [Bool]) -> Int {
        var e = blockElement[i]
        while e >= 0 { if set[e] { return e }; e = elements[e].parent }
        return -1
    }

    /// "div.article-body.wide": the element's tag and its own class/id tokens, read from the
    /// first block inside it; nil when it has no token (a bare `<div>` is no template's part).
    func signature(of e: Int, blocks: [Block]) -> String? {
        guard let i = blocks.indices.first(where: { blockElement[$0] >= 0 && isInside(block: $0, element: e) }),
              let f = blocks[i].features else { return nil }
        let level = elements[e].depth
        var name = elements[e].tag
        for (token, l) in zip(f.classTokens, f.classTokenLevels) where l == level { name += "." + token }
        return name == elements[e].tag ? nil : name
    }

    func isInside(block i: Int, element: Int) -> Bool {
        var e = blockElement[i]
        while e >= 0 { if e == element { return true }; e = elements[e].parent }
        return false
    }
}
