import Foundation

/// Drafts an outlet's rule file from what its sample pages show (`SiteEvidence`) and what the
/// profile pass learned of its site (`LearnedSite`), in the steps below; each rule's comment gives
/// its evidence. Nothing here reads a page: tests give it hand-built evidence.
///
/// 1. **Detection**: the `--host` names, and signatures — recurring lines on most of the site's
///    pages that no other site of the sample prints, that are no stock phrase of the generic
///    chrome lists and that no outlet of the rules folder already matches; weight 1 each and a
///    `min_score` of 2, so two must agree.
/// 2. **Article layout**: the title's repeat and the caption structures the pages show.
/// 3. **Recurring lines**: exact rules labelled as the pages labelled them (navigation above the
///    title, widgets in the article's head, footers below its text, …); headlines that recur in
///    the site's lists are left out (they change); a line with a number (a year) as its prefix.
/// 4. **Sections** for slots: a recurring line followed by changing lines (a «most read» list),
///    up to the recurring line that ended the list on the pages.
/// 5. **Shapes**: date lines as patterns, «label: …» lines as patterns on the label, dropped
///    lines that begin alike as prefixes.
/// 6. **The tail**: the chrome line that follows the article's text on most pages ends its body.
public struct RuleDrafter {
    public var tunables: SuggestTunables
    public var learning: LearningTunables

    public init(tunables: SuggestTunables = SuggestTunables(), learning: LearningTunables = LearningTunables()) {
        self.tunables = tunables
        self.learning = learning
    }

    public enum Problem: Error, CustomStringConvertible, Equatable {
        /// Fewer than two signatures and no host: nothing would ever name the outlet.
        case noDetection(found: Int)

        public var description: String {
            switch self {
            case .noDetection(let found):
                return "the pages show \(found == 0 ? "no line" : "only one line") that could recognise the outlet "
                    + "(a line on most of its pages and on no other site's): give its host with --host, "
                    + "or more pages of it (and pages of other sites, to compare)"
            }
        }
    }

    /// Whether `id` can name an outlet (and begin its rule ids): what the rule loader accepts.
    public static func isValidOutletId(_ id: String) -> Bool { RuleLoader.isValidId(id) }

    /// What the draft is made for.
    public struct Target: Sendable {
        public var outlet: String
        public var name: String
        public var hosts: [String]
        public init(outlet: String, name: String? = nil, hosts: [String] = []) {
            self.outlet = outlet
            self.name = name ?? outlet
            self.hosts = hosts
        }
    }

    public func draft(_ target: Target, site: LearnedSite, evidence e: SiteEvidence, existing: RuleSet = .empty) throws -> RuleDraft {
        var draft = RuleDraft(outlet: target.outlet, name: target.name)
        var ids = IdMaker(outlet: target.outlet)
        let chrome = chromeLines(site, e)
        try detection(&draft, target, chrome, e, existing, &ids)
        layout(&draft, e)
        let endsBody = endsBodyItem(chrome, e)
        captionRules(&draft, chrome, e, &ids)
        sectionsAndLines(&draft, chrome, e, endsBody: endsBody, &ids)
        shapeRules(&draft, e, endsBody: endsBody, &ids)
        prefixRules(&draft, e, &ids)
        if endsBody != nil { draft.tailLabel = .boilerplate }
        return draft
    }

    // MARK: - What the site's recurring lines are

    /// A recurring line the draft may use, with its evidence.
    struct ChromeLine {
        var text: String
        var key: String
        var item: SiteEvidence.Item
        var label: Label
        var signature: LineSignature
    }

