/// Decides the lines of a page whose outlet has no rule file: jusText's shallow features and
/// context smoothing; on HTML pages inside the main content `MainContentFinder` chooses
/// (readability's candidate scoring, sibling joining, structured evidence, a whole-page
/// fallback), with DOM hints (semantic tags, class/id/itemprop words) — see
/// GenericLabeler+HTML.swift. A page is one article; an HTML page without a title block takes
/// its head's title.
public struct GenericLabeler: Sendable {
    public var tunables: GenericTunables
    public let resources: GenericResources

    /// With the data compiled into the binary.
    public static let standard = GenericLabeler(resources: .embedded)

    public init(resources: GenericResources, tunables: GenericTunables = GenericTunables()) {
        self.resources = resources
        self.tunables = tunables
    }

    /// Labels every block of the page (its keys already normalised); returns the article count.
    /// Blocks labelled already (the chrome learned from the page's site) keep their label and are
    /// judged as the chrome they are: the headline and the regions are found around them.
    public func label(_ document: inout Document) -> Int {
        let nonBlank = document.blocks.indices.filter { !document.blocks[$0].key.isEmpty }
        guard !nonBlank.isEmpty else {
            for i in document.blocks.indices { document.blocks[i].label = .blank; document.blocks[i].rule = nil }
            return 0
        }
        let known = nonBlank.map { i in document.blocks[i].rule.map { ChromeMatch(label: document.blocks[i].label, rule: $0, kind: nil) } }
        // The extraction reads the non-blank blocks: they are moved out of the document, not
        // copied (a page of a million lines held its blocks twice), and the blank ones put back
        // in place after it, in the same array.
        var compact: [Block] = []
        var blanks: [(index: Int, block: Block)] = []
        if nonBlank.count == document.blocks.count {
            swap(&compact, &document.blocks)
        } else {
            compact.reserveCapacity(document.blocks.count)
            for (i, block) in document.blocks.enumerated() {
                if block.key.isEmpty { blanks.append((i, block)) } else { compact.append(block) }
            }
            document.blocks = []
        }
        var lines = ClassifiedLines()  // the main content's lines the HTML path cut into words and classified
        let extraction = extract(blocks: compact, title: document.html?.title,
                                 articleBody: document.html?.articleBody, known: known.contains { $0 != nil } ? known : nil,
                                 heads: PageHeads(documentTitle: document.html?.documentTitle, siteName: document.html?.siteName?.value),
                                 lines: &lines)
        if !blanks.isEmpty {
            // Merged from the end: every block moves to its own index or later, so none is overwritten first.
            var read = compact.count - 1, next = blanks.count - 1
            compact.append(contentsOf: blanks.map(\.block))
            for write in compact.indices.reversed() {
                if next >= 0 && blanks[next].index == write {
                    compact[write] = blanks[next].block
                    next -= 1
                } else {
                    compact[write] = compact[read]
                    read -= 1
                }
            }
        }
        swap(&compact, &document.blocks)
        document.mainContent = extraction.mainContent
        for i in document.blocks.indices {
            document.blocks[i].article = 1
            document.blocks[i].label = .blank
            document.blocks[i].rule = nil
        }
        for (n, i) in nonBlank.enumerated() {
            document.blocks[i].label = extraction.decisions[n].label
            document.blocks[i].rule = extraction.decisions[n].rule
            if let value = extraction.decisions[n].value { document.blocks[i].value = value }
        }
        if document.html != nil {
            // Only blocks that can be chrome are cut into words (`LineWords` is the costly part on
            // an HTML page, whose kept blocks are mostly paragraphs): not a block jusText found
            // good by itself (over 200 characters, rich in stop words — chrome lines are shorter:
            // a notice of at most 25 words, a date, a row of labels).
            var candidate = document.blocks.map { $0.label == .body }
            for (n, i) in nonBlank.enumerated() where extraction.decisions[n].contextFreeClass == .good { candidate[i] = false }
            var blockOf = [Int](repeating: -1, count: document.blocks.count)
            for (n, i) in nonBlank.enumerated() { blockOf[i] = n }
            Self.labelChromeLines(&document, lists: resources.chrome, arabicPage: extraction.language == "arabic", tableRows: true,
                                  classified: { blockOf[$0] >= 0 ? lines[blockOf[$0]] : nil }) { candidate[$0] }
            labelCreditLines(&document, arabicPage: extraction.language == "arabic")
        }
        // A text dump's headline is `PlainTextLabeler`'s (or none); HTML pages fall back on their head's.
        if document.html != nil && !document.blocks.contains(where: { $0.label == .title }) {
            if let title = extraction.title {
                document.fallbackTitle = title
            } else if let first = document.blocks.firstIndex(where: { $0.label == .body }),
                      Self.looksLikeHeadline(document.blocks[first].key) {
                // No head title: the first kept line, when it reads as a headline, is the title.
                document.blocks[first].label = .title
                document.blocks[first].rule = GenericRule.firstLineTitle
            }
        }
        return 1
    }

