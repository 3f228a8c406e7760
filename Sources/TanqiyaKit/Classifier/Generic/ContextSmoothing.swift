/// jusText's context-sensitive pass over one run of blocks (justext/core.py
/// `revise_paragraph_classification`), in its four sub-passes. Blocks at the run's edges see "bad".
struct ContextSmoothing {
    let t: GenericTunables

    struct Item {
        var cls: ParagraphClass
        let cfClass: ParagraphClass
        let isHeading: Bool
        let chars: Int
        var rule: String
        /// Fixed by a DOM rule: never revised.
        let locked: Bool
    }

    func revise(_ items: inout [Item]) {
        // 1. Short headings right before good text become near-good.
        for i in items.indices where items[i].isHeading && items[i].cls == .short && !items[i].locked {
            if goodFollows(i, items) { items[i].cls = .nearGood; items[i].rule = GenericRule.headingBeforeGood }
        }
        // 2. Short blocks take their neighbours' class (decided on a copy, as jusText does).
        var newShort: [(Int, ParagraphClass, String)] = []
        for i in items.indices where items[i].cls == .short && !items[i].locked {
            let prev = neighbour(i, items, step: -1, ignoreNearGood: true)
            let next = neighbour(i, items, step: 1, ignoreNearGood: true)
            if prev == .good && next == .good {
                newShort.append((i, .good, GenericRule.goodNeighbours))
            } else if prev == .bad && next == .bad {
                newShort.append((i, .bad, GenericRule.badNeighbours))
            } else if (prev == .bad && neighbour(i, items, step: -1, ignoreNearGood: false) == .nearGood)
                        || (next == .bad && neighbour(i, items, step: 1, ignoreNearGood: false) == .nearGood) {
                newShort.append((i, .good, GenericRule.nearGoodNeighbour))
            } else {
                newShort.append((i, .bad, GenericRule.mixedNeighbours))
            }
        }
        for (i, c, r) in newShort { items[i].cls = c; items[i].rule = r }
        // 3. Near-good blocks are good unless both neighbours are bad.
        for i in items.indices where items[i].cls == .nearGood && !items[i].locked {
            let prev = neighbour(i, items, step: -1, ignoreNearGood: true)
            let next = neighbour(i, items, step: 1, ignoreNearGood: true)
            if prev == .bad && next == .bad { items[i].cls = .bad; items[i].rule = GenericRule.badNeighbours }
            else { items[i].cls = .good }
        }
        // 4. Headings made bad by context but not by themselves are kept if good text follows.
        for i in items.indices where items[i].isHeading && items[i].cls == .bad && items[i].cfClass != .bad && !items[i].locked {
            if goodFollows(i, items) { items[i].cls = .good; items[i].rule = GenericRule.headingBeforeGood }
        }
    }

    private func goodFollows(_ i: Int, _ items: [Item]) -> Bool {
        var j = i + 1, distance = 0
        while j < items.count && distance <= t.maxHeadingDistance {
            if items[j].cls == .good { return true }
            distance += items[j].chars
            j += 1
        }
        return false
    }

    private func neighbour(_ i: Int, _ items: [Item], step: Int, ignoreNearGood: Bool) -> ParagraphClass {
        var j = i + step
        while j >= 0 && j < items.count {
            let c = items[j].cls
            if c == .good || c == .bad { return c }
            if c == .nearGood && !ignoreNearGood { return c }
            j += step
        }
        return .bad
    }
}
