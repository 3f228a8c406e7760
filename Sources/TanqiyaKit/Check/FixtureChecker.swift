import Foundation

/// `tanqiya check`: runs every fixture through the current rules and compares with the
/// committed expectations; lists rules no fixture exercises; re-records on request.
public struct FixtureChecker {
    public let rules: RuleSet
    public let pipeline: Pipeline

    public init(rules: RuleSet) {
        self.rules = rules
        self.pipeline = Pipeline(rules: rules)
    }

    public struct Result: Sendable {
        public struct Entry: Sendable {
            public var fixture: Fixture
            public var diff: FixtureDiff?
            /// No committed expectation yet.
            public var missing: Bool
            public var error: String?
            public var outcome: FixtureOutcome?
        }
        public var entries: [Entry] = []
        /// Rule ids of the rule files that fired on no fixture.
        public var unusedRules: [String] = []

        public var changed: [Entry] { entries.filter { $0.missing || $0.error != nil || !($0.diff?.isEmpty ?? true) } }
    }

    /// Every fixture through the pipeline (on `jobs` threads), compared with its expectation.
    public func check(_ fixtures: [Fixture], jobs: Int = 1) -> Result {
        var result = Result()
        var fired = Set<String>()
        var pages: [CleanedPage] = []
        let pipeline = pipeline.writing(FixtureOutcome.writerOptions)
        PageScheduler(jobs: jobs).run(fixtures.map(\.item), work: pipeline.clean) { event in
            switch event {
            case .page(_, let page): pages.append(page)
            case .inputEnd(let n, let failure):
                let entry = compare(fixtures[n], pages: pages, failure: failure)
                fired.formUnion(entry.outcome?.firedRules ?? [])
                result.entries.append(entry)
                pages.removeAll()
            }
        }
        result.unusedRules = rules.outlets.flatMap(\.ruleIds).filter { !fired.contains($0) }
        return result
    }

    private func compare(_ fixture: Fixture, pages: [CleanedPage], failure: String?) -> Result.Entry {
        var entry = Result.Entry(fixture: fixture, diff: nil, missing: false, error: failure, outcome: nil)
        guard failure == nil else { return entry }
        do {
            let actual = try FixtureOutcome.make(pages)
            entry.outcome = actual
            if let jsonl = FileManager.default.contents(atPath: fixture.expectedJSONL),
               let explain = FileManager.default.contents(atPath: fixture.expectedExplain) {
                let expected = try FixtureOutcome.parse(jsonl: [UInt8](jsonl), explain: [UInt8](explain))
                entry.diff = FixtureDiff(expected: expected, actual: actual)
                if entry.diff!.isEmpty, [UInt8](jsonl) != actual.jsonl || [UInt8](explain) != actual.explain {
                    // Same decisions and records, other bytes (normalised text, ids, header lines).
                    var diff = entry.diff!
                    diff.lines.append("output bytes differ (same decisions and articles): re-record with --update")
                    entry.diff = diff
                }
            } else {
                entry.missing = true
            }
        } catch {
            entry.error = "\(error)"
        }
        return entry
    }

    /// Writes the current outcome of each fixture as its expectation; returns the paths rewritten.
    public func update(_ result: Result) throws -> [String] {
        var written: [String] = []
        for entry in result.changed {
            guard let outcome = entry.outcome else { continue }
            for (path, bytes) in [(entry.fixture.expectedJSONL, outcome.jsonl), (entry.fixture.expectedExplain, outcome.explain)] {
                if FileManager.default.contents(atPath: path) == Data(bytes) { continue }
                let file = try OutputFile(path: path)
                file.write(bytes)
                try file.commit()
                written.append(path)
            }
        }
        return written
    }

    /// The review report: per changed fixture its line and article changes, then a summary line.
    public static func report(_ result: Result, strict: Bool) -> String {
        var out = ""
        var lineCount = 0, articleCount = 0
        for entry in result.changed {
            out += "\(entry.fixture.name)\n"
            if let error = entry.error { out += "  cannot check: \(error)\n" }
            if entry.missing { out += "  no expectation yet (\(entry.fixture.expectedJSONL)): record it with --update\n" }
            if let diff = entry.diff {
                for line in diff.lines { out += "  \(line)\n" }
                for line in diff.articles { out += "  \(line)\n" }
                lineCount += diff.changedLineCount
                articleCount += diff.changedArticleCount
            }
        }
        let n = result.changed.count
        out += "\(n) of \(result.entries.count) fixtures changed: \(lineCount) \(lineCount == 1 ? "line" : "lines"), "
        out += "\(articleCount) \(articleCount == 1 ? "article" : "articles")\n"
        if !result.unusedRules.isEmpty {
            out += "\(result.unusedRules.count) \(result.unusedRules.count == 1 ? "rule fires" : "rules fire") on no fixture"
            out += strict ? " (--strict: failing)" : ""
            out += ": " + result.unusedRules.joined(separator: ", ") + "\n"
        }
        return out
    }
}
