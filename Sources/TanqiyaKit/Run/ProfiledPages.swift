import Foundation

/// The pages a run's profile pass had to read whole (an HTML page, a JSONL record holding HTML:
/// their frames come from the parsed blocks), kept as read for the clean pass, so that no page is
/// parsed twice. The clean pass takes each page's `Document` back (`take`) as it reaches the page,
/// and the reader hands it on instead of reading the bytes again: the same document, so the same
/// output (`ProfiledPagesTests` hold runs with and without it byte-identical).
///
/// Memory is bounded by `budgetBytes`, whatever the number of pages: each page is kept, in input
/// order, when its estimated size fits in what is left of the budget; the others are read again by
/// the clean pass, as before. The
/// clean pass takes them in input order too, so the store empties from its first page on. Text dumps
/// and JSONL records with text are framed from their bytes, never parsed into blocks: nothing to keep.
public final class ProfiledPages: @unchecked Sendable {
    /// Default budget: the documents of about 16 MB of HTML (the corpus the profile pass reads
    /// whole, `LearningTunables.fullProfileBytes`; a page's blocks take a third to a fifth of its
    /// bytes) with room to spare, and little next to what a big run holds anyway (`RunOptions.batchBytes`
    /// × 2 in flight). `RunOptions.profiledPagesBudget` overrides it (0: keep nothing).
    public static let defaultBudgetBytes = 32 << 20

    /// What a block costs beyond its text: `Block` itself, its features box and element-path entry,
    /// and the string headers (measured on the scrapinghub pages: 250–350 bytes).
    static let bytesPerBlock = 320

    /// A page: its input's index in the run's inputs, and its JSONL record number (0 for a whole file).
    struct Key: Hashable {
        var item: Int
        var record: Int
    }

    public let budgetBytes: Int
    private let lock = NSLock()
    private var documents: [Key: (document: Document, size: Int)] = [:]
    private var bytes = 0
    /// Pages kept and taken back, for the tests.
    private(set) var kept = 0
    private(set) var taken = 0

    public init(budgetBytes: Int = ProfiledPages.defaultBudgetBytes) {
        self.budgetBytes = max(0, budgetBytes)
    }

    /// The estimated memory of a document's blocks: their text and `bytesPerBlock` each.
    static func footprint(of document: Document) -> Int {
        var text = 0
        for i in document.blocks.indices { text += document.blocks[i].raw.utf8.count }
        return text + document.blocks.count * bytesPerBlock
    }

    /// Keeps `document` for page `record` of input `item` when it fits in what is left of the budget.
    func keep(_ document: Document, item: Int, record: Int) {
        let size = Self.footprint(of: document)
        lock.lock()
        defer { lock.unlock() }
        guard bytes + size <= budgetBytes else { return }
        documents[Key(item: item, record: record)] = (document, size)
        bytes += size
        kept += 1
    }

    /// The kept document of that page, if any; it leaves the store.
    func take(item: Int, record: Int) -> Document? {
        lock.lock()
        defer { lock.unlock() }
        guard !documents.isEmpty, let (document, size) = documents.removeValue(forKey: Key(item: item, record: record)) else { return nil }
        bytes -= size
        taken += 1
        return document
    }

    /// Pages kept and not taken back yet.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return documents.count
    }
}
