/// `tanqiya check --html OUT.html`: the per-rule summary, the gold scores, then each changed
/// fixture's lines with the committed decision and the current one side by side (changed rows
/// marked), in one page a rule author opens in a browser.
public struct CheckReport {
    public let result: FixtureChecker.Result

    public init(_ result: FixtureChecker.Result) { self.result = result }

    public func html() -> String {
        let changed = result.changed
        var page = ReportPage(title: "tanqiya check: \(changed.count) of \(counted(result.entries.count - result.unrecorded.count, "fixture")) changed")
        var head = ReportPage.legend
        head += "<h2>Rules whose lines changed</h2>\n"
        let rules = result.ruleChanges
        if rules.isEmpty {
            head += "<p class=\"meta\">No rule decides a different number of lines.</p>\n"
        } else {
            head += "<table id=\"rule-summary\" class=\"summary\" dir=\"ltr\"><thead><tr><th>rule</th><th>lines before</th><th>lines now</th><th>change</th><th>pages</th><th></th></tr></thead><tbody>\n"
            for change in rules {
                let cls = change.delta < 0 ? "fewer" : "more"
                head += "<tr data-rule=\"\(escape(change.rule))\"><td>\(escape(change.rule))</td><td>\(change.before)</td><td>\(change.now)</td>"
                head += "<td class=\"\(cls)\">\(change.delta > 0 ? "+" : "")\(change.delta)</td><td>\(change.pages)</td><td>\(escape(change.sentence))</td></tr>\n"
            }
            head += "</tbody></table>\n"
        }
        let withGold = result.entries.filter { $0.goldNow != nil }
        let notable = withGold.filter { $0.goldNow != $0.goldBefore || !$0.goldNow!.isPerfect }
        if !withGold.isEmpty {
            head += "<p class=\"meta\">\(withGold.count - notable.count) of \(counted(withGold.count, "fixture")) with human gold match it as before; below, the others.</p>\n"
            head += "<h2>Against the human gold</h2>\n<table id=\"gold\" class=\"summary\" dir=\"ltr\"><thead><tr><th>fixture</th><th>expectation</th><th>now</th></tr></thead><tbody>\n"
            for entry in notable {
                head += "<tr><td>\(escape(entry.fixture.name))</td><td>\(escape(entry.goldBefore?.summary ?? "no expectation"))</td>"
                head += "<td class=\"\(entry.goldNow!.isPerfect ? "more" : "fewer")\">\(escape(entry.goldNow!.summary))</td></tr>\n"
            }
            head += "</tbody></table>\n"
        }
        if !result.unrecorded.isEmpty {
            head += "<h2>Without an expectation</h2>\n<ul dir=\"ltr\">"
            for entry in result.unrecorded { head += "<li>\(escape(entry.fixture.name))</li>" }
            head += "</ul>\n"
        }
        page.head = head
        var body = ""
        for entry in changed {
            body += "<section class=\"fixture\">\n<h2>\(escape(entry.fixture.name))</h2>\n"
            if let error = entry.error { body += "<p class=\"meta\">cannot check: \(escape(error))</p>\n" }
            for line in (entry.diff?.articles ?? []) { body += "<p class=\"meta\">\(escape(line))</p>\n" }
            body += "<table class=\"lines\"><thead><tr><th>line</th><th>text</th><th>before</th><th>now</th></tr></thead>\n"
            body += Self.rows(before: entry.expected?.decisions ?? [], now: entry.outcome?.decisions ?? [])
            body += "</table>\n</section>\n"
        }
        page.body = body
        return page.html()
    }

    /// One row per line of the page as it is now (and lines gone since), coloured by the current
    /// label; the earlier decision beside it where it differs.
    static func rows(before: [FixtureOutcome.Decision], now: [FixtureOutcome.Decision]) -> String {
        let was = Dictionary(before.map { ($0.line, $0) }, uniquingKeysWith: { a, _ in a })
        var html = ""
        for decision in now {
            let old = was[decision.line]
            let changed = old.map { $0.label != decision.label || $0.rule != decision.rule || $0.action != decision.action } ?? true
            html += row(decision, before: old, changed: changed)
        }
        for decision in before where decision.line > (now.last?.line ?? 0) {
            html += row(decision, before: decision, changed: true, gone: true)
        }
        return html
    }

    static func row(_ d: FixtureOutcome.Decision, before: FixtureOutcome.Decision?, changed: Bool, gone: Bool = false) -> String {
        let action = d.action == "keep" && !gone ? "keep" : "drop"
        let rules = Set([d.rule, before?.rule].compactMap { $0 }.filter { $0 != "-" }).sorted().joined(separator: " ")
        func cell(_ x: FixtureOutcome.Decision?) -> String {
            guard let x else { return "new line" }
            return "\(x.label) · \(x.rule) · \(FixtureDiff.action(x.action))"
        }
        return "<tr class=\"line l-\(escape(d.label)) \(action)\(changed ? " changed" : "")\" data-label=\"\(escape(d.label))\" "
            + "data-rule=\"\(escape(rules))\" data-action=\"\(action)\"><td class=\"n\">\(d.line)</td>"
            + "<td class=\"text\">\(escape(d.text))</td><td class=\"was\">\(changed ? escape(cell(before)) : "")</td>"
            + "<td class=\"label\">\(escape(gone ? "gone" : cell(d)))</td></tr>\n"
    }
}
