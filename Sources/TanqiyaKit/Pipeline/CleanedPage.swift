/// One page after the pipeline (`Pipeline.clean`), ready for the ordered part of a run: each
/// article's record bytes and dedup signature, the explain rows, the line tallies and each
/// stage's counters. Nothing in it refers to a block: runners write and count, they never decide.
public struct CleanedPage: Sendable {
    public enum Outcome: Sendable, Equatable {
        case cleaned
        /// A blank JSONL line: not a page.
        case blankLine
        case skipped(PageSkip)
    }

    /// One article of the page.
    public struct ArticleRecord: Sendable {
        public var id: String
        /// The record in the run's format (empty when the run writes none).
        public var bytes: [UInt8]
        /// For the corpus deduplicator (nil when the run does not deduplicate).
        public var signature: ArticleSignature?
    }

    public var outcome: Outcome
    /// Where the page came from (the input path, or a JSONL record's id or url).
    public var source: String
    /// The outlet whose rules classified it (nil: the generic path).
    public var outlet: String?
    /// The encoding the page was read in, when not UTF-8.
    public var encoding: String?
    /// The reader's warnings, each prefixed with where the page is (`locateWarnings`).
    public var warnings: [String] = []
    /// Input bytes the page stands for.
    public var bytesIn: Int
    public var articles: [ArticleRecord] = []
    /// The explain trace's rows (empty unless the run asks for them).
    public var explain: [UInt8] = []
    public var lines = LineTally()
    /// What each stage of `Pipeline.clean` did with this page.
    public var stages = PageStageCounters()
    /// The page as the pipeline left it, when asked for (`WriterOptions.keepDocument`): for
    /// checks that look at every block (fixtures, the fuzzer), never for a run's output.
    public var document: Document? {
        get { kept?.document }
        set { kept = newValue.map(KeptDocument.init) }
    }
    /// Behind a reference: a cleaned page is moved several times on its way to the consumer.
    private var kept: KeptDocument?

    private final class KeptDocument: Sendable {
        let document: Document
        init(_ document: Document) { self.document = document }
    }

    init(outcome: Outcome, source: String, bytesIn: Int) {
        self.outcome = outcome
        self.source = source
        self.bytesIn = bytesIn
    }

    /// A page's line tallies. Counted per line on the worker, so no hashing: labels index an
    /// array, and rule ids (a page meets a dozen, mostly one rule's same string over and over)
    /// are found by a short scan that usually stops at the last one used.
    public struct LineTally: Sendable {
        public internal(set) var total = 0
        public internal(set) var kept = 0
        public internal(set) var blank = 0
        /// Dropped lines, indexed by `Label.ordinal`.
        private(set) var droppedPerLabel = [Int](repeating: 0, count: Label.allCases.count)
        /// Dropped lines per rule id (`ruleCounts[n]` for `ruleIDs[n]`), in order of first use.
        private(set) var ruleIDs: [String] = []
        private(set) var ruleCounts: [Int] = []
        private var lastRule = 0

        mutating func dropped(_ label: Label, rule: String) {
            droppedPerLabel[Label.ordinal(label)] += 1
            if lastRule < ruleIDs.count, ruleIDs[lastRule] == rule {
                ruleCounts[lastRule] += 1
                return
            }
            if let n = ruleIDs.firstIndex(of: rule) {
                lastRule = n
                ruleCounts[n] += 1
            } else {
                lastRule = ruleIDs.count
                ruleIDs.append(rule)
                ruleCounts.append(1)
            }
        }
    }
}

extension CleanedPage {
    /// Prefixes each warning with where the page is: its source, and for a JSONL record its input
    /// and line too (the record's source, its id or url, named no file: "33: invalid UTF-8"; a
    /// long id cut, `Quoted.cut`).
    mutating func locateWarnings(of page: RawPage) {
        guard !warnings.isEmpty else { return }
        var place = source
        if case .jsonl(let line) = page.kind { place = "\(page.item.path): line \(line) (\(Quoted.cut(place)))" }
        warnings = warnings.map { "\(place): \($0)" }
    }
}
