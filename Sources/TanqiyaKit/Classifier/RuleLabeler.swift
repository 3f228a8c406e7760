/// Labels every block of a page with one outlet's rules. Structure first (articles, titles,
/// repeated titles, markers), then sections, line rules, captions, and each zone's default.
struct RuleLabeler {
    let rules: OutletRules
    /// Per block: whether its key is one of the rules' exact lines at all.
    private var exactPossible: [Bool] = []

    init(rules: OutletRules) { self.rules = rules }

    mutating func label(_ blocks: inout [Block]) -> Int {
        let exactLines = rules.exactLineTable
        exactPossible = blocks.indices.map { !blocks[$0].key.isEmpty && exactLines.contains(blocks[$0].byteKey) }
        let headerRules = rules.lines.filter { $0.zone == .header || $0.zone == .anywhere }
        let segments = ArticleSegmenter(layout: rules.article, headerRules: headerRules).segments(blocks)
        if rules.article.fallback == .generic, segments.count <= 1, segments.first?.titleRepeat == nil {
            // No title structure: the generic path will choose the headline (`GenericFallback`);
            // the rules apply to the whole page, one article, as to its body.
            for i in blocks.indices { blocks[i].article = 1 }
            labelLines(&blocks, from: 0, to: blocks.count, zone: .body, segment: nil)
            return 1
        }
        let firstStart = segments.first?.start ?? blocks.count
        var pending: (count: Int, rule: LineRule)?
        for i in 0..<firstStart {
            labelHeader(&blocks, i, &pending)
        }
        for (n, segment) in segments.enumerated() {
            let end = n + 1 < segments.count ? segments[n + 1].start : blocks.count
            classify(&blocks, segment: segment, end: end, number: n + 1)
        }
        return segments.count
    }

    private mutating func labelHeader(_ blocks: inout [Block], _ i: Int, _ pending: inout (count: Int, rule: LineRule)?) {
        blocks[i].article = 0
        if blocks[i].key.isEmpty { return setBlank(&blocks[i]) }
        if labelHeaderRule(&blocks, i, &pending) { return }
        blocks[i].label = rules.article.headerLabel
        blocks[i].rule = rules.article.headerRule
    }

    /// A header line's rule, or the rule whose `also_next` takes it; false when neither.
    private mutating func labelHeaderRule(_ blocks: inout [Block], _ i: Int, _ pending: inout (count: Int, rule: LineRule)?) -> Bool {
        if let rule = applyLineRule(&blocks, i, zone: .header) {
            pending = rule.alsoNext > 0 ? (rule.alsoNext, rule) : nil
            return true
        }
        guard let taking = pending else { return false }
        set(&blocks[i], taking.rule.label, taking.rule.id)
        pending = taking.count > 1 ? (taking.count - 1, taking.rule) : nil
        return true
    }

    private mutating func classify(_ blocks: inout [Block], segment: ArticleSegmenter.Segment, end: Int, number: Int) {
        let layout = rules.article
        for i in segment.start..<end { blocks[i].article = number }
        // Lines before the title inside the segment: an unclaimed header (or the marker fallback).
        var pending: (count: Int, rule: LineRule)?
        for i in segment.start..<segment.title {
            if blocks[i].key.isEmpty { setBlank(&blocks[i]); continue }
            if let marker = layout.marker, i == segment.marker {
                set(&blocks[i], marker.label, marker.id)
                continue
            }
            if !labelHeaderRule(&blocks, i, &pending) {
                set(&blocks[i], layout.headerLabel, layout.headerRule)
            }
        }
        set(&blocks[segment.title], .title, layout.titleRule)
        labelLines(&blocks, from: segment.title + 1, to: end, zone: segment.titleRepeat == nil ? .body : .head, segment: segment)
    }

