/// Counts a run into its `RunStats`, input by input, and holds the invariants every run's stats
/// keep (`violations`): every input is cleaned, skipped or failed, every cleaned input written,
/// empty, or dropped with its reason, every article found written, dropped as a duplicate, or
/// discarded with its failed input. The one place these rules live: runs, `stats merge` and the
/// tests check them here.
struct RunAccounting {
    private let items: [InputItem]
    var stats = RunStats()
    /// What happened to the current input so far, for its accounting at its end.
    private var input = InputTally()
    /// Dropped lines per label and per rule id over the run: counted without hashing a string
    /// per page, and written into `stats.lines` when the run finishes.
    private var droppedPerLabel = [Int](repeating: 0, count: Label.allCases.count)
    private var droppedPerRule = ByteKeyTable<Int>()
    private var stages = [StageCounters](repeating: StageCounters(), count: Pipeline.stageNames.count)

    private struct InputTally {
        var item = -1
        var pages = 0
        var found = 0
        var written = 0
        /// Of `written`, the articles handed to a later step (`deferred`): not in `stats.articles` yet.
        var deferred = 0
        var duplicates = 0
        /// `duplicates` per kind (`DuplicateKind.allCases` order).
        var duplicatesPerKind = [Int](repeating: 0, count: DuplicateKind.allCases.count)
        var bytesOut = 0
        var skippedPages = 0
        var firstSkip: String?
        var notes = 0
        /// Pages without a non-blank line.
        var blankPages = 0
    }

    /// Inputs found unusable before the run (not found, not regular files) count in it first.
    init(items: [InputItem], failedBefore: [RunStats.Failure], skippedBefore: [RunStats.Skip]) {
        self.items = items
        stats.inputs.total = items.count + failedBefore.count + skippedBefore.count
        stats.inputs.failed = failedBefore.count
        stats.failures = failedBefore
        stats.inputs.skipped = skippedBefore.count
        stats.skipped = skippedBefore
        stats.warnings = skippedBefore.map { "\($0.input): skipped: \($0.reason)" }
    }

    private mutating func tally(_ item: Int) {
        if input.item != item { input = InputTally(item: item) }
    }

    /// Any page's result: its input bytes and each stage's counters; then by its outcome.
    mutating func page(_ item: Int, _ page: CleanedPage) {
        page.stages.forEach { stages[$0].add($1) }
        switch page.outcome {
        case .blankLine: stats.bytesIn += page.bytesIn
        case .skipped(let skip):
            stats.bytesIn += page.bytesIn
            skipped(item, skip)
        case .cleaned:
            for warning in page.warnings { note(item, warning) }
            tally(item)
            input.pages += 1
            stats.add(page)
            for (n, count) in page.lines.droppedPerLabel.enumerated() { droppedPerLabel[n] += count }
            for (n, rule) in page.lines.ruleIDs.enumerated() {
                let (entry, inserted) = droppedPerRule.insert(ByteKey(rule), page.lines.ruleCounts[n])
                if !inserted { droppedPerRule.setValue(droppedPerRule.values[entry] + page.lines.ruleCounts[n], at: entry) }
            }
            input.found += page.articles.count
            if page.lines.total == page.lines.blank { input.blankPages += 1 }
        }
    }

    /// A page of input `item` that is not cleaned. A JSONL record is listed (and noted) now; a
    /// whole input skipped is accounted for at its end, as a skipped input.
    private mutating func skipped(_ item: Int, _ skip: PageSkip) {
        tally(item)
        stats.pagesSkipped += 1
        input.skippedPages += 1
        if input.firstSkip == nil { input.firstSkip = skip.line.map { "line \($0): \(skip.reason)" } ?? skip.reason }
        guard let line = skip.line else { return }
        let path = items[item].path
        if input.skippedPages <= RunStats.listedPerInput { stats.skipped.append(.init(input: path, line: line, reason: skip.reason)) }
        note(item, skip.message(path: path))
    }

    /// A warning about input `item`: listed up to `RunStats.listedPerInput` per input, then counted.
    private mutating func note(_ item: Int, _ message: String) {
        tally(item)
        input.notes += 1
        if input.notes <= RunStats.listedPerInput { stats.warnings.append(message) }
    }

    /// An article of the current input written (`bytes` long), or dropped as a duplicate.
    mutating func written(bytes: Int) {
        stats.articles.written += 1
        stats.bytesOut += bytes
        input.written += 1
        input.bytesOut += bytes
    }

