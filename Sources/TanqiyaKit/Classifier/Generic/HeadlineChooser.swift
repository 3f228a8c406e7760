/// Chooses a text dump's headline on the generic path, and finds the lines that print it again. The
/// headline opens the article's head block: walking back from the first paragraph of article text,
/// over the lines that stand around a headline (date, author, photo caption, share and copy-link
/// lines, a section word, a comment link, a media marker («فيديو | 03:45»), a row of facts «٥ دقائق
/// · صحة · ١٢ تعليقاً», a box's fields, a letter's greeting) and over short lines (an author's
/// name), up to page chrome that belongs to the site (a menu, a login button, a list, a footer) or
/// `lookBack` lines, the headline-like lines met (no chrome, no bullet, no final full stop or
/// colon, not wholly quoted, 3–30 words) are the candidates; so is a line wholly in quotation marks
/// (a speaker's words) right over the text or its date or author lines, and the line over a
/// section's path (a breadcrumb) when it is the page's first headline-like line longer than a name.
/// A candidate the page prints again is the headline (breadcrumb + headline, headline + repeat, a
/// label + headline; printed above the text first: another article's headline is printed again in a
/// list below it); else the candidate the page's title line at its top names («headline, perhaps
/// shortened | site»); otherwise the first of the block that shares a word with the lines under it
/// (a line about something else — an app's note, a widget's row — is passed), passing over a line
/// of at most `maxNameWords` words above a longer candidate (a site's or an author's name, a
/// match's result) and one of at most `maxKickerWords` right above it or above one over a meta line
/// (a kicker); the one candidate under it, apart from it (a date or a byline between) and two words
/// or more longer, a headline's length, is the headline printed under the date, the line above it a
/// kicker or a caption. A name printed twice over a short line right above the date gives way to
/// that line, a two-word line printed again (a section's name) to a headline of `headlineWords`
/// words or more under it, a name printed twice under a headline to that headline, a short line
/// printed right over and right under a candidate (a dateline) to that candidate; a question that
/// opens the text run is the headline when the page prints it again or a date or author line stands
/// right under it, and a question or an exclamation that opens it under no sentence and no
/// candidate longer than a name. The head of the longest text run is looked at first; another run's
/// head wins when a date or author line stands under its headline (among its first `maxLinesToDate`
/// lines) and not under the longest's (an in-text widget cut the article in two), or when the walk
/// up to the longest's passed a list and its own did not (a recipe's ingredients). A ticker (three
/// parts or more), a score (fewer than three words that are not numbers) and a weather widget's
/// line (a temperature, at most eight words) are no candidates, nor is a greeting («السلام
/// عليكم…»). A forum post's title after its icon's name («افتراضي …») gives way to the thread's
/// title printed above it. A short line printed again that shares no word with the text, under a
/// headline-long candidate that does, is a widget's button printed twice (a shop's under each
/// price), not a headline printed again; a shorter run whose walk up crosses a longer run's text
/// has no head of its own there; a row of an app's figures («4.6★ · 12 ألف مراجعة · …») and a box's
/// fields stand in a head block as facts do. The walk also passes a dateline of a place and the
/// site's name («المنامة - أخبار الجزيرة») and one leading into the first paragraph with a colon,
/// and admits two lines that are chrome elsewhere when no candidate of a headline's length stands
/// under them: a video page's headline behind its media marker («فيديو | …», «شاهد: …»), and a line
/// the site prints on its other pages over the head's date or author line (this page's own
/// headline, listed as "most read" on the others), and a headline behind its kind or its speaker
/// (a label's shape the site prints: «تقرير: …», «وزير المالية: «…»») over the head's date or
/// author line or right under the date, or right over the text of a head with no date and no
/// other candidate over it. A section's name printed again from the menu (a line of its own or a
/// part of the menu's line; not a number) right over a candidate opens the head (a price
/// bulletin's line above it is the header's); a line that speaks of something else gives way only
/// to one of a headline's length (an author's role under the headline is none); a repeat in the
/// footer is the site's name, no headline printed again. Of two lines of a headline's length
/// stacked under the menu over the date, the first is the headline and the second its deck. With
/// no candidate in the longest run's head, a headline printed with its full stop may be the head's
/// top line (`stoppedHeadline`). No candidate: no headline — an empty title is better than a menu
/// entry.
struct HeadlineChooser {
    let words: [LineWords]
    let chrome: [ChromeMatch?]
    let articleText: [Bool]
    /// Lines that greet the reader («السلام عليكم…», «عزيزي القارئ،»): no headline.
    let salutations: [Bool]
    /// Words of a media marker («فيديو», «بالصور», «شاهد»; `shape-media-words.txt`, folded).
    let mediaWords: Set<String>
    /// The line of the article's head that the page's site prints as a headline on its other
    /// pages (`LearnedChromeLabeler.ownHeadline`): the headline, when it stands above the text.
    var knownHeadline: Int? = nil
    /// Each line's number in the page (blank lines are no lines here): which lines stand one
    /// right under the other.
    let lineNumbers: [Int]

    static let minWords = 3
    /// A two-word headline is taken only when the page prints it again.
    static let minWordsIfRepeated = 2
    static let maxWords = 30
    /// How far back from the first paragraph the headline is looked for (non-blank lines).
    static let lookBack = 16
    /// A candidate of at most this many words above a longer candidate (or one of at least
    /// `headlineWords`) is a name, not the headline…
    static let maxNameWords = 3
    /// …and of at most this many, right above it or above one over a date, author, source or
    /// share line, a kicker («الحلقة الأولى من ثلاث»); a four-word headline elsewhere over a
    /// longer line (a photo's caption over the text) stays the headline.
    static let maxKickerWords = 4
    static let headlineWords = 5
    /// A line that adds at most this many words before or after the headline (behind a
    /// separator: «الرئيسية » أخبار » headline», «headline | site») prints it again.
    static let maxAffixWords = 6
    /// A section's path under the headline («الرئيسية » أخبار » اقتصاد») has at most this many parts.
    static let maxPathParts = 3
    /// A label before a headline printed again («بيان صحفي: …») has at most this many words.
    static let maxLabelWords = 3

