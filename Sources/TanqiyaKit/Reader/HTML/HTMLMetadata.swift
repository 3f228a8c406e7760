import Foundation

/// Page-level facts read from <head>, JSON-LD and a few well-known markups.
public struct HTMLMetadata: Sendable, Equatable {
    /// The head's headline: og:title, else <title> without a site-name suffix (never an <h1>: see `HeadlineChoice`).
    public var title: String?
    /// <title> as written.
    public var documentTitle: String?
    /// <link rel=canonical>, else og:url; a relative one resolved against <base href> (`pageURL`).
    public var canonicalURL: String?
    /// The declared language as written: <html lang>, else meta content-language, og:locale,
    /// JSON-LD inLanguage.
    public var language: String? { declaredLanguage?.value }
    /// That language with its source.
    public var declaredLanguage: SourcedValue?
    /// The publication date as written, from the first source that states one: JSON-LD
    /// datePublished, the meta tags (`MetadataReader.dateMetaNames`), itemprop=datePublished.
    public var publishedDate: String? { markupDate?.value }
    /// That date with its source.
    public var markupDate: SourcedValue?
    /// The first <time datetime> of the page (weaker: it may date a teaser or a comment).
    public var timeElementDate: SourcedValue?
    /// The author: JSON-LD author, meta author tags, itemprop=author, rel=author.
    public var author: SourcedValue?
    /// The site's name: og:site_name, JSON-LD publisher, application-name, the <title>'s suffix.
    public var siteName: SourcedValue?
    /// JSON-LD articleBody: the page's own statement of its text (evidence for the extractor).
    public var articleBody: String?

    public init(title: String? = nil, documentTitle: String? = nil, canonicalURL: String? = nil,
                language: String? = nil, publishedDate: String? = nil) {
        self.title = title; self.documentTitle = documentTitle; self.canonicalURL = canonicalURL
        self.declaredLanguage = language.map { SourcedValue($0, from: "given") }; self.markupDate = publishedDate.map { SourcedValue($0, from: "given") }
    }
}

enum MetadataReader {
    /// A <title> is read up to this many bytes (a headline and a site name are a few hundred): a
    /// 24 MB one was split and compared with the page's lines for 50 s.
    static let maxTitleBytes = 2048

