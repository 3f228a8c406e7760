/// What `tanqiya clean` writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// One JSON record per article (see README: the record).
    case jsonl
    /// Title, blank line, one paragraph per line; articles separated by a form-feed line.
    case text

    public var fileExtension: String { self == .jsonl ? "jsonl" : "txt" }

    public func writer() -> any DocumentWriter {
        switch self {
        case .jsonl: return JSONLWriter()
        case .text: return TextWriter()
        }
    }
}

/// Pipeline stage 5: turns a processed document into output bytes.
public protocol DocumentWriter: Sendable {
    func write(_ document: Document, to out: inout [UInt8])
}
