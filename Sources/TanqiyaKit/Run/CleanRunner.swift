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
    /// Pages cleaned at once (default: the machine's cores), at most `maxJobs`. Output is
    /// identical for any value.
    public var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// More workers than this many per core only add threads: cleaning is CPU-bound, and one
    /// thread reads for all of them.
    public static let maxJobsPerCore = 4
    /// The most workers a run starts (`maxJobsPerCore` × the cores); a larger `jobs` is capped.
    public static var maxJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) * maxJobsPerCore }
    /// Bounds memory: one job reads and cleans this many pages at a time; several jobs keep at
    /// most twice this many pages read and not yet written (their bytes and outputs).
    public var batchPages: Int = 512
    /// Bounds memory in bytes too: a batch (one job) ends once its pages hold this many bytes,
    /// and several jobs keep about twice this many bytes of pages read and not yet written. A
    /// run of big pages (tens of MB each) would otherwise hold `batchPages` of them at once.
    public var batchBytes: Int = 32 << 20
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

    public func run(_ items: [InputItem]) -> RunStats {
        let start = DispatchTime.now()
        var state = RunState(runner: self, items: items)
        state.stats.inputs.total = items.count + options.failedBeforeRun.count + options.skippedBeforeRun.count
        state.stats.inputs.failed = options.failedBeforeRun.count
        state.stats.failures = options.failedBeforeRun
        state.stats.inputs.skipped = options.skippedBeforeRun.count
        state.stats.skipped = options.skippedBeforeRun
        state.stats.warnings = options.skippedBeforeRun.map { "\($0.input): skipped: \($0.reason)" }
        let jobs = min(max(1, options.jobs), RunOptions.maxJobs)
        state.stats.jobs = jobs
        state.stats.dedup = options.dedup
        do {
            try state.open()
        } catch {
            state.stats.failures.append(.init(input: "-", error: "\(error)"))
            return state.stats
        }
        if jobs > 1 {
            // Pages are read ahead on one thread and cleaned on `jobs` workers, without barriers;
            // this thread takes the results back in input order and writes them.
            let chunk = min(64, max(1, options.batchPages))
            let reader = BatchReader(items: items, batchPages: chunk, batchBytes: options.batchBytes, failFast: options.failFast)
            let cleaner = ParallelCleaner(reader: reader, jobs: jobs, window: 2 * max(options.batchPages, chunk),
                                          windowBytes: 2 * options.batchBytes, clean: pageCleaner())
            while let (steps, results) = cleaner.next() {
                state.consume(steps, results: results)
                state.reportProgress(start: start)
            }
        } else {
            // One job reads, cleans and writes on this thread, a batch at a time.
            let reader = BatchReader(items: items, batchPages: options.batchPages, batchBytes: options.batchBytes,
                                     failFast: options.failFast)
            let clean = pageCleaner()
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
