/// Pipeline stage 1: a raw page decoded into a `Document` of blocks — a text dump's lines
/// (`TextDumpReader`, its encoding decided first), a JSONL record's text or HTML
/// (`JSONLReader`), an HTML page's text blocks (`HTMLDocumentReader`). What is not a page is
/// said: a blank JSONL line, or why the page is skipped (not text, not a record, unreadable).
public struct ReaderStage: PipelineStage {
    public enum Output: Sendable {
        case page(Document)
        /// A blank JSONL line: no page at all.
        case blankLine
        case skipped(PageSkip)
    }

    public var name: String { "reader" }

    public init() {}

    public func process(_ page: consuming RawPage, counters: inout StageCounters) -> Output {
        read(page, &counters)
    }

    /// Counts as it returns: switching on the output afterwards copied the document.
    private func read(_ page: RawPage, _ counters: inout StageCounters) -> Output {
        let item = page.item
        counters.pagesIn += 1
        if let document = page.document {
            // Read by the run's profile pass: the same document the bytes give.
            counters.pagesOut += 1
            return .page(document)
        }
        switch page.kind {
        case .text:
            let decoded = TextDecoding.decode(page.bytes, forced: item.encoding)
            if let why = TextCheck.notTextReason(raw: page.bytes, decoded: decoded) { return .skipped(PageSkip(line: nil, reason: why)) }
            counters.pagesOut += 1
            var document = TextDumpReader().read(fromDecode: decoded, source: item.path, idPrefix: item.idPrefix)
            if let cut = page.cutAtBytes { document.warnings.append("page cut at \(cut) bytes") }
            return .page(document)
        case .html:
            do {
                let document = try HTMLDocumentReader().read(bytes: page.bytes, source: item.path, idPrefix: item.idPrefix)
                counters.pagesOut += 1
                return .page(document)
            } catch {
                return .skipped(PageSkip(line: nil, reason: "\(error)"))
            }
        case .jsonl(let line):
            if let length = page.recordTooLong {
                return .skipped(PageSkip(line: line, reason: "record longer than a page is read to (\(length) bytes, over \(RawPage.maxTextBytes)): not read"))
            }
            switch JSONLReader().document(line: page.bytes, number: line, inputStem: item.idPrefix, encoding: item.encoding) {
            case .success(let document?):
                counters.pagesOut += 1
                return .page(document)
            case .success(nil):
                counters.pagesIn -= 1  // a blank line is no page
                return .blankLine
            case .failure(let problem): return .skipped(problem.skip)
            }
        }
    }

    /// The input bytes a page stands for in the stats: its bytes, and one for a JSONL record's
    /// newline. (One more is counted, as it always was, for a skipped page and for a page with a
    /// URL, such as an HTML page with a canonical link; the stats' byte totals are issue 13's.)
    static func bytesIn(of page: RawPage, document: Document?) -> Int {
        guard let document else { return (page.recordTooLong ?? page.bytes.count) + 1 }
        if case .jsonl = page.kind { return page.bytes.count + 1 }
        return page.bytes.count + (document.url != nil ? 1 : 0)
    }
}
