import Foundation

/// What a page's JSON-LD scripts (schema.org) say about its article: the first object of an
/// article type (NewsArticle, Article, BlogPosting…; else any object) that states each field.
struct JSONLDFacts: Sendable, Equatable {
    var datePublished: String?
    /// Author names joined by ", " (a string, an object's `name`, or a list of either).
    var author: String?
    /// `publisher.name` (or `isPartOf.name`, `sourceOrganization.name`).
    var publisherName: String?
    var articleBody: String?
    var inLanguage: String?
}

enum JSONLDReader {
    /// Objects walked per page at most: a hostile script cannot make the walk long.
    static let maxObjects = 10_000
    /// A script larger than this is not parsed (a page's metadata is a few kilobytes).
    static let maxScriptBytes = 4 << 20

    /// Types whose fields describe the page's article, in no particular order.
    static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle", "techarticle", "socialmediaposting",
        "liveblogposting", "report", "posting", "webpage", "itempage", "creativework",
    ]

    static func read(_ scripts: [[UInt8]]) -> JSONLDFacts {
        var objects: [[String: Any]] = []
        for raw in scripts where raw.count <= maxScriptBytes && mentionsAFact(raw) {
            guard let json = try? JSONSerialization.jsonObject(with: Data(raw), options: [.fragmentsAllowed]) else { continue }
            collect(json, into: &objects)
        }
        // Article-typed objects first (WebPage last among them), then the rest, each in page order.
        func rank(_ o: [String: Any]) -> Int {
            let types = typeNames(o)
            if types.contains(where: { articleTypes.contains($0) && $0 != "webpage" && $0 != "itempage" && $0 != "creativework" }) { return 0 }
            if types.contains(where: articleTypes.contains) { return 1 }
            return 2
        }
        let ordered = objects.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
        var facts = JSONLDFacts()
        for o in ordered {
            if facts.datePublished == nil, let s = string(o["datePublished"]) ?? string(o["dateCreated"]) { facts.datePublished = s }
            if facts.author == nil, let a = names(o["author"]) ?? names(o["creator"]) { facts.author = a }
            if facts.publisherName == nil, let p = names(o["publisher"]) ?? names(o["isPartOf"]) ?? names(o["sourceOrganization"]) {
                facts.publisherName = p
            }
            if facts.articleBody == nil, let b = string(o["articleBody"]) ?? string(o["text"]).flatMap({ rank(o) == 0 ? $0 : nil }) {
                facts.articleBody = b
            }
            if facts.inLanguage == nil, let l = string(o["inLanguage"]) ?? names(o["inLanguage"]) { facts.inLanguage = l }
        }
        return facts
    }

    /// Whether a script names one of the fields read here (breadcrumb lists and site-search
    /// boxes do not, and are not parsed).
    static func mentionsAFact(_ raw: [UInt8]) -> Bool {
        Text.contains(raw[...], "datePublished") || Text.contains(raw[...], "author") || Text.contains(raw[...], "publisher")
            || Text.contains(raw[...], "articleBody") || Text.contains(raw[...], "inLanguage") || Text.contains(raw[...], "dateCreated")
            || Text.contains(raw[...], "creator")
    }

    /// Every object in the document (arrays and `@graph` flattened; nested objects included).
    private static func collect(_ json: Any, into out: inout [[String: Any]]) {
        var queue: [Any] = [json]
        var k = 0
        while k < queue.count, out.count < maxObjects {
            let v = queue[k]
            k += 1
            if let d = v as? [String: Any] {
                out.append(d)
                for key in d.keys.sorted() where key != "articleBody" { queue.append(d[key]!) }
            } else if let a = v as? [Any] {
                queue.append(contentsOf: a.prefix(maxObjects))
            }
        }
    }

    private static func typeNames(_ o: [String: Any]) -> [String] {
        if let t = o["@type"] as? String { return [t.lowercased()] }
        if let ts = o["@type"] as? [Any] { return ts.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    /// A non-empty string, trimmed (`MetadataReader.nonEmpty`: no copy when there is nothing to trim).
    private static func string(_ v: Any?) -> String? {
        guard let s = v as? String else { return nil }
        return MetadataReader.nonEmpty(s)
    }

    /// A name: a string, an object's `name`, or a list of those joined by ", ".
    private static func names(_ v: Any?) -> String? {
        if let s = string(v) { return s }
        if let d = v as? [String: Any] { return string(d["name"]) }
        if let a = v as? [Any] {
            var seen: [String] = []
            for x in a.prefix(20) { if let n = names(x), !seen.contains(n) { seen.append(n) } }
            return seen.isEmpty ? nil : seen.joined(separator: ", ")
        }
        return nil
    }
}
