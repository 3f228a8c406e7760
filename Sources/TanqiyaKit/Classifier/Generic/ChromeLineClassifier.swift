/// What the generic path recognised a line as: page chrome with a label, and the rule that said so.
struct ChromeMatch: Equatable {
    var label: Label
    var rule: String
    /// The phrase kind that matched (nil: a line shape).
    var kind: ChromePhrases.Kind?
}

/// Recognises page chrome on a line by its stop phrases (data/generic-chrome/<label>.txt) and by
/// its shape: a date or time, a row of social networks, a menu, a lone URL, Latin widget text on
/// an Arabic page. Context-free: the regions (lists after a header, a comment block to the page's
/// end) are `PlainTextLabeler`'s.
struct ChromeLineClassifier {
    let lists: ChromePhrases

    /// Lines of more words are never chrome (a read-more line with a long headline has about 20).
    static let maxChromeWords = 40
    /// A line holding a `has` phrase is chrome up to this many words (a comment policy, a cookie
    /// notice); a longer one is a sentence that mentions it.
    static let maxHasWords = 25
    /// An author line's name: at most this many words before a date or the line's end.
    static let maxBylineNameWords = 4
    /// A date line holds at most this many words…
    static let maxDateWords = 20
    /// …and at most this many that are not date words («بتوقيت مكة» has its own marks).
    static let maxOtherWordsInDate = 1
    /// A list header may add this many words to its phrase (the section it lists), a one-word
    /// header one.
    static let maxListHeaderExtraWords = 2
    /// Menu rows: at least this many parts between separators, each of at most `maxMenuPartWords`.
    static let minMenuParts = 3
    static let maxMenuPartWords = 4
    /// A menu row without separators: at least this many words, this share of them section names.
    static let minMenuWords = 4
    static let minMenuWordShare = 0.8
    /// A row of at least this many networks, half its parts or more, is a share row; its other
    /// parts have at most `maxToolPartWords` words.
    static let minNetworkParts = 2
    static let maxToolPartWords = 3
    /// A line of only section names, at most this many words («صحة ومجتمع»), is a section word.
    static let maxSectionWords = 3
    /// A photo caption ends with its credit in parentheses, at most this many words long, after
    /// at least `minCaptionWords` words of description.
    static let maxCaptionCreditWords = 5
    static let minCaptionWords = 2
    /// A caption known by its opening words has at least this many words.
    static let minCaptionOpenerLineWords = 3
    /// Latin text on an Arabic page is widget text up to this many words («Comments not found»).
    static let maxLatinWidgetWords = 8

    /// Kinds tried first when several phrases match a line.
    static let kindOrder: [ChromePhrases.Kind] = [.list, .box, .tail, .line, .url, .date, .byline, .count, .lead, .has]

    /// Rule ids: `generic.phrase.<label>.<kind>` for a phrase, these for shapes.
    enum ShapeRule {
        static let date = "generic.shape.date"
        static let url = "generic.shape.url"
        static let shareRow = "generic.shape.share-row"
        static let menu = "generic.shape.menu"
        static let breadcrumb = "generic.shape.breadcrumb"
        static let latinLine = "generic.shape.latin-line"
        static let hashtags = "generic.shape.hashtags"
        static let sectionWord = "generic.shape.section-word"
        static let caption = "generic.shape.caption"
        static let linksRow = "generic.shape.links-row"
        static let metaLine = "generic.shape.meta-line"
        static let signOff = "generic.shape.sign-off"
        static let fileLink = "generic.shape.file-link"
        static let countedEntry = "generic.shape.counted-entry"
        static let pageCounter = "generic.shape.page-counter"
        static let starRating = "generic.shape.star-rating"
        static let minuteMark = "generic.shape.minute-mark"
        static let postNumber = "generic.shape.post-number"
        static let relatedHeader = "generic.shape.related-header"
    }

    static func phraseRule(_ p: ChromePhrases.Phrase) -> String { "generic.phrase.\(p.label.rawValue).\(p.kind.rawValue)" }

    func classify(_ w: LineWords, arabicPage: Bool) -> ChromeMatch? {
        guard w.count > 0, w.count <= Self.maxChromeWords else { return nil }
        if let m = phraseMatch(w) { return m }
        return shapeMatch(w, arabicPage: arabicPage) ?? metaLineMatch(w)
    }

    // MARK: - Date and author lines of several parts

    /// A line of dates and authors, each behind its label or not: «نُشر في الثلاثاء 21 أكتوبر
    /// 2025 بواسطة سامي العلي», «الكاتب: سلمى النجار | المحرر: كريم عادل», «09 جانفي 2026 | آخر
    /// تحديث: 20:38». The line is cut where a `date` or `byline` phrase starts; every part is a
    /// date, a date phrase with its date, or an author phrase with a name.
    private func metaLineMatch(_ w: LineWords) -> ChromeMatch? {
        guard w.count <= Self.maxDateWords + Self.maxBylineNameWords else { return nil }
        return labelledMetaLineMatch(w) ?? nameAndDateMatch(w)
    }

