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
        // 2. Short blocks take their neighbours' class (decided on a copy, as jusText does). The
        //    neighbours are found once for every block (two passes, not a walk per block: a run
        //    of thousands of short lines is common in a text dump and would be quadratic), before
        //    any block changes: they are that copy, so each block is decided in place (no list of
        //    decisions: a page of a million short lines held one of 63 bytes a line).
        let gb = Neighbours(items.map(\.cls), ignoreNearGood: true)
        let any = Neighbours(items.map(\.cls), ignoreNearGood: false)
        for i in items.indices where items[i].cls == .short && !items[i].locked {
            let prev = gb.previous[i]
            let next = gb.next[i]
            if prev == .good && next == .good {
                (items[i].cls, items[i].rule) = (.good, GenericRule.goodNeighbours)
            } else if prev == .bad && next == .bad {
                (items[i].cls, items[i].rule) = (.bad, GenericRule.badNeighbours)
            } else if (prev == .bad && any.previous[i] == .nearGood) || (next == .bad && any.next[i] == .nearGood) {
                (items[i].cls, items[i].rule) = (.good, GenericRule.nearGoodNeighbour)
            } else {
                (items[i].cls, items[i].rule) = (.bad, GenericRule.mixedNeighbours)
            }
        }
        // 3. Near-good blocks are good unless both neighbours are bad (decided in place, in order,
        //    as jusText does: the previous neighbour may be a near-good block just decided; the
        //    next one is not decided yet, so it is the same as before the pass).
        let after = Neighbours(items.map(\.cls), ignoreNearGood: true).next
        var previous = ParagraphClass.bad
        for i in items.indices {
            if items[i].cls == .nearGood && !items[i].locked {
                if previous == .bad && after[i] == .bad { items[i].cls = .bad; items[i].rule = GenericRule.badNeighbours }
                else { items[i].cls = .good }
            }
            if items[i].cls == .good || items[i].cls == .bad { previous = items[i].cls }
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

    /// For every block, the class of the nearest block before and after it that is good or bad
    /// (or near-good, unless ignored); `.bad` past the run's edges, as jusText has it.
    struct Neighbours {
        var previous: [ParagraphClass]
        var next: [ParagraphClass]

        init(_ classes: [ParagraphClass], ignoreNearGood: Bool) {
            func decides(_ c: ParagraphClass) -> Bool { c == .good || c == .bad || (c == .nearGood && !ignoreNearGood) }
            previous = Array(repeating: .bad, count: classes.count)
            next = Array(repeating: .bad, count: classes.count)
            var last = ParagraphClass.bad
            for i in classes.indices {
                previous[i] = last
                if decides(classes[i]) { last = classes[i] }
            }
            last = .bad
            for i in classes.indices.reversed() {
                next[i] = last
                if decides(classes[i]) { last = classes[i] }
            }
        }
    }
}
