/// One outlet's rules, as loaded from `rules/<outlet>.yaml`. Swift holds the mechanisms; every
/// string that names a menu, a marker or a widget comes from the rule file.
public struct OutletRules: Sendable {
    public var id: String
    public var name: String
    /// The rule file, for messages.
    public var file: String
    public var detection: Detection
    public var article: ArticleLayout
    /// Context-free line rules, tried in file order; the first that applies decides.
    public var lines: [LineRule]
    /// Sections: from a start line to an end line (or the end of the article), one label.
    public var sections: [SectionRule]
    /// Where each rule id is declared in `file`.
    public var ruleLocations: [String: SourceLocation]
    /// Where `detect:` is declared in `file`.
    public var detectLocation = SourceLocation(line: 1, column: 1)

    /// Every exact line of the line rules, sections and marker: a key outside it skips all exact
    /// tests. Filled by the loader.
    public var exactLines: Set<ByteKey> = [] {
        didSet { exactLineTable = ByteKeyTable(exactLines) }
    }
    /// The same lines, looked up by fingerprint once per line of every page.
    private(set) var exactLineTable = ByteKeyTable<Void>()

    func collectExactLines() -> Set<ByteKey> {
        var all = Set<ByteKey>()
        for rule in lines { all.formUnion(rule.matcher.exact); if let f = rule.followedBy { all.formUnion(f.exact) } }
        for section in sections { all.formUnion(section.start.exact); if let e = section.end { all.formUnion(e.exact) } }
        if let marker = article.marker { all.formUnion(marker.matcher.exact) }
        return all
    }

    /// The rule ids that can decide a line, in file order (what `check` expects to see fire):
    /// with `fallback: generic`, the layout's defaults never do (the generic path decides those
    /// lines), nor the title without a `title_repeat`.
    public var firingRuleIds: [String] {
        guard article.fallback == .generic else { return ruleIds }
        var replaced: Set<String> = [article.leadRule, article.bodyRule, article.headerRule]
        if article.titleRepeatRule == nil { replaced.insert(article.titleRule) }
        return ruleIds.filter { !replaced.contains($0) }
    }

    /// Every matcher of the outlet's rules: detection, article marker, line rules, sections.
    public var matchers: [LineMatcher] {
        var all = detection.signatures.map(\.matcher)
        if let marker = article.marker { all.append(marker.matcher) }
        for rule in lines { all.append(rule.matcher); if let f = rule.followedBy { all.append(f) } }
        for section in sections { all.append(section.start); if let e = section.end { all.append(e) } }
        return all
    }

    /// Every rule id this outlet declares, in file order (for coverage and lint).
    public var ruleIds: [String] {
        var ids = detection.signatures.map(\.id)
        ids += article.ruleIds
        ids += lines.map(\.id)
        ids += sections.map(\.id)
        return ids
    }
}

/// How an outlet is recognised: by URL host, else by content signatures.
public struct Detection: Sendable {
    /// A URL whose host is one of these, or a subdomain of one, belongs to the outlet.
    public var hosts: [String]
    public var signatures: [Signature]
    /// The summed weight of matching signatures needed to claim a page.
    public var minScore: Int

    public struct Signature: Sendable {
        public var id: String
        public var matcher: LineMatcher
        public var weight: Int
    }
}

/// Where a line rule applies, relative to the article's structure.
public enum Zone: String, Sendable, CaseIterable {
    /// Before the first article's title (menus, category, read time).
    case header
    /// Between the title and the body (lead, captions, marker, time).
    case head
    case body
    /// After the line that ends the body (the credit), before the next article.
    case tail
    /// Any of them.
    case anywhere
}

/// A field of the record that a line can supply.
public enum Field: String, Sendable {
    case credit, section
}

public struct LineRule: Sendable {
    public var id: String
    public var label: Label
    public var zone: Zone
    public var matcher: LineMatcher
    /// The next non-blank line must match this too (e.g. a category line is the one before the read time).
    public var followedBy: LineMatcher?
    /// The value (first capture group, or the line) goes to this field of the record.
    public var field: Field?
    /// The body ends at this line; what follows is tail.
    public var endsBody: Bool
    /// This many following non-blank lines get the same label (a widget's headline).
    public var alsoNext: Int

    public func applies(in zone: Zone) -> Bool { self.zone == .anywhere || self.zone == zone }
}

public struct SectionRule: Sendable {
    public var id: String
    public var label: Label
    public var start: LineMatcher
    /// The first line that is no longer part of the section; `nil`: the section runs to the article's end.
    public var end: LineMatcher?
}

/// The article structure: where articles start, how title, lead and captions are found.
public struct ArticleLayout: Sendable {
    /// A marker line printed between an article's head and its repeated title; each marker starts
    /// an article whose title is the line after it, printed before the marker too.
    public var marker: Marker?
    public var titleRule: String
    /// The title is printed again within `titleRepeatWithin` non-blank lines.
    public var titleRepeatRule: String?
    public var titleRepeatWithin: Int
    /// What sits between the title and its repeat, that is not a caption or marker.
    public var leadRule: String
    public var leadLabel: Label
    public var captions: [CaptionRule]
    public var bodyRule: String
    /// Lines after the body end (the credit) that no rule claims.
    public var tailRule: String?
    public var tailLabel: Label
    /// Lines before the title that no rule claims.
    public var headerRule: String
    public var headerLabel: Label
    /// Who decides the lines no rule of the file names (`fallback:`).
    public var fallback: Fallback = .layout

    /// `fallback: layout` (the default): the layout's defaults decide the lines no rule names
    /// (the first unnamed line is the title, then body, lead, tail, header). `fallback: generic`:
    /// they are judged as on a site without rules — learned chrome, then the generic path (its
    /// headline, its chrome lists and shapes) — and the rules' lines stand as known chrome; a
    /// title the rules find by its repeat stays theirs. For drafted and partial rule files (one
    /// article a page: no marker).
    public enum Fallback: String, Sendable, CaseIterable {
        case layout, generic
    }

    public struct Marker: Sendable {
        public var id: String
        public var matcher: LineMatcher
        public var label: Label
        /// How many non-blank lines before the marker to search for the title's first print.
        public var titleSearchBack: Int
    }

    public struct CaptionRule: Sendable {
        public enum Kind: String, Sendable {
            /// A line printed twice in a row is an image caption (the page prints each caption twice).
            case printedTwice = "printed-twice"
            /// The line right after the repeated title (no blank line between) is the caption.
            case afterTitleRepeat = "after-title-repeat"
        }
        public var id: String
        public var kind: Kind
    }

    public var ruleIds: [String] {
        var ids: [String] = []
        if let marker { ids.append(marker.id) }
        ids.append(titleRule)
        if let titleRepeatRule { ids.append(titleRepeatRule) }
        ids.append(leadRule)
        ids += captions.map(\.id)
        ids.append(bodyRule)
        if let tailRule { ids.append(tailRule) }
        ids.append(headerRule)
        return ids
    }
}

public struct SourceLocation: Sendable, Equatable {
    public var line: Int
    public var column: Int
}
