/// `tanqiya stats merge`: several runs' stats as one. A staged run's shard stats (written by
/// `dedup apply --stats`) are taken in shard order, whatever order they are given in, and must
/// be every shard of one run; stats of separate runs are taken in the order given. Counts are
/// summed and lists concatenated, so the shards of a staged run merge into the stats of one
/// process over the same inputs (times aside). Every part, and the result, must keep the
/// accounting's invariants (`RunAccounting.violations`).
public enum StatsMerge {
    public enum Problem: Error, CustomStringConvertible {
        case nothing
        case unbalanced(String, [String])
        case notFinal(String)
        case mixed(String)
        case shards(String)
        /// A count no run reaches (negative, or past `maxCount`): summing it could overflow.
        case outOfRange(String, field: String, value: Int)
        /// A time no run takes (negative, or past `maxSeconds`): summed, it could reach infinity.
        case timeOutOfRange(String, field: String, value: Double)
        /// The parts' counts summed past `Int.max`.
        case overflow

        public var description: String {
            switch self {
            case .nothing: return "no stats to merge"
            case .unbalanced(let name, let problems): return "\(name): the counts do not add up: " + problems.joined(separator: "; ")
            case .notFinal(let name):
                return "\(name): a shard's stats from before the corpus step (stage 1); merge the ones `tanqiya dedup apply --stats` writes"
            case .mixed(let why), .shards(let why): return why
            case .outOfRange(let name, let field, let value):
                return "\(name): \(field) is \(value), not in 0…\(maxCount): not the stats of a run"
            case .timeOutOfRange(let name, let field, let value):
                return "\(name): \(field) is \(value), not in 0…\(Int(maxSeconds)) seconds: not the stats of a run"
            case .overflow: return "the counts summed past \(Int.max)"
            }
        }
    }

    /// The largest count a stats file may hold: 2^53, the largest integer every JSON reader
    /// reads exactly (the dedup seed, which exceeds it, is a string). A hand-edited or corrupted
    /// file with `Int.max` in a count trapped the sums (status 132).
    public static let maxCount = 1 << 53

    /// The longest time a stats file may hold, in seconds (about 31,700 years). JSON holds no
    /// infinity: two hand-edited `wall_seconds` of 1e308 summed to one, and the merge wrote `{}`
    /// with status 0.
    public static let maxSeconds = 1e12

    /// Every time of `stats` that the merge sums, named as in its JSON.
    static func times(_ s: RunStats) -> [(String, Double)] {
        [("wall_seconds", s.wallSeconds), ("learning.seconds", s.learning.seconds)] + s.stages.map { ("stages.\($0.name).seconds", $0.seconds) }
    }

    /// Every count of `stats`, named as in its JSON.
    static func counts(_ s: RunStats) -> [(String, Int)] {
        let i = s.inputs, a = s.articles, l = s.learning
        var out: [(String, Int)] = [
            ("inputs.total", i.total), ("inputs.cleaned", i.cleaned), ("inputs.written", i.written),
            ("inputs.no_articles", i.noArticles), ("inputs.only_duplicates", i.onlyDuplicates), ("inputs.empty", i.empty),
            ("inputs.skipped", i.skipped), ("inputs.failed", i.failed), ("pages", s.pages), ("pages_skipped", s.pagesSkipped),
            ("articles.found", a.found), ("articles.written", a.written), ("articles.discarded", a.discarded),
            ("lines.total", s.lines.total), ("lines.kept", s.lines.kept), ("lines.blank", s.lines.blank),
            ("bytes_in", s.bytesIn), ("bytes_out", s.bytesOut), ("jobs", s.jobs), ("dedup_index_bytes", s.dedupIndexBytes),
            ("learning.pages_profiled", l.pagesProfiled), ("learning.sites", l.sites), ("learning.pages_learned_from", l.pagesLearnedFrom),
            ("learning.lines_learned", l.linesLearned), ("learning.shapes_learned", l.shapesLearned), ("learning.slots_learned", l.slotsLearned),
        ]
        out += s.encodings.map { ("encodings.\($0.key)", $0.value) }
        out += a.duplicates.map { ("articles.duplicates.\($0.key)", $0.value) }
        out += s.outlets.flatMap { [("outlets.\($0.key).pages", $0.value.pages), ("outlets.\($0.key).articles", $0.value.articles)] }
        out += s.lines.droppedByLabel.map { ("lines.dropped_by_label.\($0.key)", $0.value) }
        out += s.lines.droppedByRule.map { ("lines.dropped_by_rule.\($0.key)", $0.value) }
        out += s.stages.flatMap { [("stages.\($0.name).pages_in", $0.pagesIn), ("stages.\($0.name).pages_out", $0.pagesOut),
                                   ("stages.\($0.name).lines_dropped", $0.linesDropped)] }
        return out
    }

