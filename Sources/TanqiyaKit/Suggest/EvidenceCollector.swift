/// Gathers `SiteEvidence` from a site's pages as `clean` reads them with learning on: each page
/// is given already run through the reference pipeline (no outlet rules, the site's learned
/// chrome, the generic path), so its labels say what the page's lines are; the site's learned
/// lines and shapes are found on it again to say where each stands.
struct EvidenceCollector {
    let site: LearnedSite
    let learning: LearningTunables
    let tunables: SuggestTunables
    private(set) var evidence = SiteEvidence()
    private let index: SiteChromeIndex

    init(site: LearnedSite, learning: LearningTunables, tunables: SuggestTunables) {
        self.site = site
        self.learning = learning
        self.tunables = tunables
        index = SiteChromeIndex(site)
    }

    static let printedURL = PrintedPageURL(phrases: .pageURLLabels)

    /// A page of another site: which of this site's recurring lines it prints too.
    mutating func addOther(_ document: Document) {
        evidence.otherPages += 1
        var seen = Set<Int>()
        for block in document.blocks {
            let line = LineSignature.of(block.raw, maxShapeBytes: learning.maxChromeBytes)
            guard !line.isBlank, line.bytes <= learning.maxChromeBytes, let n = index.lines[line.text], seen.insert(n).inserted
            else { continue }
            evidence.linesElsewhere[site.lines[n].text, default: 0] += 1
        }
    }

    /// A page of the site, read by the reference pipeline.
    mutating func add(_ document: Document) {
        let page = PageReading(document, index: index, learning)
        let blocks = document.blocks
        evidence.pages += 1
        if let host = (document.url ?? Self.printedURL.find(in: blocks)?.url).flatMap(OutletDetector.host(of:)) {
            evidence.hosts[host, default: 0] += 1
        }
        if let t = page.title {
            evidence.titledPages += 1
            titleStructure(blocks, title: t)
        }
        captions(blocks)
        var seenLines = Set<Int>(), seenDates = Set<Int>(), seenLabels = Set<Int>(), seenDropped = Set<String>()
        for i in blocks.indices where !page.view.blank[i] {
            let label = blocks[i].label
            if page.kept(i) { keep(blocks[i].key) }
            if let n = page.learned[i] {
                guard seenLines.insert(n).inserted else { continue }
                Self.update(&evidence.lines[site.lines[n].text, default: SiteEvidence.Item()], at: i, page, blocks, example: site.lines[n].text, site, learning)
            } else if let (kind, n) = page.shape[i] {
                let shape = site.shapes[n]
                if kind == .date {
                    guard seenDates.insert(n).inserted else { continue }
                    Self.update(&evidence.dateShapes[shape.shape, default: SiteEvidence.Item()], at: i, page, blocks, example: shape.example, site, learning)
                } else {
                    guard seenLabels.insert(n).inserted else { continue }
                    Self.update(&evidence.labelShapes[shape.shape, default: SiteEvidence.Item()], at: i, page, blocks, example: shape.example, site, learning)
                }
            } else if !label.isKept, blocks[i].duplicateOf == nil, !page.view.recirculated[i], !page.view.inList(i, page.lines, learning) {
                let words = Self.words(blocks[i].key, upTo: tunables.maxPrefixWords + 1)
                guard let first = words.first, seenDropped.insert(first).inserted else { continue }
                var group = evidence.dropped[first, default: SiteEvidence.DroppedLines()]
                group.pages += 1
                group.starts.append(words)
                group.labels[label, default: 0] += 1
                if page.position(i) == .above { group.above += 1 }
                evidence.dropped[first] = group
            }
        }
    }

    private static func update(_ item: inout SiteEvidence.Item, at i: Int, _ page: PageReading, _ blocks: [Block], example: String,
                               _ site: LearnedSite, _ learning: LearningTunables) {
        if item.example.isEmpty { item.example = example }
        item.pages += 1
        item.count(page.position(i))
        item.labels[blocks[i].label, default: 0] += 1
        if blocks[i].label == .title || page.besideRecirculated(i) { item.listed += 1 }
        if let last = page.lastText, i > last, (last + 1..<i).allSatisfy({ page.view.blank[$0] }) { item.firstAfterText += 1 }
        if let above = (0..<i).last(where: { !page.view.blank[$0] }) {
            if page.text(above) { item.textAbove += 1 }
            if blocks[above].label == .caption { item.captionAbove += 1 }
        }
        guard page.view.structural[i] else { return }
        let run = page.view.run(after: i)
        guard let last = run.lines.last else { return }
        item.slotPages += 1
        let span = ((i + 1)...last).filter { !page.view.blank[$0] }.count
        item.minSlotSpan = min(item.minSlotSpan ?? span, span)
        var end = ""
        if !run.text && !run.head, let k = ((i + 1)..<blocks.count).first(where: { page.view.structural[$0] }), let n = page.learned[k] {
            end = site.lines[n].text
        }
        item.slotEnds[end, default: 0] += 1
    }

    /// The title printed again below it, and the caption right after that repeat.
    private mutating func titleStructure(_ blocks: [Block], title t: Int) {
        var seen = 0
        var j = t + 1
        while j < blocks.count, seen < tunables.maxTitleRepeatDistance {
            defer { j += 1 }
            guard !blocks[j].key.isEmpty else { continue }
            seen += 1
            guard blocks.sameKey(j, t) else { continue }
            evidence.titleRepeatPages += 1
            evidence.maxTitleRepeatDistance = max(evidence.maxTitleRepeatDistance, seen)
            if j + 1 < blocks.count, blocks[j + 1].label == .caption { evidence.captionAfterRepeatPages += 1 }
            return
        }
    }