    /// The blocks `eligible` names that are page chrome by their words or shape (a date, an
    /// author line, «اقرأ أيضا: …», a share row, a menu row) take that label and rule: on an HTML
    /// page the blocks kept as text; on an outlet's page the lines its rules left to a zone's
    /// default (a layout the rule file does not know yet). `arabicPage`: whether the page is
    /// Arabic (an HTML page's stop words say it); without it, the looked-at lines' letters. A
    /// block over `LineWords.maxChromeBytes` bytes or with more than
    /// `ChromeLineClassifier.maxChromeWords` words is text, and is not cut into words (most of
    /// the blocks are paragraphs: `LineWords` is the costly part). A dated line kept inside the
    /// article's span is content (a tour-date list) unless it is a date or time alone (a live
    /// report's entry times); the dateline at its head is already a timestamp
    /// (GenericLabeler+HTML, markDateLines). `tableRows`: a table's rows printed with
    /// menu separators among the blocks looked at («الدولار الأمريكي | 48.10 | 48.20», in a list
    /// or in paragraphs: `PlainTextLabeler.unmarkTables`) are no menus, nor text: `generic.table-row`.
    func labelChromeLines(_ document: inout Document, arabicPage known: Bool? = nil, tableRows: Bool = false, eligible: (Int) -> Bool) {
        Self.labelChromeLines(&document, lists: resources.chrome, arabicPage: known, tableRows: tableRows, eligible: eligible)
    }

    /// The article's source line («المصدر: وكالات») in the main content's fringes, dropped by
    /// jusText's context (a short line after the last paragraph), is the record's credit: the
    /// main content's short blocks that its context dropped (`contextRules`) are looked at for a
    /// credit line only.
    func labelCreditLines(_ document: inout Document, arabicPage: Bool) {
        let chrome = ChromeLineClassifier(lists: resources.chrome)
        for i in document.blocks.indices where document.blocks[i].label == .boilerplate {
            guard let rule = document.blocks[i].rule, Self.contextRules.contains(rule),
                  !Self.surelyLongerThanChrome(document.blocks[i].key),
                  let m = chrome.classify(LineWords(document.blocks[i].key), arabicPage: arabicPage), m.label == .credit else { continue }
            document.blocks[i].label = .credit
            document.blocks[i].rule = m.rule
            document.blocks[i].value = PlainTextLabeler.valueAfterLabel(document.blocks[i].key)
        }
    }

    /// The rules of jusText's context pass that drop a block inside the main content.
    static let contextRules: Set<String> = [GenericRule.badNeighbours, GenericRule.mixedNeighbours]

