/// Pipeline stage 4: the kept blocks' text as it will be written, cleaned with the run's
/// options. With the default (lossless) options this is the key the rules matched, which the
/// classifier made with the same normaliser (before `MatchingFold`, when that changed it: a
/// value a rule captured from the folded key gets its marks back); the lossy folds are applied
/// to the raw line.
public struct NormalizerStage: PipelineStage {
    public let normalizer: Normalizer

    public init(options: NormalizerOptions = .default) {
        self.normalizer = Normalizer(options: options)
    }

    public var name: String { "normalizer" }

    public func process(_ input: consuming Document, counters: inout StageCounters) -> Document {
        normalize(&input)
        counters.pagesIn += 1
        counters.pagesOut += 1
        return input
    }

    public func normalize(_ document: inout Document) {
        let lossless = normalizer.options == .default
        if let title = document.fallbackTitle { document.fallbackTitle = normalizer.normalize(title) }
        for i in document.blocks.indices where document.blocks[i].isKept {
            let unfolded = document.blocks[i].unfoldedKey
            document.blocks[i].clean = lossless ? unfolded ?? document.blocks[i].key : normalizer.normalize(document.blocks[i].raw)
            if let unfolded, let value = document.blocks[i].value {
                document.blocks[i].value = MatchingFold.unfold(value, in: unfolded)
            }
            if !lossless, let value = document.blocks[i].value {
                document.blocks[i].value = normalizer.normalize(value)
            }
        }
    }
}
