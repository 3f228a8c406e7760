import Foundation

/// Runs a per-page function on `jobs` worker threads with no barrier between batches: one thread
/// reads chunks of pages ahead, each worker takes the next page as soon as it is free, and the
/// caller takes the chunks back in input order, each once all its pages are done.
///
/// Why not a batch at a time: at the end of each batch every worker but the last waited for it,
/// and the reading thread, sharing the cores, could hold a worker back for a whole time slice
/// there. Here only the window bounds how far the workers run ahead of the consumer: at most
/// `window` pages are read and not yet taken back (their bytes and results are what the memory
/// holds).
final class ParallelScheduler<Result: Sendable>: @unchecked Sendable {
    /// A chunk of pages in input order, with their results as the workers finish them.
    private final class Chunk {
        let batch: ReadBatch
        /// Where each page is in `batch.events`.
        let pages: [Int]
        var results: [Result?]
        var handedOut = 0
        var finished = 0
        init(_ batch: ReadBatch) {
            self.batch = batch
            pages = batch.events.indices.filter { if case .page = batch.events[$0] { true } else { false } }
            results = Array(repeating: nil, count: pages.count)
        }
        var isComplete: Bool { finished == pages.count }
    }

    private let condition = NSCondition()
    /// Chunks read and not yet taken back, in input order.
    private var chunks: [Chunk] = []
    private var pagesInFlight = 0
    private var readingDone = false
    private let window: Int
    private let work: @Sendable (RawPage) -> Result

    /// Starts the reading thread and `jobs` workers; `work` runs on the workers.
    init(reader: BatchReader, jobs: Int, window: Int, work: @escaping @Sendable (RawPage) -> Result) {
        self.window = max(1, window)
        self.work = work
        let unchecked = UncheckedReader(reader)
        start("tanqiya-reader") { [self] in read(unchecked.reader) }
        for n in 0..<max(1, jobs) { start("tanqiya-worker-\(n)") { [self] in runWorker() } }
    }

    /// The next chunk's events and page results, in input order (waiting for them), or nil at the end.
    func next() -> (events: [PageSource.Event], results: [Result])? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let first = chunks.first, first.isComplete {
                chunks.removeFirst()
                pagesInFlight -= first.pages.count
                condition.broadcast()  // the reader may go on
                return (first.batch.events, first.results.map { $0! })
            }
            if chunks.isEmpty && readingDone { return nil }
            condition.wait()
        }
    }

    private func read(_ reader: BatchReader) {
        while let batch = reader.next() {
            condition.lock()
            while pagesInFlight >= window && !chunks.isEmpty { condition.wait() }
            chunks.append(Chunk(batch))
            pagesInFlight += batch.pageCount
            condition.broadcast()
            condition.unlock()
        }
        condition.lock()
        readingDone = true
        condition.broadcast()
        condition.unlock()
    }

    private func runWorker() {
        condition.lock()
        while true {
            guard let chunk = chunks.first(where: { $0.handedOut < $0.pages.count }) else {
                if readingDone { break }
                condition.wait()
                continue
            }
            let i = chunk.handedOut
            chunk.handedOut += 1
            condition.unlock()
            guard case .page(_, let raw) = chunk.batch.events[chunk.pages[i]] else { preconditionFailure("not a page") }
            let result = work(raw)
            condition.lock()
            chunk.results[i] = result
            chunk.finished += 1
            if chunk.isComplete { condition.broadcast() }
        }
        condition.unlock()
    }

    private func start(_ name: String, _ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.name = name
        // As deep as the main thread's: deeply nested HTML pages walk their tree recursively.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Hands the reader to the reading thread (it never leaves it again).
    private struct UncheckedReader: @unchecked Sendable {
        let reader: BatchReader
        init(_ reader: BatchReader) { self.reader = reader }
    }
}
