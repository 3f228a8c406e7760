/// The whole path of one page, from its bytes to its records: `clean` lists the stages in order.
/// Every command goes through it — `clean`, `explain`, `check`, `rules lint`, the fuzzer — and
/// runners only decide when pages run and in what order their results are taken.
///
/// One stage is not in `clean`: the corpus deduplicator drops articles that repeat an earlier
/// one anywhere in the run, so it needs the run's order and cannot run on the worker threads.
/// `corpusStep()` makes it; the runner hands it each cleaned page in input order.
public struct Pipeline: Sendable {
    public let options: PipelineOptions
    public let reader: ReaderStage
    public let classifier: Classifier
    public let deduplicator: InPageDeduplicator
    public let normalizer: NormalizerStage
    public let writer: WriterStage

    /// The stages' names in order, as `--stats` lists them: `clean`'s five, then the corpus step.
    public static let stageNames = ["reader", "classifier", "in-page dedup", "normalizer", "writer", CorpusStep.name]

    public init(rules: RuleSet, options: PipelineOptions = .init()) {
        self.options = options
        reader = ReaderStage()
        classifier = Classifier(rules: rules, forcedOutlet: options.outlet, learned: options.learned)
        deduplicator = InPageDeduplicator()
        normalizer = NormalizerStage(options: options.normalizer)
        writer = WriterStage(options: options.writer)
    }

    /// One page through every stage, on any thread.
    public func clean(_ page: RawPage) -> CleanedPage {
        var counters = PageStageCounters()
        // 1. Reader: the bytes decoded (encoding, JSON record, HTML) into blocks, or why not.
        var document: Document
        switch reader.timed(page, &counters.reader) {
        case .page(let read): document = read
        case .blankLine: return Self.notCleaned(.blankLine, page, counters)
        case .skipped(let skip): return Self.notCleaned(.skipped(skip), page, counters)
        }
        let bytesIn = ReaderStage.bytesIn(of: page, document: document)
        // Each stage takes the page (`consume`): a copy would copy every block on the first change.
        // 2. Classifier: which outlet, which article each line belongs to, and what each line is.
        document = classifier.timed(consume document, &counters.classifier)
        // 3. In-page deduplicator: what the page printed twice (titles, captions, paragraphs) goes once.
        document = deduplicator.timed(consume document, &counters.inPageDedup)
        // 4. Normaliser: the kept text, cleaned (Unicode, Arabic, spaces; lossy folds only on request).
        document = normalizer.timed(consume document, &counters.normalizer)
        // 5. Writer: kept blocks become articles: record bytes, dedup signatures, explain rows, tallies.
        var cleaned = writer.timed(consume document, &counters.writer)
        cleaned.locateWarnings(of: page)
        cleaned.bytesIn = bytesIn
        cleaned.stages = counters
        return cleaned
    }

    /// 6. The corpus deduplicator, for one run: the runner calls it in input order.
    public func corpusStep() -> CorpusStep { CorpusStep(options: options.writer.dedup) }

    /// The same pipeline writing other outputs (what a runner asks of the writer).
    public func writing(_ writer: WriterOptions) -> Pipeline {
        var options = options
        options.writer = writer
        return Pipeline(options: options, stages: self, classifier: classifier, writer: WriterStage(options: writer))
    }

    /// The same pipeline with other site chrome learned (a run's profile pass learns it).
    public func learning(_ learned: LearnedChromeLabeler?) -> Pipeline {
        var options = options
        options.learned = learned
        return Pipeline(options: options, stages: self, classifier: Classifier(detector: classifier.detector, learned: learned),
                        writer: writer)
    }

    private init(options: PipelineOptions, stages other: Pipeline, classifier: Classifier, writer: WriterStage) {
        self.options = options
        reader = other.reader
        self.classifier = classifier
        deduplicator = other.deduplicator
        normalizer = other.normalizer
        self.writer = writer
    }

    /// What the page is when the reader gives no document: a blank line, or a skip.
    private static func notCleaned(_ outcome: CleanedPage.Outcome, _ page: RawPage, _ counters: PageStageCounters) -> CleanedPage {
        var cleaned = CleanedPage(outcome: outcome, source: page.item.path, bytesIn: ReaderStage.bytesIn(of: page, document: nil))
        cleaned.stages = counters
        return cleaned
    }
}

public struct PipelineOptions: Sendable {
    /// Use this outlet's rules for every page instead of detecting it.
    public var outlet: String?
    public var normalizer: NormalizerOptions
    /// What the writer makes of each page (runners set it from what they write).
    public var writer: WriterOptions
    /// The site chrome learned by a run's profile pass (`nil`: nothing learned, `--no-learn`).
    public var learned: LearnedChromeLabeler?

    public init(outlet: String? = nil, normalizer: NormalizerOptions = .default, writer: WriterOptions = WriterOptions(),
                learned: LearnedChromeLabeler? = nil) {
        self.outlet = outlet
        self.normalizer = normalizer
        self.writer = writer
        self.learned = learned
    }
}