    mutating func duplicate(_ kind: DuplicateKind) {
        stats.articles.duplicates[kind.rawValue, default: 0] += 1
        input.duplicates += 1
        input.duplicatesPerKind[DuplicateKind.allCases.firstIndex(of: kind)!] += 1
    }

    /// Articles of an input that fails for want of an output (its files could not be created):
    /// in no output, and not deduplicated.
    mutating func discarded(articles: Int) { stats.articles.discarded += articles }

    /// The run's one records file was not written (an input failed, or the file could not be):
    /// the articles counted as written are in no file.
    mutating func recordsNotWritten() {
        stats.articles.discarded += stats.articles.written
        stats.articles.written = 0
        stats.bytesOut = 0
    }

    /// Articles handed to a later step that decides their fate (a staged run's stage 1): the
    /// input counts as written until that step says otherwise.
    mutating func deferred(articles: Int) {
        input.written += articles
        input.deferred += articles
    }

    /// What an input came to.
    enum InputOutcome: Equatable {
        case failed, skipped, empty, noArticles, onlyDuplicates
        /// Written; were every article of it dropped later (a staged run's corpus step), its line
        /// in `dropped` would go at `droppedPosition`.
        case written(droppedPosition: Int)
    }

    /// Input `item` ended: failed (`failure`), or sorted into skipped, empty, written or dropped.
    /// `discarded`: a failed input's articles are in no output (its own output was dropped). A
    /// failed input's duplicates are discarded whatever the output: their lines are not written.
    @discardableResult
    mutating func inputEnded(_ item: Int, failure: String?, discarded: Bool) -> InputOutcome {
        tally(item)
        let path = items[item].path
        if input.notes > RunStats.listedPerInput {
            stats.warnings.append("\(path): \(input.notes - RunStats.listedPerInput) more warnings and skipped records not listed")
        }
        if let failure {
            stats.inputs.failed += 1
            stats.failures.append(.init(input: path, error: failure))
            for (kind, count) in zip(DuplicateKind.allCases, input.duplicatesPerKind) {
                stats.articles.duplicates[kind.rawValue, default: 0] -= count
            }
            stats.articles.discarded += input.duplicates
            guard discarded else { return .failed }
            stats.articles.written -= input.written - input.deferred
            stats.articles.discarded += input.written
            stats.bytesOut -= input.bytesOut
            return .failed
        }
        if input.pages == 0, let reason = input.firstSkip {
            stats.inputs.skipped += 1
            let why = input.skippedPages == 1 ? reason : "no readable record (\(input.skippedPages) skipped; the first: \(reason))"
            stats.skipped.append(.init(input: path, reason: why))
            stats.warnings.append("\(path): skipped: \(why)")
            return .skipped
        }
        stats.inputs.cleaned += 1
        if input.pages == input.blankPages {
            stats.inputs.empty += 1
            return .empty
        } else if input.written > 0 {
            stats.inputs.written += 1
            return .written(droppedPosition: stats.dropped.count)
        } else if input.found == 0 {
            stats.inputs.noArticles += 1
            stats.dropped.append(.init(input: path, reason: "no article found"))
            return .noArticles
        } else {
            stats.inputs.onlyDuplicates += 1
            stats.dropped.append(.init(input: path, reason: Self.onlyDuplicates(input.duplicates)))
            return .onlyDuplicates
        }
    }

    /// Why an input whose every article was a duplicate gave none.
    static func onlyDuplicates(_ count: Int) -> String { "every article a duplicate (\(count))" }

    /// A problem of the whole run (an output that cannot be written): it fails.
    mutating func runFailed(_ error: String) { stats.failures.append(.init(input: nil, error: error)) }

    /// The stats with the run's tallies filled in; `corpus`: the corpus step's counters.
    mutating func finish(corpus: StageCounters) -> RunStats {
        stages[stages.count - 1].add(corpus)
        for (label, count) in zip(Label.allCases, droppedPerLabel) {
            stats.lines.droppedByLabel[label.rawValue] = count
        }
        for (key, count) in zip(droppedPerRule.keys, droppedPerRule.values) { stats.lines.droppedByRule[key.string] = count }
        stats.stages = zip(Pipeline.stageNames, stages).map { RunStats.Stage(name: $0, counters: $1) }
        return stats
    }
}