    /// The title, or its first `maxTitleBytes` bytes (whole characters).
    static func cutTitle(_ title: String) -> String {
        guard title.utf8.count > maxTitleBytes else { return title }
        let bytes = Array(title.utf8.prefix(maxTitleBytes + 1))
        var end = maxTitleBytes
        while end > 0 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    /// Separators between a headline and a site name in <title>.
    static let titleSeparators = [" | ", " - ", " — ", " – ", " :: ", " « ", " » ", " · ", " •  ", " • "]
    /// A trailing title segment longer than this is not taken for a site name.
    static let maxSiteNameChars = 40
    /// Meta tags (property, name or itemprop, lower case) that give the publication date, best first.
    static let dateMetaNames = [
        "article:published_time", "og:article:published_time", "og:published_time", "datepublished", "publishdate",
        "publish-date", "publish_date", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
        "dc.date", "dcterms.created", "date", "article.published", "publication_date", "citation_publication_date",
        "citation_date", "article_date_original", "originalpublicationdate",
    ]
    /// Meta tags that name the author, best first.
    static let authorMetaNames = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl"]
    /// Meta tags that name the site, best first.
    static let siteNameMetaNames = ["og:site_name", "application-name", "apple-mobile-web-app-title"]

    /// A relative address is resolved against `<base href>` only when both are shorter than
    /// this: no real page's address is longer, and a hostile megabyte of path segments costs
    /// Foundation's URL parser seconds (a longer one is kept as written).
    static let maxResolvedURLBytes = 8_192

    /// The page's address: the canonical link, else og:url, each resolved against an http(s)
    /// `<base href>` when it is relative (`/2020/01/02/story/`: a path is not an address, and its
    /// host names the outlet); the first that then has a scheme wins, else the first given, as
    /// written.
    static func pageURL(canonical: String?, ogURL: String?, base: String?) -> String? {
        let httpBase = base.flatMap { base -> URL? in
            let head = base.utf8.prefix(8).map { $0 | 0x20 }
            guard base.utf8.count <= maxResolvedURLBytes,
                  head.starts(with: Array("http://".utf8)) || head.starts(with: Array("https://".utf8)) else { return nil }
            return URL(string: base)
        }
        let given = [canonical, ogURL].compactMap { $0 }.map { address -> String in
            guard !hasScheme(address), let httpBase, address.utf8.count <= maxResolvedURLBytes,
                  let resolved = URL(string: address, relativeTo: httpBase)?.absoluteString else { return address }
            return resolved
        }
        return given.first(where: hasScheme) ?? given.first
    }

    /// Whether `address` starts with a URI scheme and its colon (RFC 3986: a letter, then
    /// letters, digits, "+", "-", "."), read from its first bytes only.
    static func hasScheme(_ address: String) -> Bool {
        for (n, b) in address.utf8.prefix(33).enumerated() {
            if b == UInt8(ascii: ":") { return n > 0 }
            let letter = (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")
            guard letter || (n > 0 && ((b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "+")
                                       || b == UInt8(ascii: "-") || b == UInt8(ascii: "."))) else { return false }
        }
        return false
    }

    static func read(_ tree: DOMTree) -> HTMLMetadata {
        var m = HTMLMetadata()
        var canonical: String?, base: String?
        var metas: [String: String] = [:]
        var itempropDate: String?, itempropAuthor: String?, relAuthor: String?
        var jsonLD: [[UInt8]] = []
        var i = 0
        while i < tree.nodes.count {
            let n = tree.nodes[i]
            defer { i += 1 }
            guard n.kind == .element else { continue }
            switch n.tag {
            case HTMLTag.html:
                if m.declaredLanguage == nil, let l = tree.attribute(.lang, of: n).flatMap(nonEmpty) {
                    m.declaredLanguage = SourcedValue(l, from: "<html lang>")
                }
            case HTMLTag.title:
                if m.documentTitle == nil { m.documentTitle = nonEmpty(tree.subtreeText(i)).map(cutTitle) }
            case HTMLTag.meta:
                let key = (tree.attribute(.property, of: n) ?? tree.attribute(.name, of: n)
                           ?? tree.attribute(.itemprop, of: n) ?? tree.attribute(.httpEquiv, of: n))?.lowercased()
                guard let key, let content = tree.attribute(.content, of: n).flatMap(nonEmpty) else { break }
                if metas[key] == nil { metas[key] = content }
            case HTMLTag.link:
                if canonical == nil, tree.attribute(.rel, of: n)?.lowercased() == "canonical",
                   let href = tree.attribute(.href, of: n).flatMap(nonEmpty) { canonical = href }
            case HTMLTag.base:
                if base == nil { base = tree.attribute(.href, of: n).flatMap(nonEmpty) }
            case HTMLTag.script:
                jsonLD.append(tree.subtreeBytes(i))
            default:
                break
            }
            if let ip = tree.attributeValue(.itemprop, of: n), n.tag != HTMLTag.meta {
                if itempropDate == nil, isDatePublished(ip) {
                    itempropDate = tree.attribute(.content, of: n).flatMap(nonEmpty)
                        ?? tree.attribute(.datetime, of: n).flatMap(nonEmpty) ?? nonEmpty(tree.subtreeText(i))
                } else if itempropAuthor == nil, Text.lowercasedContains(ip, "author") {
                    itempropAuthor = tree.attribute(.content, of: n).flatMap(nonEmpty) ?? itempropName(in: i, tree)
                        ?? nonEmpty(tree.subtreeText(i))
                }
            }
            if n.tag == HTMLTag.time, m.timeElementDate == nil, let dt = tree.attribute(.datetime, of: n).flatMap(nonEmpty) {
                m.timeElementDate = SourcedValue(dt, from: "<time datetime>")
            }
            if relAuthor == nil, n.tag != HTMLTag.link, let rel = tree.attributeValue(.rel, of: n), Text.lowercasedContains(rel, "author") {
                relAuthor = nonEmpty(tree.subtreeText(i))
            }
        }
        let ld = JSONLDReader.read(jsonLD)
        // The head's headline only: an <h1> may hold the site's logo or a section's name, so the
        // page's <h1>s are weighed against it by the generic labeler (`HeadlineChoice`).
        m.title = metas["og:title"] ?? m.documentTitle.map(stripSiteName).flatMap(nonEmpty)
        m.canonicalURL = pageURL(canonical: canonical, ogURL: metas["og:url"], base: base)
        if m.declaredLanguage == nil {
            if let l = metas["content-language"] { m.declaredLanguage = SourcedValue(l, from: "meta content-language") }
            else if let l = metas["og:locale"] { m.declaredLanguage = SourcedValue(l, from: "meta og:locale") }
            else if let l = ld.inLanguage { m.declaredLanguage = SourcedValue(l, from: "json-ld inLanguage") }
        }
        // Date: JSON-LD, then the meta tags in `dateMetaNames` order, then itemprop.
        if let d = ld.datePublished { m.markupDate = SourcedValue(d, from: "json-ld datePublished") }
        else if let name = dateMetaNames.first(where: { metas[$0] != nil }) { m.markupDate = SourcedValue(metas[name]!, from: "meta \(name)") }
        else if let d = itempropDate { m.markupDate = SourcedValue(d, from: "itemprop datePublished") }
        // Author: JSON-LD, meta tags, itemprop, rel=author.
        if let a = ld.author { m.author = SourcedValue(a, from: "json-ld author") }
        else if let name = authorMetaNames.first(where: { metas[$0] != nil }) { m.author = SourcedValue(metas[name]!, from: "meta \(name)") }
        else if let a = itempropAuthor { m.author = SourcedValue(a, from: "itemprop author") }
        else if let a = relAuthor { m.author = SourcedValue(a, from: "rel=author") }
        // Site name: og:site_name, JSON-LD publisher, application-name, the <title>'s suffix.
        if let s = metas["og:site_name"] { m.siteName = SourcedValue(s, from: "meta og:site_name") }
        else if let p = ld.publisherName { m.siteName = SourcedValue(p, from: "json-ld publisher") }
        else if let name = siteNameMetaNames.dropFirst().first(where: { metas[$0] != nil }) { m.siteName = SourcedValue(metas[name]!, from: "meta \(name)") }
        else if let t = m.documentTitle, let suffix = siteNameSuffix(t) { m.siteName = SourcedValue(suffix, from: "<title> suffix") }
        m.articleBody = ld.articleBody
        return m
    }

    /// The text of the first itemprop=name element inside node `i`.
    static func itempropName(in i: Int, _ tree: DOMTree) -> String? {
        var k = i + 1
        while k < Int(tree.nodes[i].end) {
            let n = tree.nodes[k]
            if n.kind == .element, let ip = tree.attributeValue(.itemprop, of: n), ip.elementsEqual("name".utf8) {
                return tree.attribute(.content, of: n).flatMap(nonEmpty) ?? nonEmpty(tree.subtreeText(k))
            }
            k += 1
        }
        return nil
    }

    /// "Headline | Site" → "Site": the last segment after a separator, when `stripSiteName` would
    /// drop it (short, and shorter than what comes before). Searched on bytes.
    static func siteNameSuffix(_ title: String) -> String? {
        let b = Array(title.utf8)
        var cut: (start: Int, end: Int)?
        for sep in titleSeparators {
            let s = Array(sep.utf8)
            guard b.count >= s.count else { continue }
            for i in stride(from: b.count - s.count, through: 0, by: -1) where b[i] == s[0] && b[i..<(i + s.count)].elementsEqual(s) {
                if cut == nil || i > cut!.start { cut = (i, i + s.count) }
                break
            }
        }
        guard let cut else { return nil }
        let head = String(decoding: b[..<cut.start], as: UTF8.self)
        let tail = String(decoding: b[cut.end...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        guard !tail.isEmpty, tail.count <= maxSiteNameChars, tail.count < head.count else { return nil }
        return tail
    }

    /// `value.lowercased() == "datepublished"`; ASCII values are compared on bytes.
    static func isDatePublished(_ value: ArraySlice<UInt8>) -> Bool {
        guard value.allSatisfy({ $0 < 0x80 }) else {
            return String(decoding: value, as: UTF8.self).lowercased() == "datepublished"
        }
        return value.count == 13 && zip(value, "datepublished".utf8).allSatisfy { a, b in
            (a >= 0x41 && a <= 0x5A ? a | 0x20 : a) == b
        }
    }

    /// "Headline - Site" → "Headline": drops short trailing segments after a separator. Searched
    /// on bytes from the end, each byte once: a <title> of thousands of " | x" segments cost cubic
    /// time through Foundation's backward `range(of:)` (4,000 segments: 55 s).
    static func stripSiteName(_ title: String) -> String {
        var t = Substring(title)
        while true {
            let u = t.utf8
            var cut: (lower: String.Index, upper: String.Index)?
            var i = u.endIndex
            search: while i > u.startIndex {
                u.formIndex(before: &i)
                for sep in titleSeparatorBytes where u[i] == sep[0] {
                    var j = i, k = 0
                    while k < sep.count, j < u.endIndex, u[j] == sep[k] { u.formIndex(after: &j); k += 1 }
                    if k == sep.count { cut = (i, j); break search }
                }
            }
            guard let cut else { return String(t) }
            let head = t[..<cut.lower], tail = t[cut.upper...]
            // tail.count <= maxSiteNameChars, tail.count < head.count: counted no further than needed.
            guard tail.index(tail.startIndex, offsetBy: maxSiteNameChars + 1, limitedBy: tail.endIndex) == nil else { return String(t) }
            let tailChars = tail.count
            guard head.index(head.startIndex, offsetBy: tailChars + 1, limitedBy: head.endIndex) != nil else { return String(t) }
            t = trimmingSpaces(head)
        }
    }

    /// `titleSeparators` as bytes (each starts with an ASCII space, so a match starts on a scalar).
    static let titleSeparatorBytes = titleSeparators.map { Array($0.utf8) }

    /// `String(s).trimmingCharacters(in: .whitespaces)` (space separators and tab) without a copy.
    static func trimmingSpaces(_ s: Substring) -> Substring {
        func isSpace(_ u: Unicode.Scalar) -> Bool { u == "\t" || u.properties.generalCategory == .spaceSeparator }
        let scalars = s.unicodeScalars
        var lo = scalars.startIndex, hi = scalars.endIndex
        while lo < hi, isSpace(scalars[lo]) { scalars.formIndex(after: &lo) }
        while hi > lo, isSpace(scalars[scalars.index(before: hi)]) { scalars.formIndex(before: &hi) }
        return s[lo..<hi]
    }

    /// The text trimmed of white space and newlines, `nil` when nothing is left. Text that starts
    /// and ends with a character that is not white space (nearly all) is returned as is, without Foundation.
    static func nonEmpty(_ s: String) -> String? {
        let u = s.utf8
        if let a = u.first, let b = u.last, a > 0x20 && a < 0x80, b > 0x20 && b < 0x80 { return s }
        // Non-ASCII ends that are not white space (Arabic text): nothing to trim either.
        if let a = s.unicodeScalars.first, let b = s.unicodeScalars.last, a.value > 0x20, b.value > 0x20,
           !a.properties.isWhitespace, !b.properties.isWhitespace { return s }
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }
}

/// `String` searches that the reader runs on bytes when the answer is plain.
enum Text {
    /// `String(decoding: bytes).contains(needle)` (Foundation's search) for an ASCII needle without
    /// K (no other text is canonically equivalent to it): an occurrence followed by ASCII or the end
    /// is a match, no occurrence is no match; anything else asks Foundation.
    static func contains(_ bytes: ArraySlice<UInt8>, _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        let first = needle.utf8Start[0]
        var i = bytes.startIndex
        var found = false
        while i + n <= bytes.endIndex {
            if bytes[i] == first {
                var k = 1
                while k < n && bytes[i + k] == needle.utf8Start[k] { k += 1 }
                if k == n {
                    if i + n == bytes.endIndex || bytes[i + n] < 0x80 { return true }
                    found = true
                }
            }
            i += 1
        }
        return found ? String(decoding: bytes, as: UTF8.self).contains(needle.description) : false
    }

    /// `String(decoding: bytes).lowercased().contains(needle)` for a lower-case ASCII needle: ASCII
    /// text is lower-cased and searched on bytes; other text goes through `String`.
    static func lowercasedContains(_ bytes: ArraySlice<UInt8>, _ needle: StaticString) -> Bool {
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return String(decoding: bytes, as: UTF8.self).lowercased().contains(needle.description)
        }
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return contains(lower[...], needle)
    }
}
