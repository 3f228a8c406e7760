/// The generic path on a text dump (no DOM to go by), in its stages:
///
/// 1. page chrome recognised line by line by stop phrases and shapes (`ChromeLineClassifier`;
///    rows printed with runs of spaces as rows, `spacedRow`; a rule of underscores; but a
///    table's rows, which look like menus, are not chrome), photo
///    captions by what stands beside them (a photo credit, a gallery counter), and the site's or
///    the author's sentence about itself (`markBlurbsAndBios`);
/// 2. regions: the headlines after a list header («الأكثر قراءة», «اقرأ أيضا»), a box's lines
///    after its header («عن الكاتب»), and everything after a comment header or a comment count
///    once the article has been read;
/// 3. jusText's context over the other lines (chrome counts as bad), then every line of some
///    length that is not chrome is kept: losing article text costs more than a stray line;
/// 4. the headline (`HeadlineChooser`), without the site's name, and the lines that print it again;
/// 5. teasers of other articles after the text (headlines with a one-sentence summary each),
///    and a sentence alone below the chrome that closes the article, about something else;
/// 6. the article's span, first to last paragraph (and the list it opens with, the lists, steps
///    and quoted lines closing it: `articleSpan`): the unnamed short lines inside it are kept, as
///    are dates it lists and a table's Latin cells; captions under the date line and between
///    paragraphs are told, a box of fields between the headline and the text is set apart
///    (`dropFieldsAboveText`), and a line kept for its
///    length alone outside it is dropped (another page's headline), as is a site's tagline above
///    its menu; then pull quotes are set aside.
struct PlainTextLabeler {
    let tunables: GenericTunables
    let chrome: ChromeLineClassifier

    /// Article text: a sentence of at least this many words…
    static let minSentenceWords = 8
    /// …or a paragraph of this many words, punctuated or not (or a line too long to be chrome
    /// at all: `LineWords.maxChromeBytes`).
    static let minParagraphWords = 25
    /// A short sentence (at least this many words) between two kept paragraphs is kept.
    static let minShortSentenceWords = 2
    /// A subheading between paragraphs has at most this many words.
    static let maxSubheadingWords = 8
    /// A comment header opens a block to the page's end only after this many paragraphs of
    /// article text (a comment link beside the headline is just a line).
    static let minArticleParagraphsBeforeTail = 2
    /// A list after its header takes at most this many lines.
    static let maxListLines = 20
    /// A box after the article's text («عن الكاتب: …», «عن الموقع») takes at most this many lines
    /// after its header: a short bio or blurb, sentences as they may be.
    static let maxBoxLines = 3
    /// An Arabic page (where Latin widget text is chrome) has at least this many times as many
    /// Arabic letters as other letters.
    static let arabicPageRatio = 2

    static let inListRule = "generic.in-list."
    static let inBoxRule = "generic.in-box."
    static let inTailRule = "generic.in-tail."

    func extract(_ blocks: [Block], _ cfClass: [ParagraphClass], _ cfRule: [String], _ chars: [Int],
                 title: String?, language: String?, known: [ChromeMatch?]? = nil) -> GenericExtraction {
        let n = blocks.count
        // A line's words and its verdicts by phrase and shape depend on its key alone: worked
        // out once per distinct key, a line printed again shares them (a page of a million
        // one-letter lines cuts one word).
        let keys = DistinctKeys(blocks)
        let distinctWords = keys.firstLines.map { LineWords(blocks[$0].key) }
        let words = keys.ordinals.map { distinctWords[$0] }
        let arabic = words.reduce(0) { $0 + $1.arabicLetters }
        let other = words.reduce(0) { $0 + $1.otherLetters }
        let arabicPage = arabic > 0 && arabic >= Self.arabicPageRatio * other
        // By phrase and shape; else what is known already (chrome learned from the page's site).
        let byPhrase = distinctWords.map { chrome.classify($0, arabicPage: arabicPage) }
        let byShape = keys.firstLines.indices.map { Self.ticker(distinctWords[$0]) ?? Self.signatureRule(blocks[keys.firstLines[$0]].key) }
        // The line the page's site lists as a headline on its other pages (learned) is no chrome
        // the site is known for: the page's lines are judged as without it, and the headline's
        // choice weighs it (`HeadlineChooser.knownHeadline`).
        let knownHeadline = known?.firstIndex { $0?.rule.hasPrefix(LearnedChromeLabeler.ownHeadline) ?? false }
        var found: [ChromeMatch?] = (0..<n).map {
            byPhrase[keys.ordinals[$0]] ?? spacedRow(blocks[$0].raw) ?? byShape[keys.ordinals[$0]] ?? ($0 == knownHeadline ? nil : known?[$0])
        }
        var articleText = (0..<n).map { Self.isArticleText(words[$0], bytes: blocks[$0].key.utf8.count) }
        Self.markLeadInsAsText(&articleText, found: found, words: words)
        let tableRows = Self.unmarkTables(&found, words: words)
        Self.markScoreRows(&found, words: words)
        markCaptions(&found, words: words)
        let endsWithQuestion = words.map { w in w.lastMark.map { $0 == "?" || $0 == "؟" || $0 == "!" } ?? false }
        markRegions(&found, blocks: blocks, words: words, articleText: articleText, endsWithQuestion: endsWithQuestion)
        markBlurbsAndBios(&found, words: words, articleText: articleText)

        var items = (0..<n).map { i -> ContextSmoothing.Item in
            if let m = found[i] {
                return .init(cls: .bad, cfClass: .bad, isHeading: false, chars: chars[i], rule: m.rule, locked: true)
            }
            return .init(cls: cfClass[i], cfClass: cfClass[i], isHeading: false, chars: chars[i], rule: cfRule[i], locked: false)
        }
        ContextSmoothing(t: tunables).revise(&items)
        var decisions: [BlockDecision] = []
        decisions.reserveCapacity(n)
        for i in 0..<n {
            if let m = found[i] {
                var d = BlockDecision(label: m.label, rule: m.rule, contextFreeClass: cfClass[i], finalClass: .bad)
                if m.label == .credit { d.value = Self.valueAfterLabel(blocks[i].key) }
                decisions.append(d)
                continue
            }
            let item = items[i]
            var d = BlockDecision(label: item.cls == .good ? .body : .boilerplate, rule: item.rule, contextFreeClass: cfClass[i], finalClass: item.cls)
            if d.label == .boilerplate && chars[i] >= tunables.plainTextKeepLength && cfRule[i] != GenericRule.copyright {
                d.label = .body; d.rule = GenericRule.plainTextKeep
            }
            decisions.append(d)
        }
        // A short sentence between two kept paragraphs is text too (an interview's question).
        for i in 1..<max(1, n - 1) where found[i] == nil && decisions[i].label == .boilerplate && words[i].endsSentence
            && words[i].count >= Self.minShortSentenceWords && decisions[i - 1].label == .body && decisions[i + 1].label == .body {
            decisions[i].label = .body
            decisions[i].rule = GenericRule.sentenceBetweenText
        }
        // A short line, no sentence, between two paragraphs of article text: a subheading of the
        // text (chrome inside a text is named by its phrase or shape, and set aside above).
        for i in 1..<max(1, n - 1) where found[i] == nil && decisions[i].label == .boilerplate && !words[i].endsSentence
            && (1...Self.maxSubheadingWords).contains(words[i].count) && decisions[i - 1].label == .body && articleText[i - 1]
            && decisions[i + 1].label == .body && articleText[i + 1] {
            decisions[i].label = .body
            decisions[i].rule = GenericRule.subheading
        }
        let salutations = words.map(isSalutation)
        let chooser = HeadlineChooser(words: words, chrome: found, articleText: articleText, salutations: salutations,
                                      mediaWords: chrome.lists.mediaWords, knownHeadline: knownHeadline, lineNumbers: blocks.map(\.line))
        let headline = chooser.choose(decisions)
        if let headline {
            decisions[headline].label = .title
            decisions[headline].rule = headline == knownHeadline ? known?[headline]?.rule ?? GenericRule.headline : GenericRule.headline
            if let title = Self.withoutSiteName(blocks[headline].key, page: words, headline: headline) {
                decisions[headline].value = title
            }
            for (j, label, rule) in chooser.repeats(of: headline) {
                decisions[j].label = label
                decisions[j].rule = rule
                // The first title line is the record's title: a repeat with the site's name after
                // it («headline | Site») gives the headline's words.
                if label == .title { decisions[j].value = decisions[headline].value ?? blocks[headline].key }
            }
        }
        markTeasers(&decisions, found: found, words: words, articleText: articleText)
        dropSentenceAloneAfterArticle(&decisions, found: found, words: words)
        let paragraphsSetApart = Self.setsParagraphsApart(blocks)
        if let span = articleSpan(decisions, blocks: blocks, found: found, words: words, articleText: articleText, tableRows: tableRows,
                                  paragraphsSetApart: paragraphsSetApart, from: headline ?? chooser.mainTextStart(decisions)) {
            keepShortLines(inside: span, &decisions, blocks: blocks, found: found, words: words, articleText: articleText, tableRows: tableRows,
                           paragraphsSetApart: paragraphsSetApart)
            if let headline {
                markCaptionAboveText(span, headline: headline, &decisions, found: found, words: words)
                dropFieldsAboveText(span, headline: headline, &decisions, found: found, words: words, articleText: articleText)
                dropDatelineUnderHeadline(headline: headline, &decisions, found: found, words: words, articleText: articleText)
            }
            markCaptionsBetweenParagraphs(span, &decisions, blocks: blocks, found: found, words: words, articleText: articleText)
            dropKeptByLength(outside: span, headline: headline, &decisions, found: found, words: words, articleText: articleText)
        }
        markPullQuotes(&decisions, blocks: blocks, words: words)
        Self.dropTableRows(tableRows, &decisions)
        let paragraphs = (0..<n).filter { decisions[$0].label == .body }.map { blocks[$0].key }
        return GenericExtraction(title: title, paragraphs: paragraphs, decisions: decisions, language: language, mainContainerID: nil)
    }

    /// A pull quote: a line in quotation marks («…», "…», perhaps with a full stop after them)
    /// printing again words of the article's own text: at least `minPullQuoteWords` of them,
    /// `pullQuoteShare` of them or more among the words of one other kept line (a sentence of a
    /// paragraph quoted as it is, or nearly: «فالمسرح» printed «المسرح»). Only the first
    /// `maxPullQuotes` quoted lines of a page are looked at: each is compared with every kept line.
    func markPullQuotes(_ decisions: inout [BlockDecision], blocks: [Block], words: [LineWords]) {
        let kept = decisions.indices.filter { decisions[$0].label == .body }
        let quoted = kept.lazy.filter { Self.isQuotedLine(blocks[$0].key) && words[$0].count >= Self.minPullQuoteWords }.prefix(Self.maxPullQuotes)
        for i in quoted {
            let quote = Set(words[i].texts)
            let printed = kept.contains { j in
                j != i && words[j].count >= words[i].count
                    && Double(quote.intersection(words[j].texts).count) >= Self.pullQuoteShare * Double(quote.count)
            }
            if printed {
                decisions[i].label = .boilerplate
                decisions[i].rule = GenericRule.pullQuote
            }
        }
    }

    /// A pull quote's words found in one kept line: at least this share of them.
    static let pullQuoteShare = 0.8

    static let pullQuoteMarks: [(open: Character, close: Character)] = [("«", "»"), ("\"", "\""), ("“", "”")]
    static let minPullQuoteWords = 5
    static let maxPullQuotes = 32