    /// The headline's index, if the page has one.
    func choose(_ decisions: [BlockDecision]) -> Int? {
        let chosen = chooseByThePage(decisions)
        // The line the site lists as a headline on its other pages, above the text and speaking
        // of it (`minSharedStems` stems of the text's), comes first when only the head's lines (a
        // date, an author, a caption) stand between it and the page's choice (a video's headline
        // behind its marker, the byline under it). A menu, a list or article text between them
        // makes it another story's (a breaking-news strip's, an in-text box's teaser); so does
        // speaking of the text no more than the page's choice does (a Trending strip's one item
        // over the head), and standing last in a list over the date the choice stands under.
        guard let known = knownHeadline, let main = textRuns(decisions).first?.start ?? chosen.map({ $0 + 1 }), known < main else { return chosen }
        let text = textStems(from: main)
        let shared = { (k: Int) in Set(self.words[k].texts.compactMap(Self.stem)).intersection(text).count }
        guard shared(known) >= Self.minSharedStems, chosen.map({ $0 == known || shared(known) > shared($0) }) ?? true else { return chosen }
        guard let chosen, chosen != known else { return known }
        let apart = ((min(known, chosen) + 1)..<max(known, chosen)).contains { k in
            chrome[k].map { !PlainTextLabeler.isMeta($0) } ?? articleText[k]
        }
        // The last item of a list on this page (its header and items right above it), over the
        // date or author line that the page's choice stands under: another story the list names.
        let dateBetween = chosen > known && ((known + 1)..<chosen).contains { chrome[$0].map(PlainTextLabeler.isDateOrAuthor) ?? false }
        return apart || (dateBetween && isListItemAbove(known)) ? chosen : known
    }

    /// Whether the non-blank line above line `i` is an item of a list on the page (after its header).
    private func isListItemAbove(_ i: Int) -> Bool {
        guard let above = (0..<i).last(where: { words[$0].count > 0 }) else { return false }
        return chrome[above]?.rule.hasPrefix(PlainTextLabeler.inListRule) ?? false
    }

    private func chooseByThePage(_ decisions: [BlockDecision]) -> Int? {
        // Above the main run of text first; an in-text list or widget may have cut the article's
        // first paragraphs off it: then above the other runs, the longer first.
        var starts = textRuns(decisions).map(\.start)
        if starts.isEmpty, let first = decisions.indices.first(where: { decisions[$0].label == .body }) { starts = [first] }
        // The head of the longest run, unless another run's head stands over a date or author
        // line and its own does not (an in-text widget cut the article in two: its second part is
        // longer, and a subheading stands over it), or its walk up passed a list (the article's
        // own: ingredients over the steps) and another run's did not.
        // (The other runs' heads are looked for only when the first found is not dated.)
        // A shorter run's walk up that crosses a longer run's text ends in that run's head block,
        // not in one of its own (the text's last paragraph under a subheading, walking up over the
        // whole text to a widget's row above it).
        var heads: [(headline: Int, first: Int, overList: Bool)] = []
        var tried: [Int] = []
        for first in starts.prefix(Self.maxRunsTried) {
            defer { tried.append(first) }
            guard let head = choose(above: first, mainRun: tried.isEmpty), !tried.contains(where: { head.headline < $0 && $0 < first }) else { continue }
            if isDated(head.headline, above: first) { return printedWithoutIcon(head.headline) }
            heads.append((head.headline, first, head.overList))
        }
        return (heads.first { !$0.overList } ?? heads.first).map { printedWithoutIcon($0.headline) }
    }

    /// A forum prints a post's title after its icon's name («افتراضي», vBulletin's "default"
    /// icon): when the page prints the headline's words without its first word as a line of their
    /// own above it (the thread's title), that line is the headline, and this one prints it again.
    private func printedWithoutIcon(_ h: Int) -> Int {
        let title = Array(words[h].texts.dropFirst())
        guard title.count >= Self.headlineWords, words[h].words[1].before.isDisjoint(with: .labelBreak) else { return h }
        return (0..<h).first { words[$0].count == title.count && words[$0].has(title, at: 0) } ?? h
    }

    /// Whether a date or author line stands under headline `h`, above the text run it heads, among
    /// its first `maxLinesToDate` lines (a lead, a byline, a caption may come first): a date in a
    /// list of dates further down the page is not the headline's.
    private func isDated(_ h: Int, above first: Int) -> Bool {
        ((h + 1)..<max(h + 1, first)).lazy.filter { words[$0].count > 0 }.prefix(Self.maxLinesToDate)
            .contains { chrome[$0].map(PlainTextLabeler.isDateOrAuthor) ?? false }
    }

    static let maxLinesToDate = 4

    /// The heads of at most this many runs are tried (a page of thousands of short runs would
    /// otherwise cost a look at every line for each of them).
    static let maxRunsTried = 3

    /// The headline in the head block above line `first`, if there is one (`mainRun`: `first`
    /// opens the page's longest run of text).
    private func choose(above first: Int, mainRun: Bool) -> (headline: Int, overList: Bool)? {
        guard let headline = chooseHead(above: first, mainRun: mainRun) else { return nil }
        // A list: `minListCandidates` candidates in a row between the headline and the text (not
        // facts or a box's fields: a member's block, a recipe's times, a job ad's location and
        // contract type).
        var inRow = 0, longest = 0
        for i in (headline + 1)..<max(headline + 1, first) {
            inRow = isCandidate(i, minWords: Self.minWordsIfRepeated) && !Self.isFact(words[i]) && !isField(i) ? inRow + 1 : 0
            longest = max(longest, inRow)
        }
        return (headline, longest >= Self.minListCandidates)
    }

    /// Headline-like lines in a row from this many on are a list, not a head block.
    static let minListCandidates = 4

