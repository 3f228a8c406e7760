/// The stages a page goes through, in order. `run` is the one place that lists them.
public struct Pipeline: Sendable {
    public private(set) var classifier: Classifier
    public let deduplicator: InPageDeduplicator
    public let normalizer: NormalizerStage
    public let assembler: ArticleAssembler

    public init(rules: RuleSet, options: PipelineOptions = .init()) {
        self.classifier = Classifier(rules: rules, forcedOutlet: options.outlet, learned: options.learned)
        self.deduplicator = InPageDeduplicator()
        self.normalizer = NormalizerStage(options: options.normalizer)
        self.assembler = ArticleAssembler()
    }

    /// The same pipeline with other learned site chrome (a run's profile pass learns it).
    public func learning(_ learned: LearnedChromeLabeler?) -> Pipeline {
        var copy = self
        copy.classifier = Classifier(detector: classifier.detector, learned: learned)
        return copy
    }

    /// Runs one page (as read by a reader) through every stage. The page is taken, not copied:
    /// a caller that hands it over with `consume` saves a copy of every block.
    public func run(_ document: consuming Document) -> Document {
        var document = document
        // 1. Which outlet, which article each line belongs to, and what each line is.
        classifier.classify(&document)
        // 2. What the page printed twice (titles, captions, paragraphs) goes once.
        deduplicator.deduplicate(&document)
        // 3. The kept text, cleaned (Unicode, Arabic, spaces; lossy folds only on request).
        normalizer.normalize(&document)
        // 4. Kept blocks become article records.
        assembler.assemble(&document)
        return document
    }
}

public struct PipelineOptions: Sendable {
    /// Use this outlet's rules for every page instead of detecting it.
    public var outlet: String?
    public var normalizer: NormalizerOptions
    /// The site chrome learned by the profile pass (`nil`: nothing learned, `--no-learn`).
    public var learned: LearnedChromeLabeler?

    public init(outlet: String? = nil, normalizer: NormalizerOptions = .default, learned: LearnedChromeLabeler? = nil) {
        self.outlet = outlet
        self.normalizer = normalizer
        self.learned = learned
    }
}