    /// The site's or the author's sentence about itself («علوم اليوم منصة عربية مستقلة…», «سالم بن
    /// عمارة صحفي يغطي…», «* كاتب وأكاديمي، أستاذ…»): a sentence of at most `maxBlurbWords` words
    /// that says what the site or the author is — what a site calls itself
    /// (`shape-site-words.txt`: «منصة», «صحيفة», «موقع»…) or what a bio calls its author
    /// (`shape-person-words.txt`: «كاتب», «صحفية»…) — after one to four words (the name) printed on
    /// a short line of the page too (its masthead, its copyright, the byline). It stands
    /// - last of the article text, after `minArticleParagraphsBeforeTail` paragraphs (an author's
    ///   bio may also open with the word: «كاتب وصحفي، عمل…», or with an asterisk: «* سامي
    ///   الرفاعي أستاذ…»; with an asterisk, the word first, a sentence or not, anywhere under the
    ///   text: «* أستاذة الهندسة في جامعة …»);
    /// - or right under a box header naming it («عن الكاتبة: لمى الحسيني»), or right under a line
    ///   that is its name alone, below the article's text and over page chrome;
    /// - or above the article's text, right under the author's name alone, opening with what the
    ///   author is («ناقدة فنية وأستاذة…»; a sentence, or roles listed with a comma: «أستاذ
    ///   الاقتصاد، كاتب في …»).
    /// A paragraph's «ونقلت وكالة الأنباء…» names no such line.
    func markBlurbsAndBios(_ found: inout [ChromeMatch?], words: [LineWords], articleText: [Bool]) {
        let lists = chrome.lists
        let text = found.indices.filter { found[$0] == nil && articleText[$0] }
        func isAbout(_ i: Int) -> Bool { words[i].endsSentence && words[i].count >= 2 && words[i].count <= Self.maxBlurbWords }
        // What the line says it is, after its name: a site's word or a person's.
        func noun(_ i: Int) -> Int? {
            (1...min(4, words[i].count - 1)).first { lists.siteWords.contains(words[i].words[$0].text) || lists.personWords.contains(words[i].words[$0].text) }
        }
        func mark(_ i: Int, _ k: Int) {
            found[i] = lists.siteWords.contains(words[i].words[k].text)
                ? ChromeMatch(label: .footer, rule: GenericRule.siteBlurb) : ChromeMatch(label: .boilerplate, rule: GenericRule.authorBio)
        }
        // Under its name's own line or a box header naming it.
        var paragraphs = 0
        for line in found.indices where found[line] == nil {
            defer { if articleText[line] { paragraphs += 1 } }
            // Under the article's text, an author's note marked with an asterisk that opens with
            // what the author is («* أستاذة الهندسة في جامعة …»), a sentence or not.
            if paragraphs >= Self.minArticleParagraphsBeforeTail, line > text.last ?? line, words[line].firstMark == "*", words[line].count >= 2,
               words[line].count <= Self.maxBlurbWords, lists.personWords.contains(words[line].words[0].text) {
                found[line] = ChromeMatch(label: .boilerplate, rule: GenericRule.authorBio)
                continue
            }
            // (Roles listed with a comma are one too, a sentence or not: «أستاذ الاقتصاد، كاتب في …».)
            let roles = words[line].count <= Self.maxBlurbWords && words[line].words.dropFirst().contains { $0.before.contains(.comma) }
            guard line > 0, isAbout(line) || roles, let above = (0..<line).last(where: { words[$0].count > 0 }) else { continue }
            // Above the text, under the author's name alone: what the author is («ناقدة فنية
            // وأستاذة…» under «رنا الأيوبي»), opening with a person's word.
            if paragraphs == 0, lists.personWords.contains(words[line].words[0].text), found[above] == nil,
               (1...Self.maxAuthorNameWords).contains(words[above].count), !words[above].endsSentence {
                found[line] = ChromeMatch(label: .boilerplate, rule: GenericRule.authorBio)
                continue
            }
            guard isAbout(line), let k = noun(line) else { continue }
            let name = Array(words[line].texts.prefix(k))
            let boxHeader = found[above]?.kind == .box
            guard boxHeader || (articleText[line] && paragraphs >= Self.minArticleParagraphsBeforeTail && found[above] == nil && words[above].texts == name),
                  words[above].count >= name.count, words[above].has(name, at: words[above].count - name.count) else { continue }
            // Under its name's line: over page chrome or the page's end, not over more text (a
            // listicle's next name).
            let below = ((line + 1)..<words.count).first { words[$0].count > 0 }
            if boxHeader || below.map({ found[$0] != nil }) ?? true { mark(line, k) }
        }
        // Last of the article's text (under a box header, the box takes it: `markRegions`).
        guard text.count > Self.minArticleParagraphsBeforeTail, let i = text.last, found[i] == nil, isAbout(i),
              !((0..<i).last(where: { words[$0].count > 0 }).map { found[$0]?.kind == .box } ?? false) else { return }
        if lists.personWords.contains(words[i].words[0].text) {
            found[i] = ChromeMatch(label: .boilerplate, rule: GenericRule.authorBio)
            return
        }
        guard let k = noun(i) else { return }
        // An author's note under a column, marked with an asterisk («* سامي الرفاعي أستاذ…»).
        if words[i].firstMark == "*" && lists.personWords.contains(words[i].words[k].text) {
            found[i] = ChromeMatch(label: .boilerplate, rule: GenericRule.authorBio)
            return
        }
        let name = Array(words[i].texts.prefix(k))
        let printed = words.indices.contains { j in
            j != i && words[j].count >= name.count && words[j].count <= Self.maxSiteNameLineWords
                && (0...(words[j].count - name.count)).contains { words[j].has(name, at: $0) }
        }
        if printed { mark(i, k) }
    }

    /// A line that prints the site's name (a masthead, a copyright line) has at most this many words.
    static let maxSiteNameLineWords = 8
    /// A site's sentence about itself has at most this many words.
    static let maxBlurbWords = 40
    /// An author's name on a line of its own has at most this many words.
    static let maxAuthorNameWords = 4

    /// Teasers of other articles below the article: at least `minTeasers` pairs in a row of a
    /// headline (`isTeaserHeadline`) and its summary (one line ending a sentence, at most
    /// `maxSummaryWords` words), perhaps with a date or a read-more line beside each, set off
    /// from the article's text (`minArticleParagraphsBeforeTail` paragraphs above) by a chrome
    /// line or by a short header line over the first headline («من الأرشيف»), or following a
    /// named list's first item and its summary. Without that break,
    /// headings with a paragraph each are the article's own sections (a listicle); questions, each
    /// with its answer, under a header that is no chrome are the article's FAQ.
    func markTeasers(_ decisions: inout [BlockDecision], found: [ChromeMatch?], words: [LineWords], articleText: [Bool]) {
        let n = words.count
        func isSummary(_ k: Int) -> Bool {
            k < n && found[k] == nil && (words[k].endsSentence || words[k].endsWithEllipsis) && words[k].count <= Self.maxSummaryWords
        }
        func isShortHeader(_ k: Int) -> Bool {
            k < n && found[k] == nil && (1...Self.maxTeaserHeaderWords).contains(words[k].count)
                && !(words[k].lastMark.map { HeadlineChooser.notHeadlineEnds.contains($0) || words[k].endsSentence } ?? false)
        }
        var paragraphs = 0
        var i = 0
        while i < n {
            if found[i] == nil && articleText[i] && decisions[i].label == .body { paragraphs += 1 }
            // A named list says by itself that the article is over (a one-paragraph brief).
            let listed = found[i]?.rule.hasPrefix(Self.inListRule) ?? false
            guard paragraphs >= (listed ? 1 : Self.minArticleParagraphsBeforeTail), i + 1 < n else { i += 1; continue }
            // The break: a chrome line (a share row, a notice, a list; not a date, a caption or a
            // source line, which stand by the text), or a short header line.
            var start = i + 1
            var header: Int?
            // A list's first item with its summary (the list stopped at the summary's sentence).
            var firstSummary: Int?
            if let m = found[i], m.label != .timestamp && m.label != .caption && m.label != .credit {
                if isShortHeader(start) && isTeaserHeadline(start + 1, found: found, words: words) { header = start; start += 1 }
                if listed && isSummary(start) { firstSummary = start; start += 1 }
            } else if isShortHeader(i), isTeaserHeadline(i + 1, found: found, words: words), isSummary(i + 2) {
                header = i
            } else {
                i += 1
                continue
            }
            // The pairs, each perhaps with date or read-more lines around it.
            var pairs: [Int] = []
            var k = start
            while k < n {
                while k < n, let m = found[k], Self.isMeta(m) { k += 1 }
                guard isTeaserHeadline(k, found: found, words: words), isSummary(k + 1) else { break }
                pairs.append(k)
                k += 2
            }
            guard pairs.count + (firstSummary == nil ? 0 : 1) >= Self.minTeasers else { i += 1; continue }
            // Questions with their answers under a header of the text's own («الأسئلة الشائعة»):
            // a FAQ, the article's; and after a named list whose item is no question (an in-text
            // «اقرأ أيضاً» box) or a read-also line («اقرأ أيضا: …»), an interview's questions going
            // on. (Under a list of questions, more questions are its teasers.)
            func isQuestion(_ k: Int) -> Bool { words[k].lastMark.map { $0 == "?" || $0 == "؟" } ?? false }
            let readAlso = found[i].map { $0.label == .related && $0.kind == .lead } ?? false
            if pairs.allSatisfy(isQuestion) && (found[i] == nil || ((listed || readAlso) && !isQuestion(i))) { i = k; continue }
            // An interview's questions and answers behind their labels («س: …», «ج: …») are its own.
            func labelled(_ k: Int, _ labels: Set<String>) -> Bool {
                words[k].count > 1 && labels.contains(words[k].words[0].text) && !words[k].words[1].before.isDisjoint(with: [.colon, .slash])
            }
            if pairs.allSatisfy({ labelled($0, Self.questionLabels) && labelled($0 + 1, Self.answerLabels) }) { i = k; continue }
            for j in [header, firstSummary].compactMap({ $0 }) + pairs.flatMap({ [$0, $0 + 1] }) {
                decisions[j].label = .related
                decisions[j].rule = GenericRule.teasers
            }
            i = k
        }
    }

    /// A teaser's headline: not chrome, 3 to `maxTeaserHeadlineWords` words, no sentence and no
    /// colon or comma at its end (a question is one).
    func isTeaserHeadline(_ k: Int, found: [ChromeMatch?], words: [LineWords]) -> Bool {
        guard k < words.count, found[k] == nil, (HeadlineChooser.minWords...Self.maxTeaserHeadlineWords).contains(words[k].count) else { return false }
        if let last = words[k].lastMark, HeadlineChooser.notHeadlineEnds.contains(last) { return false }
        return true
    }

    /// An interview's labels before a question and before its answer («س: …», «ج: …»; folded).
    static let questionLabels: Set<String> = ["س", "سؤال", "السؤال"]
    static let answerLabels: Set<String> = ["ج", "جواب", "الجواب"]

    /// A run of teasers has at least this many pairs of a headline and a summary.
    static let minTeasers = 2
    static let maxTeaserHeadlineWords = 20
    /// A teaser's summary is one sentence: at most this many words.
    static let maxSummaryWords = 35
    /// A teaser list's header («من الأرشيف», «أخبار علمية أخرى») has at most this many words.
    static let maxTeaserHeaderWords = 4

