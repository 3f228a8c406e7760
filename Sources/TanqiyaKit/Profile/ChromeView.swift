/// One page seen through its site's chrome: which lines are learned (and of those, which are
/// structural: short lines such as menu items and widget labels, which delimit the template's
/// slots), which a learned shape takes, which recirculate (headlines and teasers seen on other
/// pages of the site), and where the article's text and head are. The profile pass reads pages
/// this way to learn slots; the classifier, to apply them: the same answers both times.
struct ChromeView {
    let blank: [Bool]
    let learned: [Bool]
    let structural: [Bool]
    let shaped: [Bool]
    let recirculated: [Bool]
    let articleLike: [Bool]
    /// The first article-like line that is not learned and does not recirculate: where the
    /// article's own text starts (nil: none on the page).
    let firstText: Int?
    /// Where the article's head begins: `headLines` non-blank lines before `firstText`.
    let headStart: Int

    init(lines: [LineSignature], learned: [Bool], shaped: [Bool], recirculated: [Bool], _ t: LearningTunables) {
        blank = lines.map(\.isBlank)
        self.learned = learned
        self.shaped = shaped
        self.recirculated = recirculated
        let articleLike = lines.map { $0.isArticleLike(t) }
        self.articleLike = articleLike
        structural = lines.indices.map { learned[$0] && !lines[$0].isHeadlineLike(t) }
        let first = lines.indices.first { !lines[$0].isBlank && articleLike[$0] && !learned[$0] && !recirculated[$0] }
        firstText = first
        var start = first ?? 0
        var seen = 0
        while let f = first, start > 0, seen < t.headLines {
            start -= 1
            if !lines[start].isBlank { seen += 1 }
            if f - start > 4 * t.headLines { break }
        }
        headStart = start
    }

    /// Whether line `i` is in the article's head (title, subtitle, byline, date, caption).
    func inHead(_ i: Int) -> Bool {
        guard let firstText else { return false }
        return i >= headStart && i < firstText
    }

    /// What follows learned line `i` up to the next structural learned line: the lines a slot
    /// there takes (not blank, not otherwise learned or shaped), whether article text ended the
    /// run, and whether it reached the article's head (where it stops too).
    func run(after i: Int) -> (lines: [Int], text: Bool, head: Bool) {
        var lines: [Int] = []
        var j = i + 1
        while j < blank.count, !structural[j] {
            defer { j += 1 }
            if blank[j] || shaped[j] || learned[j] { continue }
            if inHead(j) { return (lines, false, true) }
            if articleLike[j] && !recirculated[j] { return (lines, true, false) }
            lines.append(j)
        }
        return (lines, false, false)
    }
}
