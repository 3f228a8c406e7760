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
                   articleBody: String?, heads: PageHeads, lines: inout ClassifiedLines) -> GenericExtraction {
        let t = tunables
        let n = blocks.count
        let (cfClass, chars) = (m.cfClass, m.chars)
        // 1. Elements, their text totals and DOM hints (some void: see `effectiveHints`).
        var table = ElementTable(blocks: blocks, hints: resources.hints)
        var quoted = [Int](repeating: 0, count: table.elements.count)  // text inside a <blockquote>
        for i in 0..<n where table.blockElement[i] >= 0 {
            let good = cfClass[i] == .good ? chars[i] : 0
            var e = table.blockElement[i]
            var inQuote = false
            while e >= 0 {
                if table.elements[e].tag == "blockquote" { inQuote = true }
                if inQuote { quoted[e] += chars[i] }
                table.elements[e].chars += chars[i]; table.elements[e].goodChars += good; e = table.elements[e].parent
            }
        }
        let written = table.elements.map(\.hint)  // the hints as the page writes them
        let hints = effectiveHints(table, written, pageChars: chars.reduce(0, +),
                                   pageGoodChars: cfClass.indices.reduce(0) { $0 + (cfClass[$1] == .good ? chars[$1] : 0) },
                                   quoted: quoted)
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
        var captionNamed = Set<Int>()
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
                if domRule == GenericRule.domClass, let f = blocks[i].features,
                   Self.namedCaption(f, below: table.elements[holder[i]].depth) { captionNamed.insert(i) }
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
        var tail: (start: Int, label: Label)?
        let chrome = ChromeLineClassifier(lists: resources.chrome)
        // As `label` classifies the kept lines after this (the stop list says it), so that a line's
        // verdict here is the one it gets there.
        let arabicPage = language == "arabic"
        if main != nil {
            // The chrome phrase or shape of an item that may be chrome, worked out once (and
            // kept in `lines` for `labelChromeLines`).
            func match(_ k: Int) -> ChromeMatch? {
                let i = itemBlock[k]
                if let done = lines[i] { return done.match }
                let text = blocks[i].key
                guard !Self.surelyLongerThanChrome(text) else { return nil }
                let words = LineWords(text)
                let m = chrome.classify(words, arabicPage: arabicPage)
                lines[i] = ClassifiedLine(words: words, match: m)
                return m
            }
            promoteNearGood(&items)
            tail = cutTail(&items) { match($0) }
            if let main {
                // Whether item k sits in a teaser inside the main content (below its holder).
                func inTeaser(_ k: Int) -> Bool {
                    var e = table.blockElement[itemBlock[k]]
                    while e >= 0 && e != holder[itemBlock[k]] {
                        if main.teasers[e] { return true }
                        e = table.elements[e].parent
                    }
                    return false
                }
                cutTeaserLists(&items, inTeaser: inTeaser) { match($0) }
            }
            span = keepArticleSpan(&items, linkDensity: itemBlock.map { m.inputs[$0].linkDensity }, texts: itemBlock.map { blocks[$0].key },
                                   tags: itemBlock.map { blocks[$0].features?.tag ?? "" },
                                   wrappers: itemBlock.map { table.elements[table.blockElement[$0]].parent },
                                   isChrome: { match($0) != nil }) { k in
                match(k).map(Self.closesArticle) ?? false
            }
        }
        ContextSmoothing(t: t).revise(&items)
        // 4. Labels: figure text is a caption; then one block, the headline, is the title.
        var paragraphs: [String] = []
        for (k, item) in items.enumerated() {
            let i = itemBlock[k]
            var d = BlockDecision(label: item.cls == .good ? .body : .boilerplate, rule: item.rule,
                                  contextFreeClass: cfClass[i], finalClass: item.cls)
            if d.label == .body || (!item.locked && m.inputs[i].linkDensity <= t.maxLinkDensity),
               let regions = blocks[i].features?.regions, !regions.isDisjoint(with: [.figure, .figcaption]) {
                // A photo's caption in the main content, kept by jusText or not (a short line).
                d.label = .caption; d.rule = GenericRule.figureCaption
            } else if captionNamed.contains(i) {
                d.label = .caption; d.rule = GenericRule.captionClass
            } else if let tail, k >= tail.start {
                d.label = tail.label
            }
            decisions[i] = d
        }
        let headline = HeadlineChoice(blocks: blocks, chars: chars, decisions: decisions,
                                      titles: [title, heads.documentTitle.map(MetadataReader.stripSiteName)]
                                        + HeadlineChoice.titleParts(heads.documentTitle),
                                      siteName: heads.siteName, mainStart: itemBlock.first,
                                      isSiteLine: { text in
            ContextFreePass.hasCopyrightSign(text)
                || chrome.classify(LineWords(text), arabicPage: arabicPage)?.label == .footer
        }) { text in
            chrome.classify(LineWords(text), arabicPage: arabicPage) != nil
        }
        if let i = headline.block {
            // The headline, and its repeats (printed again over a photo, in a title box).
            decisions[i].label = .title; decisions[i].rule = headline.rule
            for k in headline.repeats { decisions[k].label = .title; decisions[k].rule = GenericRule.title }
        }
        if main != nil { markDateLines(&decisions, blocks, items: itemBlock, cfClass: cfClass, span: span) }
        for i in 0..<n where decisions[i].label == .body { paragraphs.append(blocks[i].key) }
        let top = main?.elements.first
        return GenericExtraction(title: headline.block.map { blocks[$0].key } ?? headline.fallback, paragraphs: paragraphs, decisions: decisions, language: language,
                                 mainContainerID: top.flatMap { table.elementID($0, blocks: blocks) },
                                 mainContent: (main.map { describe($0, table: table, blocks: blocks) } ?? "whole page (\(mainRule))")
                                    + voidedHints(table, written, hints, blocks: blocks))
    }

    /// DOM hints as the extractor uses them: a hint on an element holding more than
    /// `maxHintedRegionShare` of the page's text is a wrapper's, not a page part's (ASP.NET pages
    /// wrap the whole body in <form>); a weak class hint on an element holding at least
    /// `weakHintVoidContentShare` of the page's good text is an article wrapper's (a paywalled body).
    /// A strong class hint is void too on an element around the innermost positively named element
    /// holding the most text on the page (`.entry-content`, `itemprop=articleBody`), when that
    /// element holds `articleBodyWrapperShare` of its text: the article body's wrapper,
    /// whatever its name says (Blogger wraps every post in `div.date-outer`).
    /// A class hint is void on an element whose text is all inside `<blockquote>` (`quoted`:
    /// each element's text there): a quotation or its frame, whatever its name — an embedded post
    /// (a tweet printed as `blockquote.twitter-tweet` in `div.social-embed`) is text the article
    /// quotes. (A quotation in an `<aside>`, a pull quote printing the text again, stays out.)
    func effectiveHints(_ table: ElementTable, _ written: [ElementTable.Hint], pageChars: Int, pageGoodChars: Int,
                        quoted: [Int]) -> [ElementTable.Hint] {
        let t = tunables
        // The innermost positively named element (none inside it) holding the most text:
        // the article's body by its name (wrappers named "main" or "content" hold more, and the
        // body too); the elements around it of whose good text it holds most.
        var holdsArticleBody = [Bool](repeating: false, count: written.count)
        let positives = written.indices.filter { written[$0] == .positive && table.elements[$0].chars > 0 }
        var wrapsPositive = [Bool](repeating: false, count: written.count)
        for e in positives {
            var a = table.elements[e].parent
            while a >= 0 && !wrapsPositive[a] { wrapsPositive[a] = true; a = table.elements[a].parent }
        }
        let body = positives.filter { !wrapsPositive[$0] }
            .max { table.elements[$0].chars < table.elements[$1].chars }
        if let body {
            let text = Double(table.elements[body].chars)
            var a = table.elements[body].parent
            while a >= 0 {
                if text >= t.articleBodyWrapperShare * Double(table.elements[a].chars) { holdsArticleBody[a] = true }
                a = table.elements[a].parent
            }
        }
        return written.indices.map { e in
            let el = table.elements[e], h = written[e]
            guard h.isBoilerplate else { return h }
            if Double(el.chars) > Double(pageChars) * t.maxHintedRegionShare { return .none }
            if el.chars > 0 && quoted[e] == el.chars && (h == .boilerplateClass || h == .weakBoilerplateClass) { return .none }
            let mostGood = pageGoodChars > 0 && Double(el.goodChars) >= t.weakHintVoidContentShare * Double(pageGoodChars)
            if h == .weakBoilerplateClass && mostGood { return .none }
            if h == .boilerplateClass && holdsArticleBody[e] { return .none }
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

    /// The page's tail inside the main content: a header that opens it (a comment header, «أفضل
    /// إجابة» over a question's answers, "References": a `tail` phrase, or a comment count such as
    /// «3 تعليقات»: a short line) after `PlainTextLabeler.minArticleParagraphsBeforeTail` good blocks ends the
    /// article, as on a text dump: the header and every item after it are the tail
    /// (`generic.in-tail.<label>`), whatever their length — answers and comments are prose too,
    /// written in the article's words. Sites print them inside `<article>`.
    @discardableResult
    func cutTail(_ items: inout [ContextSmoothing.Item], match: (Int) -> ChromeMatch?) -> (start: Int, label: Label)? {
        var paragraphs = 0
        for k in items.indices {
            if items[k].cls == .good && !items[k].locked { paragraphs += 1; continue }
            // A header is a short line (under jusText's `lengthLow`): longer items are not looked at.
            guard paragraphs >= PlainTextLabeler.minArticleParagraphsBeforeTail, !items[k].locked,
                  items[k].chars < tunables.lengthLow, let m = match(k),
                  m.kind == .tail || (m.kind == .count && m.label == .comments) else { continue }
            let rule = PlainTextLabeler.inTailRule + m.label.rawValue
            for j in k..<items.count {
                items[j].cls = .bad; items[j].rule = j == k ? m.rule : rule; items[j].locked = true
            }
            return (k, m.label)
        }
        return nil
    }

    /// The teasers listed under a related list's header inside the main content («مواضيع ذات
    /// صلة», "More stories": a `list` phrase or the related-header shape), after
    /// `PlainTextLabeler.minArticleParagraphsBeforeTail` good blocks: the items right after the
    /// header that sit in teasers (a linked headline and its description: `inTeaser`) are the
    /// list's, descriptions and all (`generic.teaser-list`); the list ends at the first item that
    /// is not in one. On a text dump the header takes the headlines only, up to a description
    /// that reads as text; here the markup says where each teaser ends.
    func cutTeaserLists(_ items: inout [ContextSmoothing.Item], inTeaser: (Int) -> Bool, match: (Int) -> ChromeMatch?) {
        var paragraphs = 0
        var k = 0
        while k < items.count {
            defer { k += 1 }
            if items[k].cls == .good && !items[k].locked { paragraphs += 1; continue }
            guard paragraphs >= PlainTextLabeler.minArticleParagraphsBeforeTail, !items[k].locked,
                  items[k].chars < tunables.lengthLow, let m = match(k), m.label == .related,
                  m.kind == nil || m.kind == .list else { continue }
            var j = k + 1
            while j < items.count && inTeaser(j) {
                if !items[j].locked { items[j].cls = .bad; items[j].rule = GenericRule.teaserList; items[j].locked = true }
                j += 1
            }
            k = j - 1
        }
    }

    /// Between the main content's first and last anchor (a good block, or a long block with few
    /// links) everything that no hint, link density or copyright sign condemns is article: list
    /// items, table cells, headings, short lines of a recipe — what trafilatura keeps and jusText's
    /// stop-word test drops. The span goes on over the sentences of the main content around it
    /// (`isSentence`, link-poor: the text's short paragraphs, a question and its answer, a
    /// paragraph jusText finds poor in stop words — Arabic glues its particles to the word), and
    /// after the text over the items of its lists and tables (`listOrTableTags`, link-poor: a
    /// list of conditions, a table of figures closing the text, with their headings) and the
    /// short sentences printed right after it in the same element (`wrappers`: the element
    /// holding each item's own; a closing question, a sign-off) and the paragraphs of the last
    /// anchor's element that number on a list (`leadingNumber`: «11) …» after «10) …»), up
    /// to chrome that closes an article (`closesArticle`: a list's or a box's header, a comment
    /// header, the footer): readability keeps its top candidate whole; the headlines under an
    /// «اقرأ أيضاً» header inside it are another article's. Outside the span (the fringes, where
    /// share bars and bylines sit) jusText's context decides.
    @discardableResult
    func keepArticleSpan(_ items: inout [ContextSmoothing.Item], linkDensity: [Double], texts: [String], tags: [String],
                         wrappers: [Int], isChrome: (Int) -> Bool, closes: (Int) -> Bool) -> ClosedRange<Int>? {
        let t = tunables
        func anchor(_ k: Int) -> Bool {
            !items[k].locked && (items[k].cls == .good || (items[k].chars >= t.lengthHigh && linkDensity[k] <= t.maxLinkDensity))
        }
        func sentence(_ k: Int) -> Bool {
            !items[k].locked && linkDensity[k] <= t.maxLinkDensity && Self.isSentence(texts[k])
        }
        guard var first = items.indices.first(where: anchor) ?? items.indices.first(where: sentence) else { return nil }
        var last = items.indices.last(where: anchor) ?? first
        func listOrTableItem(_ k: Int) -> Bool {
            !items[k].locked && linkDensity[k] <= t.maxLinkDensity && Self.listOrTableTags.contains(tags[k])
        }
        let wrapper = wrappers[last]
        func sentenceBeside(_ k: Int) -> Bool {
            wrapper >= 0 && wrappers[k] == wrapper && !items[k].locked && linkDensity[k] <= t.maxLinkDensity && Self.endsSentence(texts[k])
        }
        // A numbered list written as paragraphs of the text's element («11) …», «12) …»): the
        // items numbered on from the span's last numbered line (from 1 without one), whatever
        // their words (a product's name, no full stop).
        var number = (first...last).reversed().lazy.compactMap { Self.leadingNumber(texts[$0]) }.first ?? 0
        func nextInList(_ k: Int) -> Bool {
            guard wrapper >= 0, wrappers[k] == wrapper, !items[k].locked, linkDensity[k] <= t.maxLinkDensityInContainer,
                  Self.leadingNumber(texts[k]) == number + 1 else { return false }
            number += 1
            return true
        }
        var k = last + 1
        while k < items.count && !closes(k) {
            if sentence(k) || listOrTableItem(k) || (k == last + 1 && sentenceBeside(k)) || nextInList(k) { last = k }
            k += 1
        }
        // Right above the first anchor, the text's own paragraphs (link-free `<p>` in its element)
        // and list items, one after the other up to the first that chrome names or that is neither.
        let opening = wrappers[first]
        func paragraphBefore(_ k: Int) -> Bool {
            opening >= 0 && wrappers[k] == opening && tags[k] == "p" && !items[k].locked && linkDensity[k] == 0
        }
        var above = first - 1
        while above >= 0 && (paragraphBefore(above) || listOrTableItem(above)) && !isChrome(above) { above -= 1 }
        if above + 1 < first && paragraphBefore(above + 1) { first = above + 1 }
        k = first - 1
        while k >= 0 && !closes(k) {
            if sentence(k) { first = k }
            k -= 1
        }
        let condemned: Set<String> = [GenericRule.linkDensity, GenericRule.shortWithLinks, GenericRule.copyright]
        // A paragraph-long sentence whose words are mostly a link's but not all (a roundup's item:
        // its linked headline, then what it says) is the text's, between its paragraphs.
        func linkedProse(_ k: Int) -> Bool {
            items[k].rule == GenericRule.linkDensity && items[k].chars >= t.lengthHigh
                && linkDensity[k] <= Self.maxLinkedProseDensity && Self.isSentence(texts[k])
        }
        for k in first...last where !items[k].locked && items[k].cls != .good && (!condemned.contains(items[k].rule) || linkedProse(k)) {
            items[k].cls = .good; items[k].rule = GenericRule.articleSpan
        }
        return first...last
    }

    /// The number a list's item written as a paragraph opens with: one to three digits (ASCII or
    /// Arabic-Indic) then `)`, `.` or `-` and a space («11) …», «٣- …»); nil otherwise.
    static func leadingNumber(_ text: String) -> Int? {
        var value = 0, digits = 0
        var it = text.unicodeScalars.makeIterator()
        while let c = it.next() {
            let v = c.value
            let d: UInt32? = v >= 0x30 && v <= 0x39 ? v - 0x30 : v >= 0x660 && v <= 0x669 ? v - 0x660 : v >= 0x6F0 && v <= 0x6F9 ? v - 0x6F0 : nil
            if let d {
                digits += 1
                guard digits <= 3 else { return nil }
                value = value * 10 + Int(d)
                continue
            }
            guard digits > 0, c == ")" || c == "." || c == "-", it.next() == " " else { return nil }
            return value
        }
        return nil
    }

    /// Whether a block sits in an element inside the main content (deeper than `level`) whose
    /// class or id has the part «caption» (`wp-caption-text`, `tr-caption`, `photo-caption`): the
    /// caption printed outside `<figure>` by WordPress, Blogger and hand-made templates.
    static func namedCaption(_ f: BlockFeatures, below level: Int) -> Bool {
        var named = false
        f.forEachClassToken { token, l in
            if l > level && token.utf8.count <= maxCaptionTokenBytes
                && token.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).contains("caption") {
                named = true
            }
            return !named
        }
        return named
    }

    /// Inside the article span, a sentence at least `lengthHigh` long with at most this share of
    /// link text is prose (a roundup's item opening with its linked headline); more is a teaser.
    static let maxLinkedProseDensity = 0.8

    /// A class token longer than this is no caption's name (a generated or hostile string).
    static let maxCaptionTokenBytes = 64

    /// The elements of a list's or a table's items.
    static let listOrTableTags: Set<String> = ["li", "td", "th", "dt", "dd"]

    /// Chrome that ends an article's text: a list's or a box's header («اقرأ أيضاً», «عن الكاتب»),
    /// what opens a page's tail (a comment header), the footer, the comments.
    static func closesArticle(_ match: ChromeMatch) -> Bool {
        guard let kind = match.kind else { return match.label == .footer || match.label == .comments }
        return kind == .list || kind == .box || kind == .tail || match.label == .footer || match.label == .comments
    }

    /// Date lines around the article — between the headline and the main content, in the main
    /// content's fringes outside its span, and a lone one above the article's first full
    /// paragraph and among the span's first `datelineHeadItems` blocks — are the page's dateline ("Updated 11:21 pm, Tuesday, November 19, 2019"):
    /// labelled `timestamp` (dropped, and the record's date when the markup gives none). Further
    /// into the span, or next to another one, a dated line is content (a tour-date list) and stays;
    /// so is one inside a `<blockquote>` (an embedded post's date).
    func markDateLines(_ decisions: inout [BlockDecision], _ blocks: [Block], items: [Int], cfClass: [ParagraphClass],
                       span: ClosedRange<Int>?) {
        // A date inside a <blockquote> is the quoted post's («— name (@handle) 12 March 2024»).
        func isDateLine(_ i: Int) -> Bool {
            Self.mayHoldDate(blocks[i].key) && DateParser.standard.dateLine(blocks[i].key) != nil
                && !(blocks[i].features?.tagPath.contains("blockquote") ?? false)
        }
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
        table.signature(of: e, blocks: blocks) ?? table.elements[e].tag
    }
}

