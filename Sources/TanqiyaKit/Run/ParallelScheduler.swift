import Foundation

/// Runs a per-page function on `jobs` worker threads with no barrier between batches: one thread
/// reads chunks of pages ahead, each worker takes the next page as soon as it is free, and the
/// caller takes the chunks back in input order, each once all its pages are done.
///
/// Why not a batch at a time: at the end of each batch every worker but the last waited for it,
/// and the reading thread, sharing the cores, could hold a worker back for a whole time slice
/// there. Here only the window bounds how far the workers run ahead of the consumer: at most
/// `window` pages, and about `windowBytes` bytes of them, are read and not yet taken back
/// (their bytes and results are what the memory holds). Workers are started as pages arrive,
/// so a run never has more worker threads than pages.
final class ParallelScheduler<Result: Sendable>: @unchecked Sendable {
    /// A chunk of pages in input order, with their results as the workers finish them.
    private final class Chunk {
        let batch: ReadBatch
        /// Where each page is in `batch.events`.
        let pages: [Int]
        var results: [Result?]
        var handedOut = 0
        var finished = 0
        var bytes: Int { batch.bytes }
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
    private var bytesInFlight = 0
    private var pagesRead = 0
    private var readingDone = false
    private let window: Int
    private let windowBytes: Int
    private let jobs: Int
    private var workers = 0
    private let work: @Sendable (RawPage) -> Result

    /// Starts the reading thread, which starts up to `jobs` workers as pages come; `work` runs
    /// on the workers.
    init(reader: BatchReader, jobs: Int, window: Int, windowBytes: Int, work: @escaping @Sendable (RawPage) -> Result) {
        self.window = max(1, window)
        self.windowBytes = max(1, windowBytes)
        self.jobs = max(1, jobs)
        self.work = work
        let unchecked = UncheckedReader(reader)
        start("tanqiya-reader") { [self] in read(unchecked.reader) }
    }

    /// The next chunk's events and page results, in input order (waiting for them), or nil at the end.
    func next() -> (events: [PageSource.Event], results: [Result])? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let first = chunks.first, first.isComplete {
                chunks.removeFirst()
                pagesInFlight -= first.pages.count
                bytesInFlight -= first.bytes
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
            while (pagesInFlight >= window || bytesInFlight >= windowBytes) && !chunks.isEmpty { condition.wait() }
            chunks.append(Chunk(batch))
            pagesInFlight += batch.pageCount
            bytesInFlight += batch.bytes
            pagesRead += batch.pageCount
            let first = workers
            workers = max(workers, min(jobs, pagesRead))
            condition.broadcast()
            condition.unlock()
            for n in first..<workers { start("tanqiya-worker-\(n)") { [self] in runWorker() } }
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
        let thread = Thread {
            Self.nameCurrentThread(name)
            body()
        }
        thread.name = name
        // As deep as the main thread's: deeply nested HTML pages walk their tree recursively.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Gives the calling thread the name `ps -L` and /proc show (Foundation keeps `Thread.name`
    /// inside the process on Linux); the kernel keeps 15 bytes ("tanqiya-worker-").
    private static func nameCurrentThread(_ name: String) {
        let fd = open("/proc/thread-self/comm", O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        let bytes = Array(name.utf8.prefix(15))
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    /// Hands the reader to the reading thread (it never leaves it again).
    private struct UncheckedReader: @unchecked Sendable {
        let reader: BatchReader
        init(_ reader: BatchReader) { self.reader = reader }
    }
}