    /// The article's text: from its first paragraph of article text (at or after the headline,
    /// with the short sentences and quoted lines right above it, or the list it opens with: three
    /// lines or more of a list's shape, not a table of contents) to its last, and on over the lines
    /// that go on from it with nothing between: list items (bulleted or numbered), sentences,
    /// quoted lines and a sentence leading into a list with a colon (a list closing the text), a
    /// short lead-in with a colon and its lines up to the next chrome line, and a box of facts
    /// opened by a «label: number» line, up to the next chrome line; and on over lines no phrase
    /// or shape names when a paragraph follows them before any chrome (`goesOnWithText`), then
    /// over the short sentences closing that paragraph; then over sections closing the text (a
    /// subheading set apart, its list items or a table's rows under it, perhaps under a header of
    /// its own), and a list set apart under the last paragraph when such sections follow it.
    func articleSpan(_ decisions: [BlockDecision], blocks: [Block], found: [ChromeMatch?], words: [LineWords], articleText: [Bool],
                     tableRows: Set<Int>, paragraphsSetApart: Bool, from head: Int?) -> ClosedRange<Int>? {
        let isText = { (i: Int) in decisions[i].label == .body && articleText[i] }
        guard let head, var first = (head..<decisions.count).first(where: isText),
              var end = decisions.indices.last(where: isText) else { return nil }
        // Short sentences right above its first paragraph open it («كل صباح أقف في الطابور نفسه.»),
        // as a sentence leading into it with a colon, a letter's greeting («تحية طيبة وبعد،») and
        // a line in quotation marks do.
        func opensText(_ k: Int) -> Bool {
            words[k].endsSentence || HeadlineChooser.isLeadIn(words[k]) || isSalutation(words[k]) || Self.isQuotedLine(blocks[k].key)
                || Self.isVerse(blocks[k])
        }
        func isOpen(_ k: Int) -> Bool { k > head && found[k] == nil && decisions[k].label != .title }
        // A text that opens with a list or with subheadings over lists (a project's tools, a
        // guide's steps): a run of at least `minListItems` lines right above the first paragraph,
        // each a sentence as above or a list's line (`isListLine`), opens it as a whole.
        // A table of contents is no such list: its lines are the subheadings printed below.
        var top = first
        while isOpen(top - 1), opensText(top - 1) || Self.isListLine(words[top - 1]) { top -= 1 }
        // (The lines below are looked at only for such a run: hashing every line's words would
        // cost every page.)
        let isContents = {
            let below = Set((first..<words.count).map { words[$0].texts })
            return (top..<first).contains { below.contains(words[$0].texts) }
        }
        if first - top >= Self.minListItems && !isContents() {
            first = top
        } else {
            while isOpen(first - 1), opensText(first - 1) { first -= 1 }
        }
        // The lines that go on from the text with nothing between: list items, sentences, a line
        // leading into what follows, a greeting or a closing, a quoted line.
        func extendEnd() {
            while end + 1 < decisions.count, found[end + 1] == nil, decisions[end + 1].label != .title,
                  words[end + 1].startsWithBullet || Self.isNumberedItem(words[end + 1]) || opensText(end + 1)
                    || Self.isNextStep(words[end + 1], after: words[end]) {
                end += 1
            }
        }
        extendEnd()
        // The text's last line leads into what follows with a colon («…، وتشمل:», «…، ويقول
        // فيها:»): the lines it announces up to the next chrome line, `minListItems` at least
        // (the points, the verses), close the text.
        if articleText[end], words[end].lastMark == ":" {
            var k = end + 1
            while k < decisions.count, k - end <= Self.maxListLines, found[k] == nil,
                  decisions[k].label != .title && decisions[k].label != .related {
                k += 1
            }
            if k - (end + 1) >= Self.minListItems { end = k - 1 }
        }
        // A list introduced by a short line ending with a colon closes the text («وجاءت النسب كما
        // يلي:», then a table one cell a line): the lead-in and its lines up to the next chrome line,
        // `minListItems` at least (a bank account's line under «للتبرع:» is a pitch).
        if end + 2 < decisions.count, isOpen(end + 1), words[end + 1].count > 1, words[end + 1].lastMark == ":" {
            var k = end + 2
            while k < decisions.count, k - end <= Self.maxListLines, found[k] == nil,
                  decisions[k].label != .title && decisions[k].label != .related {
                k += 1
            }
            if k - (end + 2) >= Self.minListItems { end = k - 1 }
        }
        // So does one under a question the text ends with («كيف تحمي نفسك؟», then its tips), its
        // lines of `minItemWords` words or more (a poll's options are shorter).
        if !articleText[end], words[end].lastMark.map({ $0 == "؟" || $0 == "?" }) == true {
            var k = end + 1
            while k < decisions.count, k - end <= Self.maxListLines, isOpen(k), decisions[k].label != .related,
                  words[k].count >= Self.minItemWords, !articleText[k] {
                k += 1
            }
            if k - (end + 1) >= Self.minListItems { end = k - 1 }
        }
        // A box of facts closing the text («المدة: 2.5 ساعة», then its short lines), up to chrome.
        if end + 1 < decisions.count, found[end + 1] == nil, HeadlineChooser.isFact(words[end + 1]) {
            while end + 1 < decisions.count, found[end + 1] == nil, decisions[end + 1].label != .title,
                  words[end + 1].count > 0, !articleText[end + 1] {
                end += 1
            }
        }
        // The text goes on after lines no phrase or shape names (a subheading, a table, a list
        // without bullets) when a paragraph follows them before any chrome: a sentence, or a
        // paragraph going on with the conjunction «و» («ويستمر التقديم حتى…»).
        var k = end + 1
        while k < decisions.count, k - end <= Self.maxLinesToTextGoingOn, found[k] == nil,
              decisions[k].label != .title && decisions[k].label != .related {
            if Self.goesOnWithText(words[k]) { end = k }
            k += 1
        }
        // … and from that paragraph on as from the text's (a short sentence closing it).
        extendEnd()
        // Lists under their subheadings closing the text (a review's «الإيجابيات» then its items,
        // «السلبيات» then its items; a table's rows under «جدول الرحلات»), section after section,
        // on a page that sets its paragraphs apart with blank lines: the header set apart so, its
        // items printed one under the other (a row of buttons, each set apart, is no list).
        func items(from start: Int) -> Int {
            var k = start
            while k < decisions.count, isOpen(k), decisions[k].label != .related, Self.isSectionItem(words[k]) || tableRows.contains(k),
                  k == start || blocks[k].line == blocks[k - 1].line + 1 {
                k += 1
            }
            return k
        }
        func section(at h: Int, underHeader: Bool = false) -> Int? {
            guard paragraphsSetApart, h + 1 < decisions.count, isOpen(h), decisions[h].label != .related,
                  Self.isSectionHeader(words[h]), blocks[h + 1].line > blocks[h].line + 1 else { return nil }
            // A header over a header («الشروط والمتطلبات» over «للموظفين» and its items): one level.
            if !underHeader, let sub = section(at: h + 1, underHeader: true) { return sub }
            let k = items(from: h + 1)
            return k - h - 1 >= Self.minSectionItems ? k : nil
        }
        // The list right under the last paragraph, set apart from it, when sections follow it (a
        // service page's features, then its terms under their subheadings).
        if paragraphsSetApart, end + 1 < decisions.count, blocks[end + 1].line > blocks[end].line + 1 {
            let k = items(from: end + 1)
            if k - end - 1 >= Self.minListItems, k < decisions.count, section(at: k) != nil { end = k - 1 }
        }
        while let next = section(at: end + 1) { end = next - 1 }
        return first...end
    }

    /// Lines between the text and its paragraph going on after them: at most this many.
    static let maxLinesToTextGoingOn = 20

    /// A paragraph of the text: a sentence of `minSentenceWords` words, or as many words opening
    /// with the conjunction «و» and joined as prose is, not as a headline (`proseParticles`: «أن»,
    /// «التي»…) — an article's paragraph without its full stop («ويرى باحثون أن…»), not another
    /// page's headline («وكالة الفضاء تختار…»).
    static func goesOnWithText(_ w: LineWords) -> Bool {
        guard w.count >= minSentenceWords else { return false }
        if w.endsSentence { return true }
        return w.words[0].kind == .arabic && w.words[0].text.hasPrefix("و") && w.words.dropFirst().contains { proseParticles.contains($0.text) }
    }

    /// Particles that join prose, which headlines leave out (folded: «أن» and «إن» are «ان»).
    static let proseParticles: Set<String> = ["ان", "انه", "انها", "التي", "الذي", "الذين", "حيث", "كما", "لكن", "اذ", "قد", "كان", "كانت"]

    /// A sentence alone below the article, closed off from its text by chrome that ends an
    /// article (a list of other pages or its header, a box, a comment header, an agency's
    /// sign-off, a row of tools) and with only chrome after it: the site's line about itself, its
    /// privacy note or disclaimer («تلتزم الوزارة بحماية بياناتك…», «المحتوى أعلاه مقدم من…»).
    /// At least `minLinesClosingArticle` chrome lines stand between (an in-text «اقرأ أيضاً» line
    /// or a photo's caption is one or two), and the sentence is about something else: it shares
    /// no word of `minSharedWordLetters` letters or more with the headline and the text above. An
    /// article's last paragraph after an in-text box of other headlines speaks of its subject, or
    /// stands over the article's tags.
    func dropSentenceAloneAfterArticle(_ decisions: inout [BlockDecision], found: [ChromeMatch?], words: [LineWords]) {
        let kept = decisions.indices.filter { decisions[$0].label == .body }
        guard kept.count > Self.minArticleParagraphsBeforeTail, let last = kept.last, found[last] == nil,
              words[last].endsSentence else { return }
        let previous = kept[kept.count - 2]
        let between = ((previous + 1)..<last).filter { words[$0].count > 0 }
        func closes(_ k: Int) -> Bool {
            if decisions[k].label == .related || decisions[k].label == .comments { return true }
            guard let m = found[k] else { return false }
            return m.kind == .list || m.kind == .box || m.kind == .tail || m.label == .widget
                || m.rule == ChromeLineClassifier.ShapeRule.signOff
        }
        guard between.count >= Self.minLinesClosingArticle, between.contains(where: closes) else { return }
        // The article's tags right under it («#اقتصاد», «الكلمات المفتاحية: …»): its last paragraph.
        if let next = ((last + 1)..<words.count).first(where: { words[$0].count > 0 }), let m = found[next],
           m.rule == ChromeLineClassifier.ShapeRule.hashtags || (m.label == .navigation && m.kind == .lead) {
            return
        }
        func contentWords(_ k: Int) -> [String] { words[k].texts.filter { $0.count >= Self.minSharedWordLetters } }
        let article = Set((0...previous).filter { decisions[$0].label == .body || decisions[$0].label == .title }.flatMap(contentWords))
        guard !contentWords(last).contains(where: article.contains) else { return }
        decisions[last].label = .boilerplate
        decisions[last].rule = GenericRule.sentenceAloneAfterArticle
    }

    /// Chrome lines closing the article's text before a sentence alone: at least this many.
    static let minLinesClosingArticle = 3
    /// Words this long are a text's content words (Arabic function words are shorter).
    static let minSharedWordLetters = 5

    /// Inside the article's text (up to a list or comment header or the footer after its last
    /// paragraph of article text, when one comes first: an in-text «اقرأ أيضاً» box with the text
    /// going on after it is no end) lines that no phrase or shape names as chrome are the article's: a list's items, a
    /// subheading, short answers or paragraphs (chrome inside a text is named by its phrase or
    /// shape, and set aside before). jusText's context would drop a run of them (an ingredients
    /// list) for want of good neighbours. Two bare lines in a row are tags left in the text unless
    /// the text goes on after them and they are items or subheadings set apart (see below); a
    /// letter's greeting or closing is the text's however short the line after it (a closing's
    /// signatory, last of the text, is not).
    func keepShortLines(inside span: ClosedRange<Int>, _ decisions: inout [BlockDecision], blocks: [Block], found: [ChromeMatch?], words: [LineWords],
                        articleText: [Bool], tableRows: Set<Int>, paragraphsSetApart: Bool) {
        let lastText = span.last { articleText[$0] && decisions[$0].label == .body } ?? span.lowerBound
        let end = span.first { i in
            i > lastText && found[i].map { $0.kind == .list || $0.kind == .box || $0.kind == .tail || $0.label == .footer || $0.label == .comments } ?? false
        } ?? span.upperBound + 1
        keepDateLists(inside: span.lowerBound..<end, &decisions, found: found, words: words)
        // A line of no word (a rule of underscores over a forum signature) is nobody's text.
        func isShortLine(_ k: Int) -> Bool { found[k] == nil && decisions[k].label == .boilerplate && words[k].count > 0 }
        var i = span.lowerBound
        while i < end {
            guard isShortLine(i) else { i += 1; continue }
            // A letter's greeting or closing («شاكرين لكم حسن تعاونكم،») is the text's by itself;
            // the one short line under a closing that ends the text is its signatory («إدارة
            // المدرسة»), a byline after the text.
            if isSalutation(words[i]) {
                decisions[i].label = .body
                decisions[i].rule = GenericRule.insideArticle
                i += i + 2 == end && isShortLine(i + 1) ? 2 : 1
                continue
            }
            var j = i
            while j < end && isShortLine(j) { j += 1 }
            // A run of such lines: a subheading (one line), a list (introduced by a colon, or of
            // many items), a table's rows, or sentences; two bare words-lines in a row are tags
            // left in the text.
            let run = i..<j
            let introduced = (i > 0 && words[i - 1].lastMark == ":") || (run.count > 1 && words[i].lastMark == ":")
            // Below the last paragraph, facts and fields no lead-in introduces («المساحة: 96 م2»,
            // «رقم القرار: 4418/2026», «الرقم المجاني: 1111») are a box's, not the text's.
            if i > lastText && !introduced && run.allSatisfy({ HeadlineChooser.isFact(words[$0]) || Self.isLabelledValue(words[$0]) }) {
                i = j
                continue
            }
            // Two lines that the text goes on after are the text's when they are items (the last
            // two of a list, a list split by an ad line: `minItemWords` words each, or marked as
            // items, `isMarkedItem`; tags are bare names of one to three words), or subheadings in a row: on a page that sets its paragraphs
            // apart with blank lines and prints lists and tags without, two lines set apart so.
            let textGoesOn = j < end && decisions[j].label == .body && found[j] == nil
                && (run.allSatisfy { words[$0].count >= Self.minItemWords || Self.isMarkedItem(words[$0]) }
                    || (paragraphsSetApart && blocks[run.upperBound - 1].line > blocks[run.lowerBound].line + 1))
            if run.count == 1 || run.count >= Self.minListItems || introduced || textGoesOn
                || run.contains(where: { words[$0].endsSentence || tableRows.contains($0) }) {
                for k in run {
                    decisions[k].label = .body
                    decisions[k].rule = GenericRule.insideArticle
                }
            }
            i = j
        }
        keepLatinCells(inside: span.lowerBound..<end, &decisions, found: found, words: words)
    }