    /// Lines `from..<end` of an article, after its title (`segment` nil: a page without one):
    /// markers, sections, line rules, captions, then the zone's default.
    private mutating func labelLines(_ blocks: inout [Block], from: Int, to end: Int, zone start: Zone, segment: ArticleSegmenter.Segment?) {
        let layout = rules.article
        var zone = start
        var section: SectionRule?
        var alsoNext: (count: Int, rule: LineRule)?
        var i = from
        while i < end {
            defer { i += 1 }
            if blocks[i].key.isEmpty { setBlank(&blocks[i]); continue }
            if let segment, i == segment.titleRepeat, let id = layout.titleRepeatRule {
                set(&blocks[i], .title, id)
                zone = .body
                continue
            }
            if let marker = layout.marker, marker.matcher.matches(blocks, i, exactPossible: exactPossible[i]) {
                set(&blocks[i], marker.label, marker.id)
                continue
            }
            if let open = section {
                if let endMatcher = open.end, endMatcher.matches(blocks, i, exactPossible: exactPossible[i]) {
                    section = nil
                } else if let next = rules.sections.first(where: {
                    $0.id != open.id && $0.start.matches(blocks, i, exactPossible: exactPossible[i])
                }) {
                    // Another section starts: the open one ends here.
                    section = next
                    set(&blocks[i], next.label, next.id)
                    continue
                } else {
                    set(&blocks[i], open.label, open.id)
                    continue
                }
            }
            if let pending = alsoNext {
                set(&blocks[i], pending.rule.label, pending.rule.id)
                alsoNext = pending.count > 1 ? (pending.count - 1, pending.rule) : nil
                continue
            }
            if let started = rules.sections.first(where: { $0.start.matches(blocks, i, exactPossible: exactPossible[i]) }) {
                section = started
                set(&blocks[i], started.label, started.id)
                continue
            }
            if let rule = applyLineRule(&blocks, i, zone: zone) {
                if rule.endsBody { zone = .tail }
                if rule.alsoNext > 0 { alsoNext = (rule.alsoNext, rule) }
                continue
            }
            if let caption = captionRule(blocks, i, segment: segment) {
                set(&blocks[i], .caption, caption.id)
                continue
            }
            switch zone {
            case .head: set(&blocks[i], layout.leadLabel, layout.leadRule)
            case .tail: set(&blocks[i], layout.tailRule == nil ? .body : layout.tailLabel, layout.tailRule ?? layout.bodyRule)
            default: set(&blocks[i], .body, layout.bodyRule)
            }
        }
    }

    /// Applies the first line rule of `zone` that matches block `i`; returns it.
    private func applyLineRule(_ blocks: inout [Block], _ i: Int, zone: Zone) -> LineRule? {
        let head = blocks[i].keyHead
        // Rules are read field by field through the buffer: calling a method on `lines[r]`
        // would copy the whole rule.
        let found: Int? = rules.lines.withUnsafeBufferPointer { lines -> Int? in
            for r in lines.indices {
                let ruleZone = lines[r].zone
                guard ruleZone == .anywhere || ruleZone == zone, lines[r].matcher.mayMatch(head: head) else { continue }
                // The next line's test first: it is the cheaper one where both exist (a category
                // line), once the line's own length allows a match at all.
                if let next = lines[r].followedBy {
                    if let bound = lines[r].matcher.maxMatchBytes, blocks[i].key.utf8.count > bound { continue }
                    guard let j = nextNonBlank(blocks, after: i), next.matches(blocks, j) else { continue }
                }
                let capture = lines[r].field != nil
                guard let value = lines[r].matcher.match(blocks, i, exactPossible: exactPossible[i], capture: capture)
                else { continue }
                if capture { blocks[i].value = value.trimmingSpaces }
                return r
            }
            return nil
        }
        guard let r = found else { return nil }
        set(&blocks[i], rules.lines[r].label, rules.lines[r].id)
        return rules.lines[r]
    }

    /// The caption rule that takes block `i`; `segment` nil (a page without a title structure,
    /// under `fallback: generic`): only captions printed twice can be told.
    private func captionRule(_ blocks: [Block], _ i: Int, segment: ArticleSegmenter.Segment?) -> ArticleLayout.CaptionRule? {
        for rule in rules.article.captions {
            switch rule.kind {
            case .printedTwice:
                if i + 1 < blocks.count, blocks.sameKey(i + 1, i) { return rule }
                if i > 0, blocks.sameKey(i - 1, i), blocks[i - 1].rule == rule.id { return rule }
            case .afterTitleRepeat:
                if let r = segment?.titleRepeat, i == r + 1 { return rule }
            }
        }
        return nil
    }

    private func set(_ block: inout Block, _ label: Label, _ rule: String) {
        block.label = label
        block.rule = rule
    }

    private func setBlank(_ block: inout Block) {
        block.label = .blank
        block.rule = nil
    }
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
