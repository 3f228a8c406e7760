/// Pipeline stage 6, the deduplicator's corpus part: drops an article that repeats one kept
/// earlier anywhere in the run, exactly or nearly (`CorpusDeduplicator`, on the signatures the
/// writer made). The one stage that needs the run's order — whether an article is kept depends
/// on every article before it — so it is not in `Pipeline.clean` and keeps state: a runner makes
/// one per run (`Pipeline.corpusStep()`) and calls `process` for each cleaned page in input order.
/// A staged run does the same in its global step (`StagedDedup`), with the same deduplicator.
public struct CorpusStep {
    public static let name = "corpus dedup"

    /// What happens to one article.
    public enum Fate: Sendable, Equatable {
        case kept
        /// Dropped: it repeats the kept article `id`.
        case duplicate(of: String, kind: DuplicateKind, similarity: Double)
    }

    /// Off (`deduplicates` false) when the run does not deduplicate: every article is kept. A
    /// stored value called in place: copying it out and back cost a copy per article.
    private var deduplicator: CorpusDeduplicator
    private let deduplicates: Bool
    /// Kept articles' ids by ordinal, to name what a duplicate repeats.
    private var ids = IdArena()
    private var ordinal = 0
    public private(set) var counters = StageCounters()

    init(options: DedupOptions?) {
        deduplicates = options?.enabled ?? false
        deduplicator = CorpusDeduplicator(options: options ?? DedupOptions())
    }

    /// The fate of each of the page's articles, in order, into `fates` (a buffer the caller
    /// keeps: no array to allocate per page).
    public mutating func process(_ page: CleanedPage, into fates: inout [Fate]) {
        fates.removeAll(keepingCapacity: true)
        guard !page.articles.isEmpty else { return }
        let start = StageCounters.now()
        counters.pagesIn += 1
        for article in page.articles {
            fates.append(fate(of: article))
        }
        if fates.contains(.kept) { counters.pagesOut += 1 }
        counters.nanoseconds &+= StageCounters.now() &- start
    }

    private mutating func fate(of article: CleanedPage.ArticleRecord) -> Fate {
        guard deduplicates, let signature = article.signature else { return .kept }
        let verdict = deduplicator.check(signature, ordinal: ordinal)
        ids.append(article.id)
        ordinal += 1
        guard let kind = verdict.kind, let of = verdict.duplicateOf else { return .kept }
        return .duplicate(of: ids[of], kind: kind, similarity: verdict.similarity ?? 1)
    }

    /// Where the index stands (the articles kept so far): `forgetKept(since:)` takes back out
    /// what is kept after it.
    public var keptMark: Int { deduplicator.keptCount }

    /// The articles kept since `mark` leave the index: their input failed and its output was
    /// dropped (`-o DIR/`), and a later copy of one of them must be written, not dropped as a
    /// repeat of an article no file holds.
    public mutating func forgetKept(since mark: Int) {
        if deduplicates { deduplicator.forgetKept(since: mark) }
    }

    /// Bytes the near-duplicate index holds now.
    public var indexBytes: Int { deduplicates ? deduplicator.indexBytes : 0 }
}

/// Article ids in ordinal order, packed in one byte array (a few bytes per article).
struct IdArena {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    mutating func append(_ id: String) {
        bytes.append(contentsOf: id.utf8)
        ends.append(bytes.count)
    }

    var count: Int { ends.count }

    subscript(ordinal: Int) -> String {
        let start = ordinal == 0 ? 0 : ends[ordinal - 1]
        return String(decoding: bytes[start..<ends[ordinal]], as: UTF8.self)
    }
}
