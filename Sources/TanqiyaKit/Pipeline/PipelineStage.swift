import Glibc

/// One stage of the pipeline (see `Pipeline.clean`): a name for `--stats`, one entry point, and
/// its own counters, in the spirit of datatrove's steps.
///
/// `process` takes one page as the previous stage left it and gives it on. The stage counts what
/// it did into `counters` — pages taken and given on, lines dropped; the pipeline adds the time.
/// Stages hold no state between pages: one value serves every worker thread.
public protocol PipelineStage: Sendable {
    associatedtype Input
    associatedtype Output
    /// How `--stats` names the stage (`stages[].name`).
    var name: String { get }
    func process(_ input: consuming Input, counters: inout StageCounters) -> Output
}

/// What one stage did, for one page or summed over a run.
public struct StageCounters: Sendable, Equatable {
    /// Pages the stage was given.
    public var pagesIn = 0
    /// Pages it gave on: a page the reader cannot read, or that gives no article, stops there.
    public var pagesOut = 0
    /// Non-blank lines the stage decided to leave out of the articles.
    public var linesDropped = 0
    /// Time spent in the stage (monotonic clock).
    public var nanoseconds: UInt64 = 0

    public init(pagesIn: Int = 0, pagesOut: Int = 0, linesDropped: Int = 0, nanoseconds: UInt64 = 0) {
        self.pagesIn = pagesIn
        self.pagesOut = pagesOut
        self.linesDropped = linesDropped
        self.nanoseconds = nanoseconds
    }

    public mutating func add(_ other: StageCounters) {
        pagesIn += other.pagesIn
        pagesOut += other.pagesOut
        linesDropped += other.linesDropped
        nanoseconds &+= other.nanoseconds
    }

    /// Now on the monotonic clock, in nanoseconds (a vDSO call: tens of nanoseconds).
    @inline(__always)
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }
}

/// What each stage of `Pipeline.clean` did with one page (fields, not an array: no allocation
/// per page).
public struct PageStageCounters: Sendable {
    public var reader = StageCounters()
    public var classifier = StageCounters()
    public var inPageDedup = StageCounters()
    public var normalizer = StageCounters()
    public var writer = StageCounters()

    /// The counters in pipeline order (`Pipeline.stageNames`), with their position.
    public func forEach(_ body: (Int, StageCounters) -> Void) {
        body(0, reader)
        body(1, classifier)
        body(2, inPageDedup)
        body(3, normalizer)
        body(4, writer)
    }
}

extension PipelineStage {
    /// `process`, timed into `counters`.
    @inline(__always)
    func timed(_ input: consuming Input, _ counters: inout StageCounters) -> Output {
        let start = StageCounters.now()
        let output = process(consume input, counters: &counters)
        counters.nanoseconds &+= StageCounters.now() &- start
        return output
    }
}
