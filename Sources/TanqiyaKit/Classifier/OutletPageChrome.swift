/// On an outlet's page, after the generic phrases and shapes have named single lines its rules
/// left to a default (`Classifier`, a layout the rule file does not know yet): what those lines
/// open or frame.
///
/// - On an Arabic page, a line with Latin letters and no Arabic one (an embedded post's text, a
///   player's notice «Your browser does not support the video tag.»): an Arabic outlet's text is
///   not written in Latin letters, whatever the line's length. A line that is no sentence over
///   such a line of one or two words (an agency: «AA», «Getty Images») is a photo's caption.
/// - A list's header («الأكثر قراءة», «المزيد من مقالات الكاتب»: a `list` phrase or a «… ذات صلة»
///   shape): the headline-like lines after it get its label, up to the first line of article
///   text (a sentence that ends with a full stop — headlines ask questions — or a line longer
///   than a notice) or another list's header; other chrome among the items (a date, a byline)
///   is passed over.
/// - A comment block's header below two of the article's paragraphs («التعليقات», «أضف
///   تعليقاً», a comment count: a `tail` phrase): what the rules left after it in the article.
/// - A box's header below the article's text («عن الكاتب», a `box` phrase, after two of the text's
///   paragraphs): up to three lines after it (a bio, sentences as they may be), up to the next
///   line the rules or the generic pass named.
/// - A box's inner lines: up to three short lines that are no sentences between two lines the
///   generic pass named as a widget, a link or a form field (a newsletter box's blurb between its
///   call to subscribe and its e-mail field).
/// - A match's box: a goal's minute line («23' سليم قايا»), and a score between the teams' names
///   («غلطة سراي 2 - 1 فنربخشة») next to a line that is no article text.
/// - jusText's bad neighbours: up to three short lines that are no sentences and do not end as
///   one, between two lines that are not article text, whatever named them (a podcast player's
///   episode number and call between the caption and the player's time, a schedule's header);
///   and such lines right below the text over the article's credit, or over tools over it (a
///   download, an embed code), unless they are a list's items or an embed's heading.
///
/// The generic path does the same on pages of no outlet (`PlainTextLabeler.markRegions`); here
/// it is applied to the outlet's left-over lines only, so what the rules named stays theirs.
enum OutletPageChrome {
    /// A Latin line on an Arabic outlet's page.
    static let latinTextRule = "generic.outlet.latin-text"

