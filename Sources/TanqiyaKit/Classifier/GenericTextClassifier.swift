/// The conservative path for pages of outlets that have no rule file: keep the text.
/// The first line is the title (and its repeat within a few lines is marked as such);
/// every other non-blank line is body. Repeats are left to the deduplicator.
struct GenericTextClassifier {
    static let titleRule = "generic.title"
    static let titleRepeatRule = "generic.title-repeat"
    static let bodyRule = "generic.body"
    /// A first line longer than this (UTF-8 bytes) is text, not a title.
    static let maxTitleBytes = 400
    /// The title's repeat is looked for within this many non-blank lines.
    static let titleRepeatWithin = 6

    func classify(_ blocks: inout [Block]) -> Int {
        guard let first = blocks.firstIndex(where: { !$0.key.isEmpty }) else {
            for i in blocks.indices { blocks[i].label = .blank }
            return 0
        }
        let hasTitle = blocks[first].key.utf8.count <= Self.maxTitleBytes
        var seen = 0
        for i in blocks.indices {
            blocks[i].article = i < first ? 0 : 1
            if blocks[i].key.isEmpty { blocks[i].label = .blank; blocks[i].rule = nil; continue }
            if i == first && hasTitle {
                blocks[i].label = .title; blocks[i].rule = Self.titleRule
            } else if hasTitle, i > first, seen <= Self.titleRepeatWithin, blocks.sameKey(i, first) {
                blocks[i].label = .title; blocks[i].rule = Self.titleRepeatRule
            } else {
                blocks[i].label = .body; blocks[i].rule = Self.bodyRule
            }
            if i > first { seen += 1 }
        }
        return 1
    }
}