    private func labelledMetaLineMatch(_ w: LineWords) -> ChromeMatch? {
        // A count closing the line behind a separator is the post's, not a part: «نُشر في 14
        // ديسمبر 2025 بواسطة ريم العلي — 5 تعليقات».
        let lineEnd = closingCountStart(w) ?? w.count
        var cuts: [(at: Int, phrase: ChromePhrases.Phrase?)] = []
        var k = 0
        while k < lineEnd {
            var p: ChromePhrases.Phrase?
            for index in lists.phrases(startingWith: w.words[k].text) {
                let q = lists.phrases[index]
                guard q.kind == .date || q.kind == .byline, k + q.words.count < lineEnd, w.has(q.words, at: k) else { continue }
                if p.map({ q.words.count > $0.words.count }) ?? true { p = q }
            }
            if let p {
                // Words before the first phrase are a part of their own (a date).
                if k > 0 && cuts.isEmpty { cuts.append((0, nil)) }
                cuts.append((k, p))
                // The word after a phrase is its value's, even when it could open a phrase too
                // («سُئل منذ 3 أيام»: «منذ» opens the date, not a part of its own).
                k += p.words.count + 1
            } else {
                k += 1
            }
        }
        guard cuts.count >= 2 else { return nil }
        var anyDate = false
        for (n, cut) in cuts.enumerated() {
            let start = cut.at + (cut.phrase?.words.count ?? 0)
            let end = n + 1 < cuts.count ? cuts[n + 1].at : lineEnd
            guard start < end else { return nil }
            switch cut.phrase?.kind {
            case .byline?:
                guard isName(w, from: start, to: end) || isDate(w, from: start, to: end) else { return nil }
            default:
                guard isDate(w, from: start, to: end) else { return nil }
                anyDate = true
            }
        }
        return ChromeMatch(label: anyDate ? .timestamp : .boilerplate, rule: ShapeRule.metaLine)
    }

    /// Where a counter closing the line starts: behind the line's last separator, after two words
    /// at least («— 5 تعليقات», «| 120 مشاهدة», «| شوهد 341 مرة»).
    private func closingCountStart(_ w: LineWords) -> Int? {
        guard w.count > 2, let n = (2..<w.count).last(where: { !w.words[$0].before.isDisjoint(with: .labelBreak) }),
              isCounter(w, from: n, to: w.count) else { return nil }
        return n
    }

    /// A number's magnitude written after it (folded): thousands, millions.
    static let magnitudeWords: Set<String> = ["الف", "الاف", "مليون", "ملايين", "k", "m"]

    /// Words `from..<to` are a counter: a `count` phrase and numbers, at least one, perhaps a unit
    /// word after the last number («17 تعليق», «شوهد 341 مرة», «1.2K views») or the number's
    /// magnitude («48 ألف مشاهدة»).
    private func isCounter(_ w: LineWords, from: Int, to: Int) -> Bool {
        for k in from..<to {
            for index in lists.phrases(startingWith: w.words[k].text) {
                let p = lists.phrases[index]
                let end = k + p.words.count
                guard p.kind == .count, end <= to, w.has(p.words, at: k) else { continue }
                let unit = end < to - 1 && w.words[to - 2].kind == .digits ? to - 1 : nil
                let others = Array(from..<k) + Array(end..<to)
                // (A number may be written with its magnitude: «48 ألف مشاهدة», «1.2 مليون».)
                func isMagnitude(_ i: Int) -> Bool { i > from && w.words[i - 1].kind == .digits && Self.magnitudeWords.contains(w.words[i].text) }
                if !others.isEmpty, others.allSatisfy({ w.words[$0].kind == .digits || $0 == unit || isMagnitude($0) }),
                   others.contains(where: { w.words[$0].kind == .digits }) {
                    return true
                }
            }
        }
        return false
    }