    /// Dates the text gives as a list («مواعيد مهمة», then «آخر موعد لاستلام الملخصات: 15 يناير
    /// 2026», a timetable's «الثلاثاء 13 يناير: راحة»): inside the text, a date line found by its
    /// shape (a page's own date lines stand around the headline, and are named by their phrase:
    /// «آخر تحديث: …») in a run of at least `minListItems` «label: value» lines one under the
    /// other, at least one of them kept as the text's or the run under a lead-in ending with a
    /// colon («مواعيد الاعتراض:»), is the text's too.
    func keepDateLists(inside text: Range<Int>, _ decisions: inout [BlockDecision], found: [ChromeMatch?], words: [LineWords]) {
        // A label's last word is no number («17:55» is a time).
        func isLabelled(_ k: Int) -> Bool {
            words[k].words.indices.dropFirst().prefix(HeadlineChooser.maxDatedFactLabelWords).contains {
                words[k].words[$0].before.contains(.colon) && words[k].words[$0 - 1].kind != .digits
            }
        }
        func isDate(_ k: Int) -> Bool {
            guard let m = found[k] else { return false }
            return m.label == .timestamp && (m.rule == ChromeLineClassifier.ShapeRule.date || m.rule == ChromeLineClassifier.ShapeRule.metaLine)
        }
        func isRunLine(_ k: Int) -> Bool { isLabelled(k) && (isDate(k) || (found[k] == nil && decisions[k].label == .body)) }
        var i = text.lowerBound
        while i < text.upperBound {
            guard isRunLine(i) else { i += 1; continue }
            var j = i
            while j < text.upperBound && isRunLine(j) { j += 1 }
            let dates = (i..<j).filter(isDate)
            // Under a lead-in inside the text («مواعيد الاعتراض على النتائج:»), dates alone too.
            let ledIn = (text.lowerBound..<i).last(where: { words[$0].count > 0 }).map {
                found[$0] == nil && words[$0].count > 1 && words[$0].lastMark == ":"
            } ?? false
            if j - i >= Self.minListItems && (dates.count < j - i || ledIn) {
                for k in dates {
                    decisions[k].label = .body
                    decisions[k].rule = GenericRule.insideArticle
                }
            }
            i = j
        }
    }

    /// The next of a text's numbered steps, stages or days: its first word is the line above's,
    /// and a number follows it in both («الخطوة 3: …» then «الخطوة 4: …»).
    static func isNextStep(_ w: LineWords, after above: LineWords) -> Bool {
        w.count > 2 && above.count > 2 && w.words[0].text == above.words[0].text && w.words[0].kind == .arabic
            && w.words[1].kind == .digits && above.words[1].kind == .digits
    }

    /// A table printed one cell a line, names in Latin letters (a car's trims: «Standard» over
    /// «139,900»): inside the text, a Latin-only line of at most `maxLatinCellWords` words named
    /// chrome by its Latin shape alone, over or under a line of figures that is the text's, is
    /// the table's cell.
    func keepLatinCells(inside text: Range<Int>, _ decisions: inout [BlockDecision], found: [ChromeMatch?], words: [LineWords]) {
        func isFigures(_ k: Int) -> Bool {
            text.contains(k) && found[k] == nil && decisions[k].label == .body && words[k].count > 0 && words[k].words.allSatisfy { $0.kind == .digits }
        }
        for k in text {
            guard let m = found[k], m.rule == ChromeLineClassifier.ShapeRule.latinLine || m.rule == ChromeLineClassifier.ShapeRule.sectionWord,
                  (1...Self.maxLatinCellWords).contains(words[k].count), words[k].arabicLetters == 0,
                  isFigures(k - 1) || isFigures(k + 1) else { continue }
            decisions[k].label = .body
            decisions[k].rule = GenericRule.insideArticle
        }
    }

    static let maxLatinCellWords = 3

    /// Whether the page sets lines apart with blank lines (its paragraphs) and prints others one
    /// under the other (its lists, tags, rows): only then does a blank line tell them apart.
    /// Worked out once a page (`extract`), from the line numbers alone.
    static func setsParagraphsApart(_ blocks: [Block]) -> Bool {
        var adjacent = false, apart = false
        for i in blocks.indices.dropFirst() {
            let gap = blocks[i].line - blocks[i - 1].line
            if gap == 1 { adjacent = true } else if gap > 1 { apart = true }
            if adjacent && apart { return true }
        }
        return false
    }

    /// A section's header after the text: one to `maxSectionHeaderWords` words, no figure, no
    /// sentence, no separator, no comma at its end (a letter's closing «شاكرين لكم حسن تعاونكم،»
    /// over its signatory).
    static func isSectionHeader(_ w: LineWords) -> Bool {
        (1...maxSectionHeaderWords).contains(w.count) && !w.endsSentence && w.parts.count <= 1 && w.lastMark != "،" && w.lastMark != ","
            && !w.words.contains(where: { $0.kind == .digits || $0.kind == .url })
    }

    /// A section's item after the text: a list's line (`isListLine`) of two to
    /// `maxSectionItemWords` words (a legend's one-word keys and other pages' longer headlines
    /// are not), no question, no figure at its end (a score box's «الرسوميات 9», a poll's «الرياح
    /// 54%», a widget's rows of figures).
    static func isSectionItem(_ w: LineWords) -> Bool {
        isListLine(w) && (2...maxSectionItemWords).contains(w.count) && w.words.last?.kind != .digits
            && !(w.lastMark.map { $0 == "?" || $0 == "؟" || $0 == "%" } ?? false)
    }

    static let maxSectionHeaderWords = 4
    static let maxSectionItemWords = 5
    /// A section after the text has at least this many items under its header.
    static let minSectionItems = 2

    /// A list's item between lines of text has at least this many words (a tag has fewer).
    static let minItemWords = 4

    /// A photo caption standing between the article's date, author or share line and its text has at
    /// most this many words.
    static let maxCaptionAboveTextWords = 10

    /// The picture under the article's date, author or share line: the one short line (no
    /// sentence, at most `maxCaptionAboveTextWords` words, one phrase: `isUncutOrCredited`;
    /// perhaps printed twice) between such a
    /// line, below the headline, and the first paragraph is the picture's caption (a lead stands
    /// between the headline and those lines).
    func markCaptionAboveText(_ span: ClosedRange<Int>, headline: Int, _ decisions: inout [BlockDecision],
                              found: [ChromeMatch?], words: [LineWords]) {
        // The headline printed again under the picture stands between it and the text.
        var i = span.lowerBound - 1
        while i > headline && decisions[i].label == .title { i -= 1 }
        guard i > headline, found[i] == nil, !words[i].endsSentence, (2...Self.maxCaptionAboveTextWords).contains(words[i].count),
              isUncutOrCredited(words[i]), decisions[i].label == .body || (decisions[i].label == .boilerplate && Self.readsAsCaption(words[i]))
        else { return }
        // The caption may be printed twice.
        let top = i - 1 > headline && found[i - 1] == nil && words[i - 1].texts == words[i].texts ? i - 1 : i
        // … and it may stand between the caption and the date or share line too.
        var above = top - 1
        while above > headline && decisions[above].label == .title { above -= 1 }
        guard above > headline, let meta = found[above], Self.isMeta(meta) else { return }
        for k in top...i {
            decisions[k].label = .caption
            decisions[k].rule = GenericRule.captionAboveText
        }
    }

    /// A box of fields between the headline and the text («المسلسل: …» over «الموسم: …», a case's
    /// number and court, a letter's «إلى: …» and «الموضوع: …»): lines kept as text before the first
    /// paragraph of article text, each a label of at most `maxFieldLabelWords` words, a colon and a
    /// value of at most `maxFieldValueWords` words, no sentence, are the box's, not the text —
    /// when there are two of them or more (counting the ones the context dropped already), or the
    /// one's value holds a number («يسري من:
    /// 19-12-2025 حتى 21-12-2025»): one line of a speaker and his words («الوزير: لا زيادة في
    /// الأسعار») is a deck.
    func dropFieldsAboveText(_ span: ClosedRange<Int>, headline: Int, _ decisions: inout [BlockDecision],
                             found: [ChromeMatch?], words: [LineWords], articleText: [Bool]) {
        func isField(_ k: Int) -> Bool {
            let w = words[k]
            guard found[k] == nil, !w.endsSentence, w.lastMark != ":",
                  let colon = w.words.indices.dropFirst().first(where: { w.words[$0].before.contains(.colon) }) else { return false }
            return colon <= Self.maxFieldLabelWords && (1...Self.maxFieldValueWords).contains(w.count - colon)
        }
        guard let text = ((headline + 1)...span.upperBound).first(where: { articleText[$0] && decisions[$0].label == .body && words[$0].endsSentence })
        else { return }
        // The box's fields, the context's dropped ones too; the kept ones are dropped.
        let fields = ((headline + 1)..<text).filter(isField)
        guard fields.count >= 2 || fields.contains(where: { k in words[k].words.contains { $0.kind == .digits } }) else { return }
        for k in fields where decisions[k].label == .body {
            decisions[k].label = .boilerplate
            decisions[k].rule = GenericRule.fieldAboveText
        }
    }

    /// A dateline under the headline: a place and a reporter, a desk and a place («المدينة المنورة -
    /// عبدالله الرحيلي», «المركز الإعلامي - إربد»), the line right under the headline or under its
    /// date, over the text: two parts behind one spaced dash, at most `maxDatelinePartWords` words
    /// each, no number, no sentence. Kept as a deck by its place, it is the head's, no text.
    func dropDatelineUnderHeadline(headline: Int, _ decisions: inout [BlockDecision], found: [ChromeMatch?], words: [LineWords],
                                   articleText: [Bool]) {
        func isDateline(_ k: Int) -> Bool {
            let w = words[k]
            guard found[k] == nil, decisions[k].label == .body, !articleText[k], !w.endsSentence, w.parts.count == 1,
                  !w.words.contains(where: { $0.kind == .digits }) else { return false }
            let cuts = w.words.indices.filter { $0 > 0 && w.words[$0].before.contains(.dash) }
            guard cuts.count == 1, let cut = cuts.first else { return false }
            return (1...Self.maxDatelinePartWords).contains(cut) && (1...Self.maxDatelinePartWords).contains(w.count - cut)
        }
        // The next non-blank lines under the headline, a date or author line perhaps between.
        var k = headline + 1
        while k < words.count, words[k].count == 0 || found[k].map(Self.isDateOrAuthor) ?? false { k += 1 }
        guard k < words.count, isDateline(k) else { return }
        decisions[k].label = .boilerplate
        decisions[k].rule = GenericRule.datelineUnderHeadline
    }

    static let maxDatelinePartWords = 3

    /// A field's label has at most this many words, its value at most `maxFieldValueWords`.
    static let maxFieldLabelWords = 4
    static let maxFieldValueWords = 8

    /// A caption is one phrase, perhaps followed by its photo credit («… - تصوير: …»); a line cut
    /// by separators otherwise is a byline or a menu («الموقع - اسم الكاتب», «أخبار | رياضة»).
    func isUncutOrCredited(_ w: LineWords) -> Bool {
        let cuts = w.words.indices.dropFirst().filter { !w.words[$0].before.isDisjoint(with: [.dash, .pipe]) }
        guard let cut = cuts.first else { return w.parts.count == 1 }
        return cuts.count == 1 && w.parts.count <= 2 && chrome.lists.photoWords.contains(w.words[cut].text)
    }