    private func chooseHead(above first: Int, mainRun: Bool) -> Int? {
        // A headline that asks a question reads as text and may open the run itself: printed
        // again as it is, it is the headline (its first printing).
        if isCandidate(first, minWords: Self.minWords) {
            let again = repeats(of: first).filter { $0.2 == GenericRule.headlineRepeat }.map(\.0)
            if let earliest = again.min() { return min(first, earliest) }
            // … or standing over the article's date or author line, a line or two below it.
            if let mark = words[first].lastMark, mark == "?" || mark == "؟",
               (first + 1...first + 2).contains(where: { $0 < words.count && chrome[$0].map(PlainTextLabeler.isDateOrAuthor) ?? false }) {
                return first
            }
        }
        var candidates: [Int] = []
        var i = first - 1
        // A date or author line was passed (the walk is in the article's head).
        var datedHead = false
        // A headline wholly in quotation marks (a speaker's words), right over the text or over
        // its date or author lines and short lines only (a dateline, a photo's number), no
        // candidate of `minWords` under it (a quote under the headline — a verse under an
        // obituary's — is passed as any quote, and inside the text is the text's).
        var quotedHead: Int?
        // A line of a label's shape admitted with no date or author line around it: the headline
        // only when no other candidate of `minWords` stands above it in the head.
        var undatedKind: Int?
        // A candidate of `minWords` words or more under the line looked at (chrome the walk
        // admitted included: a labelled headline under a breaking-news strip).
        let headlineUnder = { candidates.contains { isCandidate($0, minWords: Self.minWords, learned: isAdmitted($0)) } }
        // The walk met the site's chrome (or the page's top) above the head: it spans the head.
        var headClosed = false
        while i >= 0 && first - i <= Self.lookBack {
            defer { i -= 1 }
            if let m = chrome[i], PlainTextLabeler.isDateOrAuthor(m) { datedHead = true }
            if let m = chrome[i] {
                // A line of a label's shape the site prints, its value a headline's length, with no
                // candidate of a headline's length under it, over a date or author line (or right
                // under one: «date, headline, text»), or right over the text (short and meta lines
                // only between them) with no candidate over it in the head (a site that prints no
                // date): a headline behind its kind («تقرير: …») or its speaker («وزير المالية:
                // «…»»). A strip's «الأكثر تداولاً الآن: …» has the headline under it.
                let dateOver = (max(0, i - Self.maxLinesUnderDate)..<i).contains { chrome[$0].map(PlainTextLabeler.isDateOrAuthor) ?? false }
                if isKindLabelled(i, m), !headlineUnder(),
                   isCandidate(i, minWords: Self.minWords, learned: true) {
                    if datedHead || dateOver {
                        candidates.insert(i, at: 0)
                        continue
                    }
                    if undatedKind == nil, ((i + 1)..<first).allSatisfy(isHeadLine) {
                        undatedKind = i
                        candidates.insert(i, at: 0)
                        continue
                    }
                }
                // A section word or a counter (views, comments) may stand between the headline and
                // the text; other chrome ends the head.
                if PlainTextLabeler.isMeta(m) || m.kind == .count || m.rule == ChromeLineClassifier.ShapeRule.sectionWord { continue }
                // So may a comment link («أضف تعليقاً»), a fact («تقييم الموقع: 7.5/10») and a row of
                // facts between separators («٥ دقائق · صحة · ١٢ تعليقاً»: numbers in two parts or
                // more, not a menu's).
                if (m.label == .comments && (m.kind == .line || m.kind == .tail)) || isFactsRow(i) || Self.isFact(words[i]) { continue }
                // And a media marker on a short line of its own («فيديو», «فيديو | 03:45»): a
                // read-also lead with no headline after it.
                if m.label == .related && m.kind == .lead && words[i].count <= Self.maxKickerWords { continue }
                // A video or photo page's headline behind its media marker is a candidate, when
                // no candidate of `minWords` stands under it (over a headline, it is another
                // video's teaser; a dateline «المدينة - وكالات» under it is none).
                if !headlineUnder() && isMediaHeadline(i) {
                    candidates.insert(i, at: 0)
                    continue
                }
                // A line the site prints on its other pages, over a date or author line with no
                // candidate of a headline's length under it (an author's two-word role may stand
                // there): this page's own headline, listed as "most read" on the others (or a
                // dateline of a place and the site's name, passed).
                if Self.isLearned(m), datedHead, !headlineUnder() {
                    if isSiteDateline(i) { continue }
                    if isCandidate(i, minWords: Self.minWords, learned: true) { candidates.insert(i, at: 0); continue }
                }
                // A section's path (a breadcrumb, a row of at most `maxPathParts` links) right
                // under the page's first headline-like line longer than a name, no candidate under
                // it: the headline stands over its path (another story's headline stands among
                // others, a list's, above it; a row of the site's sections under a line is its menu
                // and ends the head).
                if candidates.isEmpty, m.label == .navigation, words[i].parts.count <= Self.maxPathParts,
                   let above = (0..<i).last(where: { words[$0].count > 0 }), isCandidate(above, minWords: Self.minWords),
                   words.indices.first(where: { words[$0].count > Self.maxNameWords && isCandidate($0, minWords: Self.minWords) }) == above {
                    candidates.insert(above, at: 0)
                }
                headClosed = true
                break
            }
            // A field of a box of fields («الشركة: …» over «الرمز: …») is passed.
            if isField(i) { continue }
            // So is a dateline of a place and the site's name.
            if isSiteDateline(i) { continue }
            if isCandidate(i, minWords: Self.minWordsIfRepeated) { candidates.insert(i, at: 0); continue }
            if quotedHead == nil, !headlineUnder(),
               isCandidate(i, minWords: Self.minWords, quoted: true), ((i + 1)..<first).allSatisfy(isHeadLine) {
                quotedHead = i
                candidates.insert(i, at: 0)
                continue
            }
            // Neither chrome nor a headline: a sentence or a paragraph (a lead, one leading into
            // the text with a colon: «… أما بعد:», a dateline right over it: «عدن ((الوكالة))
            // خاص:»), a letter's greeting («تحية طيبة وبعد،»), a short line (a name, a section
            // word, a rating), a fact («وقت التحضير: 20 دقيقة») or a quote (a verse under an
            // obituary's headline) is passed.
            if words[i].endsSentence || articleText[i] || Self.isLeadIn(words[i]) || salutations[i]
                || (i == first - 1 && words[i].lastMark == ":")
                || Self.letterWords(words[i]) < Self.minWords
                || Self.isFact(words[i]) || Self.isQuote(words[i]) { continue }
            break
        }
        // Another candidate over the undated labelled line: the walk ends at that line, as at any
        // other chrome, and the line is no candidate.
        if let k = undatedKind, candidates.contains(where: { $0 < k && isCandidate($0, minWords: Self.minWords, learned: isAdmitted($0)) }) {
            candidates.removeAll { $0 <= k }
            if let q = quotedHead, q < k { quotedHead = nil }
        }
        if i < 0 { headClosed = true }
        if candidates.isEmpty, headClosed, mainRun, let stopped = stoppedHeadline(above: first) { return stopped }
        // One candidate right under a headline printed with its stop, at the top of the block:
        // that candidate is the deck.
        if headClosed, mainRun, candidates.count == 1, let deck = candidates.first, deck > 0, lineNumbers[deck - 1] + 1 == lineNumbers[deck],
           !articleText[deck - 1], chrome[deck - 1] == nil, isCandidate(deck - 1, minWords: Self.minWords, stopped: true),
           (0..<(deck - 1)).last(where: { words[$0].count > 0 }).map({ chrome[$0].map { !PlainTextLabeler.isMeta($0) } ?? false }) ?? true {
            return deck - 1
        }
        // A section's name printed again from the menu right over a candidate («زراعة» over the
        // headline) opens the article's head: the candidates above it are the page's header's (a
        // ticker's prices, a bulletin's line). (The page's first line, its masthead, is no
        // headline-like line the menu must stand above.)
        let masthead = words.indices.first { words[$0].count > 0 }
        if let top = words.indices.first(where: { $0 != masthead && isCandidate($0, minWords: Self.minWords) }),
           let opened = candidates.first(where: { isSectionNameAbove($0, printedAbove: top) && isCandidate($0, minWords: Self.minWords) }) {
            candidates.removeAll { $0 < opened }
        }
        let full = candidates.filter { $0 == quotedHead || isCandidate($0, minWords: Self.minWords, learned: isAdmitted($0)) }
        // A question or an exclamation opening the text run, no sentence right above it and no
        // candidate above it longer than a name (a place and two teams, a site's name): the
        // headline, though it reads as text (a paragraph that opens the text ends with a full stop).
        if opensAsHeadline(first), full.allSatisfy({ words[$0].count <= Self.maxNameWords }) { return first }
        // A line of two words is a headline when the page prints it again as it is, not at a
        // breadcrumb's end (where a section's name stands).
        // A headline printed again as it is comes before a short label printed again with a value
        // after it («الجنيه الذهب» over «الجنيه الذهب: 33,400 جنيه»).
        // Printed again above the text (the page's title line, a breadcrumb) comes before printed
        // again only below it (another article's headline in a most-read list).
        // (A line printed again in the footer is the site's name: «© 2024 صحيفة الوادي».)
        var printings: [Int: [(Int, Label, String)]] = [:]
        for c in candidates { printings[c] = repeats(of: c).filter { chrome[$0.0]?.label != .footer } }
        let printedAgain = { (c: Int, above: Bool) in
            printings[c, default: []].contains {
                (!above || $0.0 < first) && words[$0.0].count == words[c].count && $0.2 == GenericRule.headlineRepeat
            }
        }
        let printedWithMore = { (c: Int, above: Bool) in
            printings[c, default: []].contains {
                (!above || $0.0 < first) && (words[c].count >= Self.minWords || $0.2 == GenericRule.headlineRepeat)
            }
        }
        // The article text's stems, to tell a line about the text from one about something else.
        // (Only a choice among two candidates or more needs them.)
        let compared = full.count > 1
        let text = compared ? textStems(from: first) : []
        // A short line (up to `maxKickerWords` words) printed again that shares no word with the
        // text, under a candidate of a headline's length that does, is a widget's button printed
        // twice (a shop's «اذهب إلى المتجر» under each price), not the headline printed again.
        let aboutText = { (c: Int) in !Set(words[c].texts.compactMap(Self.stem)).isDisjoint(with: text) }
        let widgetRow = { (c: Int) in
            words[c].count <= Self.maxKickerWords && !aboutText(c) && full.contains { $0 < c && words[$0].count >= Self.headlineWords && aboutText($0) }
        }
        let again = candidates.filter { !widgetRow($0) }, fullAgain = full.filter { !widgetRow($0) }
        if let repeated = fullAgain.first(where: { printedAgain($0, true) }) ?? again.first(where: { printedWithMore($0, true) })
            ?? fullAgain.first(where: { printedAgain($0, false) }) ?? again.first(where: { printedWithMore($0, false) }) {
            // A two-word line printed again (a section's name in the menu and over its page) gives
            // way to a headline of `headlineWords` words or more under it, nearer the text.
            // (Under its last printing above the text when one stands there — the menu's, then the
            // one over the headline —, else under it: a site's name, printed again as the byline.)
            let section = printings[repeated, default: []].map(\.0).filter { $0 < first }.max() ?? repeated
            // A short line printed right over and right under the same candidate frames it (a
            // dateline «المدينة - وكالات» printed around the headline): the candidate is the headline.
            let next = { (k: Int) in ((k + 1)..<words.count).first { words[$0].count > 0 } }
            if words[repeated].count <= Self.maxNameWords, let c = next(repeated), full.contains(c), let under = next(c),
               printings[repeated, default: []].contains(where: { $0.0 == under && $0.2 == GenericRule.headlineRepeat }) {
                return c
            }
            let headlineLong = { (c: Int) in words[c].count >= Self.headlineWords }
            if words[repeated].count < Self.minWords,
               let below = full.first(where: { $0 > max(repeated, section) && headlineLong($0) })
                ?? full.first(where: { $0 > repeated && headlineLong($0) }) {
                return below
            }
            // A name printed twice (a columnist's byline, then the box about him) over a short
            // headline: the candidate right above the date is the headline.
            if words[repeated].count <= Self.maxNameWords,
               let dated = candidates.last(where: { $0 > repeated && chrome[$0 + 1]?.label == .timestamp }) {
                return dated
            }
            // … or under a headline: the name is its byline. The headline is the first candidate
            // of a headline's length above it (its deck may stand between them), else the one right
            // above it (a column's short title over its author's name).
            if words[repeated].count <= Self.maxNameWords,
               let above = full.first(where: { $0 < repeated && words[$0].count >= Self.headlineWords })
                ?? full.last(where: { $0 < repeated && words[$0].count > words[repeated].count }) {
                return above
            }
            // A line printed twice under the article's date or byline is its picture's caption
            // (sites print captions twice as they do headlines); a headline above that line wins.
            // (Printed above that line too — the page's title line at its top — it is the headline.)
            // (Of a headline's length: a site's name may stand at the page's top.)
            let dated = (0..<repeated).last { chrome[$0].map { $0.label == .timestamp || $0.kind == .byline } ?? false }
            guard let meta = dated,
                  let above = full.first(where: { $0 < meta && words[$0].count >= Self.headlineWords }) ?? full.first(where: { $0 < meta }),
                  printings[repeated, default: []].allSatisfy({ $0.0 > meta }) else { return repeated }
            return above
        }
        if let named = matchOfTitleLine(full) { return named }
        // A line that shares no word with the lines under it (the other candidates, a lead, the
        // text) speaks of something else (an app's note, a ticker, a widget's row, a session's
        // number): a candidate that does comes first — one of a headline's length, or as long (an
        // author's role or a place under the headline is none: «مهندسة مدنية في البلدية»).
        var stems: [Int: Set<Substring>] = [:]
        if compared { for c in candidates { stems[c] = Set(words[c].texts.compactMap(Self.stem)) } }
        let speaksOfText = { (c: Int) -> Bool in
            let own = stems[c, default: []]
            return !own.isDisjoint(with: text) || candidates.contains { $0 > c && !own.isDisjoint(with: stems[$0, default: []]) }
        }
        let next = { (k: Int) in ((k + 1)..<words.count).first { words[$0].count > 0 } }
        for (k, c) in full.enumerated() {
            // Two lines of a headline's length stacked under the site's chrome (a menu) right over
            // the article's date or author line, no blank line between them: the first is the
            // headline, the second its deck, whatever words they share with the text (an abstract
            // headline over a concrete deck; a line at the page's top or set apart above the
            // headline — an app's note — is passed as before).
            if k == 0, full.count == 2, words[c].count >= Self.headlineWords, full[1] == c + 1, lineNumbers[c] + 1 == lineNumbers[c + 1],
               let above = (0..<c).last(where: { words[$0].count > 0 }), chrome[above].map({ !PlainTextLabeler.isMeta($0) }) ?? false,
               let meta = next(full[1]), chrome[meta].map(PlainTextLabeler.isDateOrAuthor) ?? false {
                return c
            }
            if !speaksOfText(c) && full[(k + 1)...].contains(where: {
                speaksOfText($0) && (words[$0].count >= Self.headlineWords || words[$0].count >= words[c].count)
            }) { continue }
            let longer = full[(k + 1)...].filter { words[$0].count >= Self.headlineWords || words[$0].count > words[c].count }
            // A name (up to `maxNameWords` words) or a match's result (the scoreboard over the
            // report's headline) over a longer candidate; a kicker (up to `maxKickerWords`) right
            // over it, or over one that stands over a date, author, source or share line.
            // (A headline in quotation marks under a line makes no kicker of it: it may be the deck,
            // a speaker's words under the headline.)
            let nameOverHeadline = (words[c].count <= Self.maxNameWords || PlainTextLabeler.isScoreRow(words[c])) && !longer.isEmpty
            let kicker = words[c].count <= Self.maxKickerWords && longer.contains { h in
                h != quotedHead && (h == c + 1 || (h + 1 < words.count && chrome[h + 1].map(PlainTextLabeler.isMeta) ?? false))
            }
            if !nameOverHeadline && !kicker { return longerApart(from: c, among: full) ?? c }
        }
        return nil
    }