    /// The same without labels: parts between menu separators, each a date, a name, a name and a
    /// date behind a dash or a counter, one a date at least («عمر باعبود · منذ ١٦ ساعة», «سلمى
    /// الحضرمي | 12 مارس 2025», «منذ 6 أيام | شوهد 341 مرة»), or a name and a date with nothing
    /// between.
    private func nameAndDateMatch(_ w: LineWords) -> ChromeMatch? {
        // A name then a date with no separator between, the date of date words and numbers only,
        // naming its weekday or month («محمود فتحي الأحد، 14 ديسمبر 2025 02:43 م»; not «المباراة
        // تبدأ 20:00», nor a headline «سعر الدولار اليوم الأحد 14 ديسمبر 2025 في البنوك»), or
        // behind a dash, of numbers («نواكشوط إنفو - 2024-09-25 14:03»).
        if w.parts.count == 1, !w.endsSentence, w.count >= 2,
           (1...min(Self.maxBylineNameWords, w.count - 1)).contains(where: { k in
               isName(w, from: 0, to: k) && isDate(w, from: k)
                   && w.words[k...].allSatisfy { $0.kind == .digits || lists.dateWords[$0.text] != nil }
                   && (w.words[k...].contains { lists.dateWords[$0.text] == .month || lists.dateWords[$0.text] == .weekday }
                       || (w.words[k].before.contains(.dash) && w.hasNumericDate))
           }) {
            return ChromeMatch(label: .timestamp, rule: ShapeRule.metaLine)
        }
        // A name, then behind a dash what the author is for the site («عادل المعمري – مراسل الصحيفة
        // في السويق»: a person word, then a site word; «… – شاعر الأرض» may be a headline), or a
        // newsroom's job, whatever follows («عادل المعمري – محرر رياضي»).
        if w.parts.count == 1, !w.endsSentence, w.count >= 3,
           let k = (2...min(Self.maxBylineNameWords, w.count - 1)).first(where: { w.words[$0].before.contains(.dash) }),
           isName(w, from: 0, to: k), !w.words[0].text.hasPrefix("ال"),
           lists.personWords.contains(w.words[k].text) || lists.newsroomWords.contains(w.words[k].text),
           (1...Self.maxBylineRoleWords).contains(w.count - k),
           lists.newsroomWords.contains(w.words[k].text)
            || w.words[(k + 1)...].contains(where: { lists.siteWords.contains($0.text) || ($0.text.hasPrefix("ال") && lists.siteWords.contains(String($0.text.dropFirst(2)))) }) {
            return ChromeMatch(label: .boilerplate, rule: ShapeRule.metaLine)
        }
        // An author's initials alone, the article's signature («ق. ث», «م. ع.»).
        if (2...Self.maxInitials).contains(w.count), w.words.allSatisfy({ $0.kind == .arabic && $0.text.count == 1 }),
           w.words.indices.dropFirst().allSatisfy({ w.words[$0].before.contains(.fullStop) }) {
            return ChromeMatch(label: .boilerplate, rule: ShapeRule.metaLine)
        }
        // … or behind a bar, what the author is, whatever follows («مريم الكثيري | مراسلة صدى
        // الوادي»: a headline behind a bar is followed by the site's name, which no person word opens).
        if w.parts.count == 2, !w.endsSentence, !w.partsByChevrons, let k = w.parts.first, (2...Self.maxBylineNameWords).contains(k),
           w.words[k].before.contains(.pipe), isName(w, from: 0, to: k), !w.words[0].text.hasPrefix("ال"),
           lists.personWords.contains(w.words[k].text), (2...Self.maxBylineRoleWords).contains(w.count - k),
           w.words[k...].allSatisfy({ $0.kind == .arabic || $0.kind == .latin }) {
            return ChromeMatch(label: .boilerplate, rule: ShapeRule.metaLine)
        }
        guard (2...Self.maxMetaParts).contains(w.parts.count), w.parts.reduce(0, +) == w.count else { return nil }
        var start = 0
        var anyDate = false
        for count in w.parts {
            let end = start + count
            // A name, then a date behind a spaced dash, in one part: «هاني الزدجالي - 2026/03/08».
            let nameThenDate = (start + 1..<end).contains { k in
                w.words[k].before.contains(.dash) && isName(w, from: start, to: k) && isDate(w, from: k, to: end)
            }
            // A dateline in one part: a place, then the author's name behind a dash («الدوحة — سالم
            // المهندي | 13:46 GMT+3»).
            let dateline = (start + 1..<end).contains { k in
                k - start <= Self.maxDatelinePlaceWords && w.words[k].before.contains(.dash) && isName(w, from: k, to: end)
            }
            if isDate(w, from: start, to: end) || nameThenDate {
                anyDate = true
            } else if !isName(w, from: start, to: end) && !isCounter(w, from: start, to: end) && !dateline {
                return nil
            }
            start = end
        }
        return anyDate ? ChromeMatch(label: .timestamp, rule: ShapeRule.metaLine) : nil
    }

    /// A date-and-name line without labels has at most this many parts (a name, a date, a time).
    static let maxMetaParts = 3
    /// An author's signature in initials has at most this many letters.
    static let maxInitials = 3
    /// A dateline's place has at most this many words.
    static let maxDatelinePlaceWords = 2

    /// Words `from..<to` are an author's name: one to four words, no number, link or date word but a
    /// mark no date follows.
    private func isName(_ w: LineWords, from: Int, to: Int) -> Bool {
        (1...Self.maxBylineNameWords).contains(to - from) && (from..<to).allSatisfy { k in
            let word = w.words[k]
            guard word.kind != .digits, word.kind != .url else { return false }
            guard let kind = lists.dateWords[word.text] else { return true }
            // A date line's mark is a name's word where no date follows it: «على» (as in «على
            // الساعة 10:32») folds to the name «علي».
            return kind == .mark && (k + 1 == w.count || (w.words[k + 1].kind != .digits && lists.dateWords[w.words[k + 1].text] == nil))
        }
    }

    // MARK: - Phrases

