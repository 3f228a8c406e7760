import Foundation

/// A page with committed expectations: the JSONL and the explain trace the rules gave it when
/// they were last accepted (`tanqiya check --update`).
public struct Fixture: Sendable, Equatable {
    public var item: InputItem
    /// `<expected>/<fixture set>/<relative path without extension>.jsonl`
    public var expectedJSONL: String
    /// `… .explain`
    public var expectedExplain: String
    /// How the fixture is named in reports: its path.
    public var name: String { item.path }

    /// The fixture folders `check` and `rules lint` use when none is given (relative to the
    /// working directory: the repository's seeds and test pages).
    public static let defaultDirectories = ["seeds", "Tests/Fixtures/pages", "Tests/Fixtures/html"]

    /// Where expectations live by default (relative to the working directory).
    public static let defaultExpected = "Tests/Golden"

    /// Every page under each fixture directory, with the expectation paths under `expected`,
    /// kept by the page's path (so two folders with the same name never share expectations):
    /// `seeds/000_x.txt` → `Tests/Golden/seeds/000_x.jsonl` and `.explain`.
    public static func locate(fixtureDirectories: [String], expected: String)
        -> (fixtures: [Fixture], problems: [String], passedOver: [String]) {
        var fixtures: [Fixture] = []
        var problems: [String] = []
        var passedOver: [String] = []
        for dir in fixtureDirectories {
            // The expectations folder inside a fixtures folder is not walked: its files are not
            // pages (they were checked as pages after an --update, and the next --update recorded
            // expectations of expectations a folder deeper).
            let found = InputLocator().locate([dir], passingOver: expected.isEmpty ? [] : [expected])
            problems += found.problems.map(\.description)
            // The fixtures folder itself (`--expected pages`, or a link to it): no page would be
            // read, and a check of nothing passed.
            if found.passedOver.contains(dir) {
                problems.append("\(dir): the expectations folder (--expected \(expected)) is this fixtures folder: no page would be read; give the expectations a folder of their own")
                continue
            }
            passedOver += found.passedOver
            for item in found.items {
                let base = (expected.hasSuffix("/") ? String(expected.dropLast()) : expected) + "/" + expectationKey(item.path)
                fixtures.append(Fixture(item: item, expectedJSONL: base + ".jsonl", expectedExplain: base + ".explain"))
            }
        }
        // Two pages of one name but their extension (`a.txt`, `a.html`) would share their
        // expectation files: neither could ever be recorded.
        var byExpectation: [String: String] = [:]
        for fixture in fixtures {
            if let other = byExpectation[fixture.expectedJSONL] {
                problems.append("\(other) and \(fixture.item.path) would both have the expectation \(fixture.expectedJSONL): rename one of them")
            } else {
                byExpectation[fixture.expectedJSONL] = fixture.item.path
            }
        }
        return (fixtures, problems, passedOver)
    }

    /// The expectation files (`.jsonl`, `.explain`) under the expectations of `fixtureDirectories`
    /// that belong to none of `fixtures`: a page renamed or removed left them, and nothing checks
    /// them any more. Other files there (notes, a README) are not expectations.
    public static func staleExpectations(fixtureDirectories: [String], expected: String, fixtures: [Fixture]) -> [String] {
        let root = expected.hasSuffix("/") ? String(expected.dropLast()) : expected
        let current = Set(fixtures.flatMap { [$0.expectedJSONL, $0.expectedExplain] })
        var stale: [String] = []
        for dir in fixtureDirectories {
            // The folder's key: a page's key inside it, without the page.
            let folder = root + "/" + String(expectationKey(dir + "/_").dropLast(2))
            guard let walker = FileManager.default.enumerator(atPath: folder) else { continue }
            for case let relative as String in walker where relative.hasSuffix(".jsonl") || relative.hasSuffix(".explain") {
                let path = folder + "/" + relative
                if !current.contains(path) { stale.append(path) }
            }
        }
        return stale.sorted()
    }