/// What an HTML page's head says beside its title: the whole `<title>` and the site's name.
struct PageHeads: Sendable {
    var documentTitle: String?
    var siteName: String?
}

/// The headline of a generic HTML page: one block. A site prints its name in an `<h1>` (a logo),
/// a section's name in another, and the headline in an `<h1>`, an `<h2>` or a `<div>`; the
/// page's head names the headline (og:title, `<title>` less the site's name) and the site.
/// 1. The blocks whose text is a head title (never the site's name) — the one nearest above
///    the article's first kept block (`generic.title`);
/// 2. else the `<h1>` blocks that are not the site's name, the same way (`generic.title-h1`);
/// 3. else the nearest headline-like heading or `<div>` a few blocks above the article's first
///    kept block (`generic.title-above-text`: a headline printed in no `<h1>`);
/// 4. else no block: the record takes the head's title (`fallback`) unless it is the site's
///    name — an empty title rather than a wrong one.
/// A text the chrome lines' phrases and shapes name (a menu row, a breadcrumb, a date, a lone
/// menu word left of a `<title>` of menu entries) is no candidate and no fallback. The head's
/// titles are the whole `<title>` less a site's name after it, and each of its parts between
/// separators that could be a headline («site - headline»: the site's name is not always last).
/// A block that is wholly a link's text (a logo, another page's headline) is no match; a head
/// title printed only as such links, the first above the article, is the site's name (a logo
/// linking home under a `<title>` that is the site's name alone).
struct HeadlineChoice {
    let block: Int?
    let rule: String
    let fallback: String?
    /// Blocks printing the chosen headline's text again.
    let repeats: [Int]

