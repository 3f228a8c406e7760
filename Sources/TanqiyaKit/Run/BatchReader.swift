import Foundation

/// Pages read for one round of cleaning, and what happened while reading them, in input order.
struct ReadBatch: Sendable {
    var pages: [(item: Int, raw: RawPage)] = []
    var steps: [RunState.Step] = []
    /// The pages' bytes as read.
    var bytes = 0
}

/// Cuts the page stream into batches of at most `batchPages` pages, ended early once they hold
/// `batchBytes` bytes (a batch of big pages holds few of them; at least one). The last batch (possibly
/// without pages: an input's end, a failure) comes once the inputs are done, or at the first
/// failing input with `failFast`; then `next()` returns nil.
final class BatchReader {
    private let source: PageSource
    private let batchPages: Int
    private let batchBytes: Int
    private let failFast: Bool
    private var done = false

    init(items: [InputItem], batchPages: Int, batchBytes: Int, failFast: Bool) {
        source = PageSource(items: items)
        self.batchPages = max(1, batchPages)
        self.batchBytes = max(1, batchBytes)
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
                batch.bytes += raw.bytes.count
            case .warning(_, let message):
                batch.steps.append(.warning(message))
            case .itemEnd(let item, let failure):
                batch.steps.append(.itemEnd(item, failure))
                if failure != nil && failFast { done = true }
            case .end:
                done = true
            }
            if batch.pages.count >= batchPages || batch.bytes >= batchBytes || done { return batch }
        }
    }
}
