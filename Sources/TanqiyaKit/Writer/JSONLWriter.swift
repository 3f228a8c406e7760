/// One JSON object per article, keys in a fixed order:
/// `id, source, outlet, url, title, text, captions, credit, section`; then, only when found, the
/// record's metadata `date, author, lang, site_name` (`MetadataResolver`); then, only when there
/// is something to say, `encoding` (the page was not UTF-8) and `warnings` (the reader's, such as
/// invalid bytes replaced with U+FFFD).
public struct JSONLWriter: DocumentWriter {
    public init() {}

    public func write(_ article: Article, of document: Document, to out: inout [UInt8]) {
        reserve(for: article, of: document, in: &out)
        JSONString.appendLiteral("{\"id\":", to: &out)
        JSONString.append(article.id, to: &out)
        JSONString.appendLiteral(",\"source\":", to: &out)
        JSONString.append(document.source, to: &out)
        JSONString.appendLiteral(",\"outlet\":", to: &out)
        JSONString.append(document.outlet ?? "unknown", to: &out)
        JSONString.appendLiteral(",\"url\":", to: &out)
        JSONString.appendOptional(document.url, to: &out)
        JSONString.appendLiteral(",\"title\":", to: &out)
        JSONString.append(article.title, to: &out)
        JSONString.appendLiteral(",\"text\":", to: &out)
        appendText(article.paragraphs, to: &out)
        JSONString.appendLiteral(",\"captions\":[", to: &out)
        for (i, caption) in article.captions.enumerated() {
            if i > 0 { out.append(0x2C) }
            JSONString.append(caption, to: &out)
        }
        JSONString.appendLiteral("],\"credit\":", to: &out)
        JSONString.appendOptional(article.credit, to: &out)
        JSONString.appendLiteral(",\"section\":", to: &out)
        JSONString.appendOptional(article.section, to: &out)
        appendKey(",\"date\":", article.metadata.date, to: &out)
        appendKey(",\"author\":", article.metadata.author, to: &out)
        appendKey(",\"lang\":", article.metadata.language, to: &out)
        appendKey(",\"site_name\":", article.metadata.siteName, to: &out)
        if let encoding = document.encoding {
            JSONString.appendLiteral(",\"encoding\":", to: &out)
            JSONString.append(encoding, to: &out)
        }
        if !document.warnings.isEmpty {
            JSONString.appendLiteral(",\"warnings\":[", to: &out)
            for (i, warning) in document.warnings.enumerated() {
                if i > 0 { out.append(0x2C) }
                JSONString.append(warning, to: &out)
            }
            out.append(0x5D)
        }
        JSONString.appendLiteral("}\n", to: &out)
    }

    /// `key` and the value's string, when there is a value.
    private func appendKey(_ key: StaticString, _ value: SourcedValue?, to out: inout [UInt8]) {
        guard let value else { return }
        JSONString.appendLiteral(key, to: &out)
        JSONString.append(value.value, to: &out)
    }

    /// The paragraphs joined by "\n", as one JSON string; written paragraph by paragraph (the
    /// newline escaped as `\n`) rather than joining them into a new String first.
    private func appendText(_ paragraphs: [String], to out: inout [UInt8]) {
        out.append(0x22)
        for (i, paragraph) in paragraphs.enumerated() {
            if i > 0 { out.append(0x5C); out.append(0x6E) }
            JSONString.appendEscaped(paragraph, to: &out)
        }
        out.append(0x22)
    }

    /// Grows `out` once to about the record's size (text plus keys, a few escapes aside), so the
    /// appends do not reallocate as it grows. Never shrinks it, and at least doubles it, so a
    /// caller writing many records into one buffer keeps geometric growth.
    private func reserve(for article: Article, of document: Document, in out: inout [UInt8]) {
        var size = 256 + article.id.utf8.count + document.source.utf8.count + (document.url?.utf8.count ?? 0)
            + article.title.utf8.count + (article.credit?.utf8.count ?? 0) + (article.section?.utf8.count ?? 0)
        for paragraph in article.paragraphs { size += paragraph.utf8.count + 2 }
        for caption in article.captions { size += caption.utf8.count + 3 }
        let needed = out.count + size
        if needed > out.capacity { out.reserveCapacity(Swift.max(needed, out.capacity * 2)) }
    }
}