    /// A row as a dump prints a menu bar, a share row or a row of tools: items apart by runs of
    /// spaces or tabs, or by spaced dashes (two at least), instead of separators («الرئيسية   سياسة
    /// رياضة», «فيسبوك   تويتر   واتساب», «الرئيسية - الخطب - الدروس»):
    /// two items or more of at most `ChromeLineClassifier.maxMenuPartWords` words each, none
    /// ending a sentence, judged as the same row with «|» between its items; or three items or
    /// more of a headline's length, none a sentence: a ticker of other pages' headlines. A row cut
    /// by spaced dashes alone is a menu only when an item is chrome by itself; else it is a
    /// dateline's «place - site - reporter», a meta line. (The key the phrases read has its spaces collapsed: the raw
    /// line is looked at.)
    func spacedRow(_ raw: String) -> ChromeMatch? {
        // Most lines have no such gap, and a paragraph is longer than any row: a pass on bytes
        // says so before anything is cut.
        guard Self.mayBeSpacedRow(raw) else { return nil }
        // Runs of spaces or tabs; or, on a line cut at least twice by them, spaced dashes.
        let dashes = raw.components(separatedBy: " - ").count + raw.components(separatedBy: " – ").count - 2
        let items = Self.spacedItems(raw, cutAtDashes: dashes >= 2).filter { !$0.allSatisfy { $0 == " " } }
        guard items.count >= 2, !items.contains(where: { $0.last.map { ".!?؟".contains($0) } ?? false }) else { return nil }
        let counts = items.map { $0.split(separator: " ").count }
        if raw.utf8.count <= LineWords.maxChromeBytes && counts.allSatisfy({ $0 <= ChromeLineClassifier.maxMenuPartWords }) {
            let row = Normalizer.matching.normalize(items.joined(separator: " | "))
            let match = chrome.classify(LineWords(row), arabicPage: true)
            // Cut by spaced dashes only, a row is a menu by its items, not by its shape alone: one
            // of them at least is chrome by itself («الرئيسية - الخطب - الدروس»); else it is a
            // dateline's place, site and reporter («عمّان - نبض عمّان - دعاء الزيباري»), a line
            // of the article's head in parts as a date-and-author line is.
            if match?.rule == ChromeLineClassifier.ShapeRule.menu, !raw.contains("  "), !raw.contains("\t"),
               !items.contains(where: { chrome.classify(LineWords(Normalizer.matching.normalize(String($0))), arabicPage: true) != nil }) {
                return ChromeMatch(label: .boilerplate, rule: ChromeLineClassifier.ShapeRule.metaLine)
            }
            return match
        }
        // Other pages' headlines printed on one line (a ticker): three or more, none a sentence,
        // none going on with the one before it (a sentence's parenthetical between dashes, «وقال
        // الوزير - في تصريحات صحفية - إن …»).
        guard items.count >= Self.minTickerItems, counts.allSatisfy({ $0 <= Self.maxTeaserHeadlineWords }),
              !items.dropFirst().contains(where: Self.goesOnWithSentence) else { return nil }
        return ChromeMatch(label: .related, rule: GenericRule.ticker)
    }

    /// A row's items: the line cut at every gap, a run of spaces (two at least) or a tab, or with
    /// `cutAtDashes` a dash (« - », « – ») between single spaces, with the spaces and tabs after
    /// it. One pass over the line's scalars (a regular expression searched again from each gap
    /// took quadratic time: a 340 KB line of «word - word - …» 15 s, a 5.6 MB one never ended).
    static func spacedItems(_ raw: String, cutAtDashes: Bool) -> [Substring] {
        let s = raw.unicodeScalars
        var items: [Substring] = []
        var start = s.startIndex, p = s.startIndex
        while p < s.endIndex {
            let next = s.index(after: p)
            // Where the gap opening at `p` goes on with any spaces and tabs, if one opens there.
            var gapRest: String.Index?
            if s[p] == "\t" || (s[p] == " " && next < s.endIndex && s[next] == " ") {
                gapRest = next
            } else if cutAtDashes, s[p] == " ", next < s.endIndex, s[next] == "-" || s[next] == "–" {
                let after = s.index(after: next)
                if after < s.endIndex && s[after] == " " { gapRest = s.index(after: after) }
            }
            guard var end = gapRest else { p = next; continue }
            while end < s.endIndex && (s[end] == " " || s[end] == "\t") { end = s.index(after: end) }
            items.append(Substring(s[start..<p]))
            start = end
            p = end
        }
        items.append(Substring(s[start...]))
        return items
    }

    /// An item of a row that goes on with the sentence before it: it opens with a particle that
    /// joins prose (`proseParticles`: «إن», «أن», «الذي»…), which no headline opens with.
    static func goesOnWithSentence(_ item: Substring) -> Bool {
        guard let first = item.split(separator: " ", maxSplits: 1).first else { return false }
        let word = LineWords(String(first))
        return word.count == 1 && proseParticles.contains(word.words[0].text)
    }

    /// A letter's greeting or closing: a short line ending with a comma («عزيزي القارئ،»,
    /// «وتفضلوا بقبول فائق الاحترام،»), at most `maxSalutationWords` words; or a line opening with
    /// a greeting (`shape-greeting-words.txt`: a forum post's «السلام عليكم ورحمة الله وبركاته», a
    /// sermon's basmala), at most `maxGreetingLineWords` words (`maxAddressLineWords` ending with a
    /// comma). The text's first line, never a headline.
    func isSalutation(_ w: LineWords) -> Bool {
        if (1...Self.maxSalutationWords).contains(w.count) && (w.lastMark == "،" || w.lastMark == ",") { return true }
        // (Ending with a comma, the greeting goes on addressing the audience: «بسم الله الرحمن
        // الرحيم، السيدات والسادة القضاة، حضرات الضيوف الكرام،».)
        let most = w.lastMark == "،" || w.lastMark == "," ? Self.maxAddressLineWords : Self.maxGreetingLineWords
        return (1...most).contains(w.count) && chrome.lists.greetings.longest(in: w, at: 0) > 0
    }

    static let maxSalutationWords = 6
    static let maxGreetingLineWords = 8
    static let maxAddressLineWords = 14

    /// A line wholly in quotation marks («العباءة لم تعد لوناً واحداً»), perhaps with a full stop
    /// after them: a quotation or a line of dialogue, the text's.
    static func isQuotedLine(_ key: String) -> Bool {
        var key = Substring(key)
        if let last = key.last, ".،".contains(last) { key = key.dropLast() }
        guard key.count > 2, let first = key.first, let last = key.last else { return false }
        return pullQuoteMarks.contains { $0.open == first && $0.close == last }
    }