    /// A block longer than this is a paragraph, never compared with the head's titles.
    static let maxTitleChars = 400
    /// How many blocks above the article's first kept block a headline printed in no heading
    /// (a `<div>`, a `<p>`) is looked for: the headline, a byline, a date.
    static let lookBack = 3
    /// A headline is a link's text at most this much (a logo, a related headline are wholly links).
    static let maxHeadlineLinkDensity = 0.5
    /// A part of the `<title>` between separators is a headline's candidate from this many words
    /// (a site's or a section's name has fewer, most often).
    static let minTitlePartWords = 3

    /// The parts of a `<title>` between separators («site - headline», «headline | section | site»)
    /// of at least `minTitlePartWords` words, when there are two parts or more; a `<title>` longer
    /// than a headline and its site's name can be (`maxTitleChars` twice) is not cut.
    static func titleParts(_ documentTitle: String?) -> [String] {
        guard let documentTitle, documentTitle.utf8.count <= 2 * maxTitleChars * 4,
              documentTitle.count <= 2 * maxTitleChars else { return [] }
        var parts = [documentTitle]
        for sep in MetadataReader.titleSeparators { parts = parts.flatMap { $0.components(separatedBy: sep) } }
        guard parts.count >= 2 else { return [] }
        return parts.filter { $0.split(separator: " ").count >= minTitlePartWords }
    }