    /// The site's recurring lines the pages treat as chrome, in the profile's order; headlines that
    /// recur in the site's lists, and lines the pages keep as text, are left out.
    func chromeLines(_ site: LearnedSite, _ e: SiteEvidence) -> [ChromeLine] {
        site.lines.compactMap { line in
            guard let item = e.lines[line.text], item.pages > 0 else { return nil }
            let signature = LineSignature.of(line.text, maxShapeBytes: learning.maxChromeBytes)
            // A headline (a few words) is template only when it never stood among the site's
            // headlines or as a title, and nearly every page has it (a «most read» headline that
            // stayed in the list all week is on many pages, not on all of them).
            if signature.isHeadlineLike(learning)
                && (item.listed > 0 || Double(item.pages) < tunables.minSignatureShare * Double(e.pages)) { return nil }
            // A date that recurs (a list's dates) is one of the site's date lines: a shape takes it.
            if LineShapes.dateShape(line.text) != nil { return nil }
            let key = RuleLoader.defaultKey(line.text)
            guard let label = Self.chromeLabel(item, key: key) else { return nil }
            return ChromeLine(text: line.text, key: key, item: item, label: label, signature: signature)
        }
    }

    /// The label of an item the pages did not keep as the article's title, text or caption on
    /// half its pages or more: what the generic chrome lists call its line (`key`: «المصدر: …»
    /// is a credit wherever it stands), else the label the pages gave it most often.
    static func chromeLabel(_ item: SiteEvidence.Item, key: String? = nil) -> Label? {
        let kept = [Label.title, .lead, .body, .caption].reduce(0) { $0 + (item.labels[$1] ?? 0) }
        guard 2 * kept < item.pages else { return nil }
        if let key, let named = StockLines.embedded.label(key) { return named }
        var labels = item.labels
        for label in [Label.title, .lead, .body, .caption, .blank] { labels[label] = nil }
        var dropped = item
        dropped.labels = labels
        return dropped.label
    }

    static func evidence(_ item: SiteEvidence.Item, of pages: Int) -> String {
        "on \(item.pages)/\(pages) pages"
    }

    static func place(_ item: SiteEvidence.Item) -> String {
        let places = [("above the title", item.above), ("in the article's head", item.head), ("among its paragraphs", item.within),
                      ("below its text", item.below)].filter { $0.1 > 0 }
        return places.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }

    // MARK: - 1. Detection