    /// `labelChromeLines` with the chrome lists alone: what an outlet's page needs of the generic
    /// path's data (`standard` would build its stop lists too, which costs as much as checking a
    /// hundred pages' lines).
    /// `classified`: a block's words and verdict worked out already (by the HTML path, with the
    /// same `arabicPage`), or nil.
    /// Returns the blocks it found to head a list, a box or the page's tail («الأكثر قراءة», «عن
    /// الكاتب», «التعليقات»: a `list`, `box` or `tail` phrase, a list's shape, a comment count),
    /// for an outlet's page to take what they head (`OutletPageChrome`).
    @discardableResult
    static func labelChromeLines(_ document: inout Document, lists: ChromePhrases, arabicPage known: Bool? = nil,
                                 tableRows: Bool = false, classified: (Int) -> ClassifiedLine? = { _ in nil },
                                 eligible: (Int) -> Bool) -> [(index: Int, kind: ChromePhrases.Kind)] {
        let chrome = ChromeLineClassifier(lists: lists)
        let kept = document.blocks.indices.filter { eligible($0) && !Self.surelyLongerThanChrome(document.blocks[$0].key) }
        guard !kept.isEmpty else { return [] }
        var headers: [(index: Int, kind: ChromePhrases.Kind)] = []
        let arabicPage = known ?? Self.isArabicPage(kept.map { document.blocks[$0].key })
        let done = kept.map { known != nil ? classified($0) : nil }
        let words = kept.indices.map { done[$0]?.words ?? LineWords(document.blocks[kept[$0]].key) }
        var found = kept.indices.map { k in done[k].map(\.match) ?? chrome.classify(words[k], arabicPage: arabicPage) }
        // A table's rows are no menus; figures, not prose, they are no text either.
        let rows = tableRows ? PlainTextLabeler.unmarkTables(&found, words: words) : []
        for k in rows where document.blocks[kept[k]].label == .body {
            document.blocks[kept[k]].label = .boilerplate
            document.blocks[kept[k]].rule = GenericRule.tableRow
        }
        for (k, i) in kept.enumerated() {
            guard let m = found[k] else { continue }
            if m.label == .timestamp && document.blocks[i].rule == GenericRule.articleSpan && !chrome.isDateAlone(words[k]) { continue }
            // A list's or a table's item is no photo's caption, whatever its words' shape («fish
            // of any kind (sea and river)»): HTML says where captions are (figure, figcaption).
            if m.rule == ChromeLineClassifier.ShapeRule.caption,
               let tag = document.blocks[i].features?.tag, Self.listOrTableTags.contains(tag) { continue }
            document.blocks[i].label = m.label
            document.blocks[i].rule = m.rule
            if m.label == .credit { document.blocks[i].value = PlainTextLabeler.valueAfterLabel(document.blocks[i].key) }
            if let kind = m.kind, kind == .list || kind == .box || kind == .tail { headers.append((i, kind)) }
            // A comment count («3 تعليقات») heads the comments as a comment header does.
            if m.kind == .count && m.label == .comments { headers.append((i, .tail)) }
        }
        return headers
    }

    /// The most photos a gallery's glued counter («3/12») counts.
    static let maxGalleryPhotos = 999