    private func phraseMatch(_ w: LineWords) -> ChromeMatch? {
        var best: (phrase: ChromePhrases.Phrase, order: Int)?
        func consider(_ p: ChromePhrases.Phrase) {
            let order = Self.kindOrder.firstIndex(of: p.kind) ?? Self.kindOrder.count
            if let b = best, b.order < order || (b.order == order && b.phrase.words.count >= p.words.count) { return }
            best = (p, order)
        }
        // Phrases at the line's start, also behind the conjunction و («وقد يهمك أيضا»).
        let first = w.words[0].text
        for index in lists.phrases(startingWith: first) {
            let p = lists.phrases[index]
            if w.has(p.words, at: 0), fits(p, w) { consider(p) }
        }
        if first.hasPrefix("و"), first.unicodeScalars.count > 2 {
            let bare = String(first.unicodeScalars.dropFirst())
            for index in lists.phrases(startingWith: bare) {
                let p = lists.phrases[index]
                if p.words.count > 1 ? w.has(Array(p.words.dropFirst()), at: 1) : true, fits(p, w) { consider(p) }
            }
        }
        // Counters («3 تعليقات», «2,431 مشاهدة») and phrases held anywhere.
        for k in 1..<w.count {
            for index in lists.phrases(startingWith: w.words[k].text) where w.count <= Self.maxHasWords || lists.phrases[index].kind == .count {
                let p = lists.phrases[index]
                // A comments header after its count, quoting the post's title: «5 تعليقات على “…”»
                // (a count alone, «3 تعليقات», is a counter).
                if p.kind == .tail {
                    let rest = k + p.words.count
                    if rest < w.count, w.words[..<k].allSatisfy({ $0.kind == .digits }), w.has(p.words, at: k),
                       w.words[rest...].allSatisfy(\.quoted) {
                        consider(p)
                    }
                    continue
                }
                guard p.kind == .has || p.kind == .count, w.has(p.words, at: k), !(p.kind == .has && w.words[k].quoted) else { continue }
                if p.kind == .count && !countFits(p, w, at: k) { continue }
                consider(p)
            }
        }
        guard let p = best?.phrase else { return nil }
        return ChromeMatch(label: p.label, rule: Self.phraseRule(p), kind: p.kind)
    }

    /// Whether phrase `p`, found at the line's start, matches the line by its kind's rule.
    private func fits(_ p: ChromePhrases.Phrase, _ w: LineWords) -> Bool {
        let rest = p.words.count
        let whole = rest == w.count
        let breakOK = !p.needsBreak || whole || !w.words[rest].before.isDisjoint(with: .labelBreak)
        switch p.kind {
        case .line: return whole
        // A list header may name its section: «المزيد من سياسة», «مقالات أخرى للكاتب».
        // (A one-word header adds one word at most: «مقترحات لك», not «مقترحات لتعاونيات المنتجين».)
        case .list, .box: return whole || (w.count - rest <= min(Self.maxListHeaderExtraWords, p.words.count) && !w.endsSentence)
        case .tail: return tailFits(p, w, after: rest)
        // A source names itself in a few words («المصدر: وكالة الأنباء»); «مصدر: حقل الشرارة
        // يستأنف ضخ …» is a headline quoting a source.
        case .lead: return breakOK && (p.label != .credit || w.count - rest <= Self.maxCreditWords)
        case .has: return breakOK && w.count <= Self.maxHasWords && !w.words[0].quoted
        case .url: return whole || (rest == w.count - 1 && w.words[rest].kind == .url)
        case .date: return !whole && breakOK && isDate(w, from: rest, afterDatePhrase: true)
        case .byline: return !whole && breakOK && isByline(w, from: rest)
        case .count: return countFits(p, w, at: 0)
        }
    }

    /// Whether the words after a `tail` phrase (from `rest` on) fit it: none, numbers only, or
    /// words in quotation marks (the post's title: «تعليق واحد على “…”»); written with a ':' it
    /// heads a reply («رد: عنوان الموضوع»): anything may follow the break.
    private func tailFits(_ p: ChromePhrases.Phrase, _ w: LineWords, after rest: Int) -> Bool {
        guard rest < w.count else { return true }
        if w.words[rest...].allSatisfy({ $0.kind == .digits }) || w.words[rest...].allSatisfy(\.quoted) { return true }
        return p.needsBreak && !w.words[rest].before.isDisjoint(with: .labelBreak)
    }

    /// A counter: the phrase and numbers only, at least one; the phrase first, a word may follow
    /// the last number («شوهد 1,127 مرة», «قراءات 532 زائراً»).
    private func countFits(_ p: ChromePhrases.Phrase, _ w: LineWords, at k: Int) -> Bool {
        var numbers = 0
        let unit = k == 0 && w.count >= p.words.count + 2 && w.words[w.count - 2].kind == .digits ? w.count - 1 : nil
        for (i, word) in w.words.enumerated() where (i < k || i >= k + p.words.count) && i != unit {
            guard word.kind == .digits else { return false }
            numbers += 1
        }
        return numbers > 0
    }

