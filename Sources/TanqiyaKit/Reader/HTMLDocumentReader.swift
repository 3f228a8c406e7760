/// Pipeline stage 1 for HTML: the page parsed by libxml2 (through `HTMLReader`), one block per
/// text block of the DOM, each with its features; gzipped pages are unpacked first.
public struct HTMLDocumentReader: Sendable {
    public let reader: HTMLReader

    public init(reader: HTMLReader = HTMLReader()) { self.reader = reader }

    public func read(bytes input: [UInt8], source: String, idPrefix: String, url: String? = nil) throws -> Document {
        // Past the reader's cap nothing is parsed: one byte more says the page was cut.
        let bytes = Gzip.isGzip(input) ? try Gzip.decompress(input, limit: reader.limits.maxInputBytes + 1) : input
        if let utf32 = TextCheck.utf32Reason(bytes) { throw Unreadable(reason: utf32) }
        let page = reader.read(bytes)
        var document = Document(source: source, idPrefix: idPrefix, url: url ?? page.metadata.canonicalURL, blocks: page.blocks)
        document.html = page.metadata
        if page.encoding != .utf8 { document.encoding = page.encoding.rawValue }
        if page.replacedByteCount > 0 {
            document.warnings.append("invalid bytes: \(page.replacedByteCount) replaced with U+FFFD")
        }
        if page.inputTruncated { document.warnings.append("page cut at \(reader.limits.maxInputBytes) bytes") }
        // A page of a million empty elements is cut by its nodes, not its bytes: said as such.
        if page.nodeCapReached && !page.inputTruncated {
            document.warnings.append("page cut at \(reader.limits.maxNodes) elements and text nodes")
        }
        if page.skippedDeepSubtrees > 0 {
            document.warnings.append("\(page.skippedDeepSubtrees) subtrees deeper than \(reader.limits.maxDepth) skipped")
        }
        return document
    }

    /// A page that is not read, and why (its skip reason).
    struct Unreadable: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }
}
