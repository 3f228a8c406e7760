/// Pipeline stage 2: names the outlet, then labels every block and numbers the articles. What
/// decides a line, in order: the outlet's rules; then the chrome learned from the line's site
/// (`LearnedChromeLabeler`: on an outlet's page only the lines its rules left to a zone's
/// default); then, on pages of no outlet (and of an outlet whose rules say `fallback: generic`,
/// `GenericFallback`), the generic labeler for the rest.
public struct Classifier: Sendable {
    public let detector: OutletDetector
    public let learned: LearnedChromeLabeler?

    public init(rules: RuleSet, forcedOutlet: String? = nil, learned: LearnedChromeLabeler? = nil) {
        self.init(detector: OutletDetector(rules: rules, forced: forcedOutlet), learned: learned)
    }

    init(detector: OutletDetector, learned: LearnedChromeLabeler?) {
        self.detector = detector
        self.learned = learned.flatMap { $0.isEmpty ? nil : $0 }
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
            var labeler = RuleLabeler(rules: outlet)
            document.articleCount = labeler.label(&document.blocks)
            if outlet.article.fallback == .generic {
                document.articleCount = GenericFallback(layout: outlet.article).label(&document, learned: learned)
            } else if let learned {
                let defaults: Set<String> = [outlet.article.bodyRule, outlet.article.leadRule, outlet.article.tailRule ?? ""]
                let eligible = document.blocks.map { $0.label.isText && defaults.contains($0.rule ?? "") }
                let caption = learned.label(&document) { eligible[$0] }
                learned.labelCaption(caption, in: &document)
            }
        } else {
            document.outlet = nil
            let caption = learned?.label(&document) { _ in true }
            document.articleCount = GenericLabeler.standard.label(&document)
            learned?.labelCaption(caption, in: &document)
        }
    }
}