    // MARK: - Shapes

    private func shapeMatch(_ w: LineWords, arabicPage: Bool) -> ChromeMatch? {
        if w.words.last?.kind == .url, w.count <= 4 {
            return ChromeMatch(label: .widget, rule: ShapeRule.url)
        }
        if isDate(w, from: 0) { return ChromeMatch(label: .timestamp, rule: ShapeRule.date) }
        if isShareRow(w) { return ChromeMatch(label: .widget, rule: ShapeRule.shareRow) }
        if isFileLink(w) { return ChromeMatch(label: .widget, rule: ShapeRule.fileLink) }
        if isCountedEntry(w) { return ChromeMatch(label: .navigation, rule: ShapeRule.countedEntry, kind: .count) }
        if isPageCounter(w) { return ChromeMatch(label: .widget, rule: ShapeRule.pageCounter) }
        if isStarRating(w) { return ChromeMatch(label: .widget, rule: ShapeRule.starRating) }
        if isMinuteMark(w) { return ChromeMatch(label: .timestamp, rule: ShapeRule.minuteMark) }
        // A forum post's number («#2»): the posts after the first are replies, the page's tail.
        if w.count == 1, w.words[0].kind == .digits, w.words[0].before.contains(.hash) {
            return ChromeMatch(label: .comments, rule: ShapeRule.postNumber, kind: .tail)
        }
        if w.words.allSatisfy({ $0.before.contains(.hash) }) { return ChromeMatch(label: .navigation, rule: ShapeRule.hashtags) }
        if !w.endsSentence {
            // Each part a chrome line (before the plain menu: its label is more precise).
            if w.parts.count >= 2, let label = linksRowLabel(w) {
                return ChromeMatch(label: label, rule: ShapeRule.linksRow)
            }
            // A name, a date and a time between separators is an author's line, no menu
            // («الهادي القاسمي | الأربعاء 12 نوفمبر 2026 | 10:30 ص»).
            if w.parts.count >= Self.minMenuParts, w.hasTime || w.hasNumericDate, let meta = metaLineMatch(w) { return meta }
            if w.parts.count >= Self.minMenuParts && w.parts.allSatisfy({ $0 <= Self.maxMenuPartWords }) {
                return ChromeMatch(label: .navigation, rule: ShapeRule.menu)
            }
            if w.parts.count >= 2, w.parts[0] <= 2, isHomeWord(w, count: w.parts[0]) {
                return ChromeMatch(label: .navigation, rule: ShapeRule.breadcrumb)
            }
            // A path of two sections behind a chevron, no home first: «النشرات الجوية > النشرة اليومية»
            // (not a headline quoting a name in reversed marks: «فوز »الأهلي« على الزمالك»).
            if w.parts.count == 2, w.partsByChevrons, w.parts.allSatisfy({ $0 <= Self.maxMenuPartWords }),
               !w.words.contains(where: \.quoted) {
                return ChromeMatch(label: .navigation, rule: ShapeRule.breadcrumb)
            }
            if w.count >= Self.minMenuWords && menuWordShare(w, atLeast: Self.minMenuWordShare) {
                return ChromeMatch(label: .navigation, rule: ShapeRule.menu)
            }
            if w.count <= Self.maxSectionWords && menuWordShare(w, atLeast: 1) {
                return ChromeMatch(label: .navigation, rule: ShapeRule.sectionWord)
            }
        }
        if isCaption(w) { return ChromeMatch(label: .caption, rule: ShapeRule.caption) }
        if isRelatedHeader(w) { return ChromeMatch(label: .related, rule: ShapeRule.relatedHeader, kind: .list) }
        if Self.isSignOff(w) { return ChromeMatch(label: .boilerplate, rule: ShapeRule.signOff) }
        if arabicPage && w.arabicLetters == 0 && w.otherLetters > 0 && w.count <= Self.maxLatinWidgetWords {
            return ChromeMatch(label: .widget, rule: ShapeRule.latinLine)
        }
        return nil
    }

    /// A news agency's sign-off under its story: the editors' initials apart by a slash, perhaps
    /// with a word in parentheses («(انتهى) ن ع / ر ش», «--(قنا) س ف/ م ع»): at least
    /// `minSignOffInitials` words of one letter, a slash, at most `maxSignOffWords` words and one
    /// of them longer than two letters.
    static func isSignOff(_ w: LineWords) -> Bool {
        guard w.count <= maxSignOffWords, w.words.contains(where: { $0.before.contains(.slash) }) else { return false }
        var initials = 0, long = 0
        for word in w.words {
            guard word.kind == .arabic || word.kind == .latin else { return false }
            let letters = word.text.unicodeScalars.count
            if letters == 1 { initials += 1 } else if letters > 2 { long += 1 }
        }
        return initials >= minSignOffInitials && long <= 1
    }

    static let minSignOffInitials = 2
    static let maxSignOffWords = 8

