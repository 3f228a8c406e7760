/// Plain text: each article is its title, a blank line, then one paragraph per line, and ends
/// with a line holding a single form feed (U+000C). The normaliser turns every form feed in the
/// text into a space, so that line cannot occur inside an article: split the output on "\f\n".
public struct TextWriter: DocumentWriter {
    public static let terminator: [UInt8] = [0x0C, 0x0A]

    public init() {}

    public func write(_ article: Article, of document: Document, to out: inout [UInt8]) {
        do {
            out.append(contentsOf: Array(article.title.utf8))
            out.append(contentsOf: [0x0A, 0x0A])
            for paragraph in article.paragraphs {
                out.append(contentsOf: Array(paragraph.utf8))
                out.append(0x0A)
            }
            out.append(contentsOf: Self.terminator)
        }
    }
}
