/// Pipeline stage 3, the deduplicator's in-page part (its corpus part is `CorpusStep`): inside
/// one article of a page, drops what the page prints twice — the repeated title, captions shown
/// again, paragraphs repeated (not a table's rows: a header row over each table is the text's).
/// The first occurrence is kept and each repeat records which line
/// it repeats and the dedup rule id.
public struct InPageDeduplicator: PipelineStage {
    public static let repeatedTitle = "dedup.repeated-title"
    public static let repeatedCaption = "dedup.repeated-caption"
    public static let repeatedParagraph = "dedup.repeated-paragraph"
    public static let repeatedField = "dedup.repeated-field"

    public init() {}

    public var name: String { "in-page dedup" }

    public func process(_ input: consuming Document, counters: inout StageCounters) -> Document {
        counters.linesDropped += deduplicate(&input)
        counters.pagesIn += 1
        counters.pagesOut += 1
        return input
    }

    /// Marks every repeat; returns how many there were.
    @discardableResult
    public func deduplicate(_ document: inout Document) -> Int {
        var repeats = 0
        // Keyed by text and kind: the kind is mixed into the fingerprint, so the same text
        // under two kinds is two keys.
        var firstSeen = ByteKeyTable<Int>(minimumCapacity: 64)
        var currentArticle = -1
        // A page of an unknown site read from HTML keeps its repeated paragraphs: its DOM places
        // every block once, and text repeated inside the article is the author's (the same step
        // in each of a recipe's plans, a list's recurring labels), while layout copies sit in
        // other containers the extractor leaves out. Text dumps print captions and paragraphs twice.
        let keepsRepeatedParagraphs = document.html != nil && document.outlet == nil
        for i in document.blocks.indices {
            if document.blocks[i].article != currentArticle {
                currentArticle = document.blocks[i].article
                firstSeen.removeAll()
            }
            guard let (kind, rule) = Self.kind(of: document.blocks[i].label) else { continue }
            if kind == Self.paragraphKind && keepsRepeatedParagraphs { continue }
            let key = ByteKey(document.blocks[i].key, fingerprint: document.blocks[i].keyFingerprint ^ Self.kindSalts[kind])
            let (entry, inserted) = firstSeen.insert(key, i)
            // A table's row printed again is the author's: its header over each table of the text
            // («الصنف | الوحدة | أدنى سعر | أعلى سعر» over the vegetables, then over the fruits).
            if !inserted && kind == Self.paragraphKind && Self.isTableRow(document.blocks[i].key) { continue }
            if !inserted {
                document.blocks[i].duplicateOf = document.blocks[firstSeen.values[entry]].line
                document.blocks[i].dedupRule = rule
                repeats += 1
            }
        }
        return repeats
    }

    /// A row of a table printed in the text: cells between at least `minTableRowPipes` pipes.
    static func isTableRow(_ key: String) -> Bool {
        var pipes = 0
        for byte in key.utf8 where byte == UInt8(ascii: "|") {
            pipes += 1
            if pipes == minTableRowPipes { return true }
        }
        return false
    }

    static let minTableRowPipes = 2

    /// Mixed into a key's fingerprint per kind (odd 64-bit constants).
    private static let kindSalts: [UInt64] = [
        0, 0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9, 0xD6E8_FEB8_6659_FD93,
    ]

    /// The kind of lead and body paragraphs in `kind(of:)`.
    private static let paragraphKind = 2

    /// Which blocks compare with which: titles with titles, captions with captions, lead and
    /// body paragraphs together, credit and section lines with their own kind.
    private static func kind(of label: Label) -> (Int, String)? {
        switch label {
        case .title: return (0, repeatedTitle)
        case .caption: return (1, repeatedCaption)
        case .lead, .body: return (paragraphKind, repeatedParagraph)
        case .credit: return (3, repeatedField)
        case .section: return (4, repeatedField)
        default: return nil
        }
    }
}