    /// `parts`: each file's name (for messages) and stats.
    public static func merge(_ parts: [(name: String, stats: RunStats)]) throws -> RunStats {
        guard !parts.isEmpty else { throw Problem.nothing }
        for (name, stats) in parts {
            if let (field, value) = counts(stats).first(where: { !(0...maxCount).contains($0.1) }) {
                throw Problem.outOfRange(name, field: field, value: value)
            }
            if let (field, value) = times(stats).first(where: { !(0...maxSeconds).contains($0.1) }) {
                throw Problem.timeOutOfRange(name, field: field, value: value)
            }
            if stats.staged?.step == "clean" { throw Problem.notFinal(name) }
            let problems = RunAccounting.violations(of: stats)
            if !problems.isEmpty { throw Problem.unbalanced(name, problems) }
        }
        let ordered = try shardOrder(parts)
        var merged = RunStats()
        merged.dedup = ordered[0].stats.dedup
        merged.stages = ordered[0].stats.stages.map { RunStats.Stage(name: $0.name, counters: StageCounters()) }
        merged.articles.duplicates = [:]
        merged.lines.droppedByLabel = [:]
        for (name, part) in ordered {
            guard part.dedup == merged.dedup else { throw Problem.mixed("\(name): made with other dedup options than \(ordered[0].name)") }
            guard part.stages.map(\.name) == merged.stages.map(\.name) else {
                throw Problem.mixed("\(name): other pipeline stages than \(ordered[0].name)")
            }
            try add(part, to: &merged)
        }
        merged.learning = learning(ordered.map(\.stats.learning))
        // Per second of the summed wall time; none when that is too short to divide by (a
        // hand-made 5e-324 gave infinity, which JSON cannot hold: the merge wrote `{}`).
        func perSecond(_ amount: Double) -> Double {
            let rate = amount / merged.wallSeconds
            return merged.wallSeconds > 0 && rate.isFinite ? rate : 0
        }
        merged.megabytesPerSecond = perSecond(Double(merged.bytesIn) / 1e6)
        merged.pagesPerSecond = perSecond(Double(merged.pages))
        let problems = RunAccounting.violations(of: merged)
        if !problems.isEmpty { throw Problem.unbalanced("the merged stats", problems) }
        return merged
    }

