/// Labels what a page's site is known to print on every page (a `SiteProfile`, learned from the
/// corpus by the profile pass): its learned lines (but a headline-like one that heads this
/// page's article text: the page's own title, listed as "most read" on the others), its varying
/// lines of a learned shape (date lines, «اقرأ أيضا: …»), and the slots after learned slot lines
/// (the changing headlines under a "most read" line). The rule id says why, with the
/// evidence: `learned.recurring-line 41/48` (on 41 of the site's 48 pages).
///
/// It runs after an outlet's rules, on the lines they left to a zone's default, and before the
/// generic labeler, which judges what is left.
public struct LearnedChromeLabeler: Sendable {
    public static let recurringLine = "learned.recurring-line"
    public static let dateShape = "learned.date-shape"
    public static let labelShape = "learned.label-shape"
    public static let slot = "learned.slot"
    public static let caption = "learned.caption"
    public static let recirculated = "learned.recirculated"
    /// The page's own headline: a line of its head that the site's other pages print (in their
    /// lists of headlines). A hint for the generic path: a text dump's headline choice weighs it
    /// (`HeadlineChooser.knownHeadline`); what the page decides for the line stands.
    public static let ownHeadline = "learned.headline"

    public let profile: SiteProfile
    private let sites: [SiteIndex]
    private let hostSites: [String: Int]
    /// Sites without a host (templates) holding a learned line: by the line's fingerprint, 1 + the
    /// index of their list in `templateLists`.
    private let templatesOf: FingerprintMap
    private let templateLists: [[Int32]]

    /// A site's learned lines and shapes by fingerprint (1 + index into the site's arrays), and
    /// its recirculated lines (1; 2 when listed as a headline on some page).
    private struct SiteIndex: Sendable {
        var lines = FingerprintMap()
        var recirculated = FingerprintMap()
        var dateShapes = FingerprintMap()
        var labelShapes = FingerprintMap()
        /// The rule ids, with their evidence, made once: per learned line, per slot line, per shape.
        var lineRules: [String] = []
        var slotRules: [String?] = []
        var shapeRules: [String] = []
        /// Per learned line and per shape: the caption rule when captions stand by it.
        var lineCaptionRules: [String?] = []
        var shapeCaptionRules: [String?] = []
    }

    public init(profile: SiteProfile) {
        self.profile = profile
        var sites: [SiteIndex] = []
        var hostSites: [String: Int] = [:]
        var templatesOf = FingerprintMap()
        var templateLists: [[Int32]] = []
        func first(_ map: inout FingerprintMap, _ fp: UInt64, _ n: Int) {
            if map[fp] == 0 { map[fp] = UInt32(n + 1) }
        }
        for (s, site) in profile.sites.enumerated() {
            var index = SiteIndex()
            for (n, line) in site.lines.enumerated() {
                let fp = LineShapes.fingerprint(ofLine: line.text)
                first(&index.lines, fp, n)
                index.lineRules.append("\(Self.recurringLine) \(line.pages)/\(site.pages)")
                index.slotRules.append(line.slot.map { "\(Self.slot) «\(Self.excerpt(line.text))» \($0.listPages)/\(site.pages)" })
                index.lineCaptionRules.append(line.captionPages.map { "\(Self.caption) «\(Self.excerpt(line.text))» \($0)/\(site.pages)" })
                if site.host == nil {
                    if templatesOf[fp] == 0 {
                        templateLists.append([])
                        templatesOf[fp] = UInt32(templateLists.count)
                    }
                    templateLists[Int(templatesOf[fp]) - 1].append(Int32(s))
                }
            }
            for line in site.recirculated {
                index.recirculated[LineShapes.fingerprint(ofLine: line.text)] = (line.listedPages ?? 0) > 0 ? 2 : 1
            }
            for (n, shape) in site.shapes.enumerated() {
                let fp = LineShapes.fingerprint(ofShape: shape.shape)
                index.shapeRules.append("\(shape.kind == .date ? Self.dateShape : Self.labelShape) \(shape.pages)/\(site.pages)")
                index.shapeCaptionRules.append(shape.captionPages.map { "\(Self.caption) «\(Self.excerpt(shape.shape))» \($0)/\(site.pages)" })
                switch shape.kind {
                case .date: first(&index.dateShapes, fp, n)
                case .label: first(&index.labelShapes, fp, n)
                }
            }
            if let host = site.host { hostSites[host] = hostSites[host] ?? s }
            sites.append(index)
        }
        self.sites = sites
        self.hostSites = hostSites
        self.templatesOf = templatesOf
        self.templateLists = templateLists
    }

