/// readability's candidate scoring (Readability.js `_grabArticle`) on a page's element table.
/// Every paragraph gives its score to the element holding it and, decaying, to the ancestors
/// above; an element's score is then cut by its link density. Concentrated text wins: an
/// article's paragraphs are children of one element, while the descriptions of a teaser list
/// sit in one small wrapper each and add up only far above, where the decay has eaten them.
struct CandidateScorer {
    let t: GenericTunables
    let table: ElementTable
    /// The effective DOM hints (voided ones already `.none`).
    let hints: [ElementTable.Hint]

    /// Every element's score (0 for elements no paragraph reached) and link density.
    struct Scores {
        var score: [Double]
        var reached: [Bool]
        var linkDensity: [Double]
        /// Elements with at least one child element in the table.
        var hasChildren: [Bool]
        var children: [[Int]]
        /// Elements that hold a scored paragraph of their own (its holder, not an ancestor above).
        var holdsParagraphs: [Bool]
        /// The `<h1>` blocks inside each element.
        var headlines: [Int]
        /// Teasers and lists of them: an element whose first block with text (outside the hinted
        /// elements inside it) is mostly a link's text, holding one paragraph at most besides
        /// such links and at most `maxTeaserChars` (a teaser is a linked headline and its
        /// description; an article's part opens with its text, a listicle's item under a linked
        /// heading says more), or one holding no paragraph of its own whose children holding
        /// scored paragraphs are all teasers or lists of them.
        var teasers: [Bool]
    }

    /// The scores of every element for these blocks (`chars[i]`: block i's characters).
    func scores(blocks: [Block], chars: [Int]) -> Scores {
        let m = table.elements.count
        var hasChildren = [Bool](repeating: false, count: m)
        var children = [[Int]](repeating: [], count: m)
        for e in 0..<m where table.elements[e].parent >= 0 {
            hasChildren[table.elements[e].parent] = true
            children[table.elements[e].parent].append(e)
        }
        var blocksIn = [Int](repeating: 0, count: m)
        for i in blocks.indices where table.blockElement[i] >= 0 { blocksIn[table.blockElement[i]] += 1 }
        var linkChars = [Double](repeating: 0, count: m)
        var raw = [Double](repeating: 0, count: m)
        var reached = [Bool](repeating: false, count: m)
        var ledByLink = [Bool](repeating: false, count: m)
        var led = [Bool](repeating: false, count: m)
        var holdsParagraphs = [Bool](repeating: false, count: m)
        var paragraphsIn = [Int](repeating: 0, count: m)
        var headlines = [Int](repeating: 0, count: m)
        for i in blocks.indices where table.blockElement[i] >= 0 {
            let e0 = table.blockElement[i]
            var hinted = false
            var e = e0
            if blocks[i].features?.headingLevel == 1 {
                var up = e0
                while up >= 0 { headlines[up] += 1; up = table.elements[up].parent }
            }
            let isLink = Double(blocks[i].features?.linkCharCount ?? 0)
                > Self.maxLeadLinkDensity * Double(max(1, blocks[i].features?.charCount ?? 0))
            while e >= 0 {
                linkChars[e] += Double(blocks[i].features?.linkCharCount ?? 0)
                if chars[i] > 0 && !led[e] && !hinted {
                    // Blocks come in document order: the first block reaching an element is its
                    // first (chrome a hint names inside it, an author box, says nothing of it).
                    led[e] = true
                    ledByLink[e] = isLink
                }
                if hints[e].isBoilerplate { hinted = true }
                e = table.elements[e].parent
            }
            // readability scores paragraphs, not headings, and not what a hint marks as page chrome.
            guard !hinted, chars[i] >= t.minParagraphChars, (blocks[i].features?.headingLevel ?? 0) == 0 else { continue }
            var up = e0
            while !isLink && up >= 0 { paragraphsIn[up] += 1; up = table.elements[up].parent }
            let weight = paragraphScore(blocks[i].key, chars: chars[i])
            // The paragraph's holder: its element's parent, or the element itself when the text is
            // loose in an element that also holds child elements (readability wraps such text in
            // <p>) or other paragraphs (text split by <br><br>).
            var a = hasChildren[e0] || blocksIn[e0] > 1 ? e0 : table.elements[e0].parent
            if a >= 0 { holdsParagraphs[a] = true }
            var level = 0
            while a >= 0 && level < t.candidateAncestorLevels {
                raw[a] += weight / Self.divider(level)
                reached[a] = true
                a = table.elements[a].parent
                level += 1
            }
        }
        var score = [Double](repeating: 0, count: m)
        var linkDensity = [Double](repeating: 0, count: m)
        for e in 0..<m {
            let total = Double(table.elements[e].chars)
            linkDensity[e] = total > 0 ? min(1, linkChars[e] / total) : 0
            guard reached[e] else { continue }
            var s = raw[e] + (t.candidateTagWeights[table.elements[e].tag] ?? 0)
            if hints[e] == .positive { s *= t.positiveHintFactor }
            score[e] = s * (1 - linkDensity[e])
        }
        // Teasers, bottom-up (a child's index is above its parent's).
        var teasers = [Bool](repeating: false, count: m)
        var reachedChild = [Bool](repeating: false, count: m)
        var onlyTeaserChildren = [Bool](repeating: true, count: m)
        for e in (0..<m).reversed() {
            let teaser = ledByLink[e] && paragraphsIn[e] <= 1 && table.elements[e].chars <= t.maxTeaserChars
            teasers[e] = teaser || (!holdsParagraphs[e] && reachedChild[e] && onlyTeaserChildren[e])
            let p = table.elements[e].parent
            if p >= 0 && reached[e] { reachedChild[p] = true; if !teasers[e] { onlyTeaserChildren[p] = false } }
        }
        return Scores(score: score, reached: reached, linkDensity: linkDensity, hasChildren: hasChildren, children: children,
                      holdsParagraphs: holdsParagraphs, headlines: headlines, teasers: teasers)
    }