    /// The nearest headline-like block (`GenericLabeler.looksLikeHeadline`, no chrome, not the
    /// site's name, not a link, not numbers alone such as a gallery's «3 / 6»; a heading or a
    /// `<div>`, not a `<p>` or an `<li>`) among the
    /// `lookBack` blocks above `start` (a photo's caption neither counts nor is a candidate). (The article's first block itself, when it reads as a
    /// headline, is the title only when the head names none: `generic.first-line-title`.)
    static func headlineAbove(_ start: Int, blocks: [Block], chars: [Int], site: String?,
                              isChrome: (String) -> Bool) -> Int? {
        var i = min(start, blocks.count) - 1
        var seen = 0
        while i >= 0 && seen < lookBack {
            defer { i -= 1 }
            // A photo's caption (in <figure>) is neither the headline nor a line between it and the text.
            guard chars[i] > 0, blocks[i].features?.regions.isDisjoint(with: [.figure, .figcaption]) ?? true else { continue }
            seen += 1
            let text = blocks[i].key
            // A heading or a block of its own (a <div>, a <td>), not a paragraph or a list's item.
            guard let f = blocks[i].features, f.headingLevel > 0 || (f.tag != "p" && f.tag != "li") else { continue }
            guard chars[i] <= maxTitleChars, GenericLabeler.looksLikeHeadline(text), !GenericLabeler.mayBeNumbersAlone(text),
                  (blocks[i].features?.linkDensity ?? 0) <= maxHeadlineLinkDensity,
                  GenericLabeler.normalizeTitle(text) != site, !isChrome(text) else { continue }
            return i
        }
        return nil
    }