    public var isEmpty: Bool { profile.sites.isEmpty }

    /// The learned site of a page: its URL's host, else the template whose learned lines it shows
    /// most of (enough of them: as many as the profile asked of a page joining a template).
    func site(url: String?, signatures: [LineSignature]) -> Int? {
        if let host = url.flatMap(SiteKey.host(of:)) { return hostSites[host] }
        // Each site's learned lines on the page, each line counted once.
        var shared = [Int](repeating: 0, count: profile.sites.count)
        var seen = FingerprintMap(capacity: signatures.count)
        for line in signatures where line.text != 0 {
            let list = templatesOf[line.text]
            guard list != 0, seen[line.text] == 0 else { continue }
            seen[line.text] = 1
            for s in templateLists[Int(list) - 1] { shared[Int(s)] += 1 }
        }
        let t = profile.tunables
        // The most shared; the first site on a tie.
        guard let best = shared.indices.max(by: { shared[$0] < shared[$1] || (shared[$0] == shared[$1] && $0 > $1) }),
              shared[best] >= t.minTemplateLines,
              Double(shared[best]) >= t.minTemplateShare * profile.sites[best].linesPerPage else { return nil }
        return best
    }

    /// What `label` leaves for after the page's other labellers: the line that is the picture
    /// caption (labelled so only if they keep it as text), with its rule.
    public struct Caption: Sendable {
        public var line: Int
        public var rule: String
    }

    /// How much of what was learned a page takes: an outlet's page, whose structure its rules
    /// know, only the site's lines and shapes (`linesAndShapes`); a page of no outlet everything.
    public enum Scope: Sendable { case linesAndShapes, everything }

