import Foundation

/// `tanqiya check`: runs every fixture through the current rules and compares with the
/// committed expectations and, where a page has one, its human gold; sums the changes per rule;
/// lists rules no fixture exercises; re-records on request.
public struct FixtureChecker {
    public let rules: RuleSet
    public let pipeline: Pipeline
    public let gold: GoldSet

    public init(rules: RuleSet, gold: GoldSet = GoldSet()) {
        self.rules = rules
        self.pipeline = Pipeline(rules: rules)
        self.gold = gold
    }

    public struct Result: Sendable {
        public struct Entry: Sendable {
            public var fixture: Fixture
            public var diff: FixtureDiff?
            /// No committed expectation yet.
            public var missing: Bool
            public var error: String?
            public var outcome: FixtureOutcome?
            /// The committed expectation, when there is one.
            public var expected: FixtureOutcome?
            /// Against the human gold: the expectation's score and the current one.
            public var goldBefore: GoldScore?
            public var goldNow: GoldScore?
        }
        public var entries: [Entry] = []
        /// Rule ids of the rule files that fired on no fixture.
        public var unusedRules: [String] = []

        /// Pages whose outcome differs from their expectation (or that could not be checked).
        public var changed: [Entry] { entries.filter { $0.error != nil || !($0.diff?.isEmpty ?? true) } }
        /// Pages without an expectation.
        public var unrecorded: [Entry] { entries.filter(\.missing) }
        /// Pages with gold whose current records fall short of it.
        public var shortOfGold: [Entry] { entries.filter { !($0.goldNow?.isPerfect ?? true) } }
        /// Of those, the pages an outlet's rules decide (what `--strict` fails on): the generic
        /// path is conservative by design, its shortfalls are reported, not failed.
        public var rulesShortOfGold: [Entry] { shortOfGold.filter { $0.outcome?.records.contains { $0.outlet != "unknown" } ?? false } }
        /// What to re-record: changed and unrecorded pages.
        public var toRecord: [Entry] { entries.filter { $0.missing || $0.error != nil || !($0.diff?.isEmpty ?? true) } }

        /// Per rule, lines decided before and now, over the changed pages; only rules whose
        /// count moved, most lines moved first.
        public var ruleChanges: [RuleChange] {
            var changes: [String: RuleChange] = [:]
            for entry in changed {
                guard let before = entry.expected, let now = entry.outcome else { continue }
                let (a, b) = (RuleChange.counts(before.decisions), RuleChange.counts(now.decisions))
                for rule in Set(a.keys).union(b.keys) where a[rule, default: 0] != b[rule, default: 0] {
                    var change = changes[rule] ?? RuleChange(rule: rule)
                    change.before += a[rule, default: 0]
                    change.now += b[rule, default: 0]
                    change.pages += 1
                    changes[rule] = change
                }
            }
            return changes.values.sorted { (abs($0.delta), $1.rule) > (abs($1.delta), $0.rule) }
        }
    }

    /// How often a rule decided a line before and after a change.
    public struct RuleChange: Sendable, Equatable {
        public var rule: String
        public var before = 0
        public var now = 0
        /// Pages where its count moved.
        public var pages = 0

        public var delta: Int { now - before }

        /// "rule rt.caption: now fires on 12 fewer lines in 9 pages (40 → 28)"
        public var sentence: String {
            let amount = delta == 0 ? "as many lines" : "\(abs(delta)) \(delta < 0 ? "fewer" : "more") \(abs(delta) == 1 ? "line" : "lines")"
            return "rule \(rule): now fires on \(amount) in \(counted(pages, "page")) (\(before) → \(now))"
        }

        /// Lines per rule id: the deciding rule, and the dedup rule of a repeat.
        static func counts(_ decisions: [FixtureOutcome.Decision]) -> [String: Int] {
            var counts: [String: Int] = [:]
            for d in decisions {
                if d.rule != "-" { counts[d.rule, default: 0] += 1 }
                if d.action.hasPrefix("dup:"), let space = d.action.firstIndex(of: " ") {
                    counts[String(d.action[d.action.index(after: space)...]), default: 0] += 1
                }
            }
            return counts
        }
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
        result.unusedRules = rules.outlets.flatMap(\.firingRuleIds).filter { !fired.contains($0) }
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
                entry.expected = expected
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
            if let page = gold.page(for: fixture.item.path) {
                entry.goldNow = GoldScore(records: actual.records, gold: page)
                entry.goldBefore = entry.expected.map { GoldScore(records: $0.records, gold: page) }
            }
        } catch {
            entry.error = "\(error)"
        }
        return entry
    }

    /// Writes the current outcome of each changed or unrecorded fixture as its expectation;
    /// returns the paths rewritten.
    public func update(_ result: Result) throws -> [String] {
        var written: [String] = []
        for entry in result.toRecord {
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

    /// The review report: per changed fixture its line and article changes, the pages without
    /// an expectation, the per-rule summary, the gold scores that moved or fall short, then a
    /// summary line.
    public static func report(_ result: Result, strict: Bool) -> String {
        var out = ""
        var lineCount = 0, articleCount = 0
        for entry in result.changed {
            out += "\(entry.fixture.name)\n"
            if let error = entry.error { out += "  cannot check: \(error)\n" }
            if let diff = entry.diff {
                for line in diff.lines { out += "  \(line)\n" }
                for line in diff.articles { out += "  \(line)\n" }
                lineCount += diff.changedLineCount
                articleCount += diff.changedArticleCount
            }
            if let now = entry.goldNow, let before = entry.goldBefore, now != before {
                out += "  gold: \(before.summary) → \(now.summary)\n"
            }
        }
        let unrecorded = result.unrecorded
        if !unrecorded.isEmpty {
            out += "\(counted(unrecorded.count, "fixture")) without an expectation (record with --update):\n"
            for entry in unrecorded { out += "  \(entry.fixture.name) (\(entry.fixture.expectedJSONL))\n" }
        }
        let rules = result.ruleChanges
        if !rules.isEmpty {
            out += "per rule:\n"
            for change in rules { out += "  \(change.sentence)\n" }
        }
        let withGold = result.entries.filter { $0.goldNow != nil }
        let short = result.shortOfGold
        if !withGold.isEmpty {
            out += "gold: \(withGold.count - short.count) of \(counted(withGold.count, "fixture")) with human gold match it"
            let failing = result.rulesShortOfGold
            out += short.isEmpty ? "\n" : (strict && !failing.isEmpty ? " (--strict: failing)" : "") + "; short of it:\n"
            for entry in short {
                let generic = !failing.contains { $0.fixture == entry.fixture }
                var line = "  \(entry.fixture.name): \(entry.goldNow!.summary)" + (generic ? " [generic path]" : "")
                if let before = entry.goldBefore, before != entry.goldNow { line += " (expectation: \(before.summary))" }
                out += line + "\n"
            }
        }
        let checked = result.entries.count - unrecorded.count
        out += "\(result.changed.count) of \(counted(checked, "fixture")) changed: \(counted(lineCount, "line")), "
        out += "\(counted(articleCount, "article"))"
        out += unrecorded.isEmpty ? "\n" : "; \(unrecorded.count) without an expectation\n"
        if !result.unusedRules.isEmpty {
            out += "\(result.unusedRules.count) \(result.unusedRules.count == 1 ? "rule fires" : "rules fire") on no fixture"
            out += strict ? " (--strict: failing)" : ""
            out += ": " + result.unusedRules.joined(separator: ", ") + "\n"
        }
        return out
    }
}
