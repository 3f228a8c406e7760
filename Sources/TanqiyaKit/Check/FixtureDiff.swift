/// What changed between a fixture's committed expectation and what the rules give now, in a
/// reviewer's terms: line decisions, articles gained or lost, paragraphs, metadata.
public struct FixtureDiff: Sendable, Equatable {
    public var lines: [String] = []
    public var articles: [String] = []
    public var changedLineCount = 0
    public var changedArticleCount = 0

    public var isEmpty: Bool { lines.isEmpty && articles.isEmpty }

    public init(expected: FixtureOutcome, actual: FixtureOutcome) {
        compareLines(expected.decisions, actual.decisions)
        compareArticles(expected.records, actual.records)
    }

    private mutating func compareLines(_ old: [FixtureOutcome.Decision], _ new: [FixtureOutcome.Decision]) {
        let before = Dictionary(old.map { ($0.line, $0) }, uniquingKeysWith: { a, _ in a })
        for decision in new {
            guard let was = before[decision.line] else {
                lines.append("line \(decision.line): new line, \(decision.label) by rule \(decision.rule)")
                changedLineCount += 1
                continue
            }
            guard was.label != decision.label || was.rule != decision.rule || was.action != decision.action else { continue }
            changedLineCount += 1
            var text = "line \(decision.line): "
            text += was.label == decision.label ? decision.label : "\(was.label) → \(decision.label)"
            if was.action != decision.action { text += " (\(Self.action(was.action)) → \(Self.action(decision.action)))" }
            text += was.rule == decision.rule ? ", rule \(decision.rule)" : ", was rule \(Self.rule(was.rule)), now rule \(Self.rule(decision.rule))"
            text += "  «\(Self.clip(decision.text))»"
            lines.append(text)
        }
        if old.count > new.count {
            lines.append("lines \(new.count + 1)–\(old.count): no longer in the page")
            changedLineCount += old.count - new.count
        }
    }

    private mutating func compareArticles(_ old: [FixtureOutcome.Record], _ new: [FixtureOutcome.Record]) {
        if old.count != new.count {
            articles.append("articles: \(old.count) → \(new.count)")
            changedArticleCount += abs(old.count - new.count)
        }
        let oldTitles = old.map(\.title), newTitles = new.map(\.title)
        for (n, record) in new.enumerated() where !oldTitles.contains(record.title) {
            articles.append("article \(n + 1) gained: «\(Self.clip(record.title))» (\(record.paragraphs.count) paragraphs)")
        }
        for (n, record) in old.enumerated() where !newTitles.contains(record.title) {
            articles.append("article \(n + 1) lost: «\(Self.clip(record.title))» (\(record.paragraphs.count) paragraphs)")
        }
        for (n, record) in new.enumerated() {
            guard let was = old.first(where: { $0.title == record.title }) else { continue }
            let label = "article \(n + 1)"
            var changed = false
            for p in Self.minus(record.paragraphs, was.paragraphs) {
                articles.append("\(label): paragraph added «\(Self.clip(p))»"); changed = true
            }
            for p in Self.minus(was.paragraphs, record.paragraphs) {
                articles.append("\(label): paragraph removed «\(Self.clip(p))»"); changed = true
            }
            for c in Self.minus(record.captions, was.captions) { articles.append("\(label): caption added «\(Self.clip(c))»"); changed = true }
            for c in Self.minus(was.captions, record.captions) { articles.append("\(label): caption removed «\(Self.clip(c))»"); changed = true }
            for (field, a, b) in [("outlet", was.outlet, record.outlet), ("credit", was.credit ?? "none", record.credit ?? "none"),
                                  ("section", was.section ?? "none", record.section ?? "none")] where a != b {
                articles.append("\(label): \(field) \(Self.quote(a)) → \(Self.quote(b))"); changed = true
            }
            if !changed, was.paragraphs != record.paragraphs {
                articles.append("\(label): paragraphs reordered"); changed = true
            }
            if changed && old.count == new.count { changedArticleCount += 1 }
        }
    }

    static func minus(_ a: [String], _ b: [String]) -> [String] {
        var pool: [String: Int] = [:]
        for x in b { pool[x, default: 0] += 1 }
        return a.filter { x in
            if let n = pool[x], n > 0 { pool[x] = n - 1; return false }
            return true
        }
    }

    /// "kept", "dropped", "duplicate of line 3 (dedup.repeated-caption)": the dedup rule is
    /// named, so two duplicate decisions that differ only by it do not read the same.
    static func action(_ a: String) -> String {
        if a.hasPrefix("dup:") {
            let rest = a.dropFirst(4)
            let line = rest.prefix { $0 != " " }
            let rule = rest.dropFirst(line.count).drop { $0 == " " }
            return "duplicate of line \(line)" + (rule.isEmpty ? "" : " (\(rule))")
        }
        return a == "keep" ? "kept" : "dropped"
    }

    static func rule(_ r: String) -> String { r == "-" ? "none" : r }
    static func quote(_ s: String) -> String { s == "none" ? s : "«\(s)»" }

    static func clip(_ s: String, _ n: Int = 60) -> String {
        let t = s.trimmingSpaces
        return t.count <= n ? t : String(t.prefix(n)) + "…"
    }
}
