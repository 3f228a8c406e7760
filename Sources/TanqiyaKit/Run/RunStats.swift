import Foundation

/// What a run did, written by `--stats FILE` as JSON. Every input is accounted for:
///
///     inputs.total   = cleaned + skipped + failed
///     inputs.cleaned = written + no_articles + only_duplicates + empty
///     articles.found = written + Σ duplicates + discarded
///
/// `skipped` lists each skipped input and JSONL record with the reason, `dropped` each cleaned
/// input that gave no article (and why), `failures` each failed input with the error (and,
/// without an input, what made the run itself fail).
public struct RunStats: Codable, Sendable, Equatable {
    public struct Inputs: Codable, Sendable, Equatable {
        public var total = 0
        /// Read and cleaned; their output (possibly empty) is written.
        public var cleaned = 0
        /// Cleaned inputs with at least one article written.
        public var written = 0
        /// Cleaned inputs whose pages held no article.
        public var noArticles = 0
        /// Cleaned inputs whose every article was a duplicate of an earlier one.
        public var onlyDuplicates = 0
        /// Cleaned inputs that held no text (empty or blank files, JSONL without records).
        public var empty = 0
        /// Not cleaned, on purpose (not text, not a regular file, no readable JSONL record): listed in `skipped`.
        public var skipped = 0
        /// Could not be read or written: listed in `failures`; status 1.
        public var failed = 0
    }

    public struct Articles: Codable, Sendable, Equatable {
        /// Articles the pages gave, before corpus deduplication.
        public var found = 0
        public var written = 0
        /// Per kind, every kind present (0 when none): stable keys for JSON tools.
        public var duplicates: [String: Int] = Dictionary(uniqueKeysWithValues: DuplicateKind.allCases.map { ($0.rawValue, 0) })
        /// Articles of an input that failed after some of its pages were cleaned (`-o DIR/`:
        /// its output is not written), and its duplicates (their lines are not written).
        public var discarded = 0
    }

    /// A skipped input (`line` nil) or JSONL record, or a cleaned input that gave no article.
    public struct Skip: Codable, Sendable, Equatable {
        public var input: String
        public var line: Int?
        public var reason: String

        public init(input: String, line: Int? = nil, reason: String) {
            self.input = input
            self.line = line
            self.reason = reason
        }
    }

    public struct Outlet: Codable, Sendable, Equatable {
        public var pages = 0
        public var articles = 0
    }

    public struct Lines: Codable, Sendable, Equatable {
        public var total = 0
        public var kept = 0
        public var blank = 0
        /// Dropped non-blank lines, by label (every label present, 0 when none) and by the rule
        /// (or dedup rule) that dropped them.
        public var droppedByLabel: [String: Int] = Dictionary(uniqueKeysWithValues: Label.allCases.map { ($0.rawValue, 0) })
        public var droppedByRule: [String: Int] = [:]
    }

    /// A failed input, or a failure of the run itself.
    public struct Failure: Codable, Sendable, Equatable {
        /// The input that failed (standard input's is "-"); nil, and no "input" key in the
        /// JSON, when the run itself failed (an output that could not be written, a stage that
        /// could not be finished), which counts in no input's tally.
        public var input: String?
        public var error: String

        public init(input: String?, error: String) {
            self.input = input
            self.error = error
        }
    }

    public var inputs = Inputs()
    public var pages = 0
    /// Pages not cleaned: JSONL records that could not be read, text dumps that are not text.
    public var pagesSkipped = 0
    /// Pages read in each encoding ("UTF-8", "windows-1256", …).
    public var encodings: [String: Int] = [:]
    /// Skipped inputs and records, with the reason (at most `RunStats.listedPerInput` records per input).
    public var skipped: [Skip] = []
    /// Cleaned inputs that gave no article, with the reason.
    public var dropped: [Skip] = []
    public var articles = Articles()
    public var outlets: [String: Outlet] = [:]
    public var lines = Lines()
    public var warnings: [String] = []
    public var failures: [Failure] = []
    public var bytesIn = 0
    public var bytesOut = 0
    public var wallSeconds = 0.0
    public var megabytesPerSecond = 0.0
    public var pagesPerSecond = 0.0
    public var jobs = 1
    public var dedup: DedupOptions?
    /// Bytes the near-duplicate index held at the end.
    public var dedupIndexBytes = 0
    /// The profile pass (site chrome learned before cleaning).
    public var learning = LearningStats()
    /// What each stage of the pipeline did, in pipeline order (`Pipeline.stageNames`).
    public var stages: [Stage] = []
    /// A staged run's shard stats only (`tanqiya stats merge` takes them): which shard of which
    /// run, and which step wrote them.
    public var staged: Staged?

    public struct Staged: Codable, Sendable, Equatable {
        /// "I/N".
        public var shard: String
        /// The stage folder's manifest digest (`StageManifest.digest`).
        public var run: String
        /// `clean` (stage 1: before the corpus step, its articles not yet decided) or `apply`.
        public var step: String
    }

    /// One stage's counters over the run (`StageCounters`).
    public struct Stage: Codable, Sendable, Equatable {
        public var name: String
        public var pagesIn = 0
        public var pagesOut = 0
        public var linesDropped = 0
        public var seconds = 0.0

        public init(name: String, counters: StageCounters) {
            self.name = name
            pagesIn = counters.pagesIn
            pagesOut = counters.pagesOut
            linesDropped = counters.linesDropped
            seconds = Double(counters.nanoseconds) / 1e9
        }
    }

    public init() {}

    /// Problems listed (in `warnings`, `skipped`, on stderr) per input; the rest are counted.
    public static let listedPerInput = 20

    /// Counts one cleaned page.
    mutating func add(_ page: CleanedPage) {
        pages += 1
        encodings[page.encoding ?? DetectedEncoding.utf8.rawValue, default: 0] += 1
        bytesIn += page.bytesIn
        var outlet = outlets[page.outlet ?? "unknown", default: Outlet()]
        outlet.pages += 1
        outlet.articles += page.articles.count
        outlets[page.outlet ?? "unknown"] = outlet
        articles.found += page.articles.count
        lines.total += page.lines.total
        lines.kept += page.lines.kept
        lines.blank += page.lines.blank
        // Dropped lines per label and rule are tallied by `RunAccounting` and filled in at the end.
    }

    /// The stats as pretty, key-sorted JSON (stable across runs but for the times).
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return (try? encoder.encode(self)) ?? Data("{}".utf8)
    }

    /// One line for stderr at the end of a run.
    public var summary: String {
        let dups = articles.duplicates.values.reduce(0, +)
        var line = "\(counted(inputs.total, "input")), \(counted(pages, "page")), \(counted(articles.written, "article")) written"
        if dups > 0 {
            line += " (\(counted(dups, "duplicate")) dropped: " + articles.duplicates.filter { $0.value > 0 }.sorted { $0.key < $1.key }
                .map { "\($0.value) \($0.key)" }.joined(separator: ", ") + ")"
        }
        if inputs.skipped > 0 { line += ", \(counted(inputs.skipped, "input")) skipped" }
        if pagesSkipped > 0 { line += ", \(counted(pagesSkipped, "page")) skipped" }
        if inputs.failed > 0 { line += ", \(counted(inputs.failed, "input")) failed" }
        line += String(format: "; %.1f MB in %.2f s (%.1f MB/s, %.0f pages/s)", Double(bytesIn) / 1e6, wallSeconds,
                       megabytesPerSecond, pagesPerSecond)
        return line
    }
}
