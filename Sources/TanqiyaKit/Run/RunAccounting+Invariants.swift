/// The invariants of a run's accounting, checked by tests, by `stats merge` on every shard's stats
/// and on their sum.
extension RunAccounting {
    /// The invariants `stats` breaks (none for any run, a shard's final stats, or their merge).
    static func violations(of s: RunStats) -> [String] {
        var problems: [String] = []
        func check(_ holds: Bool, _ what: @autoclosure () -> String) { if !holds { problems.append(what()) } }
        let i = s.inputs
        check(i.total == i.cleaned + i.skipped + i.failed,
              "inputs: total \(i.total) != cleaned \(i.cleaned) + skipped \(i.skipped) + failed \(i.failed)")
        check(i.cleaned == i.written + i.noArticles + i.onlyDuplicates + i.empty,
              "inputs: cleaned \(i.cleaned) != written \(i.written) + no_articles \(i.noArticles) + only_duplicates \(i.onlyDuplicates) + empty \(i.empty)")
        let a = s.articles, duplicates = a.duplicates.values.reduce(0, +)
        check(a.found == a.written + duplicates + a.discarded,
              "articles: found \(a.found) != written \(a.written) + duplicates \(duplicates) + discarded \(a.discarded)")
        // A failure without an input is the run's own (an output not written): no input's.
        let inputFailures = s.failures.filter { $0.input != nil }.count
        check(inputFailures == i.failed, "inputs: \(i.failed) failed, \(inputFailures) failed inputs listed")
        check(s.skipped.filter { $0.line == nil }.count == i.skipped, "inputs: \(i.skipped) skipped, \(s.skipped.filter { $0.line == nil }.count) listed")
        check(s.dropped.count == i.noArticles + i.onlyDuplicates,
              "inputs: \(i.noArticles + i.onlyDuplicates) dropped, \(s.dropped.count) listed")
        check(s.encodings.values.reduce(0, +) == s.pages, "pages: \(s.pages), \(s.encodings.values.reduce(0, +)) by encoding")
        return problems
    }
}