    /// A verse of a poem: two halves of `minHemistichWords` to `maxHemistichWords` words each, set
    /// apart by a run of asterisks, dots or an ellipsis between spaces, a tab or three spaces
    /// («يا غربةً طالت على المشتاقِ *** والقلبُ بين…»): the text's, like a sentence.
    static func isVerse(_ block: Block) -> Bool {
        // The marks in the key; the gap of spaces or a tab in the raw line (the key collapses it).
        let line = block.raw.trimmingCharacters(in: .whitespaces)
        for (text, mark) in [(block.key, " *** "), (block.key, " ** "), (block.key, " ... "), (block.key, " … "), (line, "\t"), (line, "   ")] {
            let halves = text.components(separatedBy: mark).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            guard halves.count == 2 else { continue }
            let counts = halves.map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).count }
            return counts.allSatisfy { (minHemistichWords...maxHemistichWords).contains($0) }
        }
        return false
    }

    static let minHemistichWords = 2
    static let maxHemistichWords = 8

    /// A list's line (an item, or a subheading over items): at most `maxListLineWords` words, one
    /// part (no menu separator: «الكاتب - 5/12/2025» is a byline), no time or date, no label
    /// before a colon (a fact box's «الصعوبة: متوسطة» is not the text's).
    static func isListLine(_ w: LineWords) -> Bool {
        (1...maxListLineWords).contains(w.count) && w.parts.count <= 1 && !w.hasTime && !w.hasNumericDate
            && !w.words.contains(where: { $0.before.contains(.colon) })
    }

    /// A list's line has at most this many words (a related headline has more, and no text around it).
    static let maxListLineWords = 10

    /// A numbered item: a number, then a full stop, a dash or a bracket, then words («1. النجم
    /// الساحلي 35 نقطة», «2) …»).
    static func isNumberedItem(_ w: LineWords) -> Bool {
        guard w.count > 1, w.words[0].kind == .digits else { return false }
        return !w.words[1].before.isDisjoint(with: [.fullStop, .dash, .other])
    }

    /// A line marked as a list's item: a bullet, a number («1- …», `isNumberedItem`), an ordinal
    /// then a colon or a dash («أولاً: …», «ثانيا - …»), or a field's label («المدة: …»,
    /// `isLabelledValue`). Tags left in a text are bare names.
    static func isMarkedItem(_ w: LineWords) -> Bool {
        if w.startsWithBullet || isNumberedItem(w) || isLabelledValue(w) { return true }
        return w.count > 1 && ordinals.contains(w.words[0].text) && !w.words[1].before.isDisjoint(with: [.colon, .dash])
    }

    /// The ordinals that number a text's points (folded: «أولاً» is «اولا»), and «أخيراً».
    static let ordinals: Set<String> = ["اولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا", "تاسعا", "عاشرا", "اخيرا"]

    /// Rows of a table printed with menu separators («الدولار الأمريكي | 48.10 | 48.20»): at least
    /// `minTableRows` lines in a row of the same number of parts (two or more), numbers in two
    /// rows at least, a header row perhaps without. The menu shape took each row for a menu; they
    /// are the text's (prices, temperatures, results): the article goes on over them (they are
    /// set apart at the end, `dropTableRows`). Rows that read as dates by their shape («الروضة |
    /// الأحد | 8:00 - 12:00») are a table's too under a header row (no number in it: «المنطقة |
    /// اليوم | الساعات»). Returns the tables' rows.
    static func unmarkTables(_ found: inout [ChromeMatch?], words: [LineWords]) -> Set<Int> {
        var rows = Set<Int>()
        func isDated(_ k: Int) -> Bool { found[k].map { $0.label == .timestamp && $0.kind == nil } ?? false }
        func isRow(_ k: Int) -> Bool {
            (found[k] == nil || found[k]?.rule == ChromeLineClassifier.ShapeRule.menu || isDated(k))
                && words[k].parts.count >= 2 && !words[k].endsSentence
        }
        func hasNumber(_ k: Int) -> Bool { words[k].words.contains { $0.kind == .digits } }
        var i = 0
        while i < words.count {
            guard isRow(i) else { i += 1; continue }
            var j = i + 1
            while j < words.count, isRow(j), words[j].parts.count == words[i].parts.count { j += 1 }
            let numbered = (i..<j).filter(hasNumber).count
            let headed = !isDated(i) && !hasNumber(i)
            if j - i >= minTableRows && numbered >= 2 && (headed || !(i..<j).contains(where: isDated)) {
                for k in i..<j { found[k] = nil }
                rows.formUnion(i..<j)
            }
            i = j
        }
        return rows
    }

    static let minTableRows = 3

    /// A match's result on a line: a team's name, its score, a dash, the other's score, the other
    /// team's name («نهضة الأطلس 2 - 0 المغرب الفاسي»), at most `maxScoreRowWords` words. A team's
    /// name has at most `maxTeamWords` words (the home team's after a round's or a league's label:
    /// «الدوري المحلي: …») and opens with no function word: a sentence holding a score («… يتغلب
    /// على … 3 - 1 ويتصدر الدوري», «فوز … 3 - 1 على …») is a headline, no row.
    static func isScoreRow(_ w: LineWords) -> Bool {
        guard w.count <= maxScoreRowWords, !w.endsSentence,
              let first = w.words.firstIndex(where: { $0.kind == .digits }), first > 0, first + 2 < w.count else { return false }
        let second = w.words[first + 1]
        guard second.kind == .digits && second.before.contains(.dash)
            && w.words[(first + 2)...].allSatisfy({ $0.kind != .digits }) && w.words[..<first].allSatisfy({ $0.kind != .digits }) else { return false }
        let home = w.words[..<first].lastIndex { $0.before.contains(.colon) } ?? 0
        let away = first + 2
        return first - home <= maxTeamWords && w.count - away <= maxTeamWords
            && !HeadlineChooser.functionWords.contains(Substring(w.words[away].text))
    }

    static let maxScoreRowWords = 10
    static let maxTeamWords = 3

    /// A round's results (`minScoreRows` score rows or more in a row, `isScoreRow`) are a widget:
    /// one such line alone may be a match report's headline, and rows under the text's lead-in
    /// («وجاءت نتائج الجولة على النحو التالي:») are the text's.
    static func markScoreRows(_ found: inout [ChromeMatch?], words: [LineWords]) {
        // The last line with words above line `i`, kept as the lines go by (a walk back from
        // each line over a run of lines without words, «|» or «-», was quadratic).
        var above: Int?
        var i = 0
        while i < words.count {
            var j = i
            while j < words.count, found[j] == nil, isScoreRow(words[j]) { j += 1 }
            if j - i >= minScoreRows, above.map({ words[$0].lastMark != ":" }) ?? true {
                for k in i..<j { found[k] = ChromeMatch(label: .widget, rule: GenericRule.scoreRow) }
            }
            let next = max(j, i + 1)
            for k in i..<next where words[k].count > 0 { above = k }
            i = next
        }
    }

    static let minScoreRows = 2

    /// A table's rows kept as text are figures, not the article's prose: `generic.table-row`.
    /// (They are set apart last: up to here they are the text's, which goes on over them.)
    static func dropTableRows(_ rows: Set<Int>, _ decisions: inout [BlockDecision]) {
        for k in rows where decisions[k].label == .body {
            decisions[k].label = .boilerplate
            decisions[k].rule = GenericRule.tableRow
        }
    }

    /// A rule of underscores («__________________»): what follows it below the article's text is a
    /// signature (a forum's post) or notes, not the article: it opens the page's tail.
    static func signatureRule(_ key: String) -> ChromeMatch? {
        guard key.utf8.count >= minSignatureRule, key.utf8.allSatisfy({ $0 == UInt8(ascii: "_") }) else { return nil }
        return ChromeMatch(label: .boilerplate, rule: GenericRule.signatureRule, kind: .tail)
    }

    /// A signature's rule has at least this many underscores.
    static let minSignatureRule = 5

    /// Other pages' headlines on one line between separators («… | … | …»): three or more parts,
    /// none longer than a headline, one at least a headline's length, no time (a dated line); or
    /// two of a headline's length behind a one-word label («عاجل: … ◆ …»).
    static func ticker(_ w: LineWords) -> ChromeMatch? {
        guard !w.hasTime, !w.endsSentence, w.parts.allSatisfy({ $0 <= maxTeaserHeadlineWords }) else { return nil }
        // Behind a one-word label («عاجل: … ◆ …»), two headlines are a ticker too.
        let labelled = w.count > 1 && w.words[1].before.contains(.colon)
        let headlines = w.parts.filter { $0 >= HeadlineChooser.headlineWords }.count
        guard (w.parts.count >= minTickerItems && headlines >= 1) || (labelled && headlines >= 2) else { return nil }
        return ChromeMatch(label: .related, rule: GenericRule.ticker)
    }

    /// A ticker prints at least this many headlines on its line.
    static let minTickerItems = 3

    /// Whether a line has two spaces or a tab in a row, or two spaced dashes.
    static func mayBeSpacedRow(_ raw: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        var dashes = 0
        for b in raw.utf8 {
            if b == 0x09 || (b == 0x20 && previous == 0x20) { return true }
            // « - » (0x2D) or « – » (E2 80 93): a dash byte between spaces.
            if b == 0x20 && (previous == 0x2D || previous == 0x93) && (beforePrevious == 0x20 || beforePrevious == 0x80) {
                dashes += 1
                if dashes >= 2 { return true }
            }
            beforePrevious = previous
            previous = b
        }
        return false
    }

    /// A line the context dropped reads as a caption when it describes: at least three words (not
    /// «شارك القصة»).
    static func readsAsCaption(_ w: LineWords) -> Bool { w.count >= 3 }

    /// Pictures between paragraphs: one line, or `maxCaptionRun` in a row, after a paragraph of
    /// article text that ends a sentence and before the text going on (such a paragraph, or a
    /// subheading or a quoted line over one), each describing (`minCaptionBetweenWords` to
    /// `maxCaptionAboveTextWords` + 2 words: a subheading is shorter), no sentence, no label (no
    /// colon), one phrase, not in quotation marks (a pull quote).
    func markCaptionsBetweenParagraphs(_ span: ClosedRange<Int>, _ decisions: inout [BlockDecision], blocks: [Block],
                                       found: [ChromeMatch?], words: [LineWords], articleText: [Bool]) {
        func isParagraph(_ k: Int) -> Bool { decisions[k].label == .body && articleText[k] && words[k].endsSentence }
        func isQuoted(_ k: Int) -> Bool { Self.pullQuoteMarks.contains { $0.open == blocks[k].key.first } }
        func describes(_ k: Int) -> Bool {
            let w = words[k]
            return found[k] == nil && decisions[k].label == .body && !articleText[k]
                && (Self.minCaptionBetweenWords...(Self.maxCaptionAboveTextWords + 2)).contains(w.count) && !w.endsSentence
                && !w.words.contains(where: { $0.before.contains(.colon) }) && w.lastMark != ":" && isUncutOrCredited(w) && !isQuoted(k)
        }
        // The text goes on at `k`: a paragraph, or a subheading or a quoted line over one.
        func textGoesOn(_ k: Int) -> Bool {
            guard k <= span.upperBound else { return false }
            if isParagraph(k) { return true }
            let lead = found[k] == nil && decisions[k].label == .body
                && (words[k].count < Self.minCaptionBetweenWords || isQuoted(k))
            return lead && k + 1 <= span.upperBound && isParagraph(k + 1)
        }
        guard span.count >= 3 else { return }
        var i = span.lowerBound + 1
        while i < span.upperBound {
            guard isParagraph(i - 1), describes(i) else { i += 1; continue }
            var j = i
            while j < span.upperBound, j - i < Self.maxCaptionRun, describes(j) { j += 1 }
            if textGoesOn(j) {
                for k in i..<j {
                    decisions[k].label = .caption
                    decisions[k].rule = GenericRule.captionBetweenParagraphs
                }
            }
            i = j + 1
        }
    }

    /// Pictures printed one under the other between two paragraphs: at most this many captions.
    static let maxCaptionRun = 2

    /// A caption between paragraphs has at least this many words (subheadings have fewer).
    static let minCaptionBetweenWords = 6

    /// A run of short lines inside the text is a list from this many lines.
    static let minListItems = 3

    /// A line kept for its length alone (`generic.plain-keep`: no sentence, no paragraph, bad by
    /// its neighbours) is article text only inside the article: above the headline (or the
    /// article's text, without one) and below the article's text, such a line is a headline of
    /// another page (a ticker, a related or latest list without a header), a menu or a banner.
    ///
    /// Above the headline, a sentence alone too (no article text right above or below it) is the
    /// site's when the site's menu stands between it and the headline: a tagline or a welcome
    /// under the masthead («حكايات من الطريق، ومدن أزورها…»), at most `maxTaglineWords` words.
    func dropKeptByLength(outside span: ClosedRange<Int>, headline: Int?, _ decisions: inout [BlockDecision],
                          found: [ChromeMatch?], words: [LineWords], articleText: [Bool]) {
        let start = headline ?? span.lowerBound
        for i in decisions.indices where (i < start || i > span.upperBound) && !articleText[i]
            && decisions[i].rule == GenericRule.plainTextKeep {
            decisions[i].label = .boilerplate
            decisions[i].rule = i < start ? GenericRule.keptByLengthBeforeArticle : GenericRule.keptByLengthAfterArticle
        }
        guard let headline, let menu = (0..<headline).last(where: { found[$0]?.label == .navigation }) else { return }
        // One sentence alone: a run of paragraphs there is text the headline's choice left above it.
        func isText(_ k: Int?) -> Bool { k.map { articleText[$0] && found[$0] == nil } ?? false }
        for i in 0..<menu where decisions[i].label == .body && found[i] == nil && words[i].count > 0 && words[i].count <= Self.maxTaglineWords
            && !isText((0..<i).last { words[$0].count > 0 }) && !isText(((i + 1)..<menu).first { words[$0].count > 0 }) {
            decisions[i].label = .boilerplate
            decisions[i].rule = GenericRule.keptByLengthBeforeArticle
        }
    }

    /// A field's line: a label of at most `HeadlineChooser.maxFieldLabelWords` words, a colon, and
    /// a value of at most `HeadlineChooser.maxFieldValueWords` («الحالة: جديدة»).
    static func isLabelledValue(_ w: LineWords) -> Bool {
        guard let colon = HeadlineChooser.fieldValueStart(w) else { return false }
        return w.count - colon <= HeadlineChooser.maxFieldValueWords && !w.endsSentence
    }

    /// A site's tagline or welcome above its menu has at most this many words.
    static let maxTaglineWords = 30

    /// Separators between a headline and the site's name («… - بوابة الوادي», «… | Site»).
    static let siteNameSeparators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » "]
    /// A site's name after a headline has at most this many words; the headline before it at
    /// least `HeadlineChooser.minWords`.
    static let maxSiteNameWords = 4

    /// The headline without the site's name printed after it («… - بوابة الوادي»): the words
    /// after its last separator, when another line of the page prints them too (the masthead,
    /// the footer's «© 2025 بوابة الوادي»). A headline's own dash («الاتفاق 1 - 0 الفتح») stays.
    static func withoutSiteName(_ key: String, page words: [LineWords], headline: Int) -> String? {
        guard let cut = siteNameSeparators.compactMap({ key.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let title = String(key[..<cut.lowerBound]).trimmingSpaces
        let name = LineWords(String(key[cut.upperBound...])).texts
        guard (1...maxSiteNameWords).contains(name.count), LineWords(title).count >= HeadlineChooser.minWords else { return nil }
        let own = words[headline].texts
        for (j, w) in words.enumerated() where j != headline && w.count >= name.count && w.texts != own {
            // Not a line printing the headline again with the name.
            if w.count > name.count && w.has(Array(own.prefix(w.count - name.count)), at: 0) { continue }
            if (0...(w.count - name.count)).contains(where: { w.has(name, at: $0) }) { return title }
        }
        return nil
    }

    /// A photo credit («صورة: وكالة الأنباء / أرشيف») has at most this many words.
    static let maxPhotoCreditWords = 8
    /// A photo caption has at most this many words.
    static let maxCaptionWords = 30
    /// The word between a gallery counter's numbers («1 من 6», «2 of 8», «3 sur 5»; folded).
    static let galleryOfWords: Set<String> = ["من", "of", "sur"]

    /// Photo captions by what stands beside them: the line above a photo credit (a photo word and
    /// a name behind a colon: «صورة: …», «(الصورة: وكالة / أرشيف)») or with one after a dash
    /// («… - تصوير: سامي العلي»), the line after a gallery's
    /// counter («٢ / ٨», «1 من 6», «2 of 8», «الصورة 2 من 8»; the counter is chrome), and captions
    /// numbered one after another, at their end («… (2)») or behind their counter («٢/٤ …»).
    func markCaptions(_ found: inout [ChromeMatch?], words: [LineWords]) {
        let photoWords = chrome.lists.photoWords
        func isPhotoCredit(_ j: Int) -> Bool {
            guard j < words.count, let first = words[j].words.first, photoWords.contains(first.text) else { return false }
            return words[j].count > 1 && words[j].count <= Self.maxPhotoCreditWords && !words[j].words[1].before.isDisjoint(with: .labelBreak)
        }
        func isGalleryCounter(_ j: Int) -> Bool {
            guard j >= 0 else { return false }
            let w = words[j]
            if w.count == 2 { return w.parts.count == 2 && w.words.allSatisfy { $0.kind == .digits } }
            // The Nth photo «من» (of) the count, perhaps after a photo word: N at most the count.
            return GenericLabeler.isWordedGalleryCounter(w, photoWords: photoWords)
        }
        // A gallery's captions numbered one after another: the same words, then the photo's
        // number in brackets («من أجواء المهرجان (2)» over «من أجواء المهرجان (3)»).
        func numbered(_ j: Int) -> ArraySlice<String>? {
            let w = words[j]
            guard found[j] == nil, (2...Self.maxCaptionWords).contains(w.count), w.lastMark == ")", w.words[w.count - 1].kind == .digits
            else { return nil }
            return w.texts.dropLast()
        }
        for i in words.indices.dropLast() {
            guard let same = numbered(i), numbered(i + 1) == same else { continue }
            found[i] = ChromeMatch(label: .caption, rule: GenericRule.captionInGallery)
            found[i + 1] = ChromeMatch(label: .caption, rule: GenericRule.captionInGallery)
        }
        // … or behind their counters, one photo after the other («١/٤ مشهد من السوق» over «٢/٤
        // …»: N of the same count, then N + 1).
        func counted(_ j: Int) -> (photo: Int, of: Int)? {
            let w = words[j]
            guard found[j] == nil, (3...Self.maxCaptionWords).contains(w.count), w.words[0].kind == .digits, w.words[1].kind == .digits,
                  w.words[1].before.contains(.slash), w.words[2].kind != .digits,
                  let photo = Int(w.words[0].text), let count = Int(w.words[1].text),
                  (1...GenericLabeler.maxGalleryPhotos).contains(count), (1...count).contains(photo) else { return nil }
            return (photo, count)
        }
        let counters = words.indices.map(counted)
        for i in words.indices.dropLast() {
            guard let this = counters[i], let next = counters[i + 1], next.of == this.of, next.photo == this.photo + 1 else { continue }
            found[i] = ChromeMatch(label: .caption, rule: GenericRule.captionInGallery)
            found[i + 1] = ChromeMatch(label: .caption, rule: GenericRule.captionInGallery)
        }
        for i in words.indices where found[i] == nil {
            let w = words[i]
            guard (2...Self.maxCaptionWords).contains(w.count), w.lastMark != ":",
                  !w.words.contains(where: { $0.kind == .url }) else { continue }
            // (A line opening with a media word over the credit is a gallery's headline: «بالصور..
            // …» over «تصوير: …».)
            if isPhotoCredit(i + 1), !chrome.lists.mediaWords.contains(w.words[0].text) {
                found[i] = ChromeMatch(label: .caption, rule: GenericRule.captionAboveCredit)
            } else if let k = w.words.indices.last(where: { $0 >= HeadlineChooser.minWords && w.words[$0].before.contains(.dash) }),
                      photoWords.contains(w.words[k].text), k + 1 < w.count, !w.words[k + 1].before.isDisjoint(with: .labelBreak),
                      w.count - k <= Self.maxPhotoCreditWords {
                // Its credit after a dash on its own line: «… - تصوير: سامي العلي».
                found[i] = ChromeMatch(label: .caption, rule: GenericRule.captionWithCredit)
            } else if isGalleryCounter(i - 1) {
                found[i] = ChromeMatch(label: .caption, rule: GenericRule.captionInGallery)
                // The counter itself is the gallery's, no line of the text.
                if found[i - 1] == nil { found[i - 1] = ChromeMatch(label: .widget, rule: GenericRule.galleryCounter) }
            }
        }
        // Over a gallery's first counter, «صور: مراد الجعبري» credits its photos (no teaser's label:
        // «صور: …» over another story's headline).
        for i in words.indices.dropFirst() where isGalleryCounter(i) && isPhotoCredit(i - 1) {
            found[i - 1] = ChromeMatch(label: .boilerplate, rule: GenericRule.galleryCredit)
        }
        // A counter whose caption some phrase or shape named already (a credit in it) is the
        // gallery's too.
        for i in words.indices where found[i] == nil && words[i].count == 2 && isGalleryCounter(i) {
            found[i] = ChromeMatch(label: .widget, rule: GenericRule.galleryCounter)
        }
    }

    /// Lists after their header, and a comment block to the page's end.
    func markRegions(_ found: inout [ChromeMatch?], blocks: [Block], words: [LineWords], articleText: [Bool], endsWithQuestion: [Bool]) {
        let n = found.count
        var articleParagraphs = 0
        var i = 0
        while i < n {
            // A comment count below the text («3 تعليقات») heads the comments as a comment header does.
            let commentCount = found[i].map { $0.kind == .count && $0.label == .comments } ?? false
            guard let header = found[i], header.kind == .list || header.kind == .box || header.kind == .tail || commentCount else {
                if found[i] == nil && articleText[i] { articleParagraphs += 1 }
                i += 1
                continue
            }
            if header.kind == .tail || commentCount {
                guard articleParagraphs >= Self.minArticleParagraphsBeforeTail else { i += 1; continue }
                for j in (i + 1)..<max(i + 1, n) where found[j] == nil {
                    found[j] = ChromeMatch(label: header.label, rule: Self.inTailRule + header.label.rawValue)
                }
                return
            }
            if header.kind == .box {
                // Below the article's text, the box's lines (sentences as they may be) up to
                // other chrome; above it, only its header (what follows may be the article). A
                // widget's box goes on over its short lines (a poll's options, its buttons).
                var j = i + 1
                if articleParagraphs >= Self.minArticleParagraphsBeforeTail {
                    while j < n, found[j] == nil, j - i <= Self.maxBoxLines
                            || (header.label == .widget && !articleText[j] && words[j].count <= HeadlineChooser.maxKickerWords) {
                        found[j] = ChromeMatch(label: header.label, rule: Self.inBoxRule + header.label.rawValue)
                        j += 1
                    }
                }
                i = j
                continue
            }
            // A list: the lines after the header up to article text. Headlines ask questions, so
            // here a line is article text only by its full stop or its length.
            let rule = Self.inListRule + header.label.rawValue
            var j = i + 1
            var lastItem: Int?
            var items = 0, knownItems = 0, sectionNamed = false
            var lastKnownItem: Int?
            // The text's line right over an in-text list, leading in with a colon («وتتضمن الخطة ما
            // يلي:», «وقال الوزير:»), asks for what follows it: after the box's first line, a
            // bulleted line or a quotation is that, and the text goes on there.
            let leadIn = header.label == .related && articleParagraphs >= Self.minArticleParagraphsBeforeTail
                && i > 0 && found[i - 1] == nil && words[i - 1].lastMark == ":"
            while j < n, j - i <= Self.maxListLines, !(articleText[j] && !endsWithQuestion[j]) {
                if let m = found[j], m.kind == .list || m.kind == .tail { break }
                // A line leading in with a colon («المقادير:») heads the text's own part: no item;
                // so does a numbered item after teasers that are none («1. دعم المشاريع الصغيرة»).
                if found[j] == nil && words[j].lastMark == ":" { break }
                if header.label == .related, found[j] == nil, Self.isNumberedItem(words[j]), let last = lastItem, !Self.isNumberedItem(words[last]) {
                    break
                }
                if leadIn, j > i + 1, found[j] == nil, words[j].startsWithBullet || Self.isQuotedLine(blocks[j].key) { break }
                // (Items: headline-like lines, the list's own or already known: learned from the site.)
                let item = words[j].count >= HeadlineChooser.minWords
                let known = item && found[j] != nil
                defer {
                    if item { items += 1 }
                    if known { lastKnownItem = j; knownItems += 1 }
                }
                // The site's menu after the items (section names one under another, no item
                // between them: «آخر الأخبار», its headlines, then «الرئيسية», «محلي», «سياسة»…),
                // or right under the header (a menu's «ألعاب أخرى»): the list is over.
                func isSectionName(_ x: Int) -> Bool {
                    x < n && found[x].map { $0.label == .navigation } == true && (1...Self.maxSectionNameWords).contains(words[x].count)
                }
                if isSectionName(j), isSectionName(j + 1) { break }
                // A section's name after the items, over an article's head (a headline, perhaps its
                // deck, a date or author line, then article text): the list ends there («الأكثر
                // قراءة» and its items above the article, then «محليات» over its headline; a
                // kicker no menu names, «نقد», one the site prints on its other pages or that names a
                // kind of list, «فيديو», too). A list that names a section over each item goes on.
                // (Only a section's name, no other short chrome, says the list names sections.)
                let sectionName = found[j].map { $0.label == .navigation } ?? (!words[j].endsSentence && !HeadlineChooser.isFact(words[j]))
                let kicker = found[j].map { $0.label == .navigation || $0.label == .related || HeadlineChooser.isLearned($0) } ?? sectionName
                if kicker, (1...Self.maxSectionNameWords).contains(words[j].count) {
                    // (Two items do, or fewer when the site is known to print each of them.)
                    let listed = items >= Self.minItemsOverHead || (items > 0 && knownItems == items)
                    if !sectionNamed && listed && headsArticle(after: j, found, words: words, articleText: articleText) { break }
                    if sectionName { sectionNamed = true }
                }
                // Short lines that the article's text follows, not headlines: a subheading over a
                // short list, after an in-text «اقرأ أيضاً» box's teaser («المناطق المتأثرة», its
                // items, then the text).
                // (Inside the article's text, one such line right over the text is one too: a
                // subheading under a box of a teaser or a fact, «مطالب الأهالي», then the text's
                // paragraphs; one sentence under a list closing the page is the site's invitation.)
                func textFollowsShortLines(from start: Int, atLeast lines: Int) -> Bool {
                    var k = start
                    while k < n, k - j <= Self.maxListLines, found[k] == nil, !articleText[k], !endsWithQuestion[k],
                          words[k].count <= HeadlineChooser.maxKickerWords { k += 1 }
                    let run = k - start
                    let inText = run == 1 && articleParagraphs >= Self.minArticleParagraphsBeforeTail
                        && k + 1 < n && found[k + 1] == nil && articleText[k + 1]
                    return (run >= lines || inText) && k < n && found[k] == nil && articleText[k] && !endsWithQuestion[k]
                }
                if header.label == .related && (lastItem != nil || (j - 1 > i && found[j - 1] != nil)) && found[j] == nil
                    && textFollowsShortLines(from: j, atLeast: Self.minListItems) { break }
                // A question answered by article text after items that ask none: an interview
                // going on under an in-text «اقرأ أيضاً» box, not one more headline (a subheading
                // over a short list, too: «ما السلع الأكثر تأثراً؟», its items, then the text).
                // (Items the site is known to print count when the list has no others.)
                if endsWithQuestion[j], let last = lastItem ?? lastKnownItem, !endsWithQuestion[last] {
                    if j + 1 < n, found[j + 1] == nil, articleText[j + 1] && !endsWithQuestion[j + 1] { break }
                    if textFollowsShortLines(from: j + 1, atLeast: 1) { break }
                }
                // (A dateline of a place and the site's name is the head's, never the list's.)
                if found[j] == nil && !HeadlineChooser.isSiteDateline(j, words: words) {
                    found[j] = ChromeMatch(label: header.label, rule: rule)
                    // (A fact — a review's «تقييم: 7.5/10» under its byline — is the list's, no item.)
                    if !HeadlineChooser.isFact(words[j]) { lastItem = j }
                }
                j += 1
            }
            // Ended by article text behind a date or author line: the line above those is that
            // article's headline, not a list item («الأكثر قراءة» … headline / date / text); so
            // is the one line a "list" took right over the text under a date or author line (a
            // menu's «أرشيف المدونة», the date, then the post's headline and text).
            if j < n, articleText[j] && !endsWithQuestion[j], let last = lastItem {
                var k = j - 1
                var meta = 0
                // (A dateline of a place and the site's name stands among those lines too; a
                // headline behind its kind, of a label's shape the site prints, is none.)
                while k > last, found[k].map({ (Self.isMeta($0) && !HeadlineChooser.isKindLabelled(words[k], $0))
                                               || ($0.rule == rule && HeadlineChooser.isFact(words[k])) }) ?? false
                        || HeadlineChooser.isSiteDateline(k, words: words) {
                    if HeadlineChooser.isSiteDateline(k, words: words) || found[k].map(Self.isMeta) ?? false { meta += 1 }
                    k -= 1
                }
                let dated = ((i + 1)..<last).contains { found[$0].map(Self.isDateOrAuthor) ?? false }
                let only = dated && !((i + 1)..<last).contains { found[$0]?.rule == rule }
                // … and so is the item right over a deck that a date or author line follows (the
                // text that ended the list is the next article's deck: headline, deck, byline).
                let deck = k == last && (j + 1...j + Self.maxLinesToByline).contains { $0 < n && found[$0].map(Self.isDateOrAuthor) ?? false }
                if k == last && (meta > 0 || only || deck) { found[last] = nil }
                // Above the article (no paragraph of it read yet), the item right over its text,
                // under items of its own and no date or author line, is its headline: the list's
                // items end at the article's head («الأكثر قراءة», its items, then the headline and
                // the text; with a date, the head is told below).
                if articleParagraphs == 0 && last == j - 1 && items > 1
                    && !((i + 1)..<j).contains(where: { found[$0].map(Self.isDateOrAuthor) ?? false }) {
                    found[last] = nil
                }
                // … and, when the list ran on through the article's head (its date or author line
                // among the last `maxHeadTailLines` lines over the text, a desk's line or the
                // photo's caption under it), the item over that line is the headline, and the
                // items under it are the head's lines (`generic.article-head`).
                // (A list dated item by item is no such run: its last date is its last item's.)
                // (A headline behind its kind over that line is the headline, no head's line; under
                // it, it is the headline, and the item over the line stays an item.)
                // (One headline-like line alone between that line and the text is the headline
                // of a head that opens with its date: the list's items end at the date.)
                func isDated(_ x: Int) -> Bool { found[x].map(Self.isDateOrAuthor) ?? false }
                func isKindLabelled(_ x: Int) -> Bool { found[x].map { HeadlineChooser.isKindLabelled(words[x], $0) } ?? false }
                if found[last] != nil, let date = (max(i + 1, j - Self.maxHeadTailLines)..<j).first(where: isDated),
                   !((i + 1)..<date).contains(where: isDated), !((date + 1)..<j).contains(where: isKindLabelled),
                   let headline = (i + 1..<date).last(where: { x in found[x].map { !Self.isMeta($0) } ?? true || isKindLabelled(x) }),
                   found[headline]?.rule == rule {
                    // (Or one line under a section's name the menu above prints, the dates over them:
                    // «كرة سلة», then the headline.)
                    let underDate = ((date + 1)..<j).filter { words[$0].count > 0 }
                    let headlines = underDate.filter { !isDated($0) && words[$0].count >= HeadlineChooser.minWords }
                    let kicked = headlines.count == 1 && headlines[0] - 1 > date && found[headlines[0] - 1]?.rule == rule && {
                        let k = headlines[0] - 1
                        return (1..<HeadlineChooser.minWords).contains(words[k].count)
                            && (0..<i).contains { words[$0].count == words[k].count && words[$0].has(words[k].texts, at: 0) }
                    }()
                    if let own = underDate.count == 1 ? underDate.first : kicked ? headlines.first : nil,
                       found[own]?.rule == rule, words[own].count >= HeadlineChooser.minWords {
                        found[own] = nil
                    } else {
                        found[headline] = nil
                        for x in (date + 1)..<j where found[x]?.rule == rule {
                            found[x] = ChromeMatch(label: .boilerplate, rule: GenericRule.articleHead)
                        }
                    }
                }
            }
            i = j
        }
    }

    /// An article's head ends at most this many lines under its date or author line.
    static let maxHeadTailLines = 5
    /// A deck's date or author line stands at most this many lines under it.
    static let maxLinesToByline = 2
    /// A section's name over an article's headline has at most this many words.
    static let maxSectionNameWords = 2
    /// A list over an article's head ends at its section's name after this many items.
    static let minItemsOverHead = 2
    /// An article's head under its section's name: at most this many lines (a headline, its deck)
    /// over its date or author line.
    static let maxHeadlineLines = 2

    /// An opinion's author box under its headline (the author's name, the author's role): at most
    /// this many short lines between the headline and its date.
    static let maxAuthorBoxLines = 2

    /// Whether the lines after line `s` are an article's head, then article text:
    /// - one or two lines no phrase or shape names (a headline, its deck), perhaps an author's box
    ///   of short lines under them, then a date or author line, the lines that stand around a
    ///   headline and short ones (the author's role), perhaps one line the photo's caption;
    /// - or its date or author line first, then at most `maxHeadTailLines` lines of its head, the
    ///   first one no phrase or shape names (the headline), no date between two such lines (a list
    ///   dated item by item is no head).
    private func headsArticle(after s: Int, _ found: [ChromeMatch?], words: [LineWords], articleText: [Bool]) -> Bool {
        let n = found.count
        var k = s + 1
        if k < n, let date = found[k], Self.isDateOrAuthor(date) {
            k += 1
            var headlines = 0, datedAfterHeadline = false
            while k < n, k - s <= Self.maxHeadTailLines + 1, !(found[k] == nil && articleText[k]) {
                if let m = found[k] {
                    guard Self.isMeta(m), headlines > 0 || !Self.isDateOrAuthor(m) || k == s + 2 else { return false }
                    if headlines > 0 && Self.isDateOrAuthor(m) { datedAfterHeadline = true }
                } else if words[k].count >= HeadlineChooser.minWords {
                    if datedAfterHeadline { return false }
                    headlines += 1
                } else if headlines == 0 && words[k].count > 0 {
                    return false
                }
                k += 1
            }
            return headlines > 0 && k < n && found[k] == nil && articleText[k]
        }
        var headlines = 0, boxLines = 0
        while k < n, found[k] == nil, headlines <= Self.maxHeadlineLines, boxLines <= Self.maxAuthorBoxLines {
            if words[k].count > 0 {
                if headlines > 0 && words[k].count <= HeadlineChooser.maxKickerWords {
                    boxLines += 1
                } else if boxLines > 0 {
                    return false
                } else {
                    headlines += 1
                }
            }
            k += 1
        }
        guard (1...Self.maxHeadlineLines).contains(headlines), boxLines <= Self.maxAuthorBoxLines,
              k < n, let m = found[k], Self.isDateOrAuthor(m) else { return false }
        // (Under the date, one line no phrase names may be the photo's caption over the text.)
        var caption = false
        while k < n {
            if words[k].count <= HeadlineChooser.maxKickerWords && !articleText[k] || found[k].map(Self.isMeta) ?? false {
                k += 1
            } else if !caption, found[k] == nil, !articleText[k], words[k].count <= Self.maxCaptionWords {
                caption = true
                k += 1
            } else {
                break
            }
        }
        return k < n && found[k] == nil && articleText[k]
    }

    /// Lines that stand around a headline: a date, an author or a photo credit (boilerplate.txt),
    /// a photo's caption (the generic path's, or one an outlet's rules named under `fallback: generic`),
    /// an article tool (widget.txt: share, copy-link, print, listen, counters…), a source line.
    static func isMeta(_ m: ChromeMatch) -> Bool {
        m.label == .timestamp || m.label == .boilerplate || m.label == .widget || m.label == .credit || m.label == .caption
    }

    /// A date or an author line (not a widget or a caption).
    static func isDateOrAuthor(_ m: ChromeMatch) -> Bool {
        m.label == .timestamp || m.kind == .byline || m.kind == .date || m.rule == ChromeLineClassifier.ShapeRule.metaLine
    }

    /// A sentence leading into what follows with a colon («…، وتشمل:», «…، ويقول فيها:»;
    /// `HeadlineChooser.isLeadIn`), no chrome, over `minListItems` short lines no phrase or shape
    /// names (at most `maxListLineWords` words each: the points or the verses it announces), is
    /// article text whatever its length.
    static func markLeadInsAsText(_ articleText: inout [Bool], found: [ChromeMatch?], words: [LineWords]) {
        let n = words.count
        for i in 0..<n where !articleText[i] && found[i] == nil && HeadlineChooser.isLeadIn(words[i]) && i + minListItems < n {
            let announced = (i + 1)...(i + minListItems)
            if announced.allSatisfy({ found[$0] == nil && !articleText[$0] && (1...maxListLineWords).contains(words[$0].count) }) {
                articleText[i] = true
            }
        }
    }

    /// A teaser cut with "…" is not article text (a related item), whatever its length.
    static func isArticleText(_ w: LineWords, bytes: Int) -> Bool {
        if w.endsWithEllipsis && bytes <= LineWords.maxChromeBytes { return false }
        return bytes > LineWords.maxChromeBytes || w.count >= minParagraphWords || (w.count >= minSentenceWords && w.endsSentence)
    }

    /// A credit line's value: what follows its label's ':' (or the whole line).
    static func valueAfterLabel(_ key: String) -> String {
        guard let colon = key.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return key }
        let value = String(key[key.index(after: colon)...]).trimmingSpaces
        return value.isEmpty ? key : value
    }
}