    /// A list header naming its items and how they relate to the page: one to
    /// `maxRelatedItemWords` words (no number) then a `shape-relation-words.txt` phrase that ends
    /// the line («فتاوى ذات صلة», «وصفات مشابهة»). Handled as a `list` phrase.
    private func isRelatedHeader(_ w: LineWords) -> Bool {
        guard w.count >= 2, w.count <= Self.maxRelatedItemWords + 2, !w.endsSentence else { return false }
        for start in 1...min(Self.maxRelatedItemWords, w.count - 1) where lists.relationWords.longest(in: w, at: start) == w.count - start {
            return w.words[..<start].allSatisfy { $0.kind == .arabic || $0.kind == .latin }
        }
        return false
    }

    static let maxRelatedItemWords = 2

    /// Words `from…` are a date or a time: date words and numbers (all but one), with a strong
    /// sign — a month or weekday with a number, a numeric date, a time, or a relative time. A
    /// number written in words (`count`, or in a `dual` unit) is a number only after a phrase that
    /// says a time follows (`afterDatePhrase`: a reading time, «وقت القراءة دقيقة واحدة»), beside
    /// a reading time's word («دقيقتان للقراءة») or in a relative time («منذ خمس دقائق»): alone
    /// beside its unit it is a duration («المدة: ثلاث سنوات», «المدة: سنتان»), no date.
    func isDate(_ w: LineWords, from: Int, to: Int? = nil, afterDatePhrase: Bool = false) -> Bool {
        let to = to ?? w.count
        let n = to - from
        guard n >= 1, n <= Self.maxDateWords else { return false }
        if w.endsSentence && w.count >= 4 && !w.hasTime && !w.hasNumericDate { return false }
        var other = 0, digits = 0, inWords = 0
        var month = false, weekday = false, unit = false, relative = false, reading = false
        for word in w.words[from..<to] {
            if word.kind == .digits { digits += 1; continue }
            switch lists.dateWords[word.text] ?? Self.dateWordWithConjunction(word.text, lists) {
            case .month?: month = true
            case .weekday?: weekday = true
            case .unit?: unit = true
            case .relative?: relative = true
            case .count?: inWords += 1
            case .dual?: unit = true; inWords += 1
            case .reading?: reading = true
            case .mark?: break
            case nil:
                other += 1
                if other > Self.maxOtherWordsInDate { return false }
            }
        }
        // One other word is allowed only beside at least two date words or numbers.
        if other > 0 && n - other < 2 { return false }
        if afterDatePhrase || relative || reading { digits += inWords }
        let time = w.hasTime || w.hasNumericDate
        return time || ((month || weekday) && digits > 0) || (unit && (relative || digits > 0) && n - other <= 4)
    }

    /// The line is a date or a time and nothing else (every word a number or a date word: «18:42»,
    /// «08:35 ص», «الأحد 14 ديسمبر»): a live report's entry time or a dateline, never a list's
    /// item of content («March 3, 2025 — Lisbon» names a place).
    func isDateAlone(_ w: LineWords) -> Bool {
        isDate(w, from: 0) && w.words.allSatisfy { word in
            word.kind == .digits || lists.dateWords[word.text] != nil || Self.dateWordWithConjunction(word.text, lists) != nil
        }
    }

    /// «والساعة»: a date word behind the conjunction و.
    private static func dateWordWithConjunction(_ text: String, _ lists: ChromePhrases) -> ChromePhrases.DateWord? {
        guard text.hasPrefix("و"), text.count > 2 else { return nil }
        return lists.dateWords[String(text.dropFirst())]
    }

    /// Words `from…` are an author's name (at most four words), perhaps followed by a date, a
    /// second author's name behind a dash or a bar or, after a comma, the author's role («د. منى
    /// الخطيب، استشارية طب الأطفال»).
    private func isByline(_ w: LineWords, from: Int) -> Bool {
        var k = from
        var name = 0
        // A date word ends the name only where a date starts, a number or another date word
        // after it: «على» (as in «على الساعة 10:32») folds to the name «علي».
        func startsDate(_ k: Int) -> Bool {
            guard lists.dateWords[w.words[k].text] != nil else { return false }
            return k + 1 == w.count || w.words[k + 1].kind == .digits || lists.dateWords[w.words[k + 1].text] != nil
        }
        while k < w.count, w.words[k].kind != .digits, w.words[k].kind != .url, !startsDate(k) {
            if name > 0 && !w.words[k].before.isDisjoint(with: [.pipe, .dash, .comma]) { break }
            // (A title's one-letter abbreviation is no word of the name: «د. حسام الدين عبد المقصود».)
            let abbreviation = w.words[k].text.count == 1 && k + 1 < w.count && w.words[k + 1].before.contains(.fullStop)
            if !abbreviation { name += 1 }
            k += 1
        }
        guard name >= 1, name <= Self.maxBylineNameWords else { return false }
        if k == w.count { return !w.endsSentence }
        // The author's role after a comma, or after a dash when it says what the author is
        // («أجاب عنها: د. هالة منصور - استشاري أمراض جلدية»; `shape-person-words.txt`).
        let role = w.words[k].before.contains(.comma) || (w.words[k].before.contains(.dash) && lists.personWords.contains(w.words[k].text))
        if role, !w.endsSentence, (1...Self.maxBylineRoleWords).contains(w.count - k),
           w.words[k...].allSatisfy({ $0.kind == .arabic || $0.kind == .latin }) {
            return true
        }
        // A second author behind a dash or a bar («تقرير: هدى سالم - عبدالله بن ناصر»): two or
        // three words, the first without the article (a given name; «… - الجوع يهدد الأطفال» is a
        // headline's second half, «… | المحرر: …» a part of its own).
        if !w.words[k].before.isDisjoint(with: [.dash, .pipe]), !w.endsSentence, (2...Self.maxSecondNameWords).contains(w.count - k),
           !w.words[k].text.hasPrefix("ال"), isName(w, from: k, to: w.count) {
            return true
        }
        // … or the place the author writes from, one word («كتب: مراسل الموقع – بانياس»).
        if !w.words[k].before.isDisjoint(with: [.dash, .pipe]), !w.endsSentence, k + 1 == w.count,
           w.words[k].kind == .arabic || w.words[k].kind == .latin {
            return true
        }
        return isDate(w, from: k)
    }

