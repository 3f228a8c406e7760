/// One page after the pipeline, ready for the ordered part of the run: each article's output
/// bytes and dedup signature, the explain trace, and the line counts for the stats.
struct PageResult: Sendable {
    struct ArticleOut: Sendable {
        var id: String
        var bytes: [UInt8]
        var signature: ArticleSignature?
    }

    /// A page's line tallies. Counted per line on the worker, so no hashing: labels index an
    /// array, and rule ids (a page meets a dozen, mostly one rule's same string over and over)
    /// are found by a short scan that usually stops at the last one used.
    struct LineCounts: Sendable {
        var total = 0
        var kept = 0
        var blank = 0
        /// Dropped lines, indexed by `Label.ordinal`.
        private(set) var droppedPerLabel = [Int](repeating: 0, count: Label.allCases.count)
        /// Dropped lines per rule id (`ruleCounts[n]` for `ruleIDs[n]`), in order of first use.
        private(set) var ruleIDs: [String] = []
        private(set) var ruleCounts: [Int] = []
        private var lastRule = 0

        mutating func dropped(_ label: Label, rule: String) {
            droppedPerLabel[Label.ordinal(label)] += 1
            if lastRule < ruleIDs.count, ruleIDs[lastRule] == rule {
                ruleCounts[lastRule] += 1
                return
            }
            if let n = ruleIDs.firstIndex(of: rule) {
                lastRule = n
                ruleCounts[n] += 1
            } else {
                lastRule = ruleIDs.count
                ruleIDs.append(rule)
                ruleCounts.append(1)
            }
        }
    }

    var item: Int
    var source: String
    var outlet: String?
    var articles: [ArticleOut]
    var explain: [UInt8]
    var lines: LineCounts
    var warnings: [String]
    var bytes: Int

    /// A JSONL line that held no page (blank), or the problem with it.
    var skipped: String?
    /// The encoding the page was read in, when not UTF-8.
    var encoding: String?

    /// Decodes one page, runs it through the pipeline and prepares its outputs (on worker threads).
    static func make(item: Int, raw: RawPage, pipeline: Pipeline, writer: any DocumentWriter,
                     explain: Bool, signatures: SignatureComputer?) -> PageResult {
        let document: Document
        switch raw.decode() {
        case .success(let decoded?): document = decoded
        case .success(nil):
            return PageResult(item: item, source: raw.item.path, outlet: nil, articles: [], explain: [], lines: .init(),
                              warnings: [], bytes: raw.bytes.count + 1, skipped: "")
        case .failure(let problem):
            return PageResult(item: item, source: raw.item.path, outlet: nil, articles: [], explain: [], lines: .init(),
                              warnings: [], bytes: raw.bytes.count + 1, skipped: "\(raw.item.path): \(problem)")
        }
        let bytes = raw.bytes.count + (document.url != nil || raw.item.format == .jsonl ? 1 : 0)
        let done = pipeline.run(consume document)
        var articles: [ArticleOut] = []
        articles.reserveCapacity(done.articles.count)
        // The signed text is the paragraphs joined by newlines, built as bytes in one reused
        // buffer (no String to build and validate per article).
        var text: [UInt8] = []
        for article in done.articles {
            var out: [UInt8] = []
            writer.write(article, of: done, to: &out)
            var signature: ArticleSignature?
            if let signatures {
                text.removeAll(keepingCapacity: true)
                for (n, paragraph) in article.paragraphs.enumerated() {
                    if n > 0 { text.append(0x0A) }
                    text.append(contentsOf: paragraph.utf8)
                }
                signature = text.withUnsafeBufferPointer { signatures.signature(ofUTF8: $0) }
            }
            articles.append(ArticleOut(id: article.id, bytes: out, signature: signature))
        }
        var trace: [UInt8] = []
        if explain { ExplainWriter().write(done, to: &trace) }
        var counts = LineCounts()
        // Fields read in place: `for block in blocks` would copy every block.
        let blocks = done.blocks
        for i in blocks.indices {
            counts.total += 1
            let label = blocks[i].label
            if label == .blank { counts.blank += 1; continue }
            if blocks[i].isKept { counts.kept += 1; continue }
            counts.dropped(label, rule: blocks[i].dedupRule ?? blocks[i].rule ?? "-")
        }
        return PageResult(item: item, source: done.source, outlet: done.outlet, articles: articles, explain: trace,
                          lines: counts, warnings: done.warnings.map { "\(done.source): \($0)" }, bytes: bytes, skipped: nil,
                          encoding: done.encoding)
    }
}