    /// A block with more link text than this share is a link (a teaser's headline, a logo).
    static let maxLeadLinkDensity = 0.5

    /// readability's paragraph score: one, one per comma, one per 100 characters (at most 3).
    func paragraphScore(_ text: String, chars: Int) -> Double {
        1 + Double(Self.commaCount(text)) + Double(min(chars / t.paragraphLengthUnit, t.paragraphLengthBonusCap))
    }

    /// Ancestor k levels above a paragraph's holder gets 1/divider(k) of its score (readability).
    static func divider(_ level: Int) -> Double { level == 0 ? 1 : level == 1 ? 2 : Double(level * 3) }

    /// Commas: "," and the Arabic "،" (U+060C, D8 8C), on the string's UTF-8 in place.
    static func commaCount(_ s: String) -> Int {
        var text = s
        return text.withUTF8 { p in
            var c = 0
            var previous: UInt8 = 0
            for b in p {
                if b == 0x2C || (previous == 0xD8 && b == 0x8C) { c += 1 }
                previous = b
            }
            return c
        }
    }

    /// The best-scoring element, down to the article when it is one child among teasers
    /// (`articleAmongTeasers`), then moved up the tree as readability does: to an ancestor that
    /// scores more on its way up (content split over its children) unless what it adds is
    /// teasers (`addsTeasersOnly`), and past wrappers that are their parent's only child. nil
    /// when no paragraph reached any element.
    func topCandidate(_ s: Scores) -> Int? {
        var top = -1
        for e in s.score.indices where s.reached[e] && (top < 0 || s.score[e] > s.score[top]) { top = e }
        guard top >= 0 else { return nil }
        while let article = articleAmongTeasers(top, s) { top = article }
        var branch = top
        var parent = table.elements[top].parent
        var last = s.score[top]
        let floor = last * t.climbScoreShare
        while parent >= 0 && table.elements[parent].tag != "body" {
            if s.reached[parent] {
                if s.score[parent] < floor { break }
                if s.score[parent] > last {
                    if !addsTeasersOnly(parent, besides: branch, s) { top = parent }
                    break
                }
                last = s.score[parent]
            }
            branch = parent
            parent = table.elements[parent].parent
        }
        while true {
            let p = table.elements[top].parent
            guard p >= 0, s.children[p].count == 1, table.elements[p].tag != "body" else { break }
            top = p
        }
        return top
    }