    /// A source line's value has at most this many words.
    static let maxCreditWords = 8

    /// A second author's name after the first has at most this many words.
    static let maxSecondNameWords = 3
    /// An author's role after the name and a comma (or a dash) has at most this many words.
    static let maxBylineRoleWords = 5

    /// A link to a file: a download word, a few words naming the file, and its format in
    /// parentheses («تحميل التقرير الكامل (PDF - 2.3 MB)», «تنزيل الخطبة (Word)»: one of
    /// `fileFormats`), no sentence.
    private func isFileLink(_ w: LineWords) -> Bool {
        guard w.count >= 2, w.count <= Self.maxFileLinkWords, !w.endsSentence, let first = w.words.first,
              Self.downloadWords.contains(first.text) else { return false }
        return w.words.dropFirst().contains { $0.before.contains(.open) && Self.fileFormats.contains($0.text) }
    }

    /// An archive's or a category's entry with its count in parentheses, closing the line: «مدن
    /// (11)», «► 2024 (37)» (a blog's sidebar), «مقالات الكاتب (214)»: a counter (the walk up an
    /// article's head passes it); «فني تشغيل محطات (35 وظيفة)» counts something.
    private func isCountedEntry(_ w: LineWords) -> Bool {
        guard (2...Self.maxCountedEntryWords).contains(w.count), w.lastMark == ")", let last = w.words.last else { return false }
        return last.kind == .digits && last.before.contains(.open)
    }

    static let maxCountedEntryWords = 4

    /// A rating in stars behind its label: «التقييم: ★★★★☆».
    private func isStarRating(_ w: LineWords) -> Bool {
        guard let last = w.lastMark else { return false }
        return w.count <= Self.maxStarRatingWords && Self.stars.contains(last)
    }

    static let stars: Set<Unicode.Scalar> = ["★", "☆", "⭐"]

    static let maxStarRatingWords = 3

    /// A page's counter: «الصفحة 2 من 3», «Page 2 of 3».
    private func isPageCounter(_ w: LineWords) -> Bool {
        w.count == 4 && Self.pageWords.contains(w.words[0].text) && w.words[1].kind == .digits
            && PlainTextLabeler.galleryOfWords.contains(w.words[2].text) && w.words[3].kind == .digits
    }

    static let pageWords = Set(["الصفحة", "صفحة", "page"].flatMap { LineWords($0).texts })

    /// A live report's minute mark on a line of its own: «78'», «45+2'».
    private func isMinuteMark(_ w: LineWords) -> Bool {
        guard let mark = w.lastMark, Self.primes.contains(mark), (1...2).contains(w.count) else { return false }
        return w.words.allSatisfy { $0.kind == .digits }
    }

    static let primes: Set<Unicode.Scalar> = ["'", "’", "′"]

    /// A link to a file has at most this many words.
    static let maxFileLinkWords = 10
    static let downloadWords = Set(["تحميل", "تنزيل", "download", "télécharger"].flatMap { LineWords($0).texts })
    static let fileFormats: Set<String> = ["pdf", "doc", "docx", "word", "xls", "xlsx", "excel", "ppt", "pptx", "zip", "rar", "mp3", "epub"]

    /// Only social networks and share words, naming at least one network («فيسبوك | إكس | يوتيوب»).
    private func isShareRow(_ w: LineWords) -> Bool {
        var k = 0
        var networks = 0
        while k < w.count {
            let net = lists.networks.longest(in: w, at: k)
            if net > 0 { networks += 1; k += net; continue }
            let share = lists.shareWords.longest(in: w, at: k)
            if share > 0 { k += share; continue }
            // «وتويتر»: a network behind the conjunction و.
            let text = w.words[k].text
            if text.hasPrefix("و"), lists.networks.contains(word: String(text.dropFirst())) { networks += 1; k += 1; continue }
            return isNetworkRow(w)
        }
        return networks > 0
    }