    /// Labels the Latin lines and an agency's caption over them, what the list, box and comment
    /// headers at `headers` open (a comment count only below most of the text), the short lines a
    /// box's lines frame, a match's box, runs of short lines between chrome and the tools over the
    /// credit; `leftToDefault` says, per block, whether the outlet's rules left it to a default and
    /// the generic pass named nothing in it.
    static func label(_ document: inout Document, leftToDefault: [Bool], headers found: [(index: Int, kind: ChromePhrases.Kind)],
                      arabicPage: Bool) {
        var open = leftToDefault
        if arabicPage {
            for i in document.blocks.indices where open[i] && isLatinOnly(document.blocks[i].key) {
                set(&document.blocks[i], .widget, latinTextRule)
                open[i] = false
            }
        }
        let lines = document.blocks.indices.filter { !document.blocks[$0].key.isEmpty }
        for (k, i) in lines.enumerated() where open[i] && k + 1 < lines.count {
            // The line below's label and rule first (read in place), then this line's bytes.
            let below = lines[k + 1]
            guard document.blocks[below].label == .widget,
                  document.blocks[below].rule == ChromeLineClassifier.ShapeRule.latinLine || document.blocks[below].rule == latinTextRule,
                  !isText(document.blocks[i].key), isAgencyName(document.blocks[below].key) else { continue }
            set(&document.blocks[i], .caption, GenericRule.captionAboveCredit)
            open[i] = false
        }
        let headers = Set(found.map(\.index))
        // Each non-blank line's place among `lines`, and per line how many of its article's lines
        // of text (left to a default) stand above it, and how many in all: worked out once, not
        // once per header (a page of thousands of «3 تعليقات» lines).
        var position = [Int](repeating: -1, count: document.blocks.count)
        for (k, i) in lines.enumerated() { position[i] = k }
        var textAbove = [Int](repeating: 0, count: lines.count), pageTextAbove = textAbove
        var textInArticle: [Int: Int] = [:]
        var pageText = 0
        // (Only a comment or box header needs them: most pages have none, and `isText` looks at
        // every line's bytes.)
        let countsText = found.contains { $0.kind == .tail || $0.kind == .box }
        for (k, i) in lines.enumerated() where countsText {
            let article = document.blocks[i].article
            textAbove[k] = textInArticle[article, default: 0]
            pageTextAbove[k] = pageText
            if leftToDefault[i] && isText(document.blocks[i].key) {
                textInArticle[article, default: 0] += 1
                pageText += 1
            }
        }
        // A comment block's header below the article's text («التعليقات», «أضف تعليقاً», «3
        // تعليقات»): what the rules left after it in the article is the comments (a reader's
        // name, their words, sentences as they are). A comment count may stand in the article's
        // head too (under the headline, over the text): it heads the comments only below most of
        // the article's text. One comment block an article.
        var tailOpened = Set<Int>()
        for (h, kind) in found where kind == .tail {
            let start = position[h]
            let article = document.blocks[h].article
            guard start >= 0, !tailOpened.contains(article) else { continue }
            let above = textAbove[start], below = textInArticle[article, default: 0] - above
            guard above >= PlainTextLabeler.minArticleParagraphsBeforeTail else { continue }
            if document.blocks[h].rule?.hasSuffix(".\(ChromePhrases.Kind.count.rawValue)") == true && below > above { continue }
            tailOpened.insert(article)
            let label = document.blocks[h].label
            for i in lines[(start + 1)...] {
                guard document.blocks[i].article == article else { break }
                guard open[i] else { continue }
                set(&document.blocks[i], label, PlainTextLabeler.inTailRule + label.rawValue)
                open[i] = false
            }
        }
        for (h, kind) in found where kind == .box {
            let start = position[h]
            guard start >= 0, pageTextAbove[start] >= PlainTextLabeler.minArticleParagraphsBeforeTail else { continue }
            let label = document.blocks[h].label
            for i in lines[(start + 1)...].prefix(PlainTextLabeler.maxBoxLines) {
                guard open[i] else { break }
                set(&document.blocks[i], label, PlainTextLabeler.inBoxRule + label.rawValue)
                open[i] = false
            }
        }
        for (h, kind) in found where kind == .list {
            let start = position[h]
            guard start >= 0 else { continue }
            let label = document.blocks[h].label
            var taken = 0
            for i in lines[(start + 1)...] {
                if headers.contains(i) || taken >= PlainTextLabeler.maxListLines { break }
                guard open[i] else { continue }
                // Headlines ask questions: an item ends the list by its full stop or its length
                // only, as on the generic path (`PlainTextLabeler.markRegions`).
                if isText(document.blocks[i].key) && !endsWithQuestion(document.blocks[i].key) { break }
                set(&document.blocks[i], label, PlainTextLabeler.inListRule + label.rawValue)
                open[i] = false
                taken += 1
            }
        }
        // Runs of up to `PlainTextLabeler.maxBoxLines` short lines between two of a box's lines.
        var k = 1
        while k < lines.count {
            guard framesBox(document.blocks, lines[k - 1]) else { k += 1; continue }
            var end = k
            while end < lines.count, end - k < PlainTextLabeler.maxBoxLines, open[lines[end]],
                  !isText(document.blocks[lines[end]].key) { end += 1 }
            guard end > k, end < lines.count, framesBox(document.blocks, lines[end]) else { k = max(end, k + 1); continue }
            let label = document.blocks[lines[k - 1]].label
            for i in lines[k..<end] {
                set(&document.blocks[i], label, PlainTextLabeler.inBoxRule + label.rawValue)
                open[i] = false
            }
            k = end + 1
        }
        // A match's box over its report: the goals by minute («23' سليم قايا»), and the score between
        // the teams' names next to a line that is no article text (a range «12 - 15 في المائة»
        // between two paragraphs is the text's). Only here, on lines the rules left: on a page
        // without rules a headline may be a score, and the generic path chooses the headline.
        for i in lines where open[i] && !isText(document.blocks[i].key) && isMatchMinuteLine(document.blocks[i].key) {
            set(&document.blocks[i], .widget, matchBoxRule)
            open[i] = false
        }
        for (k, i) in lines.enumerated() where open[i] && !isText(document.blocks[i].key) && isMatchScoreLine(document.blocks[i].key) {
            let besideChrome = (k > 0 && !document.blocks[lines[k - 1]].label.isText)
                || (k + 1 < lines.count && !document.blocks[lines[k + 1]].label.isText)
            guard besideChrome else { continue }
            set(&document.blocks[i], .widget, matchBoxRule)
            open[i] = false
        }
        // jusText's bad neighbours: a run of short lines that are no sentences, and do not end as
        // one (a one-line text «Body.» does), between two lines that are not article text (a
        // player's time over its platforms' row, an episode's number under the title's repeat, a
        // schedule's header over its times). Right over the article's credit, below its text, such
        // lines are its tools too (a download, an embed code): a subheading has text after it;
        // but not a list's items (after a line ending with a colon, or numbered, or bulleted).
        var run: [Int] = []
        for (k, i) in lines.enumerated() {
            let key = document.blocks[i].key
            if open[i] && document.blocks[i].label == .body && !isText(key) && !endsWithSentenceMark(key) { run.append(k); continue }
            defer { run = [] }
            guard let first = run.first, first > 0, run.count <= maxLinesBetweenChrome, !document.blocks[i].label.isText else { continue }
            let above = document.blocks[lines[first - 1]]
            guard !above.label.isText || (creditFollows(from: k, lines, document.blocks) && !introducesList(above.key)
                                          && !run.contains { opensListItem(document.blocks[lines[$0]].key) || introducesList(document.blocks[lines[$0]].key) })
            else { continue }
            for r in run {
                set(&document.blocks[lines[r]], .boilerplate, betweenChromeRule)
                open[lines[r]] = false
            }
        }
    }

