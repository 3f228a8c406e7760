/// The explain trace: every input line with the decision taken about it.
///
///     # source: seeds/001_b27789dbdc846505.txt
///     # outlet: rt-arabic (signatures rt.sig.follow-us,rt.sig.credit (score 4))
///     # articles: 1
///     line<TAB>article<TAB>label<TAB>rule<TAB>action<TAB>text
///     1	0	navigation	rt.header-menu	drop	مباشر
///     36	1	title	rt.title-repeat	dup:32 dedup.repeated-title	الكرملين: …
///
/// `action` is `keep`, `drop`, or `dup:<line> <dedup rule>`; blank lines have rule `-`. For an
/// HTML page, `line` numbers the page's text blocks in document order (a header line says so),
/// not lines of the HTML source.
public struct ExplainWriter: Sendable {
    public static let columns = "line\tarticle\tlabel\trule\taction\ttext"

    public init() {}

    public func write(_ document: Document, to out: inout [UInt8]) {
        var header = ["source: \(document.source)",
                      "outlet: \(document.outlet ?? "unknown") (\(document.outletReason))",
                      "articles: \(document.articles.count)"]
        if let main = document.mainContent { header.append("main content: \(main)") }
        for article in document.articles where article.metadata != RecordMetadata() {
            header.append("metadata \(article.id): \(article.metadata.summary)")
        }
        if let encoding = document.encoding { header.append("encoding: \(encoding)") }
        if document.html != nil { header.append("line: the n-th text block of the HTML page, not a line of its source") }
        for warning in document.warnings { header.append("warning: \(warning)") }
        // A JSONL record's id or url, a file name, holds any character: a line break there made
        // rows of its own (a forged decision that `check` read as one).
        var text = header.map { "# " + Self.visible($0) + "\n" }.joined()
        text += Self.columns + "\n"
        out.append(contentsOf: Array(text.utf8))
        for block in document.blocks {
            var row = "\(block.line)\t\(block.article)\t\(block.label.rawValue)\t\(block.rule ?? "-")\t"
            if let dup = block.duplicateOf {
                row += "dup:\(dup) \(block.dedupRule ?? "")"
            } else {
                row += block.isKept ? "keep" : "drop"
            }
            row += "\t" + Self.visible(block.raw) + "\n"
            out.append(contentsOf: Array(row.utf8))
        }
    }

    /// The text with tabs and line breaks shown as spaces, so the trace stays one row per line and
    /// six columns for any reader: LF and CR, and the others a line splitter may take (VT, FF, the
    /// separators U+001C–U+001E, NEL, U+2028, U+2029: Python's `str.splitlines` splits at each). An
    /// HTML block or a JSONL id holding U+2028 printed it raw, and such a reader saw a row cut in
    /// two.
    static func visible(_ raw: String) -> String {
        raw.utf8.contains { $0 < 0x20 && (($0 >= 0x09 && $0 <= 0x0D) || ($0 >= 0x1C && $0 <= 0x1E)) || $0 == 0xC2 || $0 == 0xE2 }
            ? raw.spacingBreaks : raw
    }
}

private extension String {
    var spacingBreaks: String {
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x09...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
