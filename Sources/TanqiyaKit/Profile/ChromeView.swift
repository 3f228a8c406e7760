/// One page seen through its site's chrome: which lines are learned (and of those, which are
/// structural: short lines such as menu items and widget labels, which delimit the template's
/// slots), which a learned shape takes, which recirculate (headlines and teasers seen on other
/// pages of the site), and where the article's text and head are. The profile pass reads pages
/// this way to learn slots; the classifier, to apply them: the same answers both times.
struct ChromeView {
    let blank: [Bool]
    let learned: [Bool]
    /// Learned lines that are not headline-like (menu items, widget labels, a newsletter blurb),
    /// but a line of article text between two lines of the article's own text: a sentence a
    /// site's articles all share (a series' standing paragraph, a background sentence) stands in
    /// the text it repeats in, and is text there.
    let structural: [Bool]
    let shaped: [Bool]
    let recirculated: [Bool]
    let articleLike: [Bool]
    /// Where the article's own text starts: the first article-like line that is not learned and
    /// does not recirculate, and that more such text follows (within `headLines` non-blank lines,
    /// before any structural learned line) — a lone long line among menus is a ticker, not the
    /// body. On a page with no two such lines, the first one; nil when there is none.
    let firstText: Int?
    /// Where the article's head begins: `headLines` non-blank lines before `firstText`.
    let headStart: Int
    /// Where a slot stops above the article: `headLines` lines before `firstText` that are neither
    /// blank nor chrome the site is known to print (learned or of a learned shape) — under a tall
    /// head (a row of share, print and font-size buttons, two date lines) the headline is still
    /// the article's, not the end of a breaking-news strip's slot above it.
    let slotStop: Int
    /// The page's last article-like line that is not learned, and the sentences right under it
    /// (short lines ending in a full stop, not learned: a stock closing several articles share,
    /// «ولا تزال التحقيقات جارية.», ends the text; other articles' headlines have no full stop).
    let lastText: Int?

    init(lines: [LineSignature], learned: [Bool], shaped: [Bool], recirculated: [Bool], _ t: LearningTunables) {
        blank = lines.map(\.isBlank)
        self.learned = learned
        self.shaped = shaped
        self.recirculated = recirculated
        let articleLike = lines.map { $0.isArticleLike(t) }
        self.articleLike = articleLike
        // The article's own text, and whether learned line `i` stands between two lines of it.
        func ownText(_ j: Int) -> Bool { articleLike[j] && !learned[j] }
        func betweenText(_ i: Int) -> Bool {
            guard let before = (0..<i).last(where: { !lines[$0].isBlank }), ownText(before),
                  let after = ((i + 1)..<lines.count).first(where: { !lines[$0].isBlank }) else { return false }
            return ownText(after)
        }
        structural = lines.indices.map { learned[$0] && !lines[$0].isHeadlineLike(t) && !(articleLike[$0] && betweenText($0)) }
        let text = lines.indices.filter { !lines[$0].isBlank && articleLike[$0] && !learned[$0] && !recirculated[$0] }
        let structural = self.structural
        func followedByText(_ k: Int) -> Bool {
            guard k + 1 < text.count else { return false }
            var seen = 0
            for j in (text[k] + 1)..<text[k + 1] where !lines[j].isBlank {
                if structural[j] { return false }
                seen += 1
            }
            return seen < t.headLines
        }
        let first = text.indices.first(where: followedByText).map { text[$0] } ?? text.first
        firstText = first
        var last = lines.indices.last { !lines[$0].isBlank && ownText($0) }
        while let l = last, let next = ((l + 1)..<lines.count).first(where: { !lines[$0].isBlank }),
              lines[next].endsSentence && !learned[next] {
            last = next
        }
        lastText = last
        // `headLines` lines back from the text, counting those `counted` says.
        func back(counting counted: (Int) -> Bool) -> Int {
            var start = first ?? 0
            var seen = 0
            while let f = first, start > 0, seen < t.headLines {
                start -= 1
                if counted(start) { seen += 1 }
                if f - start > 4 * t.headLines { break }
            }
            return start
        }
        headStart = back { !lines[$0].isBlank }
        slotStop = back { !lines[$0].isBlank && !learned[$0] && !shaped[$0] }
    }

