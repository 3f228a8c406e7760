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
        var text = "# source: \(document.source)\n"
        text += "# outlet: \(document.outlet ?? "unknown") (\(document.outletReason))\n"
        text += "# articles: \(document.articles.count)\n"
        if let main = document.mainContent { text += "# main content: \(main)\n" }
        for article in document.articles where article.metadata != RecordMetadata() {
            text += "# metadata \(article.id): \(article.metadata.summary)\n"
        }
        if let encoding = document.encoding { text += "# encoding: \(encoding)\n" }
        if document.html != nil { text += "# line: the n-th text block of the HTML page, not a line of its source\n" }
        for warning in document.warnings { text += "# warning: \(warning)\n" }
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

    /// The raw line with tabs shown as spaces, so the trace stays one row per line.
    static func visible(_ raw: String) -> String {
        raw.utf8.contains(0x09) ? raw.replacingTabs : raw
    }
}

private extension String {
    var replacingTabs: String { String(unicodeScalars.map { $0 == "\t" ? " " : Character($0) }) }
}
