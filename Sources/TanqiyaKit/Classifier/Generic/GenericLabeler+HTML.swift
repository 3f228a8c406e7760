/// The generic labeler on an HTML page: DOM hints, the main content (`MainContentFinder`), and
/// inside it jusText's classes made to fit an article (its lists, tables and headings kept).
extension GenericLabeler {
    /// What the text-dump and HTML paths share: each block's text measures and context-free class.
    struct Measured {
        var inputs: [ContextFreePass.Input]
        var cfClass: [ParagraphClass]
        var cfRule: [String]
        var chars: [Int]
    }

    func labelHTML(_ blocks: [Block], _ m: Measured, title: String?, language: String?,
                   articleBody: String?) -> GenericExtraction {
        let t = tunables
        let n = blocks.count
        let (cfClass, chars) = (m.cfClass, m.chars)
        // 1. Elements, their text totals and DOM hints (some void: see `effectiveHints`).
        var table = ElementTable(blocks: blocks, hints: resources.hints)
        for i in 0..<n where table.blockElement[i] >= 0 {
            let good = cfClass[i] == .good ? chars[i] : 0
            var e = table.blockElement[i]
            while e >= 0 { table.elements[e].chars += chars[i]; table.elements[e].goodChars += good; e = table.elements[e].parent }
        }
        let written = table.elements.map(\.hint)  // the hints as the page writes them
        let hints = effectiveHints(table, written, pageChars: chars.reduce(0, +),
                                   pageGoodChars: cfClass.indices.reduce(0) { $0 + (cfClass[$1] == .good ? chars[$1] : 0) })
        // 2. The main content (or the whole page).
        let evidence = articleBody.flatMap { StructuredEvidence(articleBody: $0, blocks: blocks) }
        let (main, mainRule) = MainContentFinder(t: t).find(table: table, hints: hints, blocks: blocks, chars: chars, evidence: evidence)
        var inside = [Bool](repeating: main == nil, count: n)
        var holder = [Int](repeating: -1, count: n)  // the main element holding block i
        if let main {
            let flagged = main.flags(count: table.elements.count)
            for i in 0..<n where table.blockElement[i] >= 0 {
                let e = table.holder(ofBlock: i, in: flagged)
                if e >= 0 { inside[i] = true; holder[i] = e }
            }
        }
        // 3. Inside: hinted blocks are boilerplate; link-dense paragraphs are judged on their text;
        //    the rest keep their jusText class.
        let cf = ContextFreePass(t: t)
        var items: [ContextSmoothing.Item] = []
        var itemBlock: [Int] = []
        var decisions = (0..<n).map { BlockDecision(label: .boilerplate, rule: GenericRule.outsideMain, contextFreeClass: cfClass[$0], finalClass: .bad) }
        for i in 0..<n where inside[i] && table.blockElement[i] >= 0 {
            var domRule: String?
            var e = table.blockElement[i]
            while e >= 0 && e != holder[i] {
                if let r = Self.rule(for: hints[e]) { domRule = r; break }
                e = table.elements[e].parent
            }
            let heading = (blocks[i].features?.headingLevel ?? 0) > 0
            if let domRule {
                items.append(.init(cls: .bad, cfClass: .bad, isHeading: heading, chars: chars[i], rule: domRule, locked: true))
            } else if main != nil && m.cfRule[i] == GenericRule.linkDensity && m.inputs[i].linkDensity <= t.maxLinkDensityInContainer {
                // Inside the article, paragraphs link names and sources: judge the text, not the links.
                var input = m.inputs[i]
                input.linkDensity = 0
                let (cls, rule) = cf.classify(input)
                items.append(.init(cls: cls, cfClass: cls, isHeading: heading, chars: chars[i], rule: rule, locked: false))
            } else {
                items.append(.init(cls: cfClass[i], cfClass: cfClass[i], isHeading: heading, chars: chars[i], rule: m.cfRule[i], locked: false))
            }
            itemBlock.append(i)
        }
        var span: ClosedRange<Int>?
        if main != nil {
            promoteNearGood(&items)
            span = keepArticleSpan(&items, linkDensity: itemBlock.map { m.inputs[$0].linkDensity })
        }
        ContextSmoothing(t: t).revise(&items)
        // 4. Labels: the headline (h1 or the metadata title) is the title; figure text is a caption.
        var paragraphs: [String] = []
        let normalizedTitle = title.map(Self.normalizeTitle)
        let titleChars = title.map(Self.charCount) ?? 0
        for (k, item) in items.enumerated() {
            let i = itemBlock[k]
            let isTitle = (blocks[i].features?.headingLevel == 1)
                || (title != nil && chars[i] <= titleChars + 8 && chars[i] + 8 >= titleChars && Self.normalizeTitle(blocks[i].key) == normalizedTitle)
            var d = BlockDecision(label: item.cls == .good ? .body : .boilerplate, rule: item.rule,
                                  contextFreeClass: cfClass[i], finalClass: item.cls)
            if isTitle {
                d.label = .title; d.rule = GenericRule.title
            } else if d.label == .body, let regions = blocks[i].features?.regions, !regions.isDisjoint(with: [.figure, .figcaption]) {
                d.label = .caption; d.rule = GenericRule.figureCaption
            }
            decisions[i] = d
        }
        if main != nil { markDateLines(&decisions, blocks, items: itemBlock, cfClass: cfClass, span: span) }
        for i in 0..<n where decisions[i].label == .body { paragraphs.append(blocks[i].key) }
        let top = main?.elements.first
        return GenericExtraction(title: title, paragraphs: paragraphs, decisions: decisions, language: language,
                                 mainContainerID: top.flatMap { table.elementID($0, blocks: blocks) },
                                 mainContent: (main.map { describe($0, table: table, blocks: blocks) } ?? "whole page (\(mainRule))")
                                    + voidedHints(table, written, hints, blocks: blocks))
    }

