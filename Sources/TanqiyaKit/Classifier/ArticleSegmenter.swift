/// Finds where the articles of a page start, and each one's title and repeated title.
///
/// Two structures are known, both described by the rule file's `article:` part:
/// - a marker line (Asharq Al-Awsat's "TT"): the line after each marker is the title of an
///   article that starts where the same title was printed before the marker;
/// - no marker: after the header (lines claimed by header rules), the title is the first line
///   printed again within `title_repeat.within` lines (RT and TRT print it before and after the
///   lead), or else the first unclaimed line (the line under it when it is a kicker: «عاجل»).
struct ArticleSegmenter {
    let layout: ArticleLayout
    /// Header-zone line rules: what may stand before the first title.
    let headerRules: [LineRule]

    /// How far past the header the title is looked for, in non-blank lines.
    static let titleSearchAhead = 40

    struct Segment: Equatable {
        var start: Int
        var title: Int
        var titleRepeat: Int?
        var marker: Int?
    }

    func segments(_ blocks: [Block]) -> [Segment] {
        if let marker = layout.marker {
            let found = markerSegments(blocks, marker: marker)
            if !found.isEmpty { return found }
        }
        return singleSegment(blocks).map { [$0] } ?? []
    }

    private func markerSegments(_ blocks: [Block], marker: ArticleLayout.Marker) -> [Segment] {
        var result: [Segment] = []
        var floor = 0
        for m in blocks.indices where marker.matcher.matches(blocks, m) {
            guard let t = nextNonBlank(blocks, after: m) else { continue }
            let key = blocks[t].key
            var start: Int?
            var seen = 0
            var i = m - 1
            while i >= floor, seen < marker.titleSearchBack {
                if !blocks[i].key.isEmpty {
                    seen += 1
                    if blocks[i].key.sameBytes(key) { start = i; break }
                }
                i -= 1
            }
            if let start {
                result.append(Segment(start: start, title: start, titleRepeat: t, marker: m))
            } else {
                result.append(Segment(start: m, title: t, titleRepeat: nil, marker: m))
            }
            floor = t + 1
        }
        return result
    }

    private func singleSegment(_ blocks: [Block]) -> Segment? {
        var header = HeaderLines(segmenter: self, blocks: blocks)
        var first = 0
        while first < blocks.count, header.claims(first) { first += 1 }
        guard first < blocks.count else { return nil }
        var candidate = first
        var looked = 0
        while candidate < blocks.count, looked < Self.titleSearchAhead {
            // Past an unknown header line, header-rule lines (story tags…) still cannot be the title.
            if !header.claims(candidate) {
                looked += 1
                if let r = repeatOf(blocks, candidate) {
                    return Segment(start: first, title: candidate, titleRepeat: r, marker: nil)
                }
            }
            candidate += 1
        }
        // No title printed again: the first unclaimed line, unless it is a kicker over it («عاجل»,
        // «خاص»: a word or two) and a headline follows (a few words, no full stop: a lead is a
        // sentence).
        if let next = nextNonBlank(blocks, after: first), !header.claims(next),
           Self.isKicker(blocks[first].key), Self.mayBeTitleUnderKicker(blocks[next].key) {
            return Segment(start: first, title: next, titleRepeat: nil, marker: nil)
        }
        return Segment(start: first, title: first, titleRepeat: nil, marker: nil)
    }

    /// The most words a kicker over an outlet's title has («عاجل», «خاص», «العالم العربي»); the
    /// generic path's `HeadlineChooser.maxKickerWords` allows more, choosing among candidates.
    static let maxOutletKickerWords = 2
    /// The fewest words a title under a kicker has.
    static let minTitleWordsUnderKicker = 3

    /// A word or two, no punctuation at the end.
    static func isKicker(_ key: String) -> Bool {
        guard let last = key.unicodeScalars.last, !".:!?؟،,".unicodeScalars.contains(last) else { return false }
        return key.split(separator: " ").count <= maxOutletKickerWords
    }

    /// A few words at least and no full stop at the end (a lead's sentence has one).
    static func mayBeTitleUnderKicker(_ key: String) -> Bool {
        key.unicodeScalars.last != "." && key.utf8.count <= MatchingFold.maxBytes
            && key.split(separator: " ").count >= minTitleWordsUnderKicker
    }

    /// Per block: blank, or claimed by a header rule — the line it matches, and the `also_next`
    /// lines after it (a ticker under its label). Decided in line order and only as far as the
    /// title search asks (`claims` with growing indices): the rest of the page is article text,
    /// whose lines the header rules need not be tried on.
    private struct HeaderLines {
        let segmenter: ArticleSegmenter
        let blocks: [Block]
        private var claimed: [Bool] = []
        /// `also_next` lines still to claim after the last decided one.
        private var pending = 0

        init(segmenter: ArticleSegmenter, blocks: [Block]) {
            self.segmenter = segmenter
            self.blocks = blocks
        }

        mutating func claims(_ i: Int) -> Bool {
            while claimed.count <= i {
                let j = claimed.count
                if blocks[j].key.isEmpty {
                    claimed.append(true)
                } else if let rule = segmenter.headerRule(blocks, j) {
                    claimed.append(true)
                    pending = rule.alsoNext
                } else if pending > 0 {
                    claimed.append(true)
                    pending -= 1
                } else {
                    claimed.append(false)
                }
            }
            return claimed[i]
        }
    }

    private func headerRule(_ blocks: [Block], _ i: Int) -> LineRule? {
        let head = blocks[i].keyHead
        return headerRules.first { rule in
            rule.matcher.mayMatch(head: head)
                && (rule.followedBy.map { m in nextNonBlank(blocks, after: i).map { m.matches(blocks, $0) } ?? false } ?? true)
                && rule.matcher.matches(blocks, i)
        }
    }

    /// The index where line `i` is printed again within the repeat window, if it is.
    private func repeatOf(_ blocks: [Block], _ i: Int) -> Int? {
        guard layout.titleRepeatRule != nil else { return nil }
        var seen = 0
        var j = i + 1
        while j < blocks.count, seen < layout.titleRepeatWithin {
            if !blocks[j].key.isEmpty {
                seen += 1
                if blocks.sameKey(j, i) { return j }
            }
            j += 1
        }
        return nil
    }
}

func nextNonBlank(_ blocks: [Block], after i: Int) -> Int? {
    var j = i + 1
    while j < blocks.count {
        if !blocks[j].key.isEmpty { return j }
        j += 1
    }
    return nil
}