    /// A menu row whose parts are mostly social networks, the others article tools of a word or
    /// two («مشاركة: X | لينكدإن | واتساب | نسخ الرابط», «طباعة | إرسال | فيسبوك | تويتر»).
    private func isNetworkRow(_ w: LineWords) -> Bool {
        guard w.parts.count >= Self.minMenuParts, w.parts.allSatisfy({ $0 <= Self.maxToolPartWords }) else { return false }
        var start = 0
        var networkParts = 0
        for count in w.parts {
            if lists.networks.longest(in: w, at: start) == count { networkParts += 1 }
            start += count
        }
        return networkParts >= Self.minNetworkParts && 2 * networkParts >= w.parts.count
    }

    /// The share of the line's words that are section names (one behind the conjunction و too).
    /// Whether at least `share` of the line's words are section names. Stops as soon as the words
    /// not covered rule it out (a sentence fails at its first words: this runs on every short
    /// kept line of an HTML page).
    private func menuWordShare(_ w: LineWords, atLeast share: Double) -> Bool {
        var k = 0, uncovered = 0
        let allowed = (1 - share) * Double(w.count)
        while k < w.count {
            let n = lists.menuWords.longest(in: w, at: k)
            if n > 0 {
                k += n
            } else {
                let text = w.words[k].text
                if !(text.hasPrefix("و") && text.unicodeScalars.count > 2
                     && lists.menuWords.contains(word: String(text.unicodeScalars.dropFirst()))) {
                    uncovered += 1
                    if Double(uncovered) > allowed + 1e-9 { return false }
                }
                k += 1
            }
        }
        return true
    }

    /// A photo caption: a line opening as captions do (`shape-caption-words.txt`: «جانب من …»),
    /// or a description ending with its credit in parentheses («… (رويترز)»), not a headline's
    /// medium («… (فيديو)») nor a number («(2025-2030)»), with no sentence and no label
    /// («الاشتراك في: … (Atom)») before it.
    func isCaption(_ w: LineWords) -> Bool {
        // Opening as captions do («جانب من …», «لقطة من …»), three words at least, no sentence.
        if w.count >= Self.minCaptionOpenerLineWords, w.count <= Self.maxChromeWords / 2, !w.endsSentence,
           lists.captionOpeners.longest(in: w, at: 0) > 0 {
            return true
        }
        guard w.lastMark == ")", let open = w.words.lastIndex(where: { $0.before.contains(.open) }),
              open >= Self.minCaptionWords, w.count - open <= Self.maxCaptionCreditWords, w.count <= Self.maxChromeWords / 2 else { return false }
        let credit = w.words[open...]
        // «… (فيديو)» is a headline's; «… (35 وظيفة)» a count, a list item's: a credit names no number.
        if credit.allSatisfy({ lists.mediaWords.contains($0.text) }) || credit.contains(where: { $0.kind == .digits }) { return false }
        return !w.words[1..<open].contains { !$0.before.isDisjoint(with: [.fullStop, .question, .colon]) }
    }

    /// A row of links, each one a chrome line by itself («سياسة الخصوصية | شروط الاستخدام») or a
    /// copy-link label alone («… | طباعة | نسخ الرابط»), perhaps a tool's count among them: the
    /// first one's label.
    private func linksRowLabel(_ w: LineWords) -> Label? {
        var start = 0
        var label: Label?
        for count in w.parts {
            let part = Array(w.texts[start..<(start + count)])
            guard let first = part.first else { return nil }
            let phrases = lists.phrases(startingWith: first).map { lists.phrases[$0] }
            // A part is a chrome line by itself, or a copy-link label with no address after it.
            if let p = phrases.first(where: { ($0.kind == .line || $0.kind == .url) && $0.words == part }) {
                label = label ?? p.label
            } else if part.count == 2, phrases.contains(where: { $0.kind == .line && $0.label == .widget && $0.words.count == 1 }) {
                // An article tool and its object: «اطبع الوصفة | احفظ الوصفة | شارك».
                label = label ?? .widget
            } else if w.words[start].kind == .digits, (start + 1..<start + count).allSatisfy({ Self.magnitudeWords.contains(w.words[$0].text) }) {
                // A tool's count («👍 1.2K   مشاركة   حفظ»): no label of its own.
            } else {
                return nil
            }
            start += count
        }
        return label
    }

    /// The line's first `count` words are a "home" menu entry (a navigation `line` phrase).
    private func isHomeWord(_ w: LineWords, count: Int) -> Bool {
        let first = Array(w.texts.prefix(count))
        return lists.phrases(startingWith: first[0]).contains { i in
            let p = lists.phrases[i]
            return p.label == .navigation && p.kind == .line && p.words == first
        }
    }
}