    /// DOM hints as the extractor uses them: a hint on an element holding more than
    /// `maxHintedRegionShare` of the page's text is a wrapper's, not a page part's (ASP.NET pages
    /// wrap the whole body in <form>); a weak class hint on an element holding at least
    /// `weakHintVoidContentShare` of the page's good text is an article wrapper's (a paywalled body).
    func effectiveHints(_ table: ElementTable, _ written: [ElementTable.Hint], pageChars: Int, pageGoodChars: Int) -> [ElementTable.Hint] {
        let t = tunables
        return zip(table.elements, written).map { el, h in
            guard h.isBoilerplate else { return h }
            if Double(el.chars) > Double(pageChars) * t.maxHintedRegionShare { return .none }
            if h == .weakBoilerplateClass && pageGoodChars > 0
                && Double(el.goodChars) >= t.weakHintVoidContentShare * Double(pageGoodChars) { return .none }
            return h
        }
    }

    /// "; hints void: div.paywall (generic.hint-void-content)" for the explain trace: the hinted
    /// elements `effectiveHints` voided, outermost first (at most `maxVoidedHintsShown`).
    func voidedHints(_ table: ElementTable, _ written: [ElementTable.Hint], _ hints: [ElementTable.Hint], blocks: [Block]) -> String {
        var shown: [String] = []
        for e in table.elements.indices where written[e].isBoilerplate && !hints[e].isBoilerplate {
            guard shown.count < Self.maxVoidedHintsShown else { break }
            let rule = written[e] == .weakBoilerplateClass && !isWrapper(table, e) ? GenericRule.hintVoidContent : GenericRule.hintVoidWrapper
            shown.append("\(name(of: e, table: table, blocks: blocks)) (\(rule))")
        }
        return shown.isEmpty ? "" : "; hints void: " + shown.joined(separator: ", ")
    }

    static let maxVoidedHintsShown = 3

    private func isWrapper(_ table: ElementTable, _ e: Int) -> Bool {
        let pageChars = table.elements.indices.filter { table.elements[$0].parent < 0 }.reduce(0) { $0 + table.elements[$1].chars }
        return Double(table.elements[e].chars) > Double(pageChars) * tunables.maxHintedRegionShare
    }

    /// Short articles have no block long enough to be "good", and jusText then drops them all;
    /// inside the main content the near-good blocks stand in for the good ones. Stop-word-rich
    /// blocks are good from `lengthLow` on (not `lengthHigh`): news paragraphs are often one or
    /// two sentences.
    func promoteNearGood(_ items: inout [ContextSmoothing.Item]) {
        let none = !items.contains(where: { $0.cls == .good })
        for k in items.indices where items[k].cls == .nearGood && !items[k].locked
            && (none || items[k].rule == GenericRule.stopwordDensityHigh) {
            items[k].cls = .good; items[k].rule = GenericRule.containerNearGood
        }
    }