    /// A headline printed with a full stop at its end («وزير التموين يعد بزيادة الحصص.»), in the
    /// head block of the page's longest text run (a short run's is the site's sentence in its
    /// footer), with no candidate: the block's top line under the site's chrome or the page's top, with
    /// only the head's lines (a date, an author, short lines) between it and the text — or the text
    /// run's first line itself, over a longer paragraph of article text — when it reads as a
    /// headline but for its stop (`isCandidate` with `stopped`). A short first paragraph with its
    /// stop under a headline stays text (the block has a candidate then), and so does the run's
    /// first line when article text stands above the run (a box cut the text in two).
    private func stoppedHeadline(above first: Int) -> Int? {
        // (Article text above the run: the run is the text's second part, under a box that cut it,
        // and its first sentence is the text's.)
        guard !(0..<first).contains(where: { articleText[$0] && chrome[$0] == nil }) else { return nil }
        // The block's top: over the head's lines and short sentences (a lead with its stop
        // under the headline), up to other lines.
        var k = first - 1
        while k >= 0, isHeadLine(k) || (chrome[k] == nil && !articleText[k] && words[k].endsSentence) { k -= 1 }
        let top = (k + 1..<first).first { !isHeadLine($0) } ?? (k >= 0 ? k : nil)
        guard let top, chrome[top] == nil else {
            // No line but the head's under the chrome: the run's first line, over a longer paragraph.
            // (Its deck, one line no phrase names, may stand between.)
            guard articleText[first], isCandidate(first, minWords: Self.minWords, stopped: true),
                  var next = ((first + 1)..<words.count).first(where: { !isHeadLine($0) }) else { return nil }
            if chrome[next] == nil, !articleText[next], isCandidate(next, minWords: Self.minWords),
               let after = ((next + 1)..<words.count).first(where: { !isHeadLine($0) }) {
                next = after
            }
            guard chrome[next] == nil, articleText[next], words[next].count > words[first].count else { return nil }
            return first
        }
        // The head's top line, right under chrome or the page's top (a short sentence may stand
        // under it: the lead).
        guard !articleText[top], isCandidate(top, minWords: Self.minWords, stopped: true),
              (0..<top).last(where: { words[$0].count > 0 }).map({ chrome[$0] != nil }) ?? true else { return nil }
        return top
    }

