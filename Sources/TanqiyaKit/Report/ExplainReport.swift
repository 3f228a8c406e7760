/// `tanqiya explain PAGE… --html OUT.html`: every line of every page, coloured by its label, with
/// its rule and whether it is kept, in one page a rule author opens in a browser.
public struct ExplainReport {
    private var sections: [String] = []
    private var lineCount = 0

    public init() {}

    /// One cleaned page.
    public mutating func add(_ document: Document) {
        var html = "<section class=\"page\">\n<h2>\(escape(document.source))</h2>\n"
        html += "<p class=\"meta\">outlet \(escape(document.outlet ?? "unknown")) (\(escape(document.outletReason))); "
        html += "\(counted(document.articles.count, "article"))"
        if document.html != nil { html += "; line = text block of the HTML page" }
        html += "</p>\n<table class=\"lines\">\n"
        for block in document.blocks {
            html += Self.row(block)
            lineCount += 1
        }
        html += "</table>\n</section>\n"
        sections.append(html)
    }

    static func row(_ block: Block) -> String {
        let action = block.isKept ? "keep" : "drop"
        let rules = [block.rule, block.dedupRule].compactMap { $0 }
        var shown = block.isKept ? "keep" : "drop"
        if let dup = block.duplicateOf { shown = "dup of \(dup)" }
        return "<tr class=\"line l-\(block.label.rawValue) \(action)\" data-label=\"\(block.label.rawValue)\" "
            + "data-rule=\"\(escape(rules.joined(separator: " ")))\" data-action=\"\(action)\">"
            + "<td class=\"n\">\(block.line)</td><td class=\"a\">\(block.article)</td>"
            + "<td class=\"label\">\(block.label.rawValue)</td><td class=\"rule\">\(escape(rules.isEmpty ? "-" : rules.joined(separator: " ")))</td>"
            + "<td class=\"act\">\(shown)</td><td class=\"text\">\(escape(block.raw))</td></tr>\n"
    }

    public func html() -> String {
        var page = ReportPage(title: "tanqiya explain: \(counted(sections.count, "page")), \(counted(lineCount, "line"))")
        page.head = ReportPage.legend
        page.body = sections.joined()
        return page.html()
    }
}
