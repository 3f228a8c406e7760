/// Pipeline stage 2: names the outlet, then labels every block and numbers the articles: with
/// the outlet's rules (`RuleLabeler`) or, for a page of no known outlet, the generic path
/// (`GenericLabeler`). Lines labelled as anything but article text or metadata are dropped.
public struct Classifier: PipelineStage {
    public let detector: OutletDetector

    public init(rules: RuleSet, forcedOutlet: String? = nil) {
        self.detector = OutletDetector(rules: rules, forced: forcedOutlet)
    }

    public var name: String { "classifier" }

    public func process(_ input: consuming Document, counters: inout StageCounters) -> Document {
        var document = consume input
        classify(&document)
        counters.pagesIn += 1
        counters.pagesOut += 1
        counters.linesDropped += document.blocks.withUnsafeBufferPointer { blocks in
            // Fields read in place: `for block in blocks` would copy every block.
            var dropped = 0
            for i in blocks.indices where blocks[i].label != .blank && !blocks[i].isKept { dropped += 1 }
            return dropped
        }
        return document
    }

    public func classify(_ document: inout Document) {
        // The key: each line as the rules match it (default-normalised, trimmed).
        for i in document.blocks.indices where document.blocks[i].key.isEmpty {
            document.blocks[i].key = Normalizer.matching.normalize(document.blocks[i].raw)
        }
        let decision = detector.detect(blocks: document.blocks, url: document.url)
        document.outletReason = decision.reason
        document.signatures = decision.signatures
        if let outlet = decision.outlet {
            document.outlet = outlet.id
            var labeler = RuleLabeler(rules: outlet)
            document.articleCount = labeler.label(&document.blocks)
        } else {
            document.outlet = nil
            document.articleCount = GenericLabeler.standard.label(&document)
        }
    }
}
