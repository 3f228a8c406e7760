import Dispatch
import Foundation

/// Where `tanqiya clean` writes.
public enum OutputTarget: Sendable, Equatable {
    case stdout
    /// Everything into one file.
    case file(String)
    /// One output per input, at the input's relative path with the format's extension.
    case directory(String)
}

/// How a run goes: parallelism, corpus deduplication, what else it writes.
public struct RunOptions: Sendable {
    /// Pages cleaned at once (default: the machine's cores). Output is identical for any value.
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Bounds memory: one job reads and cleans this many pages at a time; several jobs keep at
    /// most twice this many pages read and not yet written (their bytes and outputs).
    public var batchPages: Int = 512
    /// Cross-document deduplication (`nil`: off).
    public var dedup: DedupOptions? = DedupOptions()
    /// `--duplicates FILE`: one JSON line per dropped article.
    public var duplicatesFile: String?
    /// Stop at the first input that fails.
    public var failFast = false
    /// A progress line on stderr (only when stderr is a terminal, never in CI).
    public var progress = false
    /// Stage 1 of a staged run: write every article with its global ordinal and signature to
    /// these stage files instead of deduplicating and writing outputs.
    public var stage: StageFiles?
    /// Index of the first input in the whole (unsharded) input list, for global ordinals.
    public var itemOffset = 0
    /// Inputs that failed before the run (named but not found): counted in its stats.
    public var failedBeforeRun: [RunStats.Failure] = []
    /// Inputs skipped before the run (not regular files, broken links): counted in its stats.
    public var skippedBeforeRun: [RunStats.Skip] = []
    /// Learn each site's chrome first (the default), use a saved profile, or not.
    public var learning: Learning = .learn(LearningTunables())
    /// `--profile FILE`: where the learned profile is written (JSON).
    public var profileOutput: String?

    public init() {}
}

/// Owns the loop of a run: reads pages in input order, cleans them on `jobs` threads
/// (`ParallelCleaner`; one job cleans a batch at a time on this thread), then — in input order
/// again — drops corpus duplicates, writes outputs and counts. A failing input is reported and
/// the run goes on (unless `failFast`).
public struct CleanRunner: Sendable {
    public let pipeline: Pipeline
    public let format: OutputFormat
    public let output: OutputTarget
    /// Where explain traces go (`nil`: none). A directory target writes `<input>.explain` files.
    public let explain: OutputTarget?
    public let options: RunOptions

    public init(pipeline: Pipeline, format: OutputFormat, output: OutputTarget, explain: OutputTarget? = nil,
                options: RunOptions = RunOptions()) {
        self.pipeline = pipeline
        self.format = format
        self.output = output
        self.explain = explain
        self.options = options
    }

    /// This runner with the chrome it learns (or is given) for these inputs; the profile written
    /// to `profileOutput` when asked.
    func learned(_ items: [InputItem], stats: inout RunStats) throws -> CleanRunner {
        let start = DispatchTime.now()
        let profile: SiteProfile
        let mode: String
        switch options.learning {
        case .off: return self
        case .use(let saved): (profile, mode) = (saved, "use")
        case .learn(let tunables): (profile, mode) = (try ProfilePass.run(items, tunables: tunables), "learn")
        }
        if let path = options.profileOutput {
            let file = try OutputFile(path: path)
            file.write([UInt8](profile.json()))
            try file.commit()
        }
        stats.learning = LearningStats(profile: profile, mode: mode,
                                       seconds: Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
        return CleanRunner(pipeline: pipeline.learning(LearnedChromeLabeler(profile: profile)), format: format, output: output,
                           explain: explain, options: options)
    }

    public func run(_ items: [InputItem]) -> RunStats {
        let start = DispatchTime.now()
        var state = RunState(runner: self, items: items)
        state.stats.inputs.total = items.count + options.failedBeforeRun.count + options.skippedBeforeRun.count
        state.stats.inputs.failed = options.failedBeforeRun.count
        state.stats.failures = options.failedBeforeRun
        state.stats.inputs.skipped = options.skippedBeforeRun.count
        state.stats.skipped = options.skippedBeforeRun
        state.stats.warnings = options.skippedBeforeRun.map { "\($0.input): skipped: \($0.reason)" }
        state.stats.jobs = max(1, options.jobs)
        state.stats.dedup = options.dedup
        do {
            try state.open()
        } catch {
            state.stats.failures.append(.init(input: "-", error: "\(error)"))
            return state.stats
        }
        let runner: CleanRunner
        do {
            runner = try learned(items, stats: &state.stats)
        } catch {
            state.stats.failures.append(.init(input: "-", error: "\(error)"))
            return state.stats
        }
        if options.jobs > 1 {
            // Pages are read ahead on one thread and cleaned on `jobs` workers, without barriers;
            // this thread takes the results back in input order and writes them.
            let chunk = min(64, max(1, options.batchPages))
            let reader = BatchReader(items: items, batchPages: chunk, failFast: options.failFast)
            let cleaner = ParallelCleaner(reader: reader, jobs: options.jobs, window: 2 * max(options.batchPages, chunk),
                                          clean: runner.pageCleaner())
            while let (steps, results) = cleaner.next() {
                state.consume(steps, results: results)
                state.reportProgress(start: start)
            }
        } else {
            // One job reads, cleans and writes on this thread, a batch at a time.
            let reader = BatchReader(items: items, batchPages: options.batchPages, failFast: options.failFast)
            let clean = runner.pageCleaner()
            while let batch = reader.next() {
                state.consume(batch.steps, results: batch.pages.map { clean($0.item, $0.raw) })
                state.reportProgress(start: start)
            }
        }
        state.finish()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        state.stats.wallSeconds = seconds
        state.stats.megabytesPerSecond = seconds > 0 ? Double(state.stats.bytesIn) / 1e6 / seconds : 0
        state.stats.pagesPerSecond = seconds > 0 ? Double(state.stats.pages) / seconds : 0
        return state.stats
    }

    /// What cleans one page (on any thread): decoding, the pipeline, the writer's bytes, the
    /// dedup signature and the explain trace.
    func pageCleaner() -> @Sendable (Int, RawPage) -> PageResult {
        let writer = format.writer()
        let signatures = options.dedup.map { SignatureComputer(options: $0) }
        let traced = explain != nil
        let pipeline = pipeline
        return { item, raw in
            PageResult.make(item: item, raw: raw, pipeline: pipeline, writer: writer, explain: traced, signatures: signatures)
        }
    }
}