    /// A page's path as a relative path without its extension, safe to put under the
    /// expectations folder: `./a/b.txt` → `a/b`, `/x/y.html` → `_root/x/y`, `../p.txt` → `_up/p`.
    static func expectationKey(_ path: String) -> String {
        var parts: [String] = path.hasPrefix("/") ? ["_root"] : []
        for part in path.split(separator: "/") where part != "." {
            parts.append(part == ".." ? "_up" : String(part))
        }
        guard var last = parts.popLast() else { return "_" }
        if last.hasSuffix(".gz") { last.removeLast(3) }
        if let dot = last.lastIndex(of: "."), dot != last.startIndex { last = String(last[..<dot]) }
        parts.append(last)
        return parts.joined(separator: "/")
    }
}

/// What a fixture gives under some rules, in the terms a reviewer compares: the records, and
/// each input line's decision.
public struct FixtureOutcome: Sendable, Equatable {
    public struct Record: Sendable, Equatable {
        public var outlet: String
        public var title: String
        public var paragraphs: [String]
        public var captions: [String]
        public var credit: String?
        public var section: String?
    }

    public struct Decision: Sendable, Equatable {
        public var line: Int
        public var label: String
        public var rule: String
        public var action: String
        public var text: String
    }

    public var records: [Record]
    public var decisions: [Decision]
    /// Rule ids that fired (line rules, structure, and the outlet's matching signatures).
    public var firedRules: Set<String>
    /// The raw bytes, to re-record.
    public var jsonl: [UInt8]
    public var explain: [UInt8]

    /// What the pipeline must write for a fixture: the records, the trace, and the documents
    /// (for the rules that fired).
    public static let writerOptions = WriterOptions(format: .jsonl, explain: true, keepDocument: true)

    /// The outcome of a fixture's pages as `Pipeline.clean` left them (with `writerOptions`).
    public static func make(_ pages: [CleanedPage]) throws -> FixtureOutcome {
        var jsonl: [UInt8] = []
        var explain: [UInt8] = []
        var fired = Set<String>()
        for page in pages where page.outcome == .cleaned {
            for article in page.articles { jsonl += article.bytes }
            explain += page.explain
            guard let done = page.document else { continue }
            fired.formUnion(done.blocks.compactMap(\.rule))
            fired.formUnion(done.blocks.compactMap(\.dedupRule))
            fired.formUnion(done.signatures)
        }
        var outcome = try parse(jsonl: jsonl, explain: explain)
        outcome.firedRules = fired
        return outcome
    }

    /// Reads committed expectations back.
    public static func parse(jsonl: [UInt8], explain: [UInt8]) throws -> FixtureOutcome {
        var records: [Record] = []
        for line in String(decoding: jsonl, as: UTF8.self).split(separator: "\n") where !line.isEmpty {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            records.append(Record(outlet: object["outlet"] as? String ?? "unknown",
                                  title: object["title"] as? String ?? "",
                                  paragraphs: (object["text"] as? String ?? "").split(separator: "\n").map(String.init),
                                  captions: object["captions"] as? [String] ?? [],
                                  credit: object["credit"] as? String, section: object["section"] as? String))
        }
        var decisions: [Decision] = []
        var lineOffset = 0
        var lastLine = 0
        for row in String(decoding: explain, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            if row.hasPrefix("# source:") { lineOffset = lastLine; continue }
            if row.hasPrefix("#") || row.hasPrefix("line\t") || row.isEmpty { continue }
            let cols = row.split(separator: "\t", maxSplits: 5, omittingEmptySubsequences: false)
            guard cols.count == 6, let n = Int(cols[0]) else { continue }
            // JSONL fixtures hold several pages: number their lines on after one another.
            lastLine = lineOffset + n
            decisions.append(Decision(line: lastLine, label: String(cols[2]), rule: String(cols[3]),
                                      action: String(cols[4]), text: String(cols[5])))
        }
        return FixtureOutcome(records: records, decisions: decisions, firedRules: [], jsonl: jsonl, explain: explain)
    }
}