extension GenericRule {
    /// A text dump's headline, chosen by `HeadlineChooser`.
    public static let headline = "generic.headline"
    /// The headline printed again (alone, or with the site's name after a separator).
    public static let headlineRepeat = "generic.headline-repeat"
    /// A short sentence between two kept paragraphs.
    public static let sentenceBetweenText = "generic.sentence-between-text"
    /// A short line between two paragraphs of article text.
    public static let subheading = "generic.subheading"
    /// A breadcrumb ending with the headline.
    public static let headlineInBreadcrumb = "generic.headline-in-breadcrumb"
    /// A photo's caption: the line above its credit.
    public static let captionAboveCredit = "generic.caption-above-credit"
    /// A line of the article's head under its date, which a list above the article had taken (a
    /// desk's line, the photo's caption).
    public static let articleHead = "generic.article-head"
    /// A row of a table printed with menu separators («الدولار الأمريكي | 48.10 | 48.20»).
    public static let tableRow = "generic.table-row"
    /// A row of a round's results («نهضة الأطلس 2 - 0 المغرب الفاسي» under another).
    public static let scoreRow = "generic.score-row"
    /// A photo caption with its credit after a dash («… - تصوير: سامي العلي»).
    public static let captionWithCredit = "generic.caption-with-credit"
    /// A photo's caption: the line after a gallery's counter («٢ / ٨»).
    public static let captionInGallery = "generic.caption-in-gallery"
    /// The photo credit over a gallery's first counter («صور: …» over «1 من 6»).
    public static let galleryCredit = "generic.gallery-credit"
    /// A gallery's counter («٢ / ٨», «الصورة 2 من 8»): chrome, its caption under it.
    public static let galleryCounter = "generic.gallery-counter"
    /// A list numbered on lines of their own on an outlet's page: the number, then the item.
    public static let numberedList = "generic.numbered-list"
    /// A photo's caption: a short line between the article's date, author or share line and its text.
    public static let captionAboveText = "generic.caption-above-text"
    /// A dateline under the headline («المدينة - اسم المراسل»).
    public static let datelineUnderHeadline = "generic.dateline-under-headline"
    /// A field of a box between the headline and the text («المسلسل: ظل الميناء», «رقم القضية: …»).
    public static let fieldAboveText = "generic.field-above-text"
    /// A photo's caption: a describing line between two paragraphs.
    public static let captionBetweenParagraphs = "generic.caption-between-paragraphs"
    /// A line between the article's first and last paragraphs that is not chrome.
    public static let insideArticle = "generic.inside-article"
    /// The site's sentence about itself, below the article.
    public static let siteBlurb = "generic.site-blurb"
    /// The author's bio, below the article.
    public static let authorBio = "generic.author-bio"
    /// Other pages' headlines printed on one line, apart by separators or runs of spaces.
    public static let ticker = "generic.ticker"
    /// A rule of underscores: a signature or notes follow it.
    public static let signatureRule = "generic.signature-rule"
    /// Words of the article printed again in quotation marks between its paragraphs.
    public static let pullQuote = "generic.pull-quote"
    /// Teasers of other articles after the article: headlines with a one-sentence summary each.
    public static let teasers = "generic.teasers"
    /// A line long enough to keep, but no article text, above the headline.
    public static let keptByLengthBeforeArticle = "generic.before-headline"
    /// A line long enough to keep, but no article text, below the article's last paragraph.
    public static let keptByLengthAfterArticle = "generic.after-article"
    /// A sentence alone below the article, after chrome that closes an article (a list, a box…).
    public static let sentenceAloneAfterArticle = "generic.sentence-after-article"
}

/// A page's distinct line keys: for each line, the number of its key among them (in order of
/// first sight), and for each key the first line that has it. Work that depends on a line's key
/// alone is done once per key: a page's cost in it grows with its distinct lines, not its lines.
struct DistinctKeys {
    /// Per line: its key's number.
    private(set) var ordinals: [Int] = []
    /// Per key: the first line with it.
    private(set) var firstLines: [Int] = []

    init(_ blocks: [Block]) {
        var seen = ByteKeyTable<Int>(minimumCapacity: min(blocks.count, 1 << 16))
        ordinals.reserveCapacity(blocks.count)
        for i in blocks.indices {
            let (entry, inserted) = seen.insert(blocks[i].byteKey, firstLines.count)
            if inserted { firstLines.append(i) }
            ordinals.append(seen.values[entry])
        }
    }
}
