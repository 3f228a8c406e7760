/// What `tanqiya clean` writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// One JSON record per article (see README: the record).
    case jsonl
    /// Title, blank line, one paragraph per line; articles separated by a form-feed line.
    case text

    public var fileExtension: String { self == .jsonl ? "jsonl" : "txt" }

    /// The format an output file's name asks for: `.txt` text, `.jsonl`/`.ndjson` JSONL, any
    /// other name none (the default applies).
    public init?(impliedByPath path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".txt") {
            self = .text
        } else if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
            self = .jsonl
        } else {
            return nil
        }
    }

    public func writer() -> any DocumentWriter {
        switch self {
        case .jsonl: return JSONLWriter()
        case .text: return TextWriter()
        }
    }
}

/// Pipeline stage 5: turns a processed document's articles into output bytes.
public protocol DocumentWriter: Sendable {
    /// One article of `document` (the corpus deduplicator may drop others between them).
    func write(_ article: Article, of document: Document, to out: inout [UInt8])
}

extension DocumentWriter {
    /// Every article of the document, in order.
    public func write(_ document: Document, to out: inout [UInt8]) {
        for article in document.articles { write(article, of: document, to: &out) }
    }
}
