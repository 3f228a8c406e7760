import Foundation

/// Page-level facts read from <head> and a few well-known markups.
public struct HTMLMetadata: Sendable, Equatable {
    /// og:title, else the first <h1>, else <title> without a site-name suffix.
    public var title: String?
    /// <title> as written.
    public var documentTitle: String?
    /// <link rel=canonical>, else og:url.
    public var canonicalURL: String?
    /// <html lang>, else meta content-language / og:locale.
    public var language: String?
    /// article:published_time, itemprop=datePublished, or JSON-LD datePublished, as written.
    /// (The JSON-LD is parsed only when this is read: the pipeline does not use it.)
    public var publishedDate: String? {
        get { tagDate ?? jsonLD.lazy.compactMap(MetadataReader.jsonLDDatePublished).first }
        set { tagDate = newValue; jsonLD = [] }
    }
    /// The date from meta or itemprop tags.
    var tagDate: String?
    /// The text of the JSON-LD scripts that mention datePublished, in page order.
    var jsonLD: [String] = []

    public init(title: String? = nil, documentTitle: String? = nil, canonicalURL: String? = nil,
                language: String? = nil, publishedDate: String? = nil) {
        self.title = title; self.documentTitle = documentTitle; self.canonicalURL = canonicalURL
        self.language = language; self.tagDate = publishedDate
    }

    public static func == (a: HTMLMetadata, b: HTMLMetadata) -> Bool {
        a.title == b.title && a.documentTitle == b.documentTitle && a.canonicalURL == b.canonicalURL
            && a.language == b.language && a.publishedDate == b.publishedDate
    }
}

enum MetadataReader {
    /// Separators between a headline and a site name in <title>.
    static let titleSeparators = [" | ", " - ", " — ", " – ", " :: ", " « ", " » ", " · ", " •  ", " • "]
    /// A trailing title segment longer than this is not taken for a site name.
    static let maxSiteNameChars = 40

    static func read(_ tree: DOMTree) -> HTMLMetadata {
        var m = HTMLMetadata()
        var ogTitle: String?, h1: String?, ogURL: String?, canonical: String?
        var metaDate: String?, itempropDate: String?, jsonLD: [String] = [], ogLocale: String?, contentLanguage: String?
        for (i, n) in tree.nodes.enumerated() where n.kind == .element {
            switch n.tag {
            case HTMLTag.html:
                if m.language == nil, let l = tree.attribute(.lang, of: n), !l.isEmpty { m.language = l }
            case HTMLTag.title:
                if m.documentTitle == nil { m.documentTitle = nonEmpty(tree.subtreeText(i)) }
            case HTMLTag.h1:
                if h1 == nil { h1 = nonEmpty(tree.subtreeText(i)) }
            case HTMLTag.meta:
                let key = (tree.attribute(.property, of: n) ?? tree.attribute(.name, of: n)
                           ?? tree.attribute(.itemprop, of: n) ?? tree.attribute(.httpEquiv, of: n))?.lowercased()
                let content = tree.attribute(.content, of: n).flatMap(nonEmpty)
                guard let key, let content else { break }
                switch key {
                case "og:title": if ogTitle == nil { ogTitle = content }
                case "og:url": if ogURL == nil { ogURL = content }
                case "og:locale": if ogLocale == nil { ogLocale = content }
                case "content-language": if contentLanguage == nil { contentLanguage = content }
                case "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "date":
                    if key == "datepublished" { if itempropDate == nil { itempropDate = content } } else if metaDate == nil { metaDate = content }
                default: break
                }
            case HTMLTag.link:
                if canonical == nil, tree.attribute(.rel, of: n)?.lowercased() == "canonical",
                   let href = tree.attribute(.href, of: n).flatMap(nonEmpty) { canonical = href }
            case HTMLTag.time:
                if itempropDate == nil, let ip = tree.attributeValue(.itemprop, of: n), isDatePublished(ip) {
                    itempropDate = tree.attribute(.datetime, of: n).flatMap(nonEmpty) ?? nonEmpty(tree.subtreeText(i))
                }
            case HTMLTag.script:
                let raw = tree.subtreeBytes(i)
                if Text.contains(raw[...], "datePublished") { jsonLD.append(String(decoding: raw, as: UTF8.self)) }
            default:
                if itempropDate == nil, let ip = tree.attributeValue(.itemprop, of: n), isDatePublished(ip) {
                    itempropDate = tree.attribute(.content, of: n).flatMap(nonEmpty)
                        ?? tree.attribute(.datetime, of: n).flatMap(nonEmpty) ?? nonEmpty(tree.subtreeText(i))
                }
            }
        }
        m.title = ogTitle ?? h1 ?? m.documentTitle.map(stripSiteName)
        m.canonicalURL = canonical ?? ogURL
        m.language = m.language ?? contentLanguage ?? ogLocale
        m.tagDate = metaDate ?? itempropDate
        m.jsonLD = m.tagDate == nil ? jsonLD : []
        return m
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

    /// "Headline - Site" → "Headline": drops short trailing segments after a separator.
    static func stripSiteName(_ title: String) -> String {
        var t = title
        while true {
            var best: Range<String.Index>?
            for sep in titleSeparators {
                if let r = t.range(of: sep, options: .backwards), best == nil || r.lowerBound > best!.lowerBound { best = r }
            }
            guard let r = best else { return t }
            let head = t[..<r.lowerBound], tail = t[r.upperBound...]
            guard tail.count <= maxSiteNameChars, tail.count < head.count else { return t }
            t = String(head).trimmingCharacters(in: .whitespaces)
        }
    }

    /// datePublished from a JSON-LD script (object, array, or @graph).
    static func jsonLDDatePublished(_ raw: String) -> String? {
        guard let data = raw.data(using: .utf8),
              let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        var queue: [Any] = [json]
        var steps = 0
        while !queue.isEmpty, steps < 10_000 {
            steps += 1
            let v = queue.removeFirst()
            if let d = v as? [String: Any] {
                if let s = d["datePublished"] as? String, !s.isEmpty { return s }
                queue.append(contentsOf: d.values)
            } else if let a = v as? [Any] {
                queue.append(contentsOf: a)
            }
        }
        return nil
    }

    /// The text trimmed of white space and newlines, `nil` when nothing is left. Text that starts
    /// and ends with a visible ASCII character (nearly all) is returned as is, without Foundation.
    static func nonEmpty(_ s: String) -> String? {
        let u = s.utf8
        if let a = u.first, let b = u.last, a > 0x20 && a < 0x80, b > 0x20 && b < 0x80 { return s }
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