    private mutating func captions(_ blocks: [Block]) {
        let captions = blocks.indices.filter { blocks[$0].label == .caption }
        guard !captions.isEmpty else { return }
        evidence.captionPages += 1
        if captions.contains(where: { $0 + 1 < blocks.count && blocks.sameKey($0 + 1, $0) }) { evidence.captionTwicePages += 1 }
    }

    /// Every word prefix (up to `maxPrefixWords` words) of a kept line.
    private mutating func keep(_ key: String) {
        let words = Self.words(key, upTo: tunables.maxPrefixWords)
        for k in words.indices { evidence.keptPrefixes.insert(words[...k].joined(separator: " ")) }
    }

    static func words(_ key: String, upTo n: Int) -> [String] {
        key.split(separator: " ", maxSplits: n, omittingEmptySubsequences: true).prefix(n).map(String.init)
    }
}

/// A learned site's lines, shapes and recirculated lines by fingerprint (as `LearnedChromeLabeler`
/// finds them on a page).
struct SiteChromeIndex {
    var lines: [UInt64: Int] = [:]
    var dateShapes: [UInt64: Int] = [:]
    var labelShapes: [UInt64: Int] = [:]
    var recirculated: Set<UInt64> = []

    init(_ site: LearnedSite) {
        for (n, line) in site.lines.enumerated() where lines[LineShapes.fingerprint(ofLine: line.text)] == nil {
            lines[LineShapes.fingerprint(ofLine: line.text)] = n
        }
        for (n, shape) in site.shapes.enumerated() {
            let fp = LineShapes.fingerprint(ofShape: shape.shape)
            switch shape.kind {
            case .date: if dateShapes[fp] == nil { dateShapes[fp] = n }
            case .label: if labelShapes[fp] == nil { labelShapes[fp] = n }
            }
        }
        recirculated = Set(site.recirculated.map { LineShapes.fingerprint(ofLine: $0.text) })
    }
}

/// One page of the site as the reference pipeline left it, with its learned lines and shapes
/// found again and the article's place: its title and its first and last paragraphs.
struct PageReading {
    let lines: [LineSignature]
    let learned: [Int?]
    let shape: [(LearnedSite.Shape.Kind, Int)?]
    let view: ChromeView
    let title: Int?
    let firstText: Int?
    let lastText: Int?
    private let labels: [Label]
    private let duplicate: [Bool]

    init(_ document: Document, index: SiteChromeIndex, _ t: LearningTunables) {
        let blocks = document.blocks
        lines = blocks.indices.map { LineSignature.of(blocks[$0].raw, maxShapeBytes: t.maxChromeBytes) }
        let lines = self.lines
        let chromeSized = lines.map { !$0.isBlank && $0.bytes <= t.maxChromeBytes }
        learned = lines.indices.map { chromeSized[$0] ? index.lines[lines[$0].text] : nil }
        let learned = self.learned
        shape = lines.indices.map { i -> (LearnedSite.Shape.Kind, Int)? in
            let line = lines[i]
            guard !line.isBlank, learned[i] == nil, !line.isArticleLike(t) else { return nil }
            if line.dateShape != 0, let n = index.dateShapes[line.dateShape] { return (.date, n) }
            if line.labelShape != 0, let n = index.labelShapes[line.labelShape] { return (.label, n) }
            return nil
        }
        view = ChromeView(lines: lines, learned: learned.map { $0 != nil }, shaped: shape.map { $0 != nil },
                          recirculated: lines.indices.map { chromeSized[$0] && index.recirculated.contains(lines[$0].text) }, t)
        labels = blocks.map(\.label)
        duplicate = blocks.map { $0.duplicateOf != nil }
        title = blocks.indices.first { blocks[$0].label == .title && blocks[$0].duplicateOf == nil }
        let text = blocks.indices.filter { blocks[$0].label.isText && blocks[$0].duplicateOf == nil }
        firstText = text.first
        lastText = text.last
    }

    /// Whether the non-blank line before or after `i` is a headline of the site's lists (a line on
    /// several of its pages that was not learned).
    func besideRecirculated(_ i: Int) -> Bool {
        func headline(_ j: Int) -> Bool { view.recirculated[j] && learned[j] == nil }
        if let before = (0..<i).last(where: { !view.blank[$0] }), headline(before) { return true }
        if let after = ((i + 1)..<view.blank.count).first(where: { !view.blank[$0] }), headline(after) { return true }
        return false
    }

    /// A paragraph of the article (kept as text, not a repeat).
    func text(_ i: Int) -> Bool { labels[i].isText && !duplicate[i] }

    /// Kept as the article's title, text or caption.
    func kept(_ i: Int) -> Bool { (labels[i].isText || labels[i] == .title || labels[i] == .caption) && !duplicate[i] }

    func position(_ i: Int) -> SiteEvidence.Position {
        if let title, i < title { return .above }
        guard let first = firstText else { return title == nil ? .above : .head }
        if i < first { return title == nil && i < view.headStart ? .above : .head }
        if let last = lastText, i > last { return .below }
        return .within
    }
}
