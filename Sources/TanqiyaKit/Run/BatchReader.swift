import Foundation

/// Pages read for one round of cleaning, and what happened while reading them, in input order.
struct ReadBatch: Sendable {
    var pages: [(item: Int, raw: RawPage)] = []
    var steps: [RunState.Step] = []
}

/// Cuts the page stream into batches of at most `batchPages` pages. The last batch (possibly
/// without pages: an input's end, a failure) comes once the inputs are done, or at the first
/// failing input with `failFast`; then `next()` returns nil.
final class BatchReader {
    private let source: PageSource
    private let batchPages: Int
    private let failFast: Bool
    private var done = false

    init(items: [InputItem], batchPages: Int, failFast: Bool) {
        source = PageSource(items: items)
        self.batchPages = max(1, batchPages)
        self.failFast = failFast
    }

    func next() -> ReadBatch? {
        guard !done else { return nil }
        var batch = ReadBatch()
        while true {
            switch source.next() {
            case .page(let item, let raw):
                batch.pages.append((item, raw))
                batch.steps.append(.page)
            case .warning(_, let message):
                batch.steps.append(.warning(message))
            case .itemEnd(let item, let failure):
                batch.steps.append(.itemEnd(item, failure))
                if failure != nil && failFast { done = true }
            case .end:
                done = true
            }
            if batch.pages.count >= batchPages || done { return batch }
        }
    }
}

/// Runs a `BatchReader` on its own thread, at most `depth` batches ahead of the consumer, so
/// reading the next batch (file system calls, copies) overlaps cleaning this one instead of
/// leaving the workers' cores idle. Batches come out in order; memory holds `depth + 1` batches.
final class BatchPrefetcher: @unchecked Sendable {
    private let condition = NSCondition()
    private var ready: [ReadBatch] = []
    private var finished = false
    private let depth: Int

    /// `reader` is used by the prefetching thread only, from now on.
    init(_ reader: BatchReader, depth: Int = 1) {
        self.depth = max(1, depth)
        let unchecked = UncheckedReader(reader)
        let thread = Thread { [self] in
            while let batch = unchecked.reader.next() { put(batch) }
            condition.lock()
            finished = true
            condition.broadcast()
            condition.unlock()
        }
        thread.name = "tanqiya-reader"
        thread.start()
    }

    /// The next batch in input order (waiting for it), or nil after the last one.
    func next() -> ReadBatch? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && !finished { condition.wait() }
        guard !ready.isEmpty else { return nil }
        let batch = ready.removeFirst()
        condition.broadcast()
        return batch
    }

    private func put(_ batch: ReadBatch) {
        condition.lock()
        while ready.count >= depth { condition.wait() }
        ready.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    /// Hands the reader to the prefetching thread (it never leaves it again).
    private struct UncheckedReader: @unchecked Sendable {
        let reader: BatchReader
        init(_ reader: BatchReader) { self.reader = reader }
    }
}