    /// On an outlet's page, the lines its rules left to a zone's default that are numbers alone (a
    /// layout the rule file does not know yet): a gallery's counter («٢ / ٨», or in words: «الصورة
    /// 2 من 8»), never text, and the photo's caption on the line after it when that is no
    /// sentence; and a list numbered on lines of their own («1», then a headline that is no
    /// sentence: a most-read box), the number and its item.
    static func labelNumberedLines(_ document: inout Document, eligible: (Int) -> Bool) {
        let lines = document.blocks.indices.filter { document.blocks[$0].label != .blank }
        for (k, i) in lines.enumerated() where eligible(i) {
            let numbersAlone = Self.mayBeNumbersAlone(document.blocks[i].key)
            guard numbersAlone || Self.mayBeWordedCounter(document.blocks[i].key) else { continue }
            let w = LineWords(document.blocks[i].key)
            let worded = !numbersAlone && Self.isWordedGalleryCounter(w, photoWords: ChromePhrases.embedded.photoWords)
            guard worded || (!w.words.isEmpty && w.words.allSatisfy({ $0.kind == .digits }) && w.count <= 2) else { continue }
            // «٢ / ٨», or glued «2/8» (then an Nth of at most `maxGalleryPhotos`, N ≤ the count:
            // «12/2025» is no counter).
            let counter = worded || w.count == 2 && (w.parts.count == 2 || (w.words[1].before.contains(.slash)
                && (Int(w.words[0].text) ?? .max) <= (Int(w.words[1].text) ?? 0)
                && (Int(w.words[1].text) ?? .max) <= Self.maxGalleryPhotos))
            document.blocks[i].label = counter ? .widget : .related
            document.blocks[i].rule = counter ? GenericRule.galleryCounter : GenericRule.numberedList
            guard k + 1 < lines.count, eligible(lines[k + 1]) else { continue }
            if counter {
                // A gallery's photo: the counter, then its caption (no sentence, a notice's
                // length at most), then perhaps the agency's name.
                if !OutletPageChrome.isText(document.blocks[lines[k + 1]].key) {
                    document.blocks[lines[k + 1]].label = .caption
                    document.blocks[lines[k + 1]].rule = GenericRule.captionInGallery
                }
                continue
            }
            let item = LineWords(document.blocks[lines[k + 1]].key)
            if item.count >= HeadlineChooser.minWords && item.count <= PlainTextLabeler.maxTeaserHeadlineWords && !item.endsSentence {
                document.blocks[lines[k + 1]].label = .related
                document.blocks[lines[k + 1]].rule = GenericRule.numberedList
            }
        }
    }

