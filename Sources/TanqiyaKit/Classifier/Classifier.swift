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
            var classifier = RuleClassifier(rules: outlet)
            document.articleCount = classifier.classify(&document.blocks)
        } else if let extractor = GenericPageClassifier.shared {
            document.outlet = nil
            document.articleCount = GenericPageClassifier(extractor: extractor).classify(&document)
        } else {
            document.outlet = nil
            document.warnings.append("the generic extractor's stop lists were not found; kept every line")
            document.articleCount = GenericTextClassifier().classify(&document.blocks)
        }
    }
}
