/// What the writer makes of each page: set by the runner from what the run writes.
public struct WriterOptions: Sendable {
    /// The records' format; nil when the run writes no records (`tanqiya explain`).
    public var format: OutputFormat?
    /// Whether to write the explain rows.
    public var explain: Bool
    /// Sign each article for the corpus deduplicator with these options (nil: no signatures).
    public var dedup: DedupOptions?
    /// Hand the processed `Document` back in `CleanedPage.document` (checks, the fuzzer).
    public var keepDocument: Bool

    public init(format: OutputFormat? = .jsonl, explain: Bool = false, dedup: DedupOptions? = nil, keepDocument: Bool = false) {
        self.format = format
        self.explain = explain
        self.dedup = dedup
        self.keepDocument = keepDocument
    }
}

/// Pipeline stage 5: a processed page into what the rest of the run needs, made on the worker
/// threads: its articles (`ArticleAssembler`), each as record bytes in the run's format with its
/// dedup signature; the explain rows when asked; the line tallies for the stats. A page goes on
/// (to the corpus deduplicator) when it has an article.
public struct WriterStage: PipelineStage {
    public let options: WriterOptions
    private let records: (any DocumentWriter)?
    private let signatures: SignatureComputer?

    public var name: String { "writer" }

    public init(options: WriterOptions = WriterOptions()) {
        self.options = options
        records = options.format?.writer()
        signatures = options.dedup.map { SignatureComputer(options: $0) }
    }

    public func process(_ document: consuming Document, counters: inout StageCounters) -> CleanedPage {
        ArticleAssembler().assemble(&document)
        var page = CleanedPage(outcome: .cleaned, source: document.source, bytesIn: 0)
        page.outlet = document.outlet
        page.encoding = document.encoding
        page.warnings = document.warnings
        page.articles.reserveCapacity(document.articles.count)
        // The signed text is the paragraphs joined by newlines, built as bytes in one reused
        // buffer (no String to build and validate per article). An article of a title alone (a
        // page whose text is in a comment, a headline-only page) signs its title: with the empty
        // text signed, every such article after the first was an exact duplicate of the first.
        var text: [UInt8] = []
        for article in document.articles {
            var bytes: [UInt8] = []
            records?.write(article, of: document, to: &bytes)
            var signature: ArticleSignature?
            if let signatures {
                text.removeAll(keepingCapacity: true)
                for (n, paragraph) in article.paragraphs.enumerated() {
                    if n > 0 { text.append(0x0A) }
                    text.append(contentsOf: paragraph.utf8)
                }
                if article.paragraphs.isEmpty { text.append(contentsOf: article.title.utf8) }
                signature = text.withUnsafeBufferPointer { signatures.signature(ofUTF8: $0) }
            }
            page.articles.append(CleanedPage.ArticleRecord(id: article.id, bytes: bytes, signature: signature))
        }
        if options.explain { ExplainWriter().write(document, to: &page.explain) }
        Self.tally(document.blocks, into: &page.lines)
        counters.pagesIn += 1
        if !document.articles.isEmpty { counters.pagesOut += 1 }
        if options.keepDocument { page.document = document }
        return page
    }

    /// Every line kept, blank, or dropped by its label and the rule (or dedup rule) that decided it.
    static func tally(_ blocks: [Block], into tally: inout CleanedPage.LineTally) {
        // Fields read in place: `for block in blocks` would copy every block.
        for i in blocks.indices {
            tally.total += 1
            let label = blocks[i].label
            if label == .blank { tally.blank += 1; continue }
            if blocks[i].isKept { tally.kept += 1; continue }
            tally.dropped(label, rule: blocks[i].dedupRule ?? blocks[i].rule ?? "-")
        }
    }
}
