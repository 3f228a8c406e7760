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
    public static let title = "learned.title"
    public static let recirculated = "learned.recirculated"

    public let profile: SiteProfile
    private let sites: [SiteIndex]
    private let hostSites: [String: Int]
    /// Sites without a host (templates) holding a learned line: by the line's fingerprint, 1 + the
    /// index of their list in `templateLists`.
    private let templatesOf: FingerprintMap
    private let templateLists: [[Int32]]

    /// A site's learned lines and shapes by fingerprint (1 + index into the site's arrays), and
    /// its recirculated lines (1).
    private struct SiteIndex: Sendable {
        var lines = FingerprintMap()
        var recirculated = FingerprintMap()
        var dateShapes = FingerprintMap()
        var labelShapes = FingerprintMap()
        /// The rule ids, with their evidence, made once: per learned line, per slot line, per shape.
        var lineRules: [String] = []
        var slotRules: [String?] = []
        var shapeRules: [String] = []
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
                if site.host == nil {
                    if templatesOf[fp] == 0 {
                        templateLists.append([])
                        templatesOf[fp] = UInt32(templateLists.count)
                    }
                    templateLists[Int(templatesOf[fp]) - 1].append(Int32(s))
                }
            }
            for line in site.recirculated { index.recirculated[LineShapes.fingerprint(ofLine: line.text)] = 1 }
            for (n, shape) in site.shapes.enumerated() {
                let fp = LineShapes.fingerprint(ofShape: shape.shape)
                index.shapeRules.append("\(shape.kind == .date ? Self.dateShape : Self.labelShape) \(shape.pages)/\(site.pages)")
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

    /// Labels the learned chrome among the blocks for which `eligible` holds, and with
    /// `chooseTitle` (a page no outlet's rules read) the title; returns how many lines it labelled.
    @discardableResult
    public func label(_ document: inout Document, chooseTitle: Bool = false, eligible: (Int) -> Bool) -> Int {
        guard !isEmpty else { return 0 }
        let t = profile.tunables
        // Read in place: `blocks.map` would copy every block.
        let signatures = document.blocks.indices.map { LineSignature.of(document.blocks[$0].raw, maxShapeBytes: t.maxChromeBytes) }
        guard let s = site(url: document.url, signatures: signatures) else { return 0 }
        let site = profile.sites[s]
        let index = sites[s]
        func position(_ map: FingerprintMap, _ fp: UInt64) -> Int? {
            let n = map[fp]
            return n == 0 ? nil : Int(n) - 1
        }
        let chromeSized = signatures.map { !$0.isBlank && $0.bytes <= t.maxChromeBytes }
        let learned: [Int?] = signatures.indices.map { chromeSized[$0] ? position(index.lines, signatures[$0].text) : nil }
        let shape: [Int?] = signatures.indices.map { i in
            let line = signatures[i]
            guard !line.isBlank, learned[i] == nil, !line.isArticleLike(t) else { return nil }
            if line.dateShape != 0, let n = position(index.dateShapes, line.dateShape) { return n }
            if line.labelShape != 0, let n = position(index.labelShapes, line.labelShape) { return n }
            return nil
        }
        let view = ChromeView(lines: signatures, learned: learned.map { $0 != nil }, shaped: shape.map { $0 != nil },
                              recirculated: signatures.indices.map { chromeSized[$0] && index.recirculated[signatures[$0].text] != 0 }, t)
        var labelled = 0
        func set(_ i: Int, _ label: Label, _ rule: String) {
            guard eligible(i) else { return }
            document.blocks[i].label = label
            document.blocks[i].rule = rule
            labelled += 1
        }
        // The title: the first headline in the article's head. A learned line there is this page's
        // own headline (listed as "most read" on the others): not chrome.
        // (Looked for only where it decides something: a title to choose, or a headline-like
        // learned line in the head.)
        let needed = chooseTitle || signatures.indices.contains { learned[$0] != nil && !view.structural[$0] && view.inHead($0) }
        let title = needed ? Self.title(view, signatures, { document.blocks[$0].raw }, t,
                                        taken: { view.structural[$0] || shape[$0] != nil }) : nil
        let chrome = signatures.indices.map { learned[$0] != nil && $0 != title }
        for i in signatures.indices where chrome[i] {
            set(i, .boilerplate, index.lineRules[learned[i]!])
        }
        // Varying lines of a learned shape (never article text).
        for i in signatures.indices {
            guard let n = shape[i] else { continue }
            set(i, site.shapes[n].kind == .date ? .timestamp : .boilerplate, index.shapeRules[n])
        }
        // Slots: what follows a learned slot line up to the next structural one, but article text
        // and the article's head.
        for i in signatures.indices where chrome[i] {
            guard let rule = index.slotRules[learned[i]!] else { continue }
            for j in view.run(after: i).lines { set(j, .related, rule) }
        }
        // Headlines and teasers of the site's other articles, outside the article's head: a
        // headline anywhere, a teaser (article-like) unless article text stands beside it (a
        // statement quoted again in a follow-up story is text).
        for i in signatures.indices where view.recirculated[i] && learned[i] == nil && shape[i] == nil && !view.inHead(i) {
            if view.articleLike[i] ? !view.besideText(i) : signatures[i].isHeadlineLike(t) {
                set(i, .related, Self.recirculated)
            }
        }
        if chooseTitle, let title {
            set(title, .title, Self.title)
            // The headline printed again in the head (a breadcrumb's last piece, a repeat under
            // the picture) is the title again: the deduplicator drops the repeat.
            for i in view.headStart..<(view.firstText ?? view.headStart) where i != title
                && signatures[i].text == signatures[title].text {
                set(i, .title, Self.title)
            }
        }
        return labelled
    }

    /// The title in the article's head (what the learned chrome left there): its first line of
    /// `titleWords` words or more — not a label («كتب:») nor a path («الرئيسية / منوعات») — that
    /// shares a word with the article's first paragraphs (a headline names what the text is about;
    /// a columnist's name above it does not); the first such line when none does.
    static func title(_ view: ChromeView, _ lines: [LineSignature], _ texts: (Int) -> String, _ t: LearningTunables,
                      taken: (Int) -> Bool) -> Int? {
        guard let first = view.firstText else { return nil }
        let candidates = (view.headStart..<first).filter { i in
            !lines[i].isBlank && !taken(i) && !lines[i].endsWithColon && lines[i].words >= t.titleWords && !isPath(texts(i))
        }
        guard candidates.count > 1 else { return candidates.first }
        var body = Set<String>()
        for i in (first..<lines.count).filter({ view.articleLike[$0] }).prefix(3) { body.formUnion(TitleWords.of(texts(i))) }
        return candidates.first { !TitleWords.of(texts($0)).isDisjoint(with: body) } ?? candidates.first
    }

    /// A breadcrumb or a category path: short pieces (at most `pathPieceWords` words each)
    /// between separators (`/ > < » « |`): «الرئيسية / منوعات», «تعليم | أخبار».
    static func isPath(_ text: String) -> Bool {
        var pieces = 1
        var words = 0
        var inWord = false
        for u in text.unicodeScalars {
            switch u {
            case "/", ">", "<", "»", "«", "|", "›", "‹":
                pieces += 1
                words = 0
                inWord = false
            case " ", "\t":
                inWord = false
            default:
                if !inWord { words += 1; inWord = true }
                if words > pathPieceWords { return false }
            }
        }
        return pieces >= 2
    }

    static let pathPieceWords = 3

    /// The first few words of a line, for a rule id.
    static func excerpt(_ text: String) -> String {
        let words = text.split(separator: " ", maxSplits: 4)
        return words.count > 4 ? words.prefix(4).joined(separator: " ") + "…" : text
    }
}

/// Content words of a line, lightly folded to compare a headline with its text: letters only,
/// alef forms, teh marbuta and alef maqsura unified, a leading conjunction, preposition or
/// article dropped, words under three letters left out.
enum TitleWords {
    static let prefixes: [[Unicode.Scalar]] = ["وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل", "ف"].map { Array($0.unicodeScalars) }

    static func of(_ text: String) -> Set<String> {
        var words = Set<String>()
        var word: [Unicode.Scalar] = []
        func finish() {
            defer { word.removeAll(keepingCapacity: true) }
            var start = 0
            for prefix in prefixes where word.count - prefix.count >= 3 && word.starts(with: prefix) {
                start = prefix.count
                break
            }
            guard word.count - start >= 3 else { return }
            var out = String.UnicodeScalarView()
            out.append(contentsOf: word[start...])
            words.insert(String(out))
        }
        for u in text.unicodeScalars {
            guard u.properties.isAlphabetic else { finish(); continue }
            switch u {
            case "أ", "إ", "آ": word.append("ا")
            case "ة": word.append("ه")
            case "ى": word.append("ي")
            default: word.append(u.properties.lowercaseMapping.unicodeScalars.first ?? u)
            }
        }
        finish()
        return words
    }
}
