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

        public var description: String {
            switch self {
            case .nothing: return "no stats to merge"
            case .unbalanced(let name, let problems): return "\(name): the counts do not add up: " + problems.joined(separator: "; ")
            case .notFinal(let name):
                return "\(name): a shard's stats from before the corpus step (stage 1); merge the ones `tanqiya dedup apply --stats` writes"
            case .mixed(let why), .shards(let why): return why
            }
        }
    }

    /// `parts`: each file's name (for messages) and stats.
    public static func merge(_ parts: [(name: String, stats: RunStats)]) throws -> RunStats {
        guard !parts.isEmpty else { throw Problem.nothing }
        for (name, stats) in parts {
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
            add(part, to: &merged)
        }
        merged.learning = learning(ordered.map(\.stats.learning))
        let seconds = merged.wallSeconds
        merged.megabytesPerSecond = seconds > 0 ? Double(merged.bytesIn) / 1e6 / seconds : 0
        merged.pagesPerSecond = seconds > 0 ? Double(merged.pages) / seconds : 0
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
        merged.pagesProfiled = parts.reduce(0) { $0 + $1.pagesProfiled }
        merged.sites = parts.reduce(0) { $0 + $1.sites }
        merged.pagesLearnedFrom = parts.reduce(0) { $0 + $1.pagesLearnedFrom }
        merged.linesLearned = parts.reduce(0) { $0 + $1.linesLearned }
        merged.shapesLearned = parts.reduce(0) { $0 + $1.shapesLearned }
        merged.slotsLearned = parts.reduce(0) { $0 + $1.slotsLearned }
        merged.notProfiled = parts.flatMap(\.notProfiled)
        return merged
    }

    /// Adds one part's counts and lists (in order) to `merged`.
    static func add(_ part: RunStats, to merged: inout RunStats) {
        let i = part.inputs
        merged.inputs.total += i.total
        merged.inputs.cleaned += i.cleaned
        merged.inputs.written += i.written
        merged.inputs.noArticles += i.noArticles
        merged.inputs.onlyDuplicates += i.onlyDuplicates
        merged.inputs.empty += i.empty
        merged.inputs.skipped += i.skipped
        merged.inputs.failed += i.failed
        merged.pages += part.pages
        merged.pagesSkipped += part.pagesSkipped
        merged.encodings.merge(part.encodings, uniquingKeysWith: +)
        merged.skipped += part.skipped
        merged.dropped += part.dropped
        merged.articles.found += part.articles.found
        merged.articles.written += part.articles.written
        merged.articles.discarded += part.articles.discarded
        merged.articles.duplicates.merge(part.articles.duplicates, uniquingKeysWith: +)
        merged.outlets.merge(part.outlets) { RunStats.Outlet(pages: $0.pages + $1.pages, articles: $0.articles + $1.articles) }
        merged.lines.total += part.lines.total
        merged.lines.kept += part.lines.kept
        merged.lines.blank += part.lines.blank
        merged.lines.droppedByLabel.merge(part.lines.droppedByLabel, uniquingKeysWith: +)
        merged.lines.droppedByRule.merge(part.lines.droppedByRule, uniquingKeysWith: +)
        merged.warnings += part.warnings
        merged.failures += part.failures
        merged.bytesIn += part.bytesIn
        merged.bytesOut += part.bytesOut
        merged.wallSeconds += part.wallSeconds
        merged.jobs = max(merged.jobs, part.jobs)
        merged.dedupIndexBytes = max(merged.dedupIndexBytes, part.dedupIndexBytes)
        for (n, stage) in part.stages.enumerated() {
            merged.stages[n].pagesIn += stage.pagesIn
            merged.stages[n].pagesOut += stage.pagesOut
            merged.stages[n].linesDropped += stage.linesDropped
            merged.stages[n].seconds += stage.seconds
        }
    }
}
