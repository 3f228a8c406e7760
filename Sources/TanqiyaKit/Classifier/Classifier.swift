/// Pipeline stage 2: names the outlet, then labels every block and numbers the articles.
public struct Classifier: Sendable {
    public let detector: OutletDetector

    public init(rules: RuleSet, forcedOutlet: String? = nil) {
        self.detector = OutletDetector(rules: rules, forced: forcedOutlet)
    }

    public func classify(_ document: inout Document) {
        for i in document.blocks.indices where document.blocks[i].key.isEmpty {
            document.blocks[i].key = Normalizer.matching.normalize(document.blocks[i].raw)
        }
        let decision = detector.detect(blocks: document.blocks, url: document.url)
        document.outletReason = decision.reason
        document.signatures = decision.signatures
        if let outlet = decision.outlet {
            document.outlet = outlet.id
            document.outletName = outlet.name
            var labeler = RuleLabeler(rules: outlet)
            document.articleCount = labeler.label(&document.blocks)
        } else {
            document.outlet = nil
            document.outletName = nil
            document.articleCount = GenericLabeler.standard.label(&document)
        }
    }
}