    private func detection(_ draft: inout RuleDraft, _ target: Target, _ chrome: [ChromeLine], _ e: SiteEvidence,
                           _ existing: RuleSet, _ ids: inout IdMaker) throws {
        // As sites are keyed: lower-case, without "www." (a host covers its subdomains); and the
        // host most of the pages name (their URL, or the address they print for themselves).
        draft.hosts = target.hosts.map { SiteKey.host(of: "https://\($0)") ?? $0.lowercased() }
        for (host, pages) in e.hosts.sorted(by: { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) })
        where Double(pages) >= tunables.minHostShare * Double(e.pages) && !draft.hosts.contains(where: { host == $0 || host.hasSuffix("." + $0) }) {
            draft.hosts.append(host)
            draft.detectNotes.append("Host \(host): the address of \(pages)/\(e.pages) pages.")
        }
        let stock = StockLines.embedded
        // A line that names the outlet (its --name, its host's first label) is its own.
        let names = ([target.name == target.outlet ? nil : target.name] + draft.hosts.map { $0.split(separator: ".").first.map(String.init) })
            .compactMap { $0 }.filter { $0.count >= 3 }.map { RuleLoader.defaultKey($0).lowercased() }
        func naming(_ line: ChromeLine) -> Bool { names.contains { line.key.lowercased().contains($0) } }
        var candidates: [(line: ChromeLine, generic: Bool)] = []
        var setAside: [String] = []
        for line in chrome where Double(line.item.pages) >= tunables.minSignatureShare * Double(e.pages) {
            let elsewhere = e.linesElsewhere[line.text] ?? 0
            if e.otherPages > 0, Double(elsewhere) > tunables.maxSignatureShareElsewhere * Double(e.otherPages) {
                setAside.append("«\(line.text)» (also on \(elsewhere)/\(e.otherPages) pages of other sites)")
                continue
            }
            if stock.isStock(line.key) {
                setAside.append("«\(line.text)» (a stock phrase of many sites)")
                continue
            }
            if let other = Self.claimingOutlet(line.key, existing) {
                setAside.append("«\(line.text)» (outlet \(other) has it)")
                continue
            }
            candidates.append((line, stock.looksLikeChrome(line.key)))
        }
        // Lines naming the outlet first, then lines the generic path would not call chrome (a
        // masthead), lines of several words before one word (a menu item), then the most
        // frequent, then the longest: the most telling.
        candidates.sort { a, b in
            let (na, nb) = (naming(a.line), naming(b.line))
            if na != nb { return na }
            if a.generic != b.generic { return !a.generic }
            let (wa, wb) = (a.line.signature.words >= 2, b.line.signature.words >= 2)
            if wa != wb { return wa }
            if a.line.item.pages != b.line.item.pages { return a.line.item.pages > b.line.item.pages }
            return a.line.key.utf8.count > b.line.key.utf8.count
        }
        let chosen = candidates.prefix(tunables.maxSignatures)
        for (line, _) in chosen {
            let note = "\(Self.evidence(line.item, of: e.pages))" + (e.otherPages > 0 ? ", on no page of the \(e.otherPages) of other sites" : "")
            draft.signatures.append(.init(id: ids.make("sig"), matcher: matcher(for: line, note: note)))
        }
        draft.minScore = 2
        if draft.signatures.count < 2 {
            if target.hosts.isEmpty { throw Problem.noDetection(found: draft.signatures.count) }
            draft.signatures = []
            draft.detectNotes.append("No two lines of the pages tell this outlet from others: the URL host alone recognises it.")
        } else {
            draft.detectNotes.append("Signatures: lines on most of the outlet's pages and on no other site's; two must agree.")
        }
        if !setAside.isEmpty {
            draft.detectNotes.append("Not signatures: " + setAside.prefix(6).joined(separator: "; ") + (setAside.count > 6 ? "; …" : "") + ".")
        }
    }

    /// The outlet of `rules` whose signatures or exact lines already match the line.
    static func claimingOutlet(_ key: String, _ rules: RuleSet) -> String? {
        var block = Block(raw: key, line: 1)
        block.key = key
        for outlet in rules.outlets {
            if outlet.exactLines.contains(ByteKey(key)) { return outlet.id }
            if outlet.detection.signatures.contains(where: { $0.matcher.matches(block) }) { return outlet.id }
        }
        return nil
    }

    // MARK: - 2. Article layout

    private func layout(_ draft: inout RuleDraft, _ e: SiteEvidence) {
        guard e.titledPages > 0,
              Double(e.titleRepeatPages) >= tunables.minTitleRepeatShare * Double(e.titledPages) else {
            draft.titleNotes.append("The title is printed once"
                + (e.titleRepeatPages > 0 ? " (again on \(e.titleRepeatPages)/\(e.titledPages) pages only)" : "")
                + ": the generic path chooses it (fallback: generic).")
            return
        }
        draft.titleRepeatWithin = e.maxTitleRepeatDistance
        draft.titleNotes.append("The title is printed again within \(e.maxTitleRepeatDistance) lines on \(e.titleRepeatPages)/\(e.titledPages) pages.")
    }

    private func captionRules(_ draft: inout RuleDraft, _ chrome: [ChromeLine], _ e: SiteEvidence, _ ids: inout IdMaker) {
        let t = tunables
        if draft.titleRepeatWithin != nil, e.captionAfterRepeatPages >= t.minCaptionPages,
           Double(e.captionAfterRepeatPages) >= t.minCaptionShare * Double(e.titleRepeatPages) {
            draft.captions.append(.init(id: ids.make("caption-after-repeat"), kind: .afterTitleRepeat,
                                        note: "The line right after the repeated title is the picture's caption on \(e.captionAfterRepeatPages)/\(e.titleRepeatPages) pages."))
        }
        if e.captionTwicePages >= t.minCaptionPages, Double(e.captionTwicePages) >= t.minCaptionShare * Double(e.captionPages) {
            draft.captions.append(.init(id: ids.make("caption-twice"), kind: .printedTwice,
                                        note: "Captions are printed twice in a row on \(e.captionTwicePages)/\(e.captionPages) pages with a caption."))
        }
        // A caption right above a chrome line (a photo credit, a share row) that never follows a paragraph.
        let anchors: [(matcher: RuleDraft.Matcher, item: SiteEvidence.Item, what: String)] =
            chrome.map { (matcher(for: $0, note: ""), $0.item, "«\($0.text)»") }
            + e.dateShapes.sorted { $0.key < $1.key }.compactMap { shape, item in datePattern(shape).map { (.pattern($0), item, "a date line («\(item.example)»)") } }
            + e.labelShapes.sorted { $0.key < $1.key }.compactMap { shape, item in labelPattern(shape, capture: false).map { (.pattern($0), item, "«\(shape)»") } }
        let best = anchors.filter { a in
            a.item.captionAbove >= t.minCaptionPages && Double(a.item.captionAbove) >= t.minCaptionShare * Double(e.captionPages)
                && a.item.textAbove == 0
        }.max { $0.item.captionAbove < $1.item.captionAbove }
        guard let anchor = best else { return }
        draft.lines.append(.init(id: ids.make("caption"), label: .caption, matcher: .anyLine(maxBytes: Self.maxCaptionBytes),
                                 followedBy: anchor.matcher,
                                 notes: ["The picture's caption: the line above \(anchor.what) on \(anchor.item.captionAbove)/\(e.captionPages) pages with a caption (never a paragraph)."]))
    }

    /// A caption is at most this long (UTF-8 bytes): about 30 Arabic words.
    static let maxCaptionBytes = 300

    // MARK: - 3, 4. Recurring lines and slots

    /// What ends the body: the chrome item first after the article's text on most pages, never
    /// above its last paragraph. `line` is the recurring line's text, or a shape's.
    enum EndsBody: Equatable {
        case line(String)
        case dateShape(String)
        case labelShape(String)
    }

    private func endsBodyItem(_ chrome: [ChromeLine], _ e: SiteEvidence) -> (what: EndsBody, item: SiteEvidence.Item)? {
        let all: [(EndsBody, SiteEvidence.Item)] = chrome.map { (.line($0.text), $0.item) }
            + e.dateShapes.sorted { $0.key < $1.key }.map { (.dateShape($0.key), $0.value) }
            + e.labelShapes.sorted { $0.key < $1.key }.map { (.labelShape($0.key), $0.value) }
        let eligible = all.filter { _, item in
            item.above == 0 && item.head == 0 && item.within == 0
                && Double(item.firstAfterText) >= tunables.minEndsBodyShare * Double(e.pages)
        }
        return eligible.max { $0.1.firstAfterText < $1.1.firstAfterText }.map { (what: $0.0, item: $0.1) }
    }

    private func sectionsAndLines(_ draft: inout RuleDraft, _ chrome: [ChromeLine], _ e: SiteEvidence,
                                  endsBody: (what: EndsBody, item: SiteEvidence.Item)?, _ ids: inout IdMaker) {
        var grouped: [(label: Label, entries: [RuleDraft.Entry], prefixes: [RuleDraft.Entry])] = []
        for line in chrome {
            let item = line.item
            let note = "\(Self.evidence(item, of: e.pages)): \(Self.place(item))"
            if case .line(let text)? = endsBody?.what, text == line.text {
                draft.lines.append(.init(id: ids.make("end-of-body"), label: line.label,
                                         matcher: matcher(for: line, note: note), field: Self.field(line.label), endsBody: true,
                                         notes: ["The first line after the article's text on \(item.firstAfterText)/\(e.pages) pages: what follows is the page's tail."]))
                continue
            }
            if let section = section(for: line, e, &ids) {
                draft.sections.append(section)
                continue
            }
            if let rule = listBeforeText(line, e, &ids) {
                draft.lines.append(rule)
                continue
            }
            if case .pattern = matcher(for: line, note: note) {
                draft.lines.append(.init(id: ids.make(line.label.rawValue), label: line.label, matcher: matcher(for: line, note: note),
                                         field: Self.field(line.label), notes: ["«\(line.text)», \(note)."]))
                continue
            }
            let k = grouped.firstIndex { $0.label == line.label } ?? { grouped.append((line.label, [], [])); return grouped.count - 1 }()
            if let prefix = numberPrefix(line.text) {
                grouped[k].prefixes.append(.init(prefix, note: note + " (its number changes)"))
            } else {
                grouped[k].entries.append(.init(line.text, note: note))
            }
        }
        for (label, entries, prefixes) in grouped {
            if !entries.isEmpty {
                draft.lines.append(.init(id: ids.make(label.rawValue), label: label, matcher: .exact(entries), field: Self.field(label),
                                         notes: ["Recurring lines the pages treat as \(label.rawValue)."]))
            }
            if !prefixes.isEmpty {
                draft.lines.append(.init(id: ids.make(label.rawValue + "-dated"), label: label, matcher: .prefix(prefixes),
                                         field: Self.field(label),
                                         notes: ["Recurring lines with a number (a year, a count): matched up to it."]))
            }
        }
    }

    /// A list after a recurring line above the article's text (a ticker under «عاجل»): a section
    /// there could take the article when its end line is missing, so the rule takes as many lines
    /// as the list took at the least (`also_next`).
    private func listBeforeText(_ line: ChromeLine, _ e: SiteEvidence, _ ids: inout IdMaker) -> RuleDraft.Rule? {
        let item = line.item
        guard !line.signature.isHeadlineLike(learning), item.above + item.head > 0, item.slotPages >= learning.minSlotPages,
              Double(item.slotPages) >= tunables.minSectionShare * Double(item.pages), let span = item.minSlotSpan, span > 0
        else { return nil }
        let next = min(span, Self.maxAlsoNext)
        return .init(id: ids.make("list-before-text"), label: .related, matcher: matcher(for: line, note: Self.evidence(item, of: e.pages)),
                     alsoNext: next,
                     notes: ["Changing lines follow «\(line.text)» on \(item.slotPages)/\(item.pages) of its pages (\(Self.place(item))), "
                             + "at least \(counted(span, "line")): the line and the next \(next) are chrome."])
    }

    /// The rule format's bound on `also_next`.
    static let maxAlsoNext = 20

    /// A section for a slot below (or, with an end line on every page, among) the article's text.
    private func section(for line: ChromeLine, _ e: SiteEvidence, _ ids: inout IdMaker) -> RuleDraft.Section? {
        let item = line.item
        guard line.signature.isHeadlineLike(learning) == false,
              item.slotPages >= learning.minSlotPages,
              Double(item.slotPages) >= tunables.minSectionShare * Double(item.pages),
              item.above == 0, item.head == 0 else { return nil }
        let ends = item.slotEnds.filter { !$0.key.isEmpty }.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        let open = item.slotEnds[""] ?? 0
        // Among the paragraphs, a section needs its end line on every page: else it takes the text.
        if item.within > 0 && (open > 0 || ends.isEmpty) { return nil }
        let label: Label = line.label == .comments ? .comments : .related
        var notes = ["A list follows «\(line.text)» on \(item.slotPages)/\(item.pages) of its pages (\(Self.place(item)))"]
        let end: RuleDraft.Matcher?
        if ends.isEmpty {
            end = nil
            notes[0] += ": to the article's end."
        } else {
            end = .exact(ends.map { .init($0.key, note: "ends it on \($0.value) pages") })
            notes[0] += open > 0 ? "; on \(open) it runs to the article's end." : "."
        }
        return .init(id: ids.make("list"), label: label, start: matcher(for: line, note: Self.evidence(item, of: e.pages)), end: end, notes: notes)
    }

    static func field(_ label: Label) -> Field? {
        switch label {
        case .credit: return .credit
        case .section: return .section
        default: return nil
        }
    }

    /// The matcher of a recurring line: the line, or its prefix before a number; a credit or
    /// section line «label: value», its label (the value becomes the record's field).
    func matcher(for line: ChromeLine, note: String) -> RuleDraft.Matcher {
        if Self.field(line.label) != nil, let shape = LineShapes.labelShape(line.text), let pattern = labelPattern(shape, capture: true) {
            return .pattern(pattern)
        }
        if let prefix = numberPrefix(line.text) { return .prefix([.init(prefix, note: note)]) }
        return .exact([.init(line.text, note: note)])
    }

    /// The words before a line's first digit, when there are enough of them to name it.
    func numberPrefix(_ text: String) -> String? {
        guard let digit = text.unicodeScalars.firstIndex(where: Self.isDigit) else { return nil }
        let before = String(text.unicodeScalars[..<digit]).trimmingCharacters(in: .whitespaces)
        return before.split(separator: " ").count >= tunables.minNumberPrefixWords ? before : nil
    }

    /// ASCII, Arabic-Indic and Eastern Arabic-Indic digits (what the date shape masks).
    static func isDigit(_ u: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(u) || ("\u{0660}"..."\u{0669}").contains(u) || ("\u{06F0}"..."\u{06F9}").contains(u)
    }

    // MARK: - 5. Shapes and prefixes

    private func shapeRules(_ draft: inout RuleDraft, _ e: SiteEvidence, endsBody: (what: EndsBody, item: SiteEvidence.Item)?,
                            _ ids: inout IdMaker) {
        for (shape, item) in e.dateShapes.sorted(by: { $0.value.pages > $1.value.pages || ($0.value.pages == $1.value.pages && $0.key < $1.key) }) {
            guard let label = Self.chromeLabel(item, key: RuleLoader.defaultKey(item.example)), let pattern = datePattern(shape)
            else { continue }
            let ends = endsBody?.what == .dateShape(shape)
            draft.lines.append(.init(id: ids.make(ends ? "end-of-body" : "date"), label: label, matcher: .pattern(pattern),
                                     endsBody: ends,
                                     notes: ["Lines shaped «\(shape)» (# a number, @ a month or weekday; e.g. «\(item.example)»), "
                                             + "\(Self.evidence(item, of: e.pages)): \(Self.place(item))."]
                                         + (ends ? ["The first line after the article's text on \(item.firstAfterText)/\(e.pages) pages: what follows is the page's tail."] : [])))
        }
        for (shape, item) in e.labelShapes.sorted(by: { $0.value.pages > $1.value.pages || ($0.value.pages == $1.value.pages && $0.key < $1.key) }) {
            guard let label = Self.chromeLabel(item, key: RuleLoader.defaultKey(item.example)) else { continue }
            let field = Self.field(label)
            guard let pattern = labelPattern(shape, capture: field != nil) else { continue }
            let ends = endsBody?.what == .labelShape(shape)
            draft.lines.append(.init(id: ids.make(ends ? "end-of-body" : "label"), label: label, matcher: .pattern(pattern),
                                     field: field, endsBody: ends,
                                     notes: ["Lines «\(shape)» (e.g. «\(item.example)»), \(Self.evidence(item, of: e.pages)): \(Self.place(item))."]
                                         + (ends ? ["The first line after the article's text on \(item.firstAfterText)/\(e.pages) pages: what follows is the page's tail."] : [])))
        }
    }

    /// Dropped lines that begin alike on enough pages, with a beginning no kept line has.
    private func prefixRules(_ draft: inout RuleDraft, _ e: SiteEvidence, _ ids: inout IdMaker) {
        let minPages = max(tunables.minPrefixPages, Int((learning.minLineShare * Double(e.pages)).rounded(.up)))
        for (first, group) in e.dropped.sorted(by: { $0.value.pages > $1.value.pages || ($0.value.pages == $1.value.pages && $0.key < $1.key) }) {
            guard group.pages >= minPages, let prefix = Self.commonPrefix(group.starts, max: tunables.maxPrefixWords) else { continue }
            let text = prefix.joined(separator: " ")
            // A beginning of one word must end with a separator («كتب:»); kept lines never begin so.
            guard prefix.count >= 2 || Self.endsWithSeparator(first), !e.keptPrefixes.contains(text) else { continue }
            var labels = SiteEvidence.Item()
            labels.labels = group.labels
            labels.pages = group.pages
            guard let label = Self.chromeLabel(labels) else { continue }
            draft.lines.append(.init(id: ids.make("prefix"), label: label, matcher: .prefix([.init(text, note: "")]),
                                     field: Self.field(label),
                                     notes: ["Lines the pages drop that begin «\(text)», on \(group.pages)/\(e.pages) pages (no kept line begins so)."]))
        }
    }

    /// The words every start shares from the beginning (at most `max`), nil when none.
    static func commonPrefix(_ starts: [[String]], max: Int) -> [String]? {
        guard var prefix = starts.first else { return nil }
        for words in starts.dropFirst() {
            var n = 0
            while n < prefix.count, n < words.count, prefix[n] == words[n] { n += 1 }
            prefix = Array(prefix.prefix(n))
        }
        // A prefix that is a whole line on every page is that line (the profile would have learned it).
        if starts.allSatisfy({ $0.count == prefix.count }) { return nil }
        prefix = Array(prefix.prefix(max))
        return prefix.isEmpty ? nil : prefix
    }

    static func endsWithSeparator(_ word: String) -> Bool {
        guard let last = word.unicodeScalars.last else { return false }
        return ":-–|/·•»".unicodeScalars.contains(last)
    }

    // MARK: - Patterns

    /// A date shape («@ # @ # | # م») as a pattern: a number for `#`, a word for `@`, the rest as written.
    func datePattern(_ shape: String) -> String? {
        let tokens = shape.split(separator: " ").map(String.init)
        guard !tokens.isEmpty else { return nil }
        let parts = tokens.map { token -> String in
            switch token {
            case "#": return Self.numberClass
            case "@": return "\\S+"
            default: return Self.escaped(RuleLoader.defaultKey(token))
            }
        }
        return "^" + parts.joined(separator: " ") + "$"
    }

    /// A number as the date shape masks it: digits (ASCII, Arabic-Indic, Eastern Arabic-Indic)
    /// with date punctuation.
    static let numberClass = "[0-9٠-٩۰-۹][0-9٠-٩۰-۹/:.,،-]*"

    /// A label shape («تاريخ النشر: …») as a pattern on its label, the colon spaced or not.
    func labelPattern(_ shape: String, capture: Bool) -> String? {
        guard shape.hasSuffix(": \(LineShapes.masked)") else { return nil }
        let label = RuleLoader.defaultKey(String(shape.dropLast(2 + LineShapes.masked.count)))
        guard !label.isEmpty else { return nil }
        return "^" + Self.escaped(label).replacingOccurrences(of: " ", with: "\\s+") + "\\s*:" + (capture ? "\\s*(.+)$" : "")
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if "\\^$.|?*+()[]{}/#".unicodeScalars.contains(scalar) { out += "\\" }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}