    /// Whether a line reads as a sentence of article text, counted on bytes: at least
    /// `PlainTextLabeler.minSentenceWords` space-separated tokens and a final . ! ? or ؟ (not "…":
    /// a teaser cut short is a list's, not the article's); or, in Chinese or Japanese (no spaces
    /// between words), a final 。！ or ？ after at least `minUnspacedSentenceChars` characters.
    static func isSentence(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            if bytes.count >= 3, Self.endsWithFullWidthStop(bytes) {
                var chars = 0
                for b in bytes where b & 0xC0 != 0x80 { chars += 1 }
                return chars >= Self.minUnspacedSentenceChars
            }
            guard Self.endsWithSentenceMark(bytes) else { return false }
            var tokens = 1
            for b in bytes where b == 0x20 {
                tokens += 1
                if tokens >= PlainTextLabeler.minSentenceWords { return true }
            }
            return false
        }
    }

    /// Whether the bytes end with . ! ? or ؟ (D8 9F).
    @inline(__always)
    static func endsWithSentenceMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = bytes.last else { return false }
        return last == 0x2E || last == 0x21 || last == 0x3F || (last == 0x9F && bytes.count >= 2 && bytes[bytes.count - 2] == 0xD8)
    }

    /// Whether a line ends a sentence: . ! ? ؟ 。！？ (not "..." nor "…": a teaser cut short).
    static func endsSentence(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            if n >= 3 && Self.endsWithFullWidthStop(bytes) { return true }
            return Self.endsWithSentenceMark(bytes) && !(n >= 2 && bytes[n - 1] == 0x2E && bytes[n - 2] == 0x2E)
        }
    }

    /// A sentence of a script written without spaces has at least this many characters: a
    /// Japanese or Chinese word is one to three characters, so about `minSentenceWords` words.
    static let minUnspacedSentenceChars = 16

    /// "。" (E3 80 82), "！" (EF BC 81) or "？" (EF BC 9F) at the end of the bytes (at least 3).
    @inline(__always)
    static func endsWithFullWidthStop(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        let (x, y, z) = (b[n - 3], b[n - 2], b[n - 1])
        return (x == 0xE3 && y == 0x80 && z == 0x82) || (x == 0xEF && y == 0xBC && (z == 0x81 || z == 0x9F))
    }

    /// Whether lines are mostly Arabic (`PlainTextLabeler.arabicPageRatio` Arabic letters to
    /// one Latin), counted on bytes (`LetterCounts`).
    static func isArabicPage<S: Sequence>(_ texts: S) -> Bool where S.Element == String {
        var letters = LetterCounts()
        for text in texts { letters.add(text) }
        return letters.arabic > 0 && letters.arabic >= PlainTextLabeler.arabicPageRatio * letters.latin
    }

    /// Whether a line has more words than chrome can (or more bytes than `LineWords` reads),
    /// counted on bytes: every space-separated token holding an ASCII letter or digit or an Arabic
    /// letter is at least one of `LineWords`' words.
    static func surelyLongerThanChrome(_ text: String) -> Bool {
        let bytes = text.utf8
        if bytes.count > LineWords.maxChromeBytes { return true }
        var tokens = 0
        var counted = false
        var previous: UInt8 = 0
        for b in bytes {
            if b == 0x20 { counted = false; previous = b; continue }
            if !counted {
                let word = (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
                    || (previous == 0xD8 && b >= 0xA1) || (previous == 0xD9 && b <= 0x8A) || previous == 0xDA
                    || (previous == 0xDB && b <= 0x93)
                if word {
                    counted = true
                    tokens += 1
                    if tokens > ChromeLineClassifier.maxChromeWords { return true }
                }
            }
            previous = b
        }
        return false
    }

    /// A headline: at most this many words, and no sentence-final punctuation.
    static let maxHeadlineWords = 30

    static func looksLikeHeadline(_ text: String) -> Bool {
        // At most maxHeadlineWords + 1 pieces: a 50 MB line is not split into a million words.
        let words = text.split(separator: " ", maxSplits: maxHeadlineWords).count
        guard words >= 2, words <= maxHeadlineWords, let last = text.unicodeScalars.last else { return false }
        return !".!؟?:".unicodeScalars.contains(last)
    }

    /// Whether a line may hold numbers alone, on its bytes (a text's lines are not cut into words
    /// here: that would cost more than the rest of an outlet's page): short, and only digits (ASCII
    /// or Arabic-Indic), spaces and slashes.
    static func mayBeNumbersAlone(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            guard !bytes.isEmpty, bytes.count <= maxNumbersLineBytes else { return false }
            return bytes.allSatisfy { b in
                (b >= 0x30 && b <= 0x39) || b == 0x20 || b == 0x2F || b == 0xD9 || b == 0xDB || (b >= 0xA0 && b <= 0xB9)
            }
        }
    }

    /// A line of numbers alone («12 / 48», «٣») has at most this many bytes.
    static let maxNumbersLineBytes = 24

    /// A gallery's counter in words has at most this many bytes («الصورة 12 من 40»: 26).
    static let maxWordedCounterBytes = 48

    /// Whether a line may be a gallery's counter in words, on bytes: short, with a digit (ASCII, or
    /// Arabic-Indic: D9 A0–A9; a lone byte A0–A9 is also the second byte of common Arabic letters).
    static func mayBeWordedCounter(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            guard bytes.count <= maxWordedCounterBytes else { return false }
            for k in bytes.indices {
                let b = bytes[k]
                if b >= 0x30 && b <= 0x39 { return true }
                if b == 0xD9, k + 1 < bytes.count, bytes[k + 1] >= 0xA0 && bytes[k + 1] <= 0xA9 { return true }
            }
            return false
        }
    }

    /// A gallery's counter in words: perhaps a photo word (`shape-photo-words.txt`), the Nth, «من»,
    /// «of» or «sur» (`PlainTextLabeler.galleryOfWords`), the count («الصورة 2 من 8», «2 من 8»,
    /// «Photo 2 of 8»), N ≤ the count ≤ `maxGalleryPhotos`.
    static func isWordedGalleryCounter(_ w: LineWords, photoWords: Set<String>) -> Bool {
        let k = w.words.first.map { photoWords.contains($0.text) ? 1 : 0 } ?? 0
        guard w.count == k + 3, w.words[k].kind == .digits, w.words[k + 2].kind == .digits,
              PlainTextLabeler.galleryOfWords.contains(w.words[k + 1].text),
              let n = Int(w.words[k].text), let count = Int(w.words[k + 2].text) else { return false }
        return n >= 1 && n <= count && count <= maxGalleryPhotos
    }

    /// The decisions for `blocks` (their `key` is the text judged), the stages in order; `known`:
    /// blocks decided already (learned chrome), one entry per block. A known block stays chrome;
    /// on a text dump the phrase lists may name it more precisely, a source line the site prints
    /// on every page («المصدر: …», recurring, so learned) stays the record's credit, and the
    /// headline `HeadlineChooser` found (the page's own title, listed on the site's other pages)
    /// its title. A line learned as the page's own headline (`LearnedChromeLabeler.ownHeadline`)
    /// is no chrome: the text dump's headline choice weighs it, and it is what the page decides.
    /// `articleBody`: the page's structured article text (JSON-LD, microdata), evidence for the
    /// main content.
    func extract(blocks: [Block], title: String?, articleBody: String? = nil, known: [ChromeMatch?]?,
                 heads: PageHeads = PageHeads()) -> GenericExtraction {
        var lines = ClassifiedLines()
        return extract(blocks: blocks, title: title, articleBody: articleBody, known: known, heads: heads, lines: &lines)
    }

    /// `lines`: where the HTML path leaves the lines it cut into words and classified (by block).
    func extract(blocks: [Block], title: String?, articleBody: String?, known: [ChromeMatch?]?,
                 heads: PageHeads, lines: inout ClassifiedLines) -> GenericExtraction {
        var extraction = extract(blocks: blocks, title: title, articleBody: articleBody, knownChrome: known, heads: heads, lines: &lines)
        for (i, match) in (known ?? []).enumerated() {
            guard let match, extraction.decisions[i].label.isKept, extraction.decisions[i].label != .credit,
                  extraction.decisions[i].rule != GenericRule.headline, !match.rule.hasPrefix(LearnedChromeLabeler.ownHeadline) else { continue }
            extraction.decisions[i].label = match.label
            extraction.decisions[i].rule = match.rule
        }
        return extraction
    }

    public func extract(blocks: [Block], title: String?, articleBody: String? = nil) -> GenericExtraction {
        var lines = ClassifiedLines()
        return extract(blocks: blocks, title: title, articleBody: articleBody, knownChrome: nil, heads: PageHeads(), lines: &lines)
    }

    private func extract(blocks: [Block], title: String?, articleBody: String?, knownChrome known: [ChromeMatch?]?,
                         heads: PageHeads, lines: inout ClassifiedLines) -> GenericExtraction {
        let t = tunables
        let n = blocks.count
        guard n > 0 else { return GenericExtraction(title: title, paragraphs: [], decisions: [], language: nil, mainContainerID: nil) }
        // 1. Words and stop words of every block, and the page's language (the best-covering stop list).
        let measure = TextMeasure(texts: blocks.map(\.key), stopLists: resources.stopLists)
        var languageBit: UInt32?
        var language: String?
        if let (idx, share) = measure.dominantLanguage(sampleWords: t.languageSampleWords, languageCount: resources.stopLists.languages.count),
           share >= t.minLanguageStopwordShare,
           TextMeasure.unspacedScriptShare(blocks.map(\.key), sampleLetters: t.languageSampleLetters) < t.maxUnspacedScriptShare {
            languageBit = UInt32(1) << UInt32(idx)
            language = resources.stopLists.languages[idx]
        }
        // 2. Context-free class of each block from its own text (jusText's ladder). Its inputs are
        //    kept for the HTML path only (a text dump's page of a million lines held 56 MB of them).
        let cf = ContextFreePass(t: t)
        let isHTML = blocks.contains(where: { $0.features != nil })
        var inputs: [ContextFreePass.Input] = []
        if isHTML { inputs.reserveCapacity(n) }
        var cfClass: [ParagraphClass] = []
        var cfRule: [String] = []
        var chars: [Int] = []
        cfClass.reserveCapacity(n); cfRule.reserveCapacity(n); chars.reserveCapacity(n)
        for (i, b) in blocks.enumerated() {
            let c = b.features?.charCount ?? Self.charCount(b.key)
            chars.append(c)
            let input = ContextFreePass.Input(
                chars: c, linkDensity: b.features?.linkDensity ?? 0, words: measure.wordCount(i),
                stopwords: languageBit.map { measure.stopwordCount(i, bit: $0) } ?? 0,
                hasStoplist: languageBit != nil, text: b.key)
            let (cls, rule) = cf.classify(input)
            cfClass.append(cls); cfRule.append(rule)
            if isHTML { inputs.append(input) }
        }
        // 3. Without DOM features (text dumps) only context applies, conservatively.
        guard isHTML else {
            return plainText(blocks, cfClass, cfRule, chars, title: title, language: language, known: known)
        }
        // 4. HTML: the main content, and jusText's classes made to fit an article inside it.
        return labelHTML(blocks, Measured(inputs: inputs, cfClass: cfClass, cfRule: cfRule, chars: chars),
                         title: title, language: language, articleBody: articleBody, heads: heads, lines: &lines)
    }

    /// Text dumps: `PlainTextLabeler` (chrome by phrases and shapes, lists and comment blocks,
    /// jusText's context over the rest, the headline and its repeats).
    private func plainText(_ blocks: [Block], _ cfClass: [ParagraphClass], _ cfRule: [String], _ chars: [Int],
                           title: String?, language: String?, known: [ChromeMatch?]?) -> GenericExtraction {
        PlainTextLabeler(tunables: tunables, chrome: ChromeLineClassifier(lists: resources.chrome))
            .extract(blocks, cfClass, cfRule, chars, title: title, language: language, known: known)
    }

    // MARK: - Helpers

    static func rule(for hint: ElementTable.Hint) -> String? {
        switch hint {
        case .none, .positive: return nil
        case .nav: return GenericRule.domNav
        case .header: return GenericRule.domHeader
        case .footer: return GenericRule.domFooter
        case .aside: return GenericRule.domAside
        case .form: return GenericRule.domForm
        case .boilerplateClass: return GenericRule.domClass
        case .weakBoilerplateClass: return GenericRule.domClassWeak
        }
    }

    static func charCount(_ s: String) -> Int { s.utf8.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } }

    static func normalizeTitle(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { CharacterSetLite.isAlnum($0) })
    }
}

enum CharacterSetLite {
    static func isAlnum(_ u: Unicode.Scalar) -> Bool { u.properties.isAlphabetic || u.properties.numericType != nil }
}

extension ElementTable {
    func isAncestor(_ a: Int, of e: Int) -> Bool {
        var x = elements[e].parent
        while x >= 0 { if x == a { return true }; x = elements[x].parent }
        return false
    }

    /// The page-local id (from BlockFeatures.ancestorIDs) of a dense element.
    func elementID(_ dense: Int, blocks: [Block]) -> Int? {
        for (i, b) in blocks.enumerated() where blockElement[i] >= 0 {
            var e = blockElement[i]
            var depth = elements[e].depth
            while e >= 0 {
                if e == dense { return b.features?.ancestorIDs[depth] }
                e = elements[e].parent; depth -= 1
            }
        }
        return nil
    }
}

/// A line cut into words and its chrome verdict (nil: none), worked out once per page.
struct ClassifiedLine {
    var words: LineWords
    var match: ChromeMatch?
}

/// The lines of a page already classified, by block index.
typealias ClassifiedLines = [Int: ClassifiedLine]
