/// Pages read for one round of work, and the inputs that ended among them, in input order.
struct ReadBatch: Sendable {
    var events: [PageSource.Event] = []
    var pageCount = 0
    /// The pages' bytes as read.
    var bytes = 0
}

/// Cuts the page stream into batches of at most `batchPages` pages, ended early once they hold
/// `batchBytes` bytes (a batch of big pages holds few of them; at least one), for
/// `ParallelScheduler`'s reading thread. The last batch (possibly without pages: an input's end, a failure) comes
/// once the inputs are done, or at the first failing input with `failFast`; then `next()`
/// returns nil.
final class BatchReader {
    private let source: PageSource
    private let batchPages: Int
    private let batchBytes: Int
    private let failFast: Bool
    private var done = false

    init(items: [InputItem], profiled: ProfiledPages? = nil, batchPages: Int, batchBytes: Int, failFast: Bool) {
        source = PageSource(items: items, profiled: profiled)
        self.batchPages = max(1, batchPages)
        self.batchBytes = max(1, batchBytes)
        self.failFast = failFast
    }

    func next() -> ReadBatch? {
        guard !done else { return nil }
        var batch = ReadBatch()
        while true {
            let event = source.next()
            switch event {
            case .page(_, let raw):
                batch.events.append(event)
                batch.pageCount += 1
                batch.bytes += raw.bytes.count
            case .inputEnd(_, let failure):
                batch.events.append(event)
                if failure != nil && failFast { done = true }
            case .end:
                done = true
            }
            if batch.pageCount >= batchPages || batch.bytes >= batchBytes || done { return batch }
        }
    }
}