    /// A headline printed with a full stop has at most this many words (one sentence).
    static let maxStoppedHeadlineWords = 20

    /// The one candidate under candidate `c`, apart from it (one to `maxLinesApart` lines between
    /// them: a date, a section word; not a box's fields, nor an author's line, which stands under
    /// a headline: the line under it is then the photo's caption), a headline's length (at most
    /// `maxWordsLongerApart` words, no label's colon) and at least `minWordsLongerApart` words
    /// longer than `c`: the headline, printed under the date, and `c` a line over the head (a
    /// kicker, a caption, a ticker's item). A line right under `c` is its deck, whatever its
    /// length, and so is a long one under the date (a deck runs longer than a headline), and one
    /// that says again what `c` says (the lead under the headline and its date).
    private func longerApart(from c: Int, among full: [Int]) -> Int? {
        guard let h = full.last, h > c, full.filter({ $0 > c }).count == 1,
              words[h].count >= words[c].count + Self.minWordsLongerApart, words[h].count <= Self.maxWordsLongerApart,
              !words[h].words.contains(where: { $0.before.contains(.colon) }) else { return nil }
        // A line under the date that says again what `c` says (at least half of its stems, and
        // `minSharedStems`) is the lead under the headline, no headline printed under the date.
        let own = Set(words[c].texts.compactMap(Self.stem))
        let restated = own.intersection(words[h].texts.compactMap(Self.stem)).count
        guard restated < Self.minSharedStems || 2 * restated < own.count else { return nil }
        let between = ((c + 1)..<h).filter { words[$0].count > 0 }
        // A box of fields under `c` («رقم القضية: …») makes it the headline over its facts; so does
        // an author's line under it (headline, date, byline, then the photo's caption over the text).
        return (1...Self.maxLinesApart).contains(between.count) && !between.contains(where: isField)
            && !between.contains(where: { chrome[$0]?.kind == .byline }) ? h : nil
    }

    static let minWordsLongerApart = 2
    static let maxWordsLongerApart = 14
    static let maxLinesApart = 3

