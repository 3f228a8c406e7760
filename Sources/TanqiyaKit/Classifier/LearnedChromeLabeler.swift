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
    /// Sites without a host (templates) holding a learned line, by the line's fingerprint.
    private let templatesOf: [UInt64: [Int]]

    private struct SiteIndex: Sendable {
        var lines: [UInt64: Int] = [:]
        var recirculated = Set<UInt64>()
        var dateShapes: [UInt64: Int] = [:]
        var labelShapes: [UInt64: Int] = [:]
    }

    public init(profile: SiteProfile) {
        self.profile = profile
        var sites: [SiteIndex] = []
        var hostSites: [String: Int] = [:]
        var templatesOf: [UInt64: [Int]] = [:]
        for (s, site) in profile.sites.enumerated() {
            var index = SiteIndex()
            for (n, line) in site.lines.enumerated() {
                let fp = LineShapes.fingerprint(ofLine: line.text)
                index.lines[fp] = index.lines[fp] ?? n
                if site.host == nil { templatesOf[fp, default: []].append(s) }
            }
            for line in site.recirculated { index.recirculated.insert(LineShapes.fingerprint(ofLine: line.text)) }
            for (n, shape) in site.shapes.enumerated() {
                let fp = LineShapes.fingerprint(ofShape: shape.shape)
                switch shape.kind {
                case .date: index.dateShapes[fp] = index.dateShapes[fp] ?? n
                case .label: index.labelShapes[fp] = index.labelShapes[fp] ?? n
                }
            }
            if let host = site.host { hostSites[host] = hostSites[host] ?? s }
            sites.append(index)
        }
        self.sites = sites
        self.hostSites = hostSites
        self.templatesOf = templatesOf
    }

    public var isEmpty: Bool { profile.sites.isEmpty }

    /// The learned site of a page: its URL's host, else the template whose learned lines it shows
    /// most of (enough of them: as many as the profile asked of a page joining a template).
    func site(url: String?, signatures: [LineSignature]) -> Int? {
        if let host = url.flatMap(SiteKey.host(of:)) { return hostSites[host] }
        var shared: [Int: Int] = [:]
        var seen = Set<UInt64>()
        for line in signatures where !line.isBlank && seen.insert(line.text).inserted {
            for s in templatesOf[line.text] ?? [] { shared[s, default: 0] += 1 }
        }
        let t = profile.tunables
        let best = shared.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
        guard let best, best.value >= t.minTemplateLines,
              Double(best.value) >= t.minTemplateShare * profile.sites[best.key].linesPerPage else { return nil }
        return best.key
    }

    /// Labels the learned chrome among the blocks for which `eligible` holds, and with
    /// `chooseTitle` (a page no outlet's rules read) the title; returns how many lines it labelled.
    @discardableResult
    public func label(_ document: inout Document, chooseTitle: Bool = false, eligible: (Int) -> Bool) -> Int {
        guard !isEmpty else { return 0 }
        let t = profile.tunables
        let signatures = document.blocks.map { LineSignature.of($0.raw, maxShapeBytes: t.maxChromeBytes) }
        guard let s = site(url: document.url, signatures: signatures) else { return 0 }
        let site = profile.sites[s]
        let index = sites[s]
        let learned: [Int?] = signatures.map { $0.isBlank ? nil : index.lines[$0.text] }
        let shape: [Int?] = signatures.indices.map { i in
            let line = signatures[i]
            guard !line.isBlank, learned[i] == nil, !line.isArticleLike(t) else { return nil }
            if line.dateShape != 0, let n = index.dateShapes[line.dateShape] { return n }
            if line.labelShape != 0, let n = index.labelShapes[line.labelShape] { return n }
            return nil
        }
        let view = ChromeView(lines: signatures, learned: learned.map { $0 != nil }, shaped: shape.map { $0 != nil },
                              recirculated: signatures.map { !$0.isBlank && index.recirculated.contains($0.text) }, t)
        var labelled = 0
        func set(_ i: Int, _ label: Label, _ rule: String) {
            guard eligible(i) else { return }
            document.blocks[i].label = label
            document.blocks[i].rule = rule
            labelled += 1
        }
        // The title: the first headline in the article's head. A learned line there is this page's
        // own headline (listed as "most read" on the others): not chrome.
        let title = Self.title(view, signatures, { document.blocks[$0].raw }, t,
                               taken: { view.structural[$0] || shape[$0] != nil })
        let chrome = signatures.indices.map { learned[$0] != nil && $0 != title }
        for i in signatures.indices where chrome[i] {
            set(i, .boilerplate, "\(Self.recurringLine) \(site.lines[learned[i]!].pages)/\(site.pages)")
        }
        // Varying lines of a learned shape (never article text).
        for i in signatures.indices {
            guard let n = shape[i] else { continue }
            let learnedShape = site.shapes[n]
            set(i, learnedShape.kind == .date ? .timestamp : .boilerplate,
                "\(learnedShape.kind == .date ? Self.dateShape : Self.labelShape) \(learnedShape.pages)/\(site.pages)")
        }
        // Slots: what follows a learned slot line up to the next structural one, but article text
        // and the article's head.
        for i in signatures.indices where chrome[i] {
            let line = site.lines[learned[i]!]
            guard let slot = line.slot else { continue }
            for j in view.run(after: i).lines {
                set(j, .related, "\(Self.slot) «\(Self.excerpt(line.text))» \(slot.listPages)/\(site.pages)")
            }
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
        let separators: Set<Character> = ["/", ">", "<", "»", "«", "|", "›", "‹"]
        let pieces = text.split(whereSeparator: { separators.contains($0) })
        guard pieces.count >= 2 else { return false }
        return pieces.allSatisfy { $0.split(separator: " ").count <= pathPieceWords }
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
    static let prefixes = ["وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل", "ف"]

    static func of(_ text: String) -> Set<String> {
        var words = Set<String>()
        for raw in text.split(whereSeparator: { !$0.isLetter }) {
            var word = String(raw.lowercased().map { c -> Character in
                switch c {
                case "أ", "إ", "آ": return "ا"
                case "ة": return "ه"
                case "ى": return "ي"
                default: return c
                }
            })
            for prefix in prefixes where word.hasPrefix(prefix) && word.count - prefix.count >= 3 {
                word.removeFirst(prefix.count)
                break
            }
            if word.count >= 3 { words.insert(word) }
        }
        return words
    }
}