    /// The one child of `e` holding scored paragraphs that is not teasers (`Scores.teasers`), when
    /// every other such child is and `e` holds no paragraph of its own: the article in a `<main>`
    /// or a story column that lists teasers after it (a linked headline and its description, one
    /// wrapper each). Their descriptions add up in `e`, which then outscores the article. A child
    /// with less text than `minMainChars` is no article (a featured teaser without a link), and
    /// an `<h1>` in `e` outside the child makes `e` the article (a listicle: its headline, an
    /// introduction, then items under linked headings).
    func articleAmongTeasers(_ e: Int, _ s: Scores) -> Int? {
        guard !s.holdsParagraphs[e] else { return nil }
        var article = -1, teasers = 0
        for c in s.children[e] where s.reached[c] {
            if s.teasers[c] { teasers += 1 } else if article < 0 { article = c } else { return nil }
        }
        guard article >= 0, teasers > 0, table.elements[article].chars >= t.minMainChars,
              s.headlines[e] == s.headlines[article] else { return nil }
        return article
    }

    /// Whether the children of `parent` that hold scored paragraphs, other than `branch` (the one
    /// holding the candidate), are all teasers (`Scores.teasers`) beside the article: their
    /// descriptions add up in the parent, which then outscores the article; a body split over
    /// children opens each part with its text. An `<h1>` in `parent` outside `branch` makes the
    /// parent the article (a listicle's items under linked headings).
    func addsTeasersOnly(_ parent: Int, besides branch: Int, _ s: Scores) -> Bool {
        guard s.headlines[parent] == s.headlines[branch] else { return false }
        var teasers = 0
        for c in s.children[parent] where c != branch && s.reached[c] {
            guard s.teasers[c] else { return false }
            teasers += 1
        }
        return teasers > 0
    }

    /// The best score of each element and the elements inside it: what the best candidate in its
    /// subtree scores (an element deeper than `candidateAncestorLevels` above its paragraphs scores
    /// nothing of its own however much prose it holds).
    func bestInside(_ s: Scores) -> [Double] {
        var best = s.score
        // Elements come in document order: a child's index is above its parent's.
        for e in best.indices.reversed() where table.elements[e].parent >= 0 {
            let p = table.elements[e].parent
            if best[e] > best[p] { best[p] = best[e] }
        }
        return best
    }

    /// Siblings of the top candidate built from the same template part: the same tag and the same
    /// class/id tokens (`signature`, none empty), holding a candidate that scores at least
    /// `siblingScoreShare` of the best one inside the top candidate (and `siblingMinScore`). A
    /// body cut in two by a photo, a video or an advert sits in two such wrappers, too deep above
    /// their paragraphs for scores to reach (readability: a sibling with the top candidate's
    /// class name gets a fifth of its score as a bonus). Hinted siblings and teasers never join.
    func templateSiblings(of top: Int, _ s: Scores, signature: (Int) -> String?) -> [Int] {
        let parent = table.elements[top].parent
        guard parent >= 0, let own = signature(top) else { return [] }
        let best = bestInside(s)
        let threshold = max(t.siblingMinScore, best[top] * t.siblingScoreShare)
        return s.children[parent].filter { e in
            e != top && !hints[e].isBoilerplate && !s.teasers[e] && best[e] >= threshold
                && table.elements[e].tag == table.elements[top].tag && signature(e) == own
        }
    }

    /// The top candidate's siblings that belong with it (readability): those scoring at least a
    /// share of it, and paragraphs of their own (no child elements) long enough and with few links
    /// printed before it or right after it — a lede or a standfirst beside the body's wrapper (a
    /// paragraph further down, past other elements, is the page's footer note, not the article's).
    /// Hinted siblings and teasers (`Scores.teasers`: a list of them after the article) never join.
    func siblings(of top: Int, _ s: Scores) -> [Int] {
        let parent = table.elements[top].parent
        guard parent >= 0 else { return [] }
        let threshold = max(t.siblingMinScore, s.score[top] * t.siblingScoreShare)
        let children = s.children[parent]
        let topIndex = children.firstIndex(of: top) ?? 0
        return children.enumerated().filter { k, e in
            guard e != top, !hints[e].isBoilerplate, !s.teasers[e] else { return false }
            if s.reached[e] && s.score[e] >= threshold { return true }
            return k <= topIndex + 1 && !s.hasChildren[e] && table.elements[e].chars > t.siblingParagraphChars
                && s.linkDensity[e] < t.siblingMaxLinkDensity
        }.map(\.element)
    }
}

extension ElementTable.Hint {
    /// A hint that marks its region as page chrome (every hint but `.none` and `.positive`).
    var isBoilerplate: Bool { self != .none && self != .positive }
}
