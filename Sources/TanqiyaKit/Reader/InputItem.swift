/// One input named on the command line, or found under a directory named there.
public struct InputItem: Sendable, Equatable {
    public enum Format: String, Sendable, CaseIterable {
        case text, jsonl, html
    }

    /// The path as the user gave it, or as found while walking a directory ("-" for stdin).
    public var path: String
    /// The path relative to the directory it was found under (its file name when given directly):
    /// where `-o DIR/` writes its output.
    public var relativePath: String
    public var format: Format
    /// Read the input in this encoding instead of deciding it (`--encoding`).
    public var encoding: DetectedEncoding?

    public init(path: String, relativePath: String, format: Format, encoding: DetectedEncoding? = nil) {
        self.path = path
        self.relativePath = relativePath
        self.format = format
        self.encoding = encoding
    }

    public var isStdin: Bool { path == "-" }

    /// The file name without its directory and its extensions (".txt", ".html.gz"): the id prefix.
    public var stem: String {
        if isStdin { return "stdin" }
        var name = Substring(relativePath.split(separator: "/").last ?? Substring(relativePath))
        for ext in [".gz", ".jsonl", ".ndjson", ".json", ".txt", ".html", ".htm"] where name.hasSuffix(ext) && name.count > ext.count {
            name = name.dropLast(ext.count)
        }
        return String(name)
    }

    /// The format a file name implies: `.jsonl`/`.ndjson` records, `.html`/`.htm` (optionally
    /// gzipped) pages, anything else a text dump.
    public static func format(ofPath path: String) -> Format {
        let lower = path.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonl }
        for ext in [".html", ".htm", ".html.gz", ".htm.gz"] where lower.hasSuffix(ext) { return .html }
        return .text
    }
}
