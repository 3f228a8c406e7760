/// The generic path on a text dump (no DOM to go by), in its stages:
///
/// 1. page chrome recognised line by line by stop phrases and shapes (`ChromeLineClassifier`);
/// 2. regions: the headlines after a list header («الأكثر قراءة», «اقرأ أيضا»), and everything
///    after a comment header once the article has been read;
/// 3. jusText's context over the other lines (chrome counts as bad), then every line of some
///    length that is not chrome is kept: losing article text costs more than a stray line;
/// 4. the headline (`HeadlineChooser`) and the lines that print it again.
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
    /// An Arabic page (where Latin widget text is chrome) has at least this many times as many
    /// Arabic letters as other letters.
    static let arabicPageRatio = 2

    static let inListRule = "generic.in-list."
    static let inTailRule = "generic.in-tail."

    func extract(_ blocks: [Block], _ cfClass: [ParagraphClass], _ cfRule: [String], _ chars: [Int],
                 title: String?, language: String?, known: [ChromeMatch?]? = nil) -> GenericExtraction {
        let n = blocks.count
        let words = blocks.map { LineWords($0.key) }
        let arabic = words.reduce(0) { $0 + $1.arabicLetters }
        let other = words.reduce(0) { $0 + $1.otherLetters }
        let arabicPage = arabic > 0 && arabic >= Self.arabicPageRatio * other
        // By phrase and shape; else what is known already (chrome learned from the page's site).
        var found: [ChromeMatch?] = words.indices.map { chrome.classify(words[$0], arabicPage: arabicPage) ?? known?[$0] }
        let articleText = (0..<n).map { Self.isArticleText(words[$0], bytes: blocks[$0].key.utf8.count) }
        let endsWithQuestion = words.map { w in w.lastMark.map { $0 == "?" || $0 == "؟" || $0 == "!" } ?? false }
        markRegions(&found, articleText: articleText, endsWithQuestion: endsWithQuestion)

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
        let chooser = HeadlineChooser(words: words, chrome: found, articleText: articleText)
        if let headline = chooser.choose(decisions) {
            decisions[headline].label = .title
            decisions[headline].rule = GenericRule.headline
            for (j, label, rule) in chooser.repeats(of: headline) {
                decisions[j].label = label
                decisions[j].rule = rule
            }
        }
        let paragraphs = (0..<n).filter { decisions[$0].label == .body }.map { blocks[$0].key }
        return GenericExtraction(title: title, paragraphs: paragraphs, decisions: decisions, language: language, mainContainerID: nil)
    }

    /// Lists after their header, and a comment block to the page's end.
    func markRegions(_ found: inout [ChromeMatch?], articleText: [Bool], endsWithQuestion: [Bool]) {
        let n = found.count
        var articleParagraphs = 0
        var i = 0
        while i < n {
            guard let header = found[i], header.kind == .list || header.kind == .tail else {
                if found[i] == nil && articleText[i] { articleParagraphs += 1 }
                i += 1
                continue
            }
            if header.kind == .tail {
                guard articleParagraphs >= Self.minArticleParagraphsBeforeTail else { i += 1; continue }
                for j in (i + 1)..<max(i + 1, n) where found[j] == nil {
                    found[j] = ChromeMatch(label: header.label, rule: Self.inTailRule + header.label.rawValue)
                }
                return
            }
            // A list: the lines after the header up to article text. Headlines ask questions, so
            // here a line is article text only by its full stop or its length.
            let rule = Self.inListRule + header.label.rawValue
            var j = i + 1
            var lastItem: Int?
            while j < n, j - i <= Self.maxListLines, !(articleText[j] && !endsWithQuestion[j]) {
                if let m = found[j], m.kind == .list || m.kind == .tail { break }
                if found[j] == nil {
                    found[j] = ChromeMatch(label: header.label, rule: rule)
                    lastItem = j
                }
                j += 1
            }
            // Ended by article text behind a date or author line: the line above those is that
            // article's headline, not a list item («الأكثر قراءة» … headline / date / text).
            if j < n, articleText[j] && !endsWithQuestion[j], let last = lastItem {
                var k = j - 1
                var meta = 0
                while k > last, let m = found[k], Self.isMeta(m) { meta += 1; k -= 1 }
                if meta > 0 && k == last { found[last] = nil }
            }
            i = j
        }
    }

    /// Lines that stand around a headline: a date, an author or a photo credit (boilerplate.txt),
    /// an article tool (widget.txt: share, copy-link, print, listen, counters…), a source line, a
    /// photo caption an outlet's rules named (`fallback: generic`).
    static func isMeta(_ m: ChromeMatch) -> Bool {
        m.label == .timestamp || m.label == .boilerplate || m.label == .widget || m.label == .credit || m.label == .caption
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
}