/// Rule ids of a draft: `<outlet>.<what>`, numbered from the second of a kind.
struct IdMaker {
    let outlet: String
    private var used: [String: Int] = [:]

    init(outlet: String) { self.outlet = outlet }

    mutating func make(_ what: String) -> String {
        let n = (used[what] ?? 0) + 1
        used[what] = n
        return n == 1 ? "\(outlet).\(what)" : "\(outlet).\(what)-\(n)"
    }
}

/// Whether a line is one that countless sites print: a line of the generic chrome lists (as
/// `rules lint` tells stock phrases), or chrome by the generic path's phrases and shapes.
struct StockLines {
    static let embedded = StockLines(GenericResources.embedded.chrome)

    private let keys: Set<String>
    private let classifier: ChromeLineClassifier

    init(_ phrases: ChromePhrases) {
        keys = Set(SignatureLint.stockSamples(phrases).map(\.block.key))
        classifier = ChromeLineClassifier(lists: phrases)
    }

    func isStock(_ key: String) -> Bool { keys.contains(key) }

    /// Chrome the generic path recognises by a phrase or a shape (a menu word, a share row).
    func looksLikeChrome(_ key: String) -> Bool { label(key) != nil }

    /// What the generic path's phrases and shapes call the line, if anything.
    func label(_ key: String) -> Label? { classifier.classify(LineWords(key), arabicPage: true)?.label }
}
