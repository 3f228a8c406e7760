import Foundation

/// Stages 2 and 3 of a staged run (see `StageFiles`); stage 1 is `tanqiya clean --stage-dir`.
///
/// 2. `global`: reads every shard's signatures and ids — not their text — and decides, in global
///    input order, which articles are duplicates: the corpus step's deduplicator
///    (`GlobalClustering` replays `CorpusDeduplicator`), so the same decisions as one process;
///    writes `decisions.jsonl`. Memory per article: its signature record (≈ 140 B) and id
///    (≈ 40 B), plus the kept-article index (≈ 185 B per kept article).
/// 3. `apply` (`StagedDedup.apply`, in `StageApply.swift`): for one shard, its articles' bytes
///    but the dropped ones. Concatenated in shard order, the shards' outputs are byte-identical
///    to `tanqiya clean` over all inputs in one process.
///
/// Every file read is checked against the checksum its writer recorded; every step checks the
/// folder's manifest, so shards of another run are never mixed in.
public enum StagedDedup {
    public struct GlobalSummary: Sendable {
        public var shards: Int
        public var articles: Int
        public var dropped: [String: Int]
        public var skipped: Bool
        /// The shards done with failed inputs (stage 1), each with its failures: their articles
        /// are in no part until the shard is redone, which undoes these decisions.
        public var failedShards: [(shard: Shard, failures: [RunStats.Failure])] = []
    }

    /// What the global step tells each shard: where its ordinals start, and its counts.
    struct Global: Codable {
        var run: String
        var articles: Int
        var dropped: [String: Int]
        /// Per shard, in order: its first global ordinal.
        var shardOffsets: [Int]
        var indexBytes: Int
    }

    /// Stage 2 over the finished shards in `directory`. Idempotent: an existing
    /// `decisions.done` for this run makes it a no-op.
    public static func global(directory: String) throws -> GlobalSummary {
        let dir = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let (manifest, shards) = try finishedShards(dir)
        let failedShards = try shards.compactMap { files, done -> (Shard, [RunStats.Failure])? in
            let failures = try readStats(files.path("stats.json"), done: done).failures
            return failures.isEmpty ? nil : (files.shard, failures)
        }
        if FileManager.default.fileExists(atPath: StageFiles.decisionsDone(in: dir)) {
            let done = try StageDone.read(StageFiles.decisionsDone(in: dir))
            guard done.run == manifest.digest else {
                throw StageProblem.otherRun(dir, ["decisions.done was written for another run"])
            }
            return GlobalSummary(shards: shards.count, articles: done.articles, dropped: [:], skipped: true, failedShards: failedShards)
        }
        let options = try dedupOptions(dir, manifest)
        var records: [SignatureRecord] = []
        var ids = IdArena()
        var offsets: [Int] = []
        for (files, done) in shards {
            let offset = records.count
            offsets.append(offset)
            let decoded: (scheme: UInt32, records: [SignatureRecord])
            do {
                decoded = try SignatureCodec.decode(try done.read(files.path("sig")))
            } catch let error as DedupError {
                throw StageProblem.malformed(files.path("sig"), "\(error)")
            }
            guard decoded.scheme == options.schemeTag else {
                throw StageProblem.malformed(files.path("sig"), "signatures made with other dedup options than the run's")
            }
            records += decoded.records.map { SignatureRecord(ordinal: offset + $0.ordinal, signature: $0.signature) }
            let bytes = try done.read(files.path("ids"))
            var at = 0
            while at < bytes.count {
                guard let id = StageBytes.string(bytes, &at) else { throw StageProblem.malformed(files.path("ids"), "cut short at byte \(at)") }
                ids.append(id)
            }
            guard records.count == offset + done.articles, ids.count == records.count else {
                throw StageProblem.malformed(files.path("sig"), "\(records.count - offset) signatures for \(done.articles) articles")
            }
        }
        let (decisions, statistics): (DedupDecisions, DedupStatistics)
        do {
            (decisions, statistics) = try GlobalClustering(options: options).decideCounting(records)
        } catch {
            throw StageProblem.malformed(dir, "\(error)")
        }
        var out: [UInt8] = []
        var dropped: [String: Int] = [:]
        for d in decisions.dropped {
            dropped[d.kind.rawValue, default: 0] += 1
            out += Array("{\"ordinal\":\(d.ordinal),\"id\":".utf8)
            JSONString.append(ids[d.ordinal], to: &out)
            out += Array(",\"duplicate_of\":".utf8)
            JSONString.append(ids[d.of], to: &out)
            out += Array(",\"of\":\(d.of),\"kind\":\"\(d.kind.rawValue)\",\"similarity\":\(String(format: "%.4f", d.similarity))}\n".utf8)
        }
        let global = Global(run: manifest.digest, articles: decisions.articles, dropped: dropped, shardOffsets: offsets,
                            indexBytes: statistics.indexBytes)
        var sums: [String: StageDone.FileSum] = [:]
        for (path, bytes) in [(StageFiles.decisions(in: dir), out), (StageFiles.global(in: dir), [UInt8](try StageManifest.encoder.encode(global)))] {
            let file = try StageFiles.create(path)
            file.write(bytes)
            try file.commit()
            sums[(path as NSString).lastPathComponent] = StageDone.sum(bytes)
        }
        try StageDone(run: manifest.digest, articles: decisions.articles, files: sums).write(to: StageFiles.decisionsDone(in: dir))
        return GlobalSummary(shards: shards.count, articles: decisions.articles, dropped: dropped, skipped: false, failedShards: failedShards)
    }

