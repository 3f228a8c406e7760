import Foundation

/// Cleans pages on `jobs` worker threads with no barrier between batches: one thread reads
/// chunks of pages ahead, each worker takes the next page as soon as it is free, and the caller
/// takes the chunks back in input order, each once all its pages are cleaned.
///
/// Why not a batch at a time: at the end of each batch every worker but the last waited for it,
/// and the reading thread, sharing the cores, could hold a worker back for a whole time slice
/// there. Here only the window bounds how far the workers run ahead of the consumer: at most
/// `window` pages, and about `windowBytes` bytes of them, are read and not yet taken back
/// (their bytes and results are what the memory holds). Workers are started as pages arrive,
/// so a run never has more worker threads than pages.
final class ParallelCleaner: @unchecked Sendable {
    /// A chunk of pages in input order, with their results as the workers finish them.
    private final class Chunk {
        let batch: ReadBatch
        var results: [PageResult?]
        var handedOut = 0
        var finished = 0
        let bytes: Int
        init(_ batch: ReadBatch) {
            self.batch = batch
            results = Array(repeating: nil, count: batch.pages.count)
            bytes = batch.bytes
        }
        var isComplete: Bool { finished == batch.pages.count }
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
    private let clean: @Sendable (Int, RawPage) -> PageResult

    /// Starts the reading thread, which starts up to `jobs` workers as pages come;
    /// `clean(item, page)` runs on the workers.
    init(reader: BatchReader, jobs: Int, window: Int, windowBytes: Int, clean: @escaping @Sendable (Int, RawPage) -> PageResult) {
        self.window = max(1, window)
        self.windowBytes = max(1, windowBytes)
        self.jobs = max(1, jobs)
        self.clean = clean
        let unchecked = UncheckedReader(reader)
        start("tanqiya-reader") { [self] in read(unchecked.reader) }
    }

    /// The next chunk's steps and results, in input order (waiting for them), or nil at the end.
    func next() -> (steps: [RunState.Step], results: [PageResult])? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let first = chunks.first, first.isComplete {
                chunks.removeFirst()
                pagesInFlight -= first.batch.pages.count
                bytesInFlight -= first.bytes
                condition.broadcast()  // the reader may go on
                return (first.batch.steps, first.results.map { $0! })
            }
            if chunks.isEmpty && readingDone { return nil }
            condition.wait()
        }
    }

    private func read(_ reader: BatchReader) {
        while let batch = reader.next() {
            condition.lock()
            while (pagesInFlight >= window || bytesInFlight >= windowBytes) && !chunks.isEmpty { condition.wait() }
            let chunk = Chunk(batch)
            chunks.append(chunk)
            pagesInFlight += batch.pages.count
            bytesInFlight += chunk.bytes
            pagesRead += batch.pages.count
            let newWorkers = min(jobs, pagesRead) - workers
            workers += max(0, newWorkers)
            condition.broadcast()
            condition.unlock()
            for n in 0..<max(0, newWorkers) { start("tanqiya-worker-\(workers - newWorkers + n)") { [self] in work() } }
        }
        condition.lock()
        readingDone = true
        condition.broadcast()
        condition.unlock()
    }

    private func work() {
        condition.lock()
        while true {
            guard let chunk = chunks.first(where: { $0.handedOut < $0.batch.pages.count }) else {
                if readingDone { break }
                condition.wait()
                continue
            }
            let i = chunk.handedOut
            chunk.handedOut += 1
            condition.unlock()
            let page = chunk.batch.pages[i]
            let result = clean(page.item, page.raw)
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