    /// The candidate the page's title line names: a dump's first lines often print the document's
    /// title, the headline (perhaps shortened) with the site's name after a separator («ريم الساعدي
    /// تعود إلى المسرح | نجوم اليوم»). The candidate sharing the most stems with its headline part —
    /// at least `minTitleLineStems`, and more than any other candidate — is the headline (over a
    /// caption or a ticker standing above it).
    private func matchOfTitleLine(_ candidates: [Int]) -> Int? {
        guard let top = candidates.first, candidates.count >= 2 else { return nil }
        let heads = (0..<top).lazy.filter { words[$0].count > 0 }.prefix(Self.titleLineSearch)
        guard let line = heads.first(where: { chrome[$0] == nil || chrome[$0]?.label == .navigation || chrome[$0]?.label == .boilerplate }),
              let cut = words[line].words.indices.last(where: { !words[line].words[$0].before.isDisjoint(with: [.pipe, .dash]) }),
              cut >= Self.minWords, words[line].count - cut <= PlainTextLabeler.maxSiteNameWords else { return nil }
        let named = Set(words[line].texts[..<cut].compactMap(Self.stem))
        let shared = candidates.map { c in Set(words[c].texts.compactMap(Self.stem)).intersection(named).count }
        guard let best = shared.max(), best >= Self.minTitleLineStems, shared.filter({ $0 == best }).count == 1,
              let k = shared.firstIndex(of: best) else { return nil }
        return candidates[k]
    }

    /// The title line is one of the page's first this many lines.
    static let titleLineSearch = 2
    static let minTitleLineStems = 2

    /// The stems of the article text's words from line `first` on (its first `textLinesCompared`
    /// lines of article text).
    private func textStems(from first: Int) -> Set<Substring> {
        var stems = Set<Substring>()
        var lines = 0
        for i in first..<words.count where articleText[i] {
            for word in words[i].texts { if let s = Self.stem(word) { stems.insert(s) } }
            lines += 1
            if lines == Self.textLinesCompared { break }
        }
        return stems
    }

    static let textLinesCompared = 12
    /// A headline speaks of its text: at least this many of its stems are the text's.
    static let minSharedStems = 2

