/// Decides the lines of a page whose outlet has no rule file: jusText's shallow features and
/// context smoothing inside a main container chosen readability-style by text score per
/// subtree, with DOM hints (semantic tags, class/id words) on HTML pages. A page is one
/// article; an HTML page without a title block takes its head's title.
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
        let extraction = extract(blocks: nonBlank.map { document.blocks[$0] }, title: document.html?.title,
                                 known: known.contains { $0 != nil } ? known : nil)
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
            let kept = document.blocks.map { $0.label == .body }
            labelChromeLines(&document) { kept[$0] }
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
    /// default (a layout the rule file does not know yet).
    func labelChromeLines(_ document: inout Document, eligible: (Int) -> Bool) {
        let chrome = ChromeLineClassifier(lists: resources.chrome)
        let kept = document.blocks.indices.filter(eligible)
        guard !kept.isEmpty else { return }
        let words = kept.map { LineWords(document.blocks[$0].key) }
        let arabic = words.reduce(0) { $0 + $1.arabicLetters }
        let other = words.reduce(0) { $0 + $1.otherLetters }
        let arabicPage = arabic > 0 && arabic >= PlainTextLabeler.arabicPageRatio * other
        for (k, i) in kept.enumerated() {
            guard let m = chrome.classify(words[k], arabicPage: arabicPage) else { continue }
            document.blocks[i].label = m.label
            document.blocks[i].rule = m.rule
            if m.label == .credit { document.blocks[i].value = PlainTextLabeler.valueAfterLabel(document.blocks[i].key) }
        }
    }

    /// A headline: at most this many words, and no sentence-final punctuation.
    static let maxHeadlineWords = 30

    static func looksLikeHeadline(_ text: String) -> Bool {
        // At most maxHeadlineWords + 1 pieces: a 50 MB line is not split into a million words.
        let words = text.split(separator: " ", maxSplits: maxHeadlineWords).count
        guard words >= 2, words <= maxHeadlineWords, let last = text.unicodeScalars.last else { return false }
        return !".!؟?:".unicodeScalars.contains(last)
    }

    /// The decisions for `blocks` (their `key` is the text judged), the stages in order; `known`:
    /// blocks decided already (learned chrome), one entry per block. A known block stays chrome;
    /// on a text dump the phrase lists may name it more precisely.
    func extract(blocks: [Block], title: String?, known: [ChromeMatch?]?) -> GenericExtraction {
        var extraction = extract(blocks: blocks, title: title, knownChrome: known)
        for (i, match) in (known ?? []).enumerated() {
            guard let match, extraction.decisions[i].label.isKept else { continue }
            extraction.decisions[i].label = match.label
            extraction.decisions[i].rule = match.rule
        }
        return extraction
    }

    public func extract(blocks: [Block], title: String?) -> GenericExtraction {
        extract(blocks: blocks, title: title, knownChrome: nil)
    }

    private func extract(blocks: [Block], title: String?, knownChrome known: [ChromeMatch?]?) -> GenericExtraction {
        let t = tunables
        let n = blocks.count
        guard n > 0 else { return GenericExtraction(title: title, paragraphs: [], decisions: [], language: nil, mainContainerID: nil) }
        // 1. Words and stop words of every block, and the page's language (the best-covering stop list).
        let measure = TextMeasure(texts: blocks.map(\.key), stopLists: resources.stopLists)
        var languageBit: UInt32?
        var language: String?
        if let (idx, share) = measure.dominantLanguage(sampleWords: t.languageSampleWords, languageCount: resources.stopLists.languages.count),
           share >= t.minLanguageStopwordShare {
            languageBit = UInt32(1) << UInt32(idx)
            language = resources.stopLists.languages[idx]
        }
        // 2. Context-free class of each block from its own text (jusText's ladder).
        let cf = ContextFreePass(t: t)
        var inputs: [ContextFreePass.Input] = []
        inputs.reserveCapacity(n)
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
            cfClass.append(cls); cfRule.append(rule); inputs.append(input)
        }
        // 3. Without DOM features (text dumps) only context applies, conservatively.
        guard blocks.contains(where: { $0.features != nil }) else {
            return plainText(blocks, cfClass, cfRule, chars, title: title, language: language, known: known)
        }
        // 4. Elements, their text totals and DOM hints; hints on wrappers of most of the page are void.
        var table = ElementTable(blocks: blocks, hints: resources.hints)
        let totalChars = chars.reduce(0, +)
        for i in 0..<n where table.blockElement[i] >= 0 {
            let good = cfClass[i] == .good ? chars[i] : 0
            var e = table.blockElement[i]
            while e >= 0 { table.elements[e].chars += chars[i]; table.elements[e].goodChars += good; e = table.elements[e].parent }
        }
        let maxHinted = Double(totalChars) * t.maxHintedRegionShare
        let hints: [ElementTable.Hint] = table.elements.indices.map { e in
            let el = table.elements[e]
            let h = el.hint
            if h == .none || h == .positive { return h }
            return Double(el.chars) <= maxHinted ? h : .none
        }
        // 5. Main container: the subtree with the best score (good text minus link/boilerplate text).
        let container = chooseContainer(&table, blocks: blocks, cfClass: cfClass, cfRule: cfRule, chars: chars, hints: hints)
        // 6. Inside it, DOM-hinted blocks are boilerplate; the rest go through jusText's context pass.
        var items: [ContextSmoothing.Item] = []
        var itemBlock: [Int] = []
        var decisions = (0..<n).map { BlockDecision(label: .boilerplate, rule: GenericRule.outsideMain, contextFreeClass: cfClass[$0], finalClass: .bad) }
        for i in 0..<n {
            guard table.blockElement[i] >= 0, container < 0 || table.isInside(block: i, element: container) else { continue }
            var domRule: String?
            var e = table.blockElement[i]
            while e >= 0 && e != container {
                if let r = Self.rule(for: hints[e]) { domRule = r; break }
                e = table.elements[e].parent
            }
            let heading = (blocks[i].features?.headingLevel ?? 0) > 0
            if let domRule {
                items.append(.init(cls: .bad, cfClass: .bad, isHeading: heading, chars: chars[i], rule: domRule, locked: true))
            } else if container >= 0 && cfRule[i] == GenericRule.linkDensity && inputs[i].linkDensity <= t.maxLinkDensityInContainer {
                // Inside the article, paragraphs link names and sources: judge the text, not the links.
                var input = inputs[i]
                input.linkDensity = 0
                let (cls, rule) = cf.classify(input)
                items.append(.init(cls: cls, cfClass: cls, isHeading: heading, chars: chars[i], rule: rule, locked: false))
            } else {
                items.append(.init(cls: cfClass[i], cfClass: cfClass[i], isHeading: heading, chars: chars[i], rule: cfRule[i], locked: false))
            }
            itemBlock.append(i)
        }
        // Short articles have no block long enough to be "good", and jusText then drops them all;
        // inside a chosen container the near-good blocks stand in for the good ones.
        // Inside the container, stop-word-rich blocks are good from `lengthLow` on (not `lengthHigh`):
        // news paragraphs are often one or two sentences.
        if container >= 0 {
            let none = !items.contains(where: { $0.cls == .good })
            for k in items.indices where items[k].cls == .nearGood && !items[k].locked
                && (none || items[k].rule == GenericRule.stopwordDensityHigh) {
                items[k].cls = .good; items[k].rule = GenericRule.containerNearGood
            }
        }
        ContextSmoothing(t: t).revise(&items)
        // 7. Labels; the headline (h1 or the metadata title) is the title, not body.
        var paragraphs: [String] = []
        let normalizedTitle = title.map(Self.normalizeTitle)
        let titleChars = title.map(Self.charCount) ?? 0
        for (k, item) in items.enumerated() {
            let i = itemBlock[k]
            let isTitle = (blocks[i].features?.headingLevel == 1)
                || (title != nil && chars[i] <= titleChars + 8 && chars[i] + 8 >= titleChars && Self.normalizeTitle(blocks[i].key) == normalizedTitle)
            var d = BlockDecision(label: item.cls == .good ? .body : .boilerplate, rule: item.rule,
                                  contextFreeClass: cfClass[i], finalClass: item.cls)
            if isTitle { d.label = .title; d.rule = GenericRule.title }
            if d.label == .body { paragraphs.append(blocks[i].key) }
            decisions[i] = d
        }
        return GenericExtraction(title: title, paragraphs: paragraphs, decisions: decisions, language: language,
                                 mainContainerID: container >= 0 ? table.elementID(container, blocks: blocks) : nil)
    }

    // MARK: - Stages

    /// Scores every element readability-style: its content text (good blocks, near-good at a
    /// discount, nothing from hinted regions) times the share of its text that is neither link
    /// text nor hinted boilerplate. Returns the best element, or -1 when no element holds
    /// enough of the page's content.
    private func chooseContainer(_ table: inout ElementTable, blocks: [Block], cfClass: [ParagraphClass], cfRule: [String],
                                 chars: [Int], hints: [ElementTable.Hint]) -> Int {
        let t = tunables
        let m = table.elements.count
        var content = [Double](repeating: 0, count: m)
        var links = [Double](repeating: 0, count: m)
        var hintedText = [Double](repeating: 0, count: m)
        var pageContent = 0.0
        for i in blocks.indices where table.blockElement[i] >= 0 {
            // Is the block inside a hinted region, and from which element up?
            var hintedFrom = -1
            var a = table.blockElement[i]
            while a >= 0 { if hints[a] != .none && hints[a] != .positive { hintedFrom = a }; a = table.elements[a].parent }
            let c = Double(chars[i])
            let w: Double = cfClass[i] == .good ? c : cfClass[i] == .nearGood ? c * t.nearGoodWeight : 0
            if hintedFrom < 0 { pageContent += w }
            let l = Double(blocks[i].features?.linkCharCount ?? 0)
            // A block in a hinted region is boilerplate text for every element that holds it.
            var e = table.blockElement[i]
            while e >= 0 {
                if hintedFrom >= 0 { hintedText[e] += c } else { content[e] += w }
                links[e] += l
                e = table.elements[e].parent
            }
        }
        var score = [Double](repeating: 0, count: m)
        var best = -1
        var bestScore = 0.0
        for e in 0..<m {
            let h = hints[e]
            if h != .none && h != .positive { continue }
            let total = Double(table.elements[e].chars)
            guard total > 0 else { continue }
            let clean = max(0, 1 - links[e] / total) * max(0, 1 - t.badWeight * hintedText[e] / total)
            score[e] = content[e] * clean * (h == .positive ? t.positiveHintBoost : 1)
            if score[e] > bestScore { bestScore = score[e]; best = e }
        }
        guard best >= 0 else { return -1 }
        // The deepest element inside the best one that scores nearly as well.
        var chosen = best
        for e in 0..<m where table.elements[e].depth > table.elements[chosen].depth
            && score[e] >= bestScore * t.containerTieShare && table.isAncestor(best, of: e) {
            chosen = e
        }
        if pageContent > 0 && content[chosen] < t.minContainerGoodShare * pageContent { return -1 }
        return chosen
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
