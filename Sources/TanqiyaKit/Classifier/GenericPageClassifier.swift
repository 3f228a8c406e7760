import Foundation

/// The generic path for pages of outlets without a rule file: the generic extractor
/// (`Classifier/Generic/`) decides each block — jusText-style text features and context, plus DOM
/// hints on HTML pages — and its decisions become the blocks' labels and rule ids. A page is one
/// article; an HTML page without a title block takes its head's title.
struct GenericPageClassifier {
    let extractor: GenericExtractor

    /// The extractor with its bundled stop lists and hints, or `nil` when they cannot be found
    /// (then the conservative `GenericTextClassifier` stands in).
    static let shared: GenericExtractor? = try? GenericExtractor(resources: GenericResources.bundled())

    func classify(_ document: inout Document) -> Int {
        let nonBlank = document.blocks.indices.filter { !document.blocks[$0].key.isEmpty }
        guard !nonBlank.isEmpty else {
            for i in document.blocks.indices { document.blocks[i].label = .blank; document.blocks[i].rule = nil }
            return 0
        }
        let input = nonBlank.map { TextBlock(text: document.blocks[$0].key, features: document.blocks[$0].features) }
        let extraction = extractor.extract(blocks: input, title: document.html?.title)
        for i in document.blocks.indices {
            document.blocks[i].article = 1
            document.blocks[i].label = .blank
            document.blocks[i].rule = nil
        }
        for (n, i) in nonBlank.enumerated() {
            let decision = extraction.decisions[n]
            switch decision.label {
            case .body: document.blocks[i].label = .body
            case .title: document.blocks[i].label = .title
            case .boilerplate: document.blocks[i].label = .boilerplate
            }
            document.blocks[i].rule = decision.rule
        }
        if !document.blocks.contains(where: { $0.label == .title }) {
            if let title = extraction.title {
                document.fallbackTitle = title
            } else if let first = document.blocks.firstIndex(where: { $0.label == .body }),
                      Self.looksLikeHeadline(document.blocks[first].key) {
                // A text dump: its first kept line, when it reads as a headline, is the title.
                document.blocks[first].label = .title
                document.blocks[first].rule = Self.firstLineTitle
            }
        }
        return 1
    }

    static let firstLineTitle = "generic.first-line-title"
    /// A headline: at most this many words, and no sentence-final punctuation.
    static let maxHeadlineWords = 30

    static func looksLikeHeadline(_ text: String) -> Bool {
        // At most maxHeadlineWords + 1 pieces: a 50 MB line is not split into a million words.
        let words = text.split(separator: " ", maxSplits: maxHeadlineWords).count
        guard words >= 2, words <= maxHeadlineWords, let last = text.unicodeScalars.last else { return false }
        return !".!؟?:".unicodeScalars.contains(last)
    }
}