    /// Whether line `i` is in the article: from its head to its last line of article text (that
    /// text recirculating or not: an article printed on several pages is an article).
    func inArticle(_ i: Int) -> Bool {
        guard firstText != nil, let last = lastText else { return false }
        return i >= headStart && i <= last
    }

    /// Whether line `i` is in the article's head (title, subtitle, byline, date, caption).
    func inHead(_ i: Int) -> Bool {
        guard let firstText else { return false }
        return i >= headStart && i < firstText
    }

    /// Whether the non-blank line before or after `i` is the article's own text (article-like,
    /// neither learned nor recirculating).
    func besideText(_ i: Int) -> Bool {
        func isText(_ j: Int) -> Bool { articleLike[j] && !learned[j] && !recirculated[j] }
        if let before = (0..<i).last(where: { !blank[$0] }), isText(before) { return true }
        if let after = ((i + 1)..<blank.count).first(where: { !blank[$0] }), isText(after) { return true }
        return false
    }

    /// The article's picture caption, when its head has one where sites put it: the last line
    /// before the article's text that is neither chrome nor text (short, not recirculating),
    /// below the head's first such line (the headline) with chrome between them, and with chrome
    /// right above or below it — the chrome line it stands by is returned as its anchor.
    func caption(_ lines: [LineSignature], _ t: LearningTunables) -> (line: Int, anchor: Int)? {
        guard let first = firstText else { return nil }
        func chrome(_ j: Int) -> Bool { learned[j] || shaped[j] }
        // The caption, and the headline above it with chrome (a date, a share row) between them:
        // a line right under the headline is its subtitle or its repeat.
        guard let p = (headStart..<first).last(where: { !blank[$0] && !chrome($0) }),
              !articleLike[p], !recirculated[p], lines[p].words <= t.maxCaptionWords,
              let headline = (headStart..<p).first(where: { !blank[$0] && !chrome($0) }),
              ((headline + 1)..<p).contains(where: { chrome($0) }) else { return nil }
        if let above = (0..<p).last(where: { !blank[$0] }), chrome(above) { return (p, above) }
        if let below = ((p + 1)..<first).first(where: { !blank[$0] }), chrome(below) { return (p, below) }
        return nil
    }

    /// Whether line `i` stands in a list of headlines: with the non-blank lines next to it, a run
    /// of at least `minListLines` headline-like lines that are learned or recirculate (other
    /// articles' headlines). Paragraphs that recirculate (an article syndicated on several pages)
    /// make no list.
    func inList(_ i: Int, _ lines: [LineSignature], _ t: LearningTunables) -> Bool {
        func listed(_ j: Int) -> Bool { (learned[j] || recirculated[j]) && lines[j].isHeadlineLike(t) }
        var run = 1
        var j = i - 1
        while j >= 0, run < t.minListLines {
            if blank[j] { j -= 1; continue }
            guard listed(j) else { break }
            run += 1
            j -= 1
        }
        j = i + 1
        while j < blank.count, run < t.minListLines {
            if blank[j] { j += 1; continue }
            guard listed(j) else { break }
            run += 1
            j += 1
        }
        return run >= t.minListLines
    }

    /// What follows learned line `i` up to the next structural learned line: the lines a slot
    /// there takes (not blank, not otherwise learned or shaped), whether article text ended the
    /// run, and whether it reached the article's head (from `slotStop`, where it stops too).
    func run(after i: Int) -> (lines: [Int], text: Bool, head: Bool) {
        var lines: [Int] = []
        var j = i + 1
        // (The run's first line of the article's length inside the article, if it recirculates.)
        var recirculatedText: Int?
        while j < blank.count, !structural[j] {
            defer { j += 1 }
            if blank[j] || shaped[j] || learned[j] { continue }
            if let firstText, j >= slotStop && j < firstText { return (lines, false, true) }
            // Article text ends the run; a long line before the article's text (a ticker of
            // headlines) does not, nor one the site prints on other pages (a teaser's summary).
            // But when the article's text goes on after such lines, they are its own: a
            // sentence the site's articles share (a box of teasers inside the text, then the
            // text again).
            if articleLike[j], let firstText, j >= firstText {
                guard recirculated[j] else { return (Array(lines.prefix { $0 < (recirculatedText ?? j) }), true, false) }
                if recirculatedText == nil { recirculatedText = j }
            }
            lines.append(j)
        }
        return (lines, false, false)
    }
}