    /// Between the main content's first and last anchor (a good block, or a long block with few
    /// links) everything that no hint, link density or copyright sign condemns is article: list
    /// items, table cells, headings, short lines of a recipe — what trafilatura keeps and jusText's
    /// stop-word test drops. Outside that span (the fringes, where share bars and bylines sit)
    /// jusText's context decides.
    @discardableResult
    func keepArticleSpan(_ items: inout [ContextSmoothing.Item], linkDensity: [Double]) -> ClosedRange<Int>? {
        let t = tunables
        func anchor(_ k: Int) -> Bool {
            !items[k].locked && (items[k].cls == .good || (items[k].chars >= t.lengthHigh && linkDensity[k] <= t.maxLinkDensity))
        }
        guard let first = items.indices.first(where: anchor), let last = items.indices.last(where: anchor) else { return nil }
        let condemned: Set<String> = [GenericRule.linkDensity, GenericRule.shortWithLinks, GenericRule.copyright]
        for k in first...last where !items[k].locked && items[k].cls != .good && !condemned.contains(items[k].rule) {
            items[k].cls = .good; items[k].rule = GenericRule.articleSpan
        }
        return first...last
    }

    /// Date lines around the article — between the headline and the main content, in the main
    /// content's fringes outside its span, and a lone one above the article's first full
    /// paragraph and among the span's first `datelineHeadItems` blocks — are the page's dateline ("Updated 11:21 pm, Tuesday, November 19, 2019"):
    /// labelled `timestamp` (dropped, and the record's date when the markup gives none). Further
    /// into the span, or next to another one, a dated line is content (a tour-date list) and stays.
    func markDateLines(_ decisions: inout [BlockDecision], _ blocks: [Block], items: [Int], cfClass: [ParagraphClass],
                       span: ClosedRange<Int>?) {
        func isDateLine(_ i: Int) -> Bool { Self.mayHoldDate(blocks[i].key) && DateParser.standard.dateLine(blocks[i].key) != nil }
        var candidates: [Int] = []
        let firstParagraph = items.firstIndex { cfClass[$0] == .good } ?? items.count
        for (k, i) in items.enumerated() {
            if let span, span.contains(k) {
                // Inside the span only a lone date line at its head, above the first full paragraph.
                guard k < firstParagraph, k <= span.lowerBound + tunables.datelineHeadItems, !(k > 0 && isDateLine(items[k - 1])), !(k + 1 < items.count && isDateLine(items[k + 1])) else { continue }
            }
            candidates.append(i)
        }
        // The article's header: from the headline (the last h1 before the main content) down to
        // the main content's first block, or the few blocks right above it when no h1 is there.
        if let firstInside = items.first {
            let from = (0..<firstInside).last { (blocks[$0].features?.headingLevel ?? 0) == 1 }
                ?? max(0, firstInside - tunables.dateLineBlocksAboveMain)
            candidates += from..<firstInside
        }
        for i in candidates where decisions[i].label != .title && decisions[i].label != .caption && isDateLine(i) {
            decisions[i].label = .timestamp
            decisions[i].rule = GenericRule.dateLine
        }
    }

    /// A cheap test before the date parser: short, with a number of exactly four digits (ASCII,
    /// Arabic-Indic or Persian) — every date `DateParser` reads has its year written out.
    static func mayHoldDate(_ text: String) -> Bool {
        guard text.utf8.count <= 200 else { return false }
        var run = 0
        var previous: UInt8 = 0
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 {
                run += 1
            } else if (previous == 0xD9 && b >= 0xA0 && b <= 0xA9) || (previous == 0xDB && b >= 0xB0 && b <= 0xB9) {
                run += 1
            } else if (b == 0xD9 || b == 0xDB) && run > 0 {
                // The lead byte of a possible Arabic-Indic digit: the run goes on if one follows.
            } else {
                if run == 4 { return true }
                run = 0
            }
            previous = b
        }
        return run == 4
    }

    /// "div.article-body + 2 siblings (generic.main-candidate)": the explain trace's account.
    func describe(_ main: MainContentFinder.MainContent, table: ElementTable, blocks: [Block]) -> String {
        guard let top = main.elements.first else { return main.rule }
        let name = name(of: top, table: table, blocks: blocks)
        let extra = main.elements.count - 1
        return name + (extra > 0 ? " + \(extra) sibling\(extra == 1 ? "" : "s")" : "") + " (\(main.rule))"
    }

    /// "div.article-body": the element's tag and its own class/id tokens (from a block inside it).
    func name(of e: Int, table: ElementTable, blocks: [Block]) -> String {
        var name = table.elements[e].tag
        if let i = blocks.indices.first(where: { table.blockElement[$0] >= 0 && table.isInside(block: $0, element: e) }),
           let f = blocks[i].features {
            let level = table.elements[e].depth
            for (token, l) in zip(f.classTokens, f.classTokenLevels) where l == level { name += "." + token }
        }
        return name
    }
}
