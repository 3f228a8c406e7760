import Foundation

/// Human gold articles for fixture pages (`Tests/Fixtures/gold/`, the seeds' gold in
/// `../shared/spec/gold`): one JSON file per page, `{"input": page file name, "outlet"?,
/// "articles": [{"title", "paragraphs", "captions"?, "credit"?, "section"?}]}` — the format
/// `score.py` reads. Pages are matched by file name.
public struct GoldSet: Sendable {
    /// Gold folders `check` reads when none is given (those present).
    public static let defaultDirectories = ["Tests/Fixtures/gold", "Tests/Fixtures/html-gold", "../shared/spec/gold"]

    public struct Page: Sendable, Equatable {
        public var file: String
        public var outlet: String?
        public var articles: [FixtureOutcome.Record]
    }

    public var pages: [String: Page] = [:]

    public init() {}

    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// Every `*.json` of the folders; a file that is not gold (or holds a field of the wrong
    /// type), or a second gold file of one page, is an error naming it.
    public static func load(directories: [String]) throws -> GoldSet {
        var set = GoldSet()
        for dir in directories {
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: dir) } catch {
                throw Problem(description: "\(dir): cannot list the gold directory")
            }
            for name in names.sorted() where name.hasSuffix(".json") {
                let path = dir + "/" + name
                guard let data = FileManager.default.contents(atPath: path),
                      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                      let input = object["input"] as? String, let articles = object["articles"] as? [[String: Any]] else {
                    throw Problem(description: "\(path): not a gold file (needs \"input\" and \"articles\")")
                }
                if let other = set.pages[input] {
                    throw Problem(description: "\(other.file) and \(path) are both the gold of \(input): keep one")
                }
                if let problem = Self.problem(object, articles) { throw Problem(description: "\(path): \(problem)") }
                let outlet = object["outlet"] as? String
                let records = articles.map { a in
                    FixtureOutcome.Record(outlet: outlet ?? "unknown", title: a["title"] as? String ?? "",
                                          paragraphs: a["paragraphs"] as? [String] ?? [], captions: a["captions"] as? [String] ?? [],
                                          credit: a["credit"] as? String, section: a["section"] as? String)
                }
                set.pages[input] = Page(file: path, outlet: outlet, articles: records)
            }
        }
        return set
    }

    /// The first field of a gold file whose value is not what score.py reads there (a title of
    /// `123`, paragraphs as one string): silently read as empty, it scored the page 0.
    static func problem(_ object: [String: Any], _ articles: [[String: Any]]) -> String? {
        func isText(_ value: Any?) -> Bool { value is String }
        func isTexts(_ value: Any?) -> Bool { (value as? [Any])?.allSatisfy { $0 is String } ?? false }
        func orNull(_ value: Any?, _ test: (Any?) -> Bool) -> Bool { value == nil || value is NSNull || test(value) }
        if !orNull(object["outlet"], isText) { return "outlet is not a string" }
        for (i, a) in articles.enumerated() {
            if !isText(a["title"]) { return "articles[\(i)].title is not a string" }
            if !isTexts(a["paragraphs"]) { return "articles[\(i)].paragraphs is not a list of strings" }
            if !orNull(a["captions"], isTexts) { return "articles[\(i)].captions is not a list of strings" }
            for key in ["credit", "section"] where !orNull(a[key], isText) { return "articles[\(i)].\(key) is not a string" }
        }
        return nil
    }

    /// The gold of a page, by its file name.
    public func page(for path: String) -> Page? {
        pages[String(path.split(separator: "/").last ?? Substring(path))]
    }
}

/// A page's records against its gold, as `score.py` counts them: paragraphs (titles included)
/// as multisets after a light folding, titles in order, the article count, the metadata.
public struct GoldScore: Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
    public var titlesRight: Int
    public var titles: Int
    public var articles: Int
    public var goldArticles: Int
    /// score.py's metadata checks, per gold article: the outlet, the captions, and the credit and
    /// section where the gold has them.
    public var metadataRight: Int
    public var metadata: Int

    public var isPerfect: Bool { f1 == 1 && titlesRight == titles && articles == goldArticles && metadataRight == metadata }

    public init(records: [FixtureOutcome.Record], gold: GoldSet.Page) {
        let goldParagraphs = gold.articles.flatMap { [$0.title] + $0.paragraphs }.map(Self.fold)
        let out = records.flatMap { [Self.fold($0.title)] + $0.paragraphs.map(Self.fold).filter { !$0.isEmpty } }
        var pool: [String: Int] = [:]
        for g in goldParagraphs { pool[g, default: 0] += 1 }
        var hits = 0
        for o in out where (pool[o] ?? 0) > 0 {
            pool[o]! -= 1
            hits += 1
        }
        precision = out.isEmpty ? (goldParagraphs.isEmpty ? 1 : 0) : Double(hits) / Double(out.count)
        recall = goldParagraphs.isEmpty ? 1 : Double(hits) / Double(goldParagraphs.count)
        f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        titles = gold.articles.count
        titlesRight = gold.articles.indices.filter { $0 < records.count && Self.fold(records[$0].title) == Self.fold(gold.articles[$0].title) }.count
        articles = records.count
        goldArticles = gold.articles.count
        metadataRight = 0
        metadata = 0
        for (i, want) in gold.articles.enumerated() {
            let got = i < records.count ? records[i] : nil
            var checks = [gold.outlet == got?.outlet,
                          want.captions.map(Self.fold) == (got?.captions ?? []).map(Self.fold)]
            if let credit = want.credit { checks.append(Self.fold(credit) == Self.fold(got?.credit ?? "")) }
            if let section = want.section { checks.append(Self.fold(section) == Self.fold(got?.section ?? "")) }
            metadata += checks.count
            metadataRight += checks.filter { $0 }.count
        }
    }

    /// "F1 0.957, titles 2/2, 2 articles (gold 2), metadata 6/6"
    public var summary: String {
        String(format: "F1 %.3f", f1) + ", titles \(titlesRight)/\(titles), \(counted(articles, "article")) (gold \(goldArticles))"
            + ", metadata \(metadataRight)/\(metadata)"
    }

    /// NFKC, tatweel and bidi/format marks removed, white space collapsed (score.py's `fold`).
    static func fold(_ text: String) -> String {
        let dropped: Set<Unicode.Scalar> = ["\u{0640}", "\u{200E}", "\u{200F}", "\u{061C}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}",
                                            "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{FEFF}"]
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars where !dropped.contains(scalar) {
            if scalar.properties.isWhitespace {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                space = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
