import Foundation

/// How a run goes: parallelism, corpus deduplication, what else it writes.
public struct RunOptions: Sendable {
    /// Pages cleaned at once (default: the machine's cores), at most `PageScheduler.maxJobs`.
    /// Output is identical for any value.
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Bounds memory with several jobs: at most twice this many pages read and not yet written
    /// (their bytes and outputs).
    public var batchPages: Int = 512
    /// And about twice this many bytes of them (`PageScheduler.batchBytes`).
    public var batchBytes: Int = 32 << 20
    /// Cross-document deduplication (`nil`: off).
    public var dedup: DedupOptions? = DedupOptions()
    /// `--duplicates FILE`: one JSON line per dropped article.
    public var duplicatesFile: String?
    /// Stop at the first input that fails.
    public var failFast = false
    /// A progress line on stderr (only when stderr is a terminal, never in CI).
    public var progress = false
    /// Stage 1 of a staged run: write every article with its signature to these stage files
    /// instead of deduplicating and writing outputs (`StagedRun` sets it).
    public var stage: StagedRun.Target?
    /// Index of the first input in the whole (unsharded) input list.
    public var itemOffset = 0
    /// Inputs that failed before the run (named but not found): counted in its stats.
    public var failedBeforeRun: [RunStats.Failure] = []
    /// Inputs skipped before the run (not regular files, broken links): counted in its stats.
    public var skippedBeforeRun: [RunStats.Skip] = []
    /// Learn each site's chrome first (the default), use a saved profile, or not.
    public var learning: Learning = .learn(LearningTunables())
    /// `--profile FILE`: where the learned profile is written (JSON).
    public var profileOutput: String?
    /// Memory for the pages the profile pass parsed, kept for the clean pass so that none is
    /// parsed twice (`ProfiledPages`; 0: keep none, parse them again). The output is the same.
    public var profiledPagesBudget = ProfiledPages.defaultBudgetBytes

    public init() {}
}

/// A clean run: the profile pass first when the run learns (`ProfilePass`, which keeps the pages it
/// parsed for the clean pass: `ProfiledPages`), then the pipeline over
/// every page (`PageScheduler`: one thread, or `jobs` workers) and, in input order, the corpus
/// step, the outputs and the accounting (`CleanRun`). A failing input is reported and the run goes
/// on (unless `failFast`).
public struct CleanRunner: Sendable {
    public let pipeline: Pipeline
    public let format: OutputFormat
    /// Where the records go (`nil`: nowhere, e.g. `tanqiya explain`).
    public let output: OutputTarget?
    /// Where explain traces go (`nil`: none). A directory target writes `<input>.explain` files.
    public let explain: OutputTarget?
    public let options: RunOptions

    public init(pipeline: Pipeline, format: OutputFormat, output: OutputTarget?, explain: OutputTarget? = nil,
                options: RunOptions = RunOptions()) {
        self.pipeline = pipeline
        self.format = format
        self.output = output
        self.explain = explain
        self.options = options
    }

    public func run(_ items: [InputItem]) -> RunStats {
        let start = StageCounters.now()
        // The writer makes what this run writes: records (a staged run's stage files hold them
        // too), explain rows, signatures for the corpus step.
        var pipeline = pipeline.writing(WriterOptions(format: output != nil || options.stage != nil ? format : nil,
                                                      explain: explain != nil, dedup: options.dedup))
        var run = CleanRun(runner: self, pipeline: pipeline, items: items)
        let profiled = ProfiledPages(budgetBytes: options.profiledPagesBudget)
        do {
            try run.open()
            let (learned, stats) = try ProfilePass.learn(options, items: items, keeping: profiled)
            pipeline = pipeline.learning(learned)
            run.learning = stats
        } catch {
            return run.abandoned(because: "\(error)")
        }
        let scheduler = PageScheduler(jobs: options.jobs, batchPages: options.batchPages, batchBytes: options.batchBytes,
                                      failFast: options.failFast)
        scheduler.run(items, profiled: profiled, work: pipeline.clean) { run.consume($0) }
        return run.finish(started: start)
    }
}
