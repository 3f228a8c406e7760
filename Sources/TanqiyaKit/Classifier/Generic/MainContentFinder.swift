/// Where the article is on an HTML page of an unknown site: a cascade that compares candidates
/// and falls back when the best one is not convincing, each outcome with its rule id (shown in
/// the explain trace's header and on every block it leaves out).
///
/// 1. Concentration (`CandidateScorer`): the element whose own paragraphs score best, moved up
///    when the content is split over its children.
/// 2. Its siblings that belong with it (a lede beside the body's wrapper, continued parts, the
///    rest of a body cut in two by a photo: a sibling of the same tag and class).
/// 3. Structured data as evidence: when the page states its article body (JSON-LD `articleBody`)
///    and the blocks holding that text sit mostly outside the candidate, the element that holds
///    most of them is the main content instead.
/// 4. Fallback: no candidate, or one that is too short or mostly links, gives the whole page to
///    jusText's classification (nothing is "outside").
struct MainContentFinder {
    let t: GenericTunables

    struct MainContent: Equatable {
        /// The elements whose blocks are the page's main content (the top candidate first).
        var elements: [Int]
        /// How they were found: `GenericRule.mainCandidate` or `GenericRule.mainStructured`.
        var rule: String
        /// Per element of the table: a teaser or a list of them (`CandidateScorer.Scores.teasers`).
        var teasers: [Bool]

        /// A flag per element of the table: is it one of `elements`.
        func flags(count: Int) -> [Bool] {
            var f = [Bool](repeating: false, count: count)
            for e in elements { f[e] = true }
            return f
        }
    }

    /// The main content, or nil: the whole page (with the rule that said so).
    func find(table: ElementTable, hints: [ElementTable.Hint], blocks: [Block], chars: [Int],
              evidence: StructuredEvidence?) -> (MainContent?, rule: String) {
        let scorer = CandidateScorer(t: t, table: table, hints: hints)
        let scores = scorer.scores(blocks: blocks, chars: chars)
        guard let top = scorer.topCandidate(scores) else { return (nil, GenericRule.mainNone) }
        let siblings = scorer.siblings(of: top, scores)
        let template = scorer.templateSiblings(of: top, scores) { table.signature(of: $0, blocks: blocks) }
        var main = MainContent(elements: [top] + siblings + template.filter { !siblings.contains($0) },
                               rule: GenericRule.mainCandidate, teasers: scores.teasers)
        if let evidence, let better = structuredElement(evidence, table: table, hints: hints, blocks: blocks, chars: chars, main: main) {
            main = MainContent(elements: [better], rule: GenericRule.mainStructured, teasers: scores.teasers)
        }
        // The fallback: too little text, or mostly links, is not an article body.
        var text = 0, links = 0
        for e in main.elements { text += table.elements[e].chars; links += Int(scores.linkDensity[e] * Double(table.elements[e].chars)) }
        if text < t.minMainChars { return (nil, GenericRule.mainTooShort) }
        if Double(links) > t.maxMainLinkDensity * Double(text) { return (nil, GenericRule.mainLinkHeavy) }
        return (main, main.rule)
    }

    /// The element holding most of the stated article body, when the candidate holds less than
    /// `minStructuredCoverage` of it and that element holds at least `structuredElementCoverage`
    /// (and is not page chrome); nil otherwise (the candidate agrees with the page's own
    /// statement, or the statement matches nothing on the page).
    func structuredElement(_ evidence: StructuredEvidence, table: ElementTable, hints: [ElementTable.Hint],
                           blocks: [Block], chars: [Int], main: MainContent) -> Int? {
        var matched = [Int](repeating: 0, count: table.elements.count)
        var total = 0, inMain = 0
        let flagged = main.flags(count: table.elements.count)
        for i in blocks.indices where table.blockElement[i] >= 0 && evidence.matches(block: i) {
            total += chars[i]
            if table.holder(ofBlock: i, in: flagged) >= 0 { inMain += chars[i] }
            var e = table.blockElement[i]
            while e >= 0 { matched[e] += chars[i]; e = table.elements[e].parent }
        }
        guard total >= t.minStructuredChars, Double(inMain) < t.minStructuredCoverage * Double(total) else { return nil }
        // The deepest element holding enough of the matched text: the tightest wrapper.
        var best = -1
        for e in table.elements.indices where !hints[e].isBoilerplate
            && Double(matched[e]) >= t.structuredElementCoverage * Double(total)
            && (best < 0 || table.elements[e].depth > table.elements[best].depth) {
            best = e
        }
        return best >= 0 ? best : nil
    }
}
