/// One JSON object per article, keys in a fixed order:
/// `id, source, outlet, url, title, text, captions, credit, section`; then, only when there is
/// something to say, `encoding` (the page was not UTF-8) and `warnings` (the reader's, such as
/// invalid bytes replaced with U+FFFD).
public struct JSONLWriter: DocumentWriter {
    public init() {}

    public func write(_ article: Article, of document: Document, to out: inout [UInt8]) {
        do {
            out.append(contentsOf: Array("{\"id\":".utf8))
            JSONString.append(article.id, to: &out)
            out.append(contentsOf: Array(",\"source\":".utf8))
            JSONString.append(document.source, to: &out)
            out.append(contentsOf: Array(",\"outlet\":".utf8))
            JSONString.append(document.outlet ?? "unknown", to: &out)
            out.append(contentsOf: Array(",\"url\":".utf8))
            JSONString.appendOptional(document.url, to: &out)
            out.append(contentsOf: Array(",\"title\":".utf8))
            JSONString.append(article.title, to: &out)
            out.append(contentsOf: Array(",\"text\":".utf8))
            JSONString.append(article.paragraphs.joined(separator: "\n"), to: &out)
            out.append(contentsOf: Array(",\"captions\":[".utf8))
            for (i, caption) in article.captions.enumerated() {
                if i > 0 { out.append(0x2C) }
                JSONString.append(caption, to: &out)
            }
            out.append(contentsOf: Array("],\"credit\":".utf8))
            JSONString.appendOptional(article.credit, to: &out)
            out.append(contentsOf: Array(",\"section\":".utf8))
            JSONString.appendOptional(article.section, to: &out)
            if let encoding = document.encoding {
                out.append(contentsOf: Array(",\"encoding\":".utf8))
                JSONString.append(encoding, to: &out)
            }
            if !document.warnings.isEmpty {
                out.append(contentsOf: Array(",\"warnings\":[".utf8))
                for (i, warning) in document.warnings.enumerated() {
                    if i > 0 { out.append(0x2C) }
                    JSONString.append(warning, to: &out)
                }
                out.append(0x5D)
            }
            out.append(contentsOf: Array("}\n".utf8))
        }
    }
}