    /// Shard stats sorted by shard, checked to be every shard of one run; other stats as given.
    static func shardOrder(_ parts: [(name: String, stats: RunStats)]) throws -> [(name: String, stats: RunStats)] {
        let staged = parts.compactMap(\.stats.staged)
        guard !staged.isEmpty else { return parts }
        guard staged.count == parts.count else { throw Problem.mixed("shard stats and other stats cannot be merged together") }
        guard Set(staged.map(\.run)).count == 1 else { throw Problem.mixed("the shard stats come from different staged runs") }
        let shards = staged.map { Shard($0.shard) }
        guard let count = shards.first??.count, shards.allSatisfy({ $0?.count == count }) else {
            throw Problem.shards("the shard stats are of different shard counts: \(staged.map(\.shard).joined(separator: ", "))")
        }
        let indices = shards.map { $0!.index }
        let missing = (0..<count).filter { !indices.contains($0) }
        guard missing.isEmpty, indices.count == count else {
            let twice = Set(indices.filter { i in indices.filter { $0 == i }.count > 1 })
            throw Problem.shards("shards of \(count): " + (missing.isEmpty ? "" : "missing \(missing.map(String.init).joined(separator: ", "))")
                                 + (twice.isEmpty ? "" : " given twice \(twice.sorted().map(String.init).joined(separator: ", "))"))
        }
        return zip(indices, parts).sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The shards of a staged run all use the profile its profile stage learned: that profile's
    /// figures once, their seconds summed. Separate runs that learned differently: `mixed`, their
    /// figures summed, the smallest sample rate.
    static func learning(_ parts: [LearningStats]) -> LearningStats {
        var merged = parts[0]
        merged.seconds = parts.reduce(0) { $0 + $1.seconds }
        let same = parts.allSatisfy { part in
            var part = part
            part.seconds = merged.seconds
            return part == merged
        }
        if same { return merged }
        merged.mode = "mixed"
        merged.sampleRate = parts.map(\.sampleRate).min() ?? 0
        // Each at most `maxCount` (checked first): a sum past Int.max is clamped, not trapped.
        func sum(_ count: (LearningStats) -> Int) -> Int {
            parts.reduce(0) { let (s, o) = $0.addingReportingOverflow(count($1)); return o ? Int.max : s }
        }
        merged.pagesProfiled = sum(\.pagesProfiled)
        merged.sites = sum(\.sites)
        merged.pagesLearnedFrom = sum(\.pagesLearnedFrom)
        merged.linesLearned = sum(\.linesLearned)
        merged.shapesLearned = sum(\.shapesLearned)
        merged.slotsLearned = sum(\.slotsLearned)
        merged.notProfiled = parts.flatMap(\.notProfiled)
        return merged
    }

    /// Adds one part's counts and lists (in order) to `merged`.
    static func add(_ part: RunStats, to merged: inout RunStats) throws {
        // Every count is at most `maxCount`, but thousands of parts could still pass `Int.max`.
        var overflowed = false
        func plus(_ a: Int, _ b: Int) -> Int {
            let (sum, overflow) = a.addingReportingOverflow(b)
            overflowed = overflowed || overflow
            return sum
        }
        let i = part.inputs
        merged.inputs.total = plus(merged.inputs.total, i.total)
        merged.inputs.cleaned = plus(merged.inputs.cleaned, i.cleaned)
        merged.inputs.written = plus(merged.inputs.written, i.written)
        merged.inputs.noArticles = plus(merged.inputs.noArticles, i.noArticles)
        merged.inputs.onlyDuplicates = plus(merged.inputs.onlyDuplicates, i.onlyDuplicates)
        merged.inputs.empty = plus(merged.inputs.empty, i.empty)
        merged.inputs.skipped = plus(merged.inputs.skipped, i.skipped)
        merged.inputs.failed = plus(merged.inputs.failed, i.failed)
        merged.pages = plus(merged.pages, part.pages)
        merged.pagesSkipped = plus(merged.pagesSkipped, part.pagesSkipped)
        merged.encodings.merge(part.encodings, uniquingKeysWith: plus)
        merged.skipped += part.skipped
        merged.dropped += part.dropped
        merged.articles.found = plus(merged.articles.found, part.articles.found)
        merged.articles.written = plus(merged.articles.written, part.articles.written)
        merged.articles.discarded = plus(merged.articles.discarded, part.articles.discarded)
        merged.articles.duplicates.merge(part.articles.duplicates, uniquingKeysWith: plus)
        merged.outlets.merge(part.outlets) { RunStats.Outlet(pages: plus($0.pages, $1.pages), articles: plus($0.articles, $1.articles)) }
        merged.lines.total = plus(merged.lines.total, part.lines.total)
        merged.lines.kept = plus(merged.lines.kept, part.lines.kept)
        merged.lines.blank = plus(merged.lines.blank, part.lines.blank)
        merged.lines.droppedByLabel.merge(part.lines.droppedByLabel, uniquingKeysWith: plus)
        merged.lines.droppedByRule.merge(part.lines.droppedByRule, uniquingKeysWith: plus)
        merged.warnings += part.warnings
        merged.failures += part.failures
        merged.bytesIn = plus(merged.bytesIn, part.bytesIn)
        merged.bytesOut = plus(merged.bytesOut, part.bytesOut)
        merged.wallSeconds += part.wallSeconds
        merged.jobs = max(merged.jobs, part.jobs)
        merged.dedupIndexBytes = max(merged.dedupIndexBytes, part.dedupIndexBytes)
        for (n, stage) in part.stages.enumerated() {
            merged.stages[n].pagesIn = plus(merged.stages[n].pagesIn, stage.pagesIn)
            merged.stages[n].pagesOut = plus(merged.stages[n].pagesOut, stage.pagesOut)
            merged.stages[n].linesDropped = plus(merged.stages[n].linesDropped, stage.linesDropped)
            merged.stages[n].seconds += stage.seconds
        }
        if overflowed { throw Problem.overflow }
    }
}
