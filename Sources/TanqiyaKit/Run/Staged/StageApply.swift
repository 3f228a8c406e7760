import Foundation

extension StagedDedup {
    public struct ApplySummary: Sendable {
        public var articles = 0
        public var written = 0
        public var dropped: [String: Int] = [:]
        /// The shard's final stats: stage 1's, with the corpus step's outcome (what a one-process
        /// run of the shard's inputs would count, given the whole run's decisions).
        public var stats = RunStats()
    }

    /// Stage 3 for one shard: its kept articles to `output`, its dropped ones to `duplicates`.
    /// The shard's `.out` is checked against its checksum as it is copied: on a mismatch the
    /// step fails (its caller drops what it wrote).
    public static func apply(directory: String, shard: Shard, output: OutputFile, duplicates: OutputFile?) throws -> ApplySummary {
        let started = StageCounters.now()
        let dir = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        guard let manifest = try StageManifest.load(from: dir) else { throw StageProblem.notAStageFolder(dir) }
        guard shard.count == manifest.shards else {
            throw StageProblem.otherRun(dir, ["it was made for \(manifest.shards) shards, not \(shard.count)"])
        }
        let files = StageFiles(directory: dir, shard: shard)
        guard files.isDone else { throw StageProblem.missingShards(dir, ([shard.index], 1)) }
        let done = try StageDone.read(files.path("done"))
        guard FileManager.default.fileExists(atPath: StageFiles.decisionsDone(in: dir)) else { throw StageProblem.noDecisions(dir) }
        let decided = try StageDone.read(StageFiles.decisionsDone(in: dir))
        guard done.run == manifest.digest, decided.run == manifest.digest else {
            throw StageProblem.otherRun(dir, ["its shard or decisions were written by another run"])
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let global = try decoder.decode(Global.self, from: Data(try decided.read(StageFiles.global(in: dir))))
        let dropped = try droppedArticles(try decided.read(StageFiles.decisions(in: dir)),
                                          from: global.shardOffsets[shard.index], count: done.articles)
        let index = try done.read(files.path("index"))
        guard index.count == 24 * done.articles else { throw StageProblem.malformed(files.path("index"), "does not hold \(done.articles) articles") }
        guard let handle = FileHandle(forReadingAtPath: files.path("out")) else {
            throw StageProblem.unreadable(files.path("out"), String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        var summary = ApplySummary()
        var sum = Checksum()
        var fates = Fates()
        var at = 0
        for n in 0..<done.articles {
            guard let item = StageBytes.int(index, &at), let page = StageBytes.int(index, &at), let length = StageBytes.int(index, &at),
                  length >= 0 else { throw StageProblem.malformed(files.path("index"), "cut short at byte \(at)") }
            let bytes = [UInt8](handle.readData(ofLength: length))
            guard bytes.count == length else { throw StageProblem.corrupted(files.path("out"), "shorter than its index says", marker: done.marker) }
            sum.add(bytes)
            summary.articles += 1
            if let duplicate = dropped[n] {
                summary.dropped[duplicate.kind.rawValue, default: 0] += 1
                duplicates?.write(duplicate.line)
            } else {
                summary.written += 1
                output.write(bytes)
            }
            fates.add(item: item, page: page, bytes: length, dropped: dropped[n] != nil)
        }
        try done.check(files.path("out"), sum.sum)
        var stats = try readStats(files.path("stats.json"), done: done)
        try settle(&stats, fates: fates, summary: summary, pending: try done.read(files.path("inputs")), file: files.path("inputs"))
        stats.dedupIndexBytes = global.indexBytes
        let corpus = StageCounters(pagesIn: fates.pagesIn, pagesOut: fates.pagesOut, nanoseconds: StageCounters.now() - started)
        if let last = stats.stages.indices.last { stats.stages[last] = RunStats.Stage(name: CorpusStep.name, counters: corpus) }
        stats.staged?.step = "apply"
        summary.stats = stats
        return summary
    }

    /// What the corpus step did to a shard's articles: per input, its articles and how many were
    /// dropped; the pages with an article, and those with one kept; the bytes written.
    struct Fates {
        var perInput: [Int: (articles: Int, dropped: Int)] = [:]
        var pagesIn = 0
        var pagesOut = 0
        var bytesOut = 0
        private var page: (item: Int, page: Int)?
        private var pageKept = false

        mutating func add(item: Int, page: Int, bytes: Int, dropped: Bool) {
            perInput[item, default: (0, 0)].articles += 1
            if dropped { perInput[item, default: (0, 0)].dropped += 1 } else { bytesOut += bytes }
            if self.page.map({ $0 != (item, page) }) ?? true {
                (self.page, pageKept) = ((item, page), false)
                pagesIn += 1
            }
            if !dropped && !pageKept { (pageKept, pagesOut) = (true, pagesOut + 1) }
        }
    }

    /// Stage 1's stats with the corpus step's outcome: articles written and dropped, and each
    /// input counted as written whose every article was dropped moved to `only_duplicates`, its
    /// line where a one-process run puts it.
    static func settle(_ stats: inout RunStats, fates: Fates, summary: ApplySummary, pending: [UInt8], file: String) throws {
        stats.articles.written = summary.written
        for kind in DuplicateKind.allCases { stats.articles.duplicates[kind.rawValue] = summary.dropped[kind.rawValue, default: 0] }
        stats.bytesOut = fates.bytesOut
        var at = 0
        var inserted = 0
        while at < pending.count {
            guard let item = StageBytes.int(pending, &at), let position = StageBytes.int(pending, &at),
                  let path = StageBytes.string(pending, &at), position >= 0, position <= stats.dropped.count - inserted else {
                throw StageProblem.malformed(file, "cut short at byte \(at)")
            }
            guard let input = fates.perInput[item], input.dropped == input.articles else { continue }
            stats.inputs.written -= 1
            stats.inputs.onlyDuplicates += 1
            stats.dropped.insert(.init(input: path, reason: RunAccounting.onlyDuplicates(input.dropped)), at: position + inserted)
            inserted += 1
        }
    }

    /// The global step's decisions for the articles `from..<from + count`, by their number in
    /// the shard: the kind and the `--duplicates` line.
    static func droppedArticles(_ bytes: [UInt8], from: Int, count: Int) throws -> [Int: (kind: DuplicateKind, line: [UInt8])] {
        var lines: [Int: (kind: DuplicateKind, line: [UInt8])] = [:]
        for row in bytes.split(separator: 0x0A) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(row)) as? [String: Any],
                  let ordinal = object["ordinal"] as? Int, let kind = (object["kind"] as? String).flatMap(DuplicateKind.init),
                  let id = object["id"] as? String, let of = object["duplicate_of"] as? String,
                  let similarity = object["similarity"] as? Double else {
                throw StageProblem.malformed("decisions.jsonl", "not a decision: \(Quoted.cut(String(decoding: row, as: UTF8.self)))")
            }
            guard ordinal >= from, ordinal < from + count else { continue }
            lines[ordinal - from] = (kind, DuplicateLine.make(id: id, duplicateOf: of, kind: kind.rawValue, similarity: similarity))
        }
        return lines
    }
}