    init(blocks: [Block], chars: [Int], decisions: [BlockDecision], titles: [String?], siteName: String?,
         mainStart: Int? = nil, isSiteLine: (String) -> Bool = { _ in false }, isChrome: (String) -> Bool) {
        let site = siteName.map(GenericLabeler.normalizeTitle).flatMap { $0.isEmpty ? nil : $0 }
        var keys: [String] = []
        for t in titles.compactMap({ $0 }) {
            let k = GenericLabeler.normalizeTitle(t)
            if !k.isEmpty, k != site, !keys.contains(k), !isChrome(t) { keys.append(k) }
        }
        // The article's first kept block that no chrome phrase or shape names (those are labelled
        // after this choice: a menu row kept in the main content is not where the article starts).
        let start = decisions.indices.first {
            decisions[$0].label == .body && (GenericLabeler.surelyLongerThanChrome(blocks[$0].key) || !isChrome(blocks[$0].key))
        } ?? blocks.count
        var matching: [Int] = [], h1: [Int] = [], linkH1: [Int] = []  // h1s wholly a link's text: logos, most often
        var linkMatches: [String: [Int]] = [:]  // head titles printed as a link's text
        var normalized = [String?](repeating: nil, count: blocks.count)
        for i in blocks.indices where chars[i] <= Self.maxTitleChars {
            let k = GenericLabeler.normalizeTitle(blocks[i].key)
            normalized[i] = k
            guard !k.isEmpty, k != site else { continue }
            if keys.contains(k) {
                if (blocks[i].features?.linkDensity ?? 0) > Self.maxHeadlineLinkDensity { linkMatches[k, default: []].append(i) }
                else { matching.append(i) }
            }
            if blocks[i].features?.headingLevel == 1, !isChrome(blocks[i].key) {
                if (blocks[i].features?.linkDensity ?? 0) > Self.maxHeadlineLinkDensity { linkH1.append(i) } else { h1.append(i) }
            }
        }
        // A head title printed again inside the page's copyright or footer line («جميع الحقوق
        // محفوظة لجريدة …», "© 2025 …") is the site's name, wherever else it is printed (plain
        // text in a masthead).
        for k in keys {
            let inSiteLine = blocks.indices.contains { i in
                guard let t = normalized[i], t.utf8.count > k.utf8.count, t.contains(k) else { return false }
                return isSiteLine(blocks[i].key)
            }
            guard inSiteLine else { continue }
            keys.removeAll { $0 == k }
            matching.removeAll { normalized[$0] == k }
            h1.removeAll { normalized[$0] == k }
            linkH1.removeAll { normalized[$0] == k }
        }
        // A head title printed only as links, the first above the article: the site's name (its logo).
        for (k, links) in linkMatches where links[0] < start && !matching.contains(where: { normalized[$0] == k }) {
            keys.removeAll { $0 == k }
            h1.removeAll { normalized[$0] == k }
            linkH1.removeAll { normalized[$0] == k }
        }
        /// The candidate nearest above the article's start, else the first.
        func nearest(_ c: [Int]) -> Int? { c.last { $0 < start } ?? c.first }
        if let i = nearest(matching) {
            (block, rule) = (i, GenericRule.title)
        } else if let i = nearest(h1) {
            (block, rule) = (i, GenericRule.titleH1)
        } else if let i = Self.headlineAbove(start, blocks: blocks, chars: chars, site: site, isChrome: isChrome)
                    ?? mainStart.flatMap({ Self.headlineAbove($0, blocks: blocks, chars: chars, site: site, isChrome: isChrome) }) {
            (block, rule) = (i, GenericRule.titleAboveText)
        } else if let i = nearest(linkH1.filter { normalized[$0] != site }) {
            (block, rule) = (i, GenericRule.titleH1)
        } else {
            (block, rule) = (nil, GenericRule.title)
        }
        let chosenBlock = block
        let chosen = chosenBlock.flatMap { normalized[$0] }
        repeats = chosen.map { c in blocks.indices.filter { $0 != chosenBlock && normalized[$0] == c } } ?? []
        fallback = keys.first.flatMap { k in titles.compactMap { $0 }.first { GenericLabeler.normalizeTitle($0) == k } }
    }
}