    /// A match's score or a goal's minute line.
    static let matchBoxRule = "generic.outlet.match-box"

    /// The most words a match's score line («غلطة سراي 2 - 1 فنربخشة») or minute line («45+2' سليم
    /// قايا») has.
    static let maxMatchLineWords = 9

    /// A goal's (or a card's) line: a minute mark first («23'», «45+2'»: the minute, perhaps «+»
    /// and added minutes, then a prime) and a name after it («10+ أفكار للهدايا» is no minute).
    static func isMatchMinuteLine(_ key: String) -> Bool {
        func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) || ("٠"..."٩").contains(c) }
        func isPrime(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "’" || c == "′" }
        let scalars = Array(key.unicodeScalars.prefix(12))
        var k = 0
        while k < scalars.count, isDigit(scalars[k]) { k += 1 }
        guard (1...3).contains(k), k < scalars.count else { return false }
        if scalars[k] == "+" {
            let added = k + 1
            k = added
            while k < scalars.count, isDigit(scalars[k]) { k += 1 }
            guard (1...2).contains(k - added), k < scalars.count else { return false }
        }
        guard isPrime(scalars[k]) else { return false }
        let words = key.split(separator: " ")
        return words.count >= 2 && words.count <= maxMatchLineWords
    }

    /// A match's score: two numbers of up to two digits apart by a dash, a name on either side, no
    /// other number («غلطة سراي 2 - 1 فنربخشة»).
    static func isMatchScoreLine(_ key: String) -> Bool {
        let w = LineWords(key)
        guard w.count >= 4, w.count <= maxMatchLineWords, !w.endsSentence else { return false }
        let numbers = w.words.indices.filter { w.words[$0].kind == .digits }
        guard numbers.count == 2, let k = numbers.first, k > 0, numbers[1] == k + 1, k + 2 < w.count,
              w.words[k + 1].before.contains(.dash), w.words[k].text.count <= 2, w.words[k + 1].text.count <= 2 else { return false }
        return true
    }

    /// Whether line `k` (of `lines`) is the article's credit, or tools over it: lines that are no
    /// article text, up to `maxLinesBetweenChrome` of them, none an embed's Latin line (a video's
    /// link: what is over it heads the video).
    private static func creditFollows(from k: Int, _ lines: [Int], _ blocks: [Block]) -> Bool {
        for j in lines[k...].prefix(maxLinesBetweenChrome + 1) {
            let block = blocks[j]
            if block.label == .credit { return true }
            if block.label.isText || block.rule == latinTextRule || block.rule == ChromeLineClassifier.ShapeRule.latinLine { return false }
        }
        return false
    }

    /// A short line between two lines that are not article text.
    static let betweenChromeRule = "generic.outlet.between-chrome"

    /// The most lines a run between two chrome lines may have to be chrome itself (a box's
    /// inner lines, as `PlainTextLabeler.maxBoxLines`).
    static let maxLinesBetweenChrome = PlainTextLabeler.maxBoxLines

    /// Whether a line ends with a question or an exclamation mark (a headline's, or a sentence's).
    static func endsWithQuestion(_ key: String) -> Bool {
        guard let last = key.unicodeScalars.last else { return false }
        return last == "?" || last == "؟" || last == "!"
    }

    /// Whether a line introduces a list: it ends with a colon.
    static func introducesList(_ key: String) -> Bool {
        key.unicodeScalars.last == ":"
    }

    /// Whether a line opens as a list's item does: a digit, a bullet or a dash.
    static func opensListItem(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first else { return false }
        return ("0"..."9").contains(first) || ("٠"..."٩").contains(first) || "•·▪●-–*".unicodeScalars.contains(first)
    }

    /// Whether a line ends as a sentence does: a full stop, a question or an exclamation mark.
    static func endsWithSentenceMark(_ key: String) -> Bool {
        key.unicodeScalars.last == "." || endsWithQuestion(key)
    }

    /// A line of article text: a sentence, or longer than a notice can be.
    static func isText(_ key: String) -> Bool {
        key.utf8.count > Classifier.maxNoticeBytes || GenericLabeler.isSentence(key)
    }

    /// A line the generic pass named as a box's part: a widget (a call to subscribe, a button), a
    /// link or a form's field. (The block's fields are read in place: this runs on every line,
    /// and a copy of a block retains and releases each of its strings.)
    private static func framesBox(_ blocks: [Block], _ i: Int) -> Bool {
        let label = blocks[i].label
        guard label == .widget || label == .navigation || label == .comments, let rule = blocks[i].rule else { return false }
        return rule.hasPrefix("generic.")
    }

    /// Whether an outlet's page is Arabic: its text lines hold more Arabic letters than Latin
    /// ones (counted on bytes, `LetterCounts`, as `GenericLabeler.isArabicPage` counts). The rule
    /// files' outlets publish in Arabic, so the generic path's stricter test
    /// (`PlainTextLabeler.arabicPageRatio`, for pages of any site) is not needed, and a short page
    /// with an embedded English post is still Arabic.
    static func isArabicPage(_ blocks: [Block]) -> Bool {
        var letters = LetterCounts()
        for i in blocks.indices where blocks[i].label.isText { letters.add(blocks[i].key) }
        return letters.arabic > letters.latin
    }

    /// A photo's agency or photographer on a line of its own under the caption: at most
    /// `maxAgencyWords` words in Latin letters, no sentence («AA», «Getty Images»; not «Watch on
    /// YouTube»).
    static let maxAgencyWords = 2

    static func isAgencyName(_ key: String) -> Bool {
        guard isLatinOnly(key), let last = key.utf8.last, last != 0x2E, last != 0x21, last != 0x3F else { return false }
        return key.split(separator: " ").count <= maxAgencyWords
    }

    /// Latin letters and no Arabic letter, counted on bytes.
    static func isLatinOnly(_ key: String) -> Bool {
        var latin = false
        for b in key.utf8 {
            if b >= 0xD8 && b <= 0xDB { return false }
            if b | 0x20 >= 0x61 && b | 0x20 <= 0x7A { latin = true }
        }
        return latin
    }

    private static func set(_ block: inout Block, _ label: Label, _ rule: String) {
        block.label = label
        block.rule = rule
    }
}
