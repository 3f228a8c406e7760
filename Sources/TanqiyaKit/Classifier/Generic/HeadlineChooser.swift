/// Chooses a text dump's headline on the generic path, and finds the lines that print it again.
///
/// The headline stands just above the article: walking back from the first paragraph of article
/// text, over date, author, share and copy-link lines, the headline-like lines met (no chrome, no bullet,
/// no sentence-final full stop, 3–30 words) are the candidates, until other chrome (a menu, a
/// list, a login or subscribe button) or a short line that is neither (a section word) stops the walk. A candidate the page prints
/// again is the headline (breadcrumb + headline, headline + repeat); otherwise the upper of the
/// last two (a headline over its subtitle). No candidate: no headline — an empty title is
/// better than a menu entry.
struct HeadlineChooser {
    let words: [LineWords]
    let chrome: [ChromeMatch?]
    let articleText: [Bool]

    static let minWords = 3
    /// A two-word headline is taken only when the page prints it again.
    static let minWordsIfRepeated = 2
    static let maxWords = 30
    /// How far back from the first paragraph the headline is looked for (lines).
    static let lookBack = 12
    /// Of the candidates nearest the text, how many are weighed (headline, subtitle).
    static let nearest = 2
    /// A line that adds at most this many words before or after the headline (behind a
    /// separator: «الرئيسية » أخبار » headline», «headline | site») prints it again.
    static let maxAffixWords = 6

    /// The headline's index, if the page has one.
    func choose(_ decisions: [BlockDecision]) -> Int? {
        let n = words.count
        guard let first = (0..<n).first(where: { decisions[$0].label == .body && articleText[$0] })
            ?? (0..<n).first(where: { decisions[$0].label == .body }) else { return nil }
        var candidates: [Int] = []
        var i = first - 1
        while i >= 0 && first - i <= Self.lookBack {
            defer { i -= 1 }
            if let m = chrome[i] {
                if PlainTextLabeler.isMeta(m) { continue }
                break
            }
            if isCandidate(i, minWords: Self.minWordsIfRepeated) { candidates.insert(i, at: 0); continue }
            // Neither chrome nor a headline: a sentence (a short lead) is passed, a word is not.
            if words[i].endsSentence { continue }
            break
        }
        if let repeated = candidates.first(where: { !repeats(of: $0).isEmpty }) { return repeated }
        return candidates.suffix(Self.nearest).first { isCandidate($0, minWords: Self.minWords) }
    }

    /// A line that may be a headline.
    func isCandidate(_ i: Int, minWords: Int) -> Bool {
        let w = words[i]
        guard chrome[i] == nil, w.count >= minWords, w.count <= Self.maxWords, !w.startsWithBullet,
              w.arabicLetters + w.otherLetters > 0, !w.words.contains(where: { $0.kind == .url }) else { return false }
        // A headline may ask or exclaim; it does not end with a full stop, a colon or a comma.
        if let last = w.lastMark, Self.notHeadlineEnds.contains(last) { return false }
        return true
    }

    static let notHeadlineEnds: Set<Unicode.Scalar> = [".", "…", ":", "،", ",", "؛", ";"]

    /// The lines that print headline `t` again, with their label and rule: the same words (or
    /// the site's name after them) → title, dropped by the deduplicator as a repeat; a
    /// breadcrumb ending with it → navigation.
    func repeats(of t: Int) -> [(Int, Label, String)] {
        let title = words[t].texts
        var found: [(Int, Label, String)] = []
        for j in words.indices where j != t {
            let w = words[j]
            guard w.count >= title.count, w.count <= title.count + Self.maxAffixWords else { continue }
            if w.count == title.count {
                if w.has(title, at: 0) { found.append((j, .title, GenericRule.headlineRepeat)) }
                continue
            }
            let after = title.count
            if w.has(title, at: 0), !w.words[after].before.isDisjoint(with: .labelBreak) {
                found.append((j, .title, GenericRule.headlineRepeat))
            } else if w.has(title, at: w.count - title.count), w.parts.count >= 2 {
                found.append((j, .navigation, GenericRule.headlineInBreadcrumb))
            }
        }
        return found
    }
}