    /// A folded word's light stem: without a leading conjunction («و», «ف»), preposition
    /// («ب», «ل», «ك») and article («ال»), or a plural's or feminine's ending — enough to meet
    /// «بالمدينة» and «المدينة», «الحكومة» and «حكومية» less so. Nil for a word too short to say
    /// what a text is about (stems of fewer than `minStemLetters` letters) or not a word.
    static func stem(_ word: String) -> Substring? {
        var w = Substring(word)
        func drop(_ prefix: String) { if w.count - prefix.count >= minStemLetters && w.hasPrefix(prefix) { w = w.dropFirst(prefix.count) } }
        if let first = w.first, first == "و" || first == "ف" { drop(String(first)) }
        if w.hasPrefix("لل") { drop("ل") } else if let first = w.first, "بلك".contains(first), w.dropFirst().hasPrefix("ال") { drop(String(first)) }
        drop("ال")
        for ending in ["ات", "ون", "ين", "ان", "ه"] where w.count - ending.count >= minStemLetters && w.hasSuffix(ending) {
            w = w.dropLast(ending.count)
            break
        }
        guard w.count >= minStemLetters, w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }), !functionWords.contains(w) else { return nil }
        return w
    }

    /// Function words (folded, as `stem` leaves them) that say nothing of what a line is about.
    static let functionWords: Set<Substring> = ["الي", "علي", "التي", "الذي", "الذين", "بعد", "قبل", "خلال", "حتي", "منذ", "عند",
                                                "هذا", "هذ", "ذلك", "تلك", "كان", "كانت", "بين", "حول", "دون", "غير", "انه", "انها",
                                                "ليس", "مما", "عما", "في", "من", "لكن", "كما", "ايضا", "the", "and", "for", "with"]

    static let minStemLetters = 3

    /// Where the article's text starts: the first line of the run of kept article text with the
    /// most paragraphs, then words (a ticker line or a teaser above the article is a run of its own). A run goes on
    /// over lines around text (dates, authors, captions, an in-text «اقرأ أيضا: …», short lines)
    /// and ends at the site's chrome (menus, lists, comments, footers) or at two lines in a row
    /// that are not text.
    func mainTextStart(_ decisions: [BlockDecision]) -> Int? {
        textRuns(decisions).first?.start
    }

    /// The runs of kept article text, the longest first (most paragraphs, then words; the
    /// earlier of two alike).
    func textRuns(_ decisions: [BlockDecision]) -> [(start: Int, size: (Int, Int))] {
        var runs: [(start: Int, size: (Int, Int))] = []
        var start: Int?
        var size = (0, 0)
        var gap = 0
        func close() {
            if let s = start { runs.append((s, size)) }
            start = nil; size = (0, 0); gap = 0
        }
        for i in words.indices {
            if decisions[i].label == .body && articleText[i] {
                if start == nil { start = i }
                size = (size.0 + 1, size.1 + words[i].count)
                gap = 0
            } else if let m = chrome[i], !PlainTextLabeler.isMeta(m) && !(m.label == .related && m.kind == .lead) {
                close()
            } else if start != nil {
                // (A gallery's captions between paragraphs, one under another, are no gap.)
                gap += decisions[i].label == .body || decisions[i].rule == GenericRule.captionInGallery ? 0 : 1
                if gap >= 2 { close() }
            }
        }
        close()
        return runs.enumerated().sorted { a, b in a.element.size > b.element.size || (a.element.size == b.element.size && a.offset < b.offset) }
            .map(\.element)
    }

    /// A row of facts printed as a menu: at least `minFactParts` of its parts hold a number; or as
    /// a ticker, half its parts or more, none longer than `maxFactPartWords` words (an app's
    /// «4.6★ · 12 ألف مراجعة · +500 ألف تنزيل · مناسب لمن هم فوق 3 سنوات»; a ticker's parts are
    /// headlines).
    func isFactsRow(_ i: Int) -> Bool {
        guard let rule = chrome[i]?.rule, rule == ChromeLineClassifier.ShapeRule.menu || rule == GenericRule.ticker else { return false }
        if rule == GenericRule.ticker && words[i].parts.contains(where: { $0 > Self.maxFactPartWords }) { return false }
        var start = 0
        var withNumber = 0
        let n = words[i].count
        for count in words[i].parts {
            if words[i].words[min(start, n)..<min(start + count, n)].contains(where: { $0.kind == .digits }) { withNumber += 1 }
            start += count
        }
        return withNumber >= Self.minFactParts && (rule != GenericRule.ticker || 2 * withNumber >= words[i].parts.count)
    }

    static let minFactParts = 2
    static let maxFactPartWords = 6

    /// Whether the line right above line `c` is a section's name the page printed as a line of
    /// its own (or a part of its menu's line) above line `top` too, the page's first
    /// headline-like line (a menu's item; not a contents box's item printed again as a
    /// subheading): at most `maxSectionNameWords` words, not all numbers (a forum post's «#1»
    /// under the pages' «1», «2» is none).
    func isSectionNameAbove(_ c: Int, printedAbove top: Int) -> Bool {
        guard let k = (0..<c).last(where: { words[$0].count > 0 }), (1...PlainTextLabeler.maxSectionNameWords).contains(words[k].count),
              words[k].words.contains(where: { $0.kind != .digits }) else { return false }
        let name = words[k].texts
        // (Or as a part of the site's menu printed on one line: «الرئيسية | الوطني | تراث | …».)
        func inMenu(_ j: Int) -> Bool {
            guard chrome[j]?.rule == ChromeLineClassifier.ShapeRule.menu else { return false }
            var start = 0
            for count in words[j].parts {
                if count == name.count && words[j].has(name, at: start) { return true }
                start += count
            }
            return false
        }
        return (0..<min(k, top)).contains { (words[$0].count == name.count && words[$0].has(name, at: 0)) || inMenu($0) }
    }

    /// A video or photo page's headline behind its media marker, a teaser's lead of one word
    /// («فيديو | …», «بالصور: …», «شاهد: …»): a candidate, over a date or author line as any
    /// headline (another video's teaser under the date is a candidate too, and gives way to the
    /// headline above it).
    func isMediaHeadline(_ i: Int) -> Bool {
        guard let m = chrome[i], m.label == .related, m.kind == .lead, words[i].count > Self.maxKickerWords,
              let first = words[i].words.first, mediaWords.contains(first.text) else { return false }
        return !words[i].words[1].before.isDisjoint(with: .labelBreak)
    }

    /// A dateline of a place and the site's name («المنامة - أخبار الجزيرة», «أخبار الجزيرة -
    /// المنامة»), or the site's name and its author's («ظفار اليوم - مروة الكندي»): two parts
    /// behind one spaced dash (or an unspaced slash), at most `maxSiteNameWords` words each, one of
    /// them printed among the page's first or last `mastheadLines` lines (the masthead, the
    /// footer) as a line of its own or, of two words or more, inside a short one («بوابة ظفار
    /// اليوم»).
    func isSiteDateline(_ i: Int) -> Bool { Self.isSiteDateline(i, words: words) }

    static func isSiteDateline(_ i: Int, words: [LineWords]) -> Bool {
        let w = words[i]
        guard w.count >= 2, w.count <= 2 * PlainTextLabeler.maxSiteNameWords, w.parts.count == 1 else { return false }
        let dashes = w.words.indices.filter { $0 > 0 && !w.words[$0].before.isDisjoint(with: [.dash, .slash]) }
        guard dashes.count == 1, let cut = dashes.first, cut <= PlainTextLabeler.maxSiteNameWords,
              w.count - cut <= PlainTextLabeler.maxSiteNameWords else { return false }
        let sides = [Array(w.texts[..<cut]), Array(w.texts[cut...])]
        // The masthead is looked for among the page's first and last lines (a page of a million
        // such lines costs no look at every other line for each).
        let n = words.count, ends = mastheadLines
        let prints = { (j: Int) in
            j != i && words[j].count <= PlainTextLabeler.maxSiteNameWords + 2 && sides.contains { side in
                words[j].count == side.count ? words[j].has(side, at: 0)
                    : side.count >= 2 && words[j].count > side.count && (0...(words[j].count - side.count)).contains { words[j].has(side, at: $0) }
            }
        }
        let head = min(n, ends)
        return (0..<head).contains(where: prints) || (max(head, n - ends)..<n).contains(where: prints)
    }

    /// A site's name is printed among the page's first or last this many lines (its masthead, its
    /// footer).
    static let mastheadLines = 40

    /// A headline printed under the article's date stands at most this many lines under it.
    static let maxLinesUnderDate = 2

    /// A line of a label's shape learned from the site whose value has a headline's length, or is
    /// a speaker's words wholly in quotation marks, `minWords` words or more («وزير المالية: «…»»).
    func isKindLabelled(_ i: Int, _ m: ChromeMatch) -> Bool { Self.isKindLabelled(words[i], m) }

    static func isKindLabelled(_ w: LineWords, _ m: ChromeMatch) -> Bool {
        guard m.rule.hasPrefix(LearnedChromeLabeler.labelShape), let start = fieldValueStart(w) else { return false }
        let value = w.words[start...]
        return value.count >= headlineWords
            || (value.count >= minWords && value.allSatisfy(\.quoted) && quotes.contains { $0.close == w.lastMark })
    }

    /// Chrome the walk up the head may admit as a candidate: learned lines, a kind's label.
    private func isAdmitted(_ i: Int) -> Bool {
        guard let m = chrome[i] else { return false }
        return Self.isLearned(m) || isKindLabelled(i, m)
    }

    /// Chrome learned from the page's site: a line the site prints on its other pages.
    static func isLearned(_ m: ChromeMatch) -> Bool {
        m.rule.hasPrefix(LearnedChromeLabeler.recurringLine) || m.rule.hasPrefix(LearnedChromeLabeler.recirculated)
    }

    /// A line that may be a headline (a line the site prints on its other pages too, when
    /// `learned`: the walk up the head admits it; a line wholly in quotation marks, when `quoted`:
    /// a speaker's words as a headline, the sentence inside not closed by a full stop or a colon,
    /// no verse between ﴿ ﴾).
    func isCandidate(_ i: Int, minWords: Int, learned: Bool = false, quoted: Bool = false, stopped: Bool = false) -> Bool {
        let w = words[i]
        guard chrome[i] == nil || learned || isMediaHeadline(i), !salutations[i], w.count >= minWords, w.count <= Self.maxWords, !w.startsWithBullet,
              w.arabicLetters + w.otherLetters > 0, !w.words.contains(where: { $0.kind == .url }),
              w.parts.count <= Self.maxParts else { return false }
        // Words, not numbers: «الأهلي 2 - 1 الزمالك» is a score; a short line with a temperature
        // («بيروت - غائم جزئياً 18°») is a weather widget's.
        guard Self.letterWords(w) >= minWords, !(w.hasTemperature && w.count <= Self.maxWeatherWords), !isSiteDateline(i) else { return false }
        // A headline may ask or exclaim; it does not end with a full stop, a colon or a comma —
        // unless `stopped`: one sentence of at most `maxStoppedHeadlineWords` words with a full
        // stop at its end and no stop, question, colon or comma inside it.
        if stopped {
            guard w.lastMark == ".", !w.endsWithEllipsis, w.count <= Self.maxStoppedHeadlineWords,
                  w.words.allSatisfy({ $0.before.isDisjoint(with: [.comma, .fullStop, .question, .colon]) }) else { return false }
        } else if let last = w.lastMark, Self.notHeadlineEnds.contains(last) { return false }
        // A line wholly in quotation marks is a quote (a verse, a pull quote), and a fact a fact
        // («عيار 24: 4,771 جنيهاً»), not a headline.
        if quoted {
            return Self.isQuote(w) && w.firstMark != "﴿" && w.firstMark != "﴾" && !(w.markBeforeLast.map(Self.notHeadlineEnds.contains) ?? false)
        }
        return !Self.isQuote(w) && !Self.isFact(w)
    }

    /// A line that may stand between a headline and the text: blank, a date or author line (or
    /// another meta line), or a short line (fewer than `minWords` words that are not numbers: a
    /// dateline «المدينة - وكالات», a photo's number).
    private func isHeadLine(_ k: Int) -> Bool {
        words[k].count == 0 || (chrome[k].map(PlainTextLabeler.isMeta) ?? false) || Self.letterWords(words[k]) < Self.minWords
    }

    /// Line `first`, the first of a text run, is a headline that asks or exclaims: a candidate
    /// ending with «؟», «?» or «!», under no sentence (the text's end, a lead), behind no label
    /// (a Q&A site's «السؤال: …؟» is its text).
    private func opensAsHeadline(_ first: Int) -> Bool {
        guard articleText[first], let mark = words[first].lastMark, Self.headlineMarks.contains(mark),
              Self.fieldValueStart(words[first]) == nil, isCandidate(first, minWords: Self.minWords) else { return false }
        let above = (0..<first).last { words[$0].count > 0 }
        return above.map { !words[$0].endsSentence && !articleText[$0] && words[$0].lastMark != ":" } ?? true
    }

    static let headlineMarks: Set<Unicode.Scalar> = ["؟", "?", "!"]

    /// A field of a box («الشركة: شركة الواحة للأسمنت» over «الرمز: WCEM»): a label of at most
    /// `maxFieldLabelWords` words, a colon and a value of at most `maxFieldValueWords` words, with a
    /// line of the same form right above or under it, neither of them chrome (a byline «كتب: …» is
    /// no field).
    func isField(_ i: Int) -> Bool {
        func labelled(_ k: Int?) -> Bool {
            guard let k, chrome[k] == nil else { return false }
            return Self.fieldValueStart(words[k]) != nil
        }
        // Its value is short (a headline with a colon goes on: «طبيبة أطفال: ساعة واحدة أمام…»).
        guard chrome[i] == nil, let colon = Self.fieldValueStart(words[i]), words[i].count - colon <= Self.maxFieldValueWords else { return false }
        let above = (0..<i).last { words[$0].count > 0 }
        let below = ((i + 1)..<words.count).first { words[$0].count > 0 }
        return labelled(above) || labelled(below)
    }

    /// Where a field's value starts: the word after a colon that ends a label of at most
    /// `maxFieldLabelWords` words («الشركة: …»), if the line has one.
    static func fieldValueStart(_ w: LineWords) -> Int? {
        (1...maxFieldLabelWords).first { $0 < w.count && w.words[$0].before.contains(.colon) }
    }

    static let maxFieldLabelWords = 2
    static let maxFieldValueWords = 4

    /// A line wholly in quotation marks.
    static func isQuote(_ w: LineWords) -> Bool {
        guard let open = w.firstMark, let last = w.lastMark else { return false }
        // «نواة» تكشف أرقام «…»: two quotations in a headline, not one around the line.
        if w.words.contains(where: \.quoted) && w.words.contains(where: { !$0.quoted }) { return false }
        return quotes.contains { $0.open == open && $0.close == last }
    }

    static let quotes: [(open: Unicode.Scalar, close: Unicode.Scalar)] = [("«", "»"), ("\"", "\""), ("“", "”"), ("﴿", "﴾"), ("﴾", "﴿")]

    static let notHeadlineEnds: Set<Unicode.Scalar> = [".", "…", ":", "،", ",", "؛", ";"]

    /// The words of a line that are not numbers.
    static func letterWords(_ w: LineWords) -> Int { w.words.lazy.filter { $0.kind != .digits }.count }

    /// A fact of a page's box (a recipe's time, a product's price, a match's score): a label of at
    /// most `maxFactWords` words, a colon, and a value of as many words with a number in it; or a
    /// longer label («آخر موعد لاستلام البحوث كاملة») with a date of `maxFactWords` + 1 words
    /// holding a year after it.
    static func isFact(_ w: LineWords) -> Bool {
        guard let colon = w.words.indices.dropFirst().first(where: { w.words[$0].before.contains(.colon) }),
              colon <= maxDatedFactLabelWords, w.count - colon <= maxFactWords + 1 else { return false }
        if colon > maxFactWords || w.count - colon > maxFactWords { return w.words[colon...].contains(where: isYear) }
        return w.words[colon...].contains { $0.kind == .digits }
    }

    static let maxFactWords = 3
    /// A weather widget's line has at most this many words.
    static let maxWeatherWords = 8
    static let maxDatedFactLabelWords = 6

    /// A year: four digits from 1300 (Hijri years included) to 2199.
    static func isYear(_ word: LineWords.Word) -> Bool {
        word.kind == .digits && word.text.count == 4 && Int(word.text).map { (1300...2199).contains($0) } == true
    }

    /// A sentence leading into the text after it, a colon at its end («… أما بعد:»).
    static func isLeadIn(_ w: LineWords) -> Bool { w.lastMark == ":" && w.count >= PlainTextLabeler.minSentenceWords }
    /// A headline is one part, or two with the site's name after it («headline | Site»); a line of
    /// more parts between menu separators is a menu or a ticker of headlines.
    static let maxParts = 2

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
            // After one word and no separator: a forum post's title after its icon's name.
            if w.count == title.count + 1, title.count >= Self.headlineWords, w.has(title, at: 1),
               w.words[1].before.isDisjoint(with: .labelBreak) {
                found.append((j, .title, GenericRule.headlineRepeat))
                continue
            }
            let after = title.count
            if w.has(title, at: 0), !w.words[after].before.isDisjoint(with: .labelBreak) {
                found.append((j, .title, GenericRule.headlineRepeat))
            } else if w.has(title, at: w.count - title.count), w.parts.count >= 2 {
                found.append((j, .navigation, GenericRule.headlineInBreadcrumb))
            } else if chrome[j] == nil, title.count >= Self.headlineWords, w.count - title.count <= Self.maxLabelWords,
                      w.has(title, at: w.count - title.count),
                      w.words[w.count - title.count].before.contains(.colon) {
                // Behind a label: «بيان صحفي: headline» (a headline's length: a name or a place
                // after a label is a byline's value; a reply's «رد: headline» is the replies' header).
                found.append((j, .title, GenericRule.headlineRepeat))
            }
        }
        return found
    }
}