    /// Labels the learned chrome among the blocks for which `eligible` holds; returns the caption
    /// to label once the rest of the page is decided (`labelCaption`).
    @discardableResult
    public func label(_ document: inout Document, scope: Scope = .everything, eligible: (Int) -> Bool) -> Caption? {
        guard !isEmpty else { return nil }
        let t = profile.tunables
        // Read in place: `blocks.map` would copy every block. Shapes are added below, on the lines
        // that may take one (most lines are learned, blank or article text).
        let signatures = document.blocks.indices.map {
            LineSignature.of(document.blocks[$0].raw, maxShapeBytes: t.maxChromeBytes, shapes: false)
        }
        guard let s = site(url: document.url, signatures: signatures) else { return nil }
        let site = profile.sites[s]
        let index = sites[s]
        func position(_ map: FingerprintMap, _ fp: UInt64) -> Int? {
            let n = map[fp]
            return n == 0 ? nil : Int(n) - 1
        }
        let chromeSized = signatures.map { !$0.isBlank && $0.bytes <= t.maxChromeBytes }
        let learned: [Int?] = signatures.indices.map { chromeSized[$0] ? position(index.lines, signatures[$0].text) : nil }
        let siteHasShapes = !site.shapes.isEmpty
        let shape: [Int?] = signatures.indices.map { i in
            guard siteHasShapes, !signatures[i].isBlank, learned[i] == nil, !signatures[i].isArticleLike(t) else { return nil }
            let line = signatures[i].withShapes(of: document.blocks[i].raw, maxShapeBytes: t.maxChromeBytes)
            if line.dateShape != 0, let n = position(index.dateShapes, line.dateShape) { return n }
            if line.labelShape != 0, let n = position(index.labelShapes, line.labelShape) { return n }
            return nil
        }
        let view = ChromeView(lines: signatures, learned: learned.map { $0 != nil }, shaped: shape.map { $0 != nil },
                              recirculated: signatures.indices.map { chromeSized[$0] && index.recirculated[signatures[$0].text] != 0 }, t)
        // Each line is decided once, by the first of the steps below that takes it.
        var taken = [Bool](repeating: false, count: signatures.count)
        func set(_ i: Int, _ label: Label, _ rule: String) {
            guard !taken[i], eligible(i) else { return }
            taken[i] = true
            document.blocks[i].label = label
            document.blocks[i].rule = rule
        }
        // Learned lines: a short one (a menu item, a widget label) wherever it stands; a headline
        // only inside a list of headlines and outside the article's head (a page's own title,
        // listed as "most read" on the site's other pages, stands in its head).
        let chrome = signatures.indices.map {
            learned[$0] != nil && (view.structural[$0] || (view.inList($0, signatures, t) && !view.inHead($0)))
        }
        // Labelled by where they stand: in the article's head what stands around a headline
        // (a widget: share, follow, listen…), above it the page's head (navigation), below the
        // article's text its foot.
        for i in signatures.indices where chrome[i] {
            let label: Label = view.inHead(i) ? .widget : view.firstText.map { i < $0 ? .navigation : .footer } ?? .boilerplate
            set(i, label, index.lineRules[learned[i]!])
        }
        // Varying lines of a learned shape (never article text; a page's own headline behind its
        // kind, «تقرير: …», is the headline choice's to admit: `HeadlineChooser`).
        for i in signatures.indices {
            guard let n = shape[i] else { continue }
            set(i, site.shapes[n].kind == .date ? .timestamp : .boilerplate, index.shapeRules[n])
        }
        guard scope == .everything else { return nil }
        // Slots: what follows a learned slot line up to the next structural one, but article text
        // and the article's head.
        for i in signatures.indices where chrome[i] {
            guard let rule = index.slotRules[learned[i]!] else { continue }
            for j in view.run(after: i).lines { set(j, .related, rule) }
        }
        // Headlines of the site's other articles, inside a list of them and outside the article.
        // (Lines that recirculate inside the article are an article printed on several pages: the
        // corpus deduplicator's, not chrome; teasers in a list go with its slot.)
        for i in signatures.indices where view.recirculated[i] && learned[i] == nil && shape[i] == nil && !view.inArticle(i)
            && signatures[i].isHeadlineLike(t) && view.inList(i, signatures, t) {
            set(i, .related, Self.recirculated)
        }
        // The page's own headline: the last line of a headline's length over the article's text,
        // in its head, that the site's other pages list as a headline (a related or most-read
        // list; learned when the list is the same on most pages) and that stands in no list here
        // (a strip of other headlines over the head is one).
        if let first = view.firstText,
           let own = (view.headStart..<first).last(where: { i in
               !taken[i] && chromeSized[i] && (index.recirculated[signatures[i].text] == 2 || learned[i] != nil) && signatures[i].isHeadlineLike(t)
                   && !view.inList(i, signatures, t)
           }) {
            set(own, .title, Self.ownHeadline)
        }
        // The article's picture caption, by the chrome line the site puts its captions by.
        if let (line, anchor) = view.caption(signatures, t), eligible(line),
           let rule = learned[anchor].flatMap({ index.lineCaptionRules[$0] }) ?? shape[anchor].flatMap({ index.shapeCaptionRules[$0] }) {
            return Caption(line: line, rule: rule)
        }
        return nil
    }

    /// Labels the caption `label` found, if the page's other labellers kept it as text.
    public func labelCaption(_ caption: Caption?, in document: inout Document) {
        guard let caption, document.blocks[caption.line].label.isText else { return }
        document.blocks[caption.line].label = .caption
        document.blocks[caption.line].rule = caption.rule
    }

    /// The first few words of a line, for a rule id.
    static func excerpt(_ text: String) -> String {
        let words = text.split(separator: " ", maxSplits: 4)
        return words.count > 4 ? words.prefix(4).joined(separator: " ") + "…" : text
    }
}