    /// The folder's manifest and its shards 0..<N with their markers; every one must be done,
    /// for this run.
    static func finishedShards(_ dir: String) throws -> (StageManifest, [(StageFiles, StageDone)]) {
        guard let manifest = try StageManifest.load(from: dir) else { throw StageProblem.notAStageFolder(dir) }
        // The markers present, from the folder's listing: N may be far more than the files there.
        let suffix = "-of-\(String(manifest.shards).leftPadded(to: 4)).done"
        let done = Set(((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).compactMap { name -> Int? in
            guard name.hasPrefix("shard-"), name.hasSuffix(suffix) else { return nil }
            return Int(name.dropFirst(6).dropLast(suffix.count)).flatMap {
                Shard(index: $0, count: manifest.shards).stem + ".done" == name ? $0 : nil
            }
        })
        let missing = Shard.missing(from: done, of: manifest.shards)
        guard missing.total == 0 else { throw StageProblem.missingShards(dir, missing) }
        let shards = (0..<manifest.shards).map { StageFiles(directory: dir, shard: Shard(index: $0, count: manifest.shards)) }
        return (manifest, try shards.map { files in
            let done = try StageDone.read(files.path("done"))
            guard done.run == manifest.digest else {
                throw StageProblem.otherRun(dir, ["\(files.path("done")) was written by another run"])
            }
            return (files, done)
        })
    }

    /// The dedup options the shards were cleaned with (shard 0's stats say; all shards share the manifest).
    static func dedupOptions(_ dir: String, _ manifest: StageManifest) throws -> DedupOptions {
        let files = StageFiles(directory: dir, shard: Shard(index: 0, count: manifest.shards))
        let stats = try readStats(files.path("stats.json"), done: try StageDone.read(files.path("done")))
        guard let options = stats.dedup else { throw StageProblem.malformed(files.path("stats.json"), "no dedup options") }
        return options
    }

    static func readStats(_ path: String, done: StageDone) throws -> RunStats {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(RunStats.self, from: Data(try done.read(path)))
        } catch let problem as StageProblem {
            throw problem
        } catch {
            throw StageProblem.malformed(path, "not a run's stats (\(error))")
        }
    }
}
