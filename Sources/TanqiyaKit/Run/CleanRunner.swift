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
    /// Pages read ahead and cleaned together; bounds memory (pages of the batch, and their outputs).
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

    public init() {}
}

/// Owns the loop of a run: reads pages in input order, cleans batches of them on `jobs` threads,
/// then — in input order again — drops corpus duplicates, writes outputs and counts. A failing
/// input is reported and the run goes on (unless `failFast`).
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
        state.stats.jobs = max(1, options.jobs)
        state.stats.dedup = options.dedup
        do {
            try state.open()
        } catch {
            state.stats.failures.append(.init(input: "-", error: "\(error)"))
            return state.stats
        }
        let reader = BatchReader(items: items, batchPages: options.batchPages, failFast: options.failFast)
        // With several jobs, the next batch is read on its own thread while this one is cleaned,
        // and the previous batch is written (in order, by one worker) while this one is cleaned:
        // no core waits for the serial parts. One job does everything on one thread, in turn.
        let prefetcher = options.jobs > 1 ? BatchPrefetcher(reader) : nil
        func nextBatch() -> ReadBatch? { prefetcher != nil ? prefetcher!.next() : reader.next() }
        var pending: (steps: [RunState.Step], results: [PageResult])?
        func consumePending() {
            guard let done = pending else { return }
            pending = nil
            state.consume(done.steps, results: done.results)
            state.reportProgress(start: start)
        }
        while let batch = nextBatch() {
            let results = process(batch.pages, alongside: consumePending)
            pending = (batch.steps, results)
        }
        consumePending()
        state.finish()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        state.stats.wallSeconds = seconds
        state.stats.megabytesPerSecond = seconds > 0 ? Double(state.stats.bytesIn) / 1e6 / seconds : 0
        state.stats.pagesPerSecond = seconds > 0 ? Double(state.stats.pages) / seconds : 0
        return state.stats
    }

    /// Cleans a batch of pages on up to `jobs` threads; results come back in batch order.
    /// `alongside` runs once, on one of the threads, before it takes pages (the run writes the
    /// previous batch there); it is done when `process` returns.
    func process(_ batch: [(item: Int, raw: RawPage)], alongside: () -> Void = {}) -> [PageResult] {
        let writer = format.writer()
        let signatures = options.dedup.map { SignatureComputer(options: $0) }
        let traced = explain != nil
        let make: @Sendable (Int) -> PageResult = { i in
            PageResult.make(item: batch[i].item, raw: batch[i].raw, pipeline: pipeline, writer: writer,
                            explain: traced, signatures: signatures)
        }
        let jobs = min(max(1, options.jobs), batch.count)
        if jobs <= 1 {
            alongside()
            return batch.indices.map(make)
        }
        let slots = ResultSlots(count: batch.count)
        let next = WorkCounter()
        withoutActuallyEscaping(alongside) { alongside in
            let first = Once(alongside)
            DispatchQueue.concurrentPerform(iterations: jobs) { worker in
                if worker == 0 { first.run() }
                while let i = next.take(below: batch.count) { slots.set(i, make(i)) }
            }
        }
        return slots.results()
    }
}

/// A closure run by exactly one worker of a `concurrentPerform` (the one told to).
private final class Once: @unchecked Sendable {
    private let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
    func run() { body() }
}

/// Hands out batch indices to worker threads.
final class WorkCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

/// One slot per page of a batch; each slot is written by exactly one worker.
final class ResultSlots: @unchecked Sendable {
    private var slots: [PageResult?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ result: PageResult) {
        lock.lock()
        slots[i] = result
        lock.unlock()
    }

    func results() -> [PageResult] { slots.map { $0! } }
}
