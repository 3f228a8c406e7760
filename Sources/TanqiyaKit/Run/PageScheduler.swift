import Foundation

/// When pages run and in what order their results are taken — never what happens to a page.
///
/// `run` reads the inputs in order (`PageSource`; pages the profile pass kept come with their
/// document, `ProfiledPages`), calls `work` on each page, and hands every
/// page's result and every input's end to `consume` in input order. `work` is any per-page
/// function (`Pipeline.clean` for a clean run); `consume` is the ordered half of the run. With
/// one job everything happens on the calling thread, a page at a time; with more, one thread
/// reads ahead and `jobs` workers run `work` (`ParallelScheduler`), and `consume` still sees the
/// results in input order on the calling thread, so a run's output is the same for any `jobs`.
public struct PageScheduler: Sendable {
    public enum Event<Result> {
        /// Page `result` of input `item` (its index in the inputs).
        case page(item: Int, Result)
        /// Input `item` is finished; `failure` says why it stopped early, if it did.
        case inputEnd(item: Int, failure: String?)
    }

    /// Threads running `work` (1: the calling thread, no other thread), at most `maxJobs`.
    public var jobs: Int
    /// Bounds memory with several jobs: at most twice this many pages read and not yet consumed.
    public var batchPages: Int
    /// Bounds memory in bytes too, with several jobs: the reading thread hands pages over in
    /// chunks of at most this many bytes and keeps about twice this many read and not yet
    /// consumed. A run of big pages (tens of MB each) would otherwise hold `batchPages` of them.
    public var batchBytes: Int
    /// Stop after the first input that fails.
    public var failFast: Bool

    /// Pages the reading thread hands over at a time (fewer than `batchPages`: the workers start sooner).
    static let chunkPages = 64

    /// More workers than this many per core only add threads: the work is CPU-bound, and one
    /// thread reads for all of them.
    public static let maxJobsPerCore = 4
    /// The most workers a run starts (`maxJobsPerCore` × the cores); a larger `jobs` is capped.
    public static var maxJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) * maxJobsPerCore }

    public init(jobs: Int = 1, batchPages: Int = 512, batchBytes: Int = 32 << 20, failFast: Bool = false) {
        self.jobs = min(max(1, jobs), Self.maxJobs)
        self.batchPages = max(1, batchPages)
        self.batchBytes = max(1, batchBytes)
        self.failFast = failFast
    }

    /// `2 * n`, or `Int.max` past it (a caller may pass `.max` for "no bound").
    static func twice(_ n: Int) -> Int { n > Int.max / 2 ? Int.max : 2 * n }

    @inline(__always)
    public func run<Result: Sendable>(_ items: [InputItem], profiled: ProfiledPages? = nil,
                                      work: @escaping @Sendable (RawPage) -> Result, consume: (Event<Result>) -> Void) {
        if jobs > 1 {
            runInParallel(items, profiled: profiled, work: work, consume: consume)
        } else {
            runSerially(items, profiled: profiled, work: work, consume: consume)
        }
    }

    /// One job: read a page, work on it, consume it; nothing is held back. Inlined into the
    /// caller, so the per-page events need no generic metadata at run time.
    @inline(__always)
    private func runSerially<Result: Sendable>(_ items: [InputItem], profiled: ProfiledPages?, work: (RawPage) -> Result,
                                               consume: (Event<Result>) -> Void) {
        let source = PageSource(items: items, profiled: profiled)
        while true {
            switch source.next() {
            case .page(let item, let raw): consume(.page(item: item, work(raw)))
            case .inputEnd(let item, let failure):
                consume(.inputEnd(item: item, failure: failure))
                if failure != nil && failFast { return }
            case .end: return
            }
        }
    }

    @inline(__always)
    private func runInParallel<Result: Sendable>(_ items: [InputItem], profiled: ProfiledPages?,
                                                 work: @escaping @Sendable (RawPage) -> Result, consume: (Event<Result>) -> Void) {
        let chunk = min(Self.chunkPages, batchPages)
        let reader = BatchReader(items: items, profiled: profiled, batchPages: chunk, batchBytes: batchBytes, failFast: failFast)
        let scheduler = ParallelScheduler(reader: reader, jobs: jobs, window: Self.twice(max(batchPages, chunk)),
                                          windowBytes: Self.twice(batchBytes), work: work)
        while let (events, results) = scheduler.next() {
            var next = 0
            for event in events {
                switch event {
                case .page(let item, _):
                    consume(.page(item: item, results[next]))
                    next += 1
                case .inputEnd(let item, let failure): consume(.inputEnd(item: item, failure: failure))
                case .end: break
                }
            }
        }
    }
}
