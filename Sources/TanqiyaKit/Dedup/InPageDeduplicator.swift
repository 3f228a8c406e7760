/// Pipeline stage 3: inside one article of a page, drops what the page prints twice — the
/// repeated title, captions shown again, paragraphs repeated. The first occurrence is kept and
/// each repeat records which line it repeats and the dedup rule id.
public struct InPageDeduplicator: Sendable {
    public static let repeatedTitle = "dedup.repeated-title"
    public static let repeatedCaption = "dedup.repeated-caption"
    public static let repeatedParagraph = "dedup.repeated-paragraph"
    public static let repeatedField = "dedup.repeated-field"

    public init() {}

    public func deduplicate(_ document: inout Document) {
        var firstSeen: [Key: Int] = [:]
        var currentArticle = -1
        for i in document.blocks.indices {
            if document.blocks[i].article != currentArticle {
                currentArticle = document.blocks[i].article
                firstSeen.removeAll(keepingCapacity: true)
            }
            guard let (kind, rule) = Self.kind(of: document.blocks[i].label) else { continue }
            let key = Key(kind: kind, text: document.blocks[i].byteKey)
            if let first = firstSeen[key] {
                document.blocks[i].duplicateOf = document.blocks[first].line
                document.blocks[i].dedupRule = rule
            } else {
                firstSeen[key] = i
            }
        }
    }

    private struct Key: Hashable {
        var kind: Int
        var text: ByteKey
    }

    /// Which blocks compare with which: titles with titles, captions with captions, lead and
    /// body paragraphs together, credit and section lines with their own kind.
    private static func kind(of label: Label) -> (Int, String)? {
        switch label {
        case .title: return (0, repeatedTitle)
        case .caption: return (1, repeatedCaption)
        case .lead, .body: return (2, repeatedParagraph)
        case .credit: return (3, repeatedField)
        case .section: return (4, repeatedField)
        default: return nil
        }
    }
}
