/// A value read from a page and where it was read (for the explain trace and the README's
/// precedence table): `"2019-11-19" from "json-ld datePublished"`.
public struct SourcedValue: Sendable, Equatable {
    public var value: String
    public var source: String
    public init(_ value: String, from source: String) { self.value = value; self.source = source }
}

/// The optional keys of a record, written after `section` and only when found: `date` (ISO 8601),
/// `author`, `lang` (BCP 47), `site_name`; each with where it was found.
public struct RecordMetadata: Sendable, Equatable {
    public var date: SourcedValue?
    public var author: SourcedValue?
    public var language: SourcedValue?
    public var siteName: SourcedValue?

    public init(date: SourcedValue? = nil, author: SourcedValue? = nil, language: SourcedValue? = nil, siteName: SourcedValue? = nil) {
        self.date = date; self.author = author; self.language = language; self.siteName = siteName
    }

    /// "date 2019-11-19 (json-ld datePublished); lang en (<html lang>)", for the explain trace.
    public var summary: String {
        var parts: [String] = []
        for (key, v) in [("date", date), ("author", author), ("lang", language), ("site_name", siteName)] {
            if let v { parts.append("\(key) \(v.value) (\(v.source))") }
        }
        return parts.joined(separator: "; ")
    }
}

/// Decides a record's optional keys from what its page states, each key by a fixed precedence
/// (the README's "Record metadata" table):
///
/// - `date`: the page's markup (JSON-LD datePublished, the date meta tags, itemprop=datePublished),
///   then a date in the URL's path, then the first `<time datetime>`, then the first date line
///   of the article (a block labelled `timestamp` that reads as a date).
/// - `author`: the page's markup (JSON-LD author, meta author tags, itemprop=author, rel=author).
/// - `lang`: the page's declaration (when its script fits the text), else detected from the text.
/// - `site_name`: the page's markup (og:site_name, JSON-LD publisher, application-name, the
///   <title>'s suffix), else the outlet's name from its rule file.
public struct MetadataResolver: Sendable {
    /// The date parser, fetched when a date is to be read (its tables are built on first use:
    /// a run whose pages state no date never builds them).
    let parser: @Sendable () -> DateParser
    let languages: LanguageIdentifier

    public static let standard = MetadataResolver(dates: { DateParser.standard }, languages: .standard)

    init(dates: @escaping @Sendable () -> DateParser, languages: LanguageIdentifier) {
        self.parser = dates
        self.languages = languages
    }

    var dates: DateParser { parser() }

    /// Longest author string kept (longer is a sentence or a list, not a byline).
    static let maxAuthorChars = 120

    /// The page-wide part (everything but the date lines, which are per article).
    func page(_ document: Document, sampleText: [String]) -> RecordMetadata {
        var m = RecordMetadata()
        let html = document.html
        // lang
        if let declared = html?.declaredLanguage, let tag = LanguageIdentifier.normalize(declared.value),
           languages.fits(tag, sampleText) {
            m.language = SourcedValue(tag, from: declared.source)
        } else if let code = languages.detect(sampleText) {
            m.language = SourcedValue(code, from: "detected")
        }
        // date from the markup, the URL, <time>
        let dayFirst = !(m.language?.value == "en" || m.language?.value == "en-US")
        if let d = html?.markupDate, let date = dates.parseMachine(d.value) {
            m.date = SourcedValue(date.description, from: d.source)
        } else if let url = document.url ?? html?.canonicalURL, let date = dates.fromURL(url) {
            m.date = SourcedValue(date.description, from: "url")
        } else if let d = html?.timeElementDate, let date = dates.parseMachine(d.value) ?? dates.find(in: d.value, dayFirst: dayFirst)?.date {
            m.date = SourcedValue(date.description, from: d.source)
        }
        if let a = html?.author, let name = Self.cleanAuthor(a.value) { m.author = SourcedValue(name, from: a.source) }
        if let s = html?.siteName, let name = Self.cleanName(s.value), name.count <= Self.maxSiteNameChars { m.siteName = SourcedValue(name, from: s.source) }
        else if let name = document.outletName { m.siteName = SourcedValue(name, from: "rule file") }
        return m
    }

    /// The first line of article `article` (and of the page's header, article 0, when `orHeader`)
    /// labelled `timestamp` that reads as a date line.
    func dateLine(_ blocks: [Block], article: Int, orHeader: Bool, dayFirst: Bool) -> SourcedValue? {
        for i in blocks.indices where blocks[i].label == .timestamp
            && (blocks[i].article == article || (orHeader && blocks[i].article == 0))
            && GenericLabeler.mayHoldDate(blocks[i].key) {
            if let d = dates.dateLine(blocks[i].key, dayFirst: dayFirst) { return SourcedValue(d.description, from: "date line \(blocks[i].line)") }
        }
        return nil
    }

    /// Longest site name kept (a page's markup can say anything: a megabyte of og:site_name is
    /// not a name, and would be copied into every record of the page).
    static let maxSiteNameChars = 120

    /// "By Jane Doe" → "Jane Doe"; nil for a URL, an empty or an over-long value.
    static func cleanAuthor(_ raw: String) -> String? {
        var s = cleanName(raw) ?? ""
        for prefix in ["By ", "by ", "BY ", "بقلم ", "كتب: ", "كتب "] where s.hasPrefix(prefix) {
            s = String(s.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        guard !s.isEmpty, s.count <= maxAuthorChars, !s.contains("://"), !s.hasPrefix("www.") else { return nil }
        return s
    }

    /// White space collapsed and trimmed; nil when empty.
    static func cleanName(_ raw: String) -> String? {
        let s = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return s.isEmpty ? nil : s
    }
}
