import Foundation

/// Stages 2 and 3 of a staged run (see `StageFiles`):
///
/// 2. `global`: reads every shard's signatures and ids — not their text — and decides, in global
///    input order, which articles are duplicates (the same rule as a single-process run, so the
///    same decisions); writes `decisions.jsonl`. Memory per article: its signature record
///    (≈ 140 B) and id (≈ 40 B), plus the kept-article index (≈ 185 B per kept article).
/// 3. `apply`: for one shard, copies its articles' output bytes except the dropped ones, and
///    writes their duplicate lines. Concatenated in shard order, the shards' outputs are
///    byte-identical to `tanqiya clean` over all inputs in one process.
public enum StagedDedup {
    public enum Problem: Error, CustomStringConvertible {
        case missingShards(String, [Int])
        case noShards(String)
        case unreadable(String, String)
        case malformed(String, String)

        public var description: String {
            switch self {
            case .missingShards(let dir, let missing):
                return "\(dir): shards not finished (no .done marker): \(missing.map(String.init).joined(separator: ", "))"
            case .noShards(let dir): return "\(dir): no finished shard (shard-*-of-*.done)"
            case .unreadable(let path, let why): return "\(path): cannot read: \(why)"
            case .malformed(let path, let why): return "\(path): \(why)"
            }
        }
    }

    public struct GlobalSummary: Sendable {
        public var shards: Int
        public var articles: Int
        public var dropped: [String: Int]
        public var skipped: Bool
    }

    /// Stage 2 over the finished shards in `directory`, with the dedup options the shards were
    /// cleaned with (from their stats). Idempotent: an existing `decisions.done` makes it a no-op.
    public static func global(directory: String) throws -> GlobalSummary {
        let dir = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let decisionsPath = StageFiles.decisions(in: dir)
        let shards = try finishedShards(dir)
        var found: DedupOptions?
        for shard in shards {
            let path = StageFiles(directory: dir, shard: shard).path("stats.json")
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            guard let stats = try? decoder.decode(RunStats.self, from: Data(try read(path))), let used = stats.dedup else {
                throw Problem.malformed(path, "no dedup options in the shard's stats")
            }
            if let found, found != used { throw Problem.malformed(path, "cleaned with other dedup options than shard 0") }
            found = used
        }
        let options = found!
        if FileManager.default.fileExists(atPath: dir + "/decisions.done") {
            return GlobalSummary(shards: shards.count, articles: 0, dropped: [:], skipped: true)
        }
        var records: [SignatureRecord] = []
        var idOf: [Int: String] = [:]
        for shard in shards {
            let files = StageFiles(directory: dir, shard: shard)
            let sig = try read(files.path("sig"))
            let decoded: (scheme: UInt32, records: [SignatureRecord])
            do {
                decoded = try SignatureCodec.decode(sig)
            } catch {
                throw Problem.malformed(files.path("sig"), "\(error)")
            }
            guard decoded.scheme == options.schemeTag else {
                throw Problem.malformed(files.path("sig"), "signatures were made with other dedup options")
            }
            records += decoded.records
            let ords = try read(files.path("ords"))
            let ids = String(decoding: try read(files.path("ids")), as: UTF8.self).split(separator: "\n")
            guard ords.count == ids.count * 16 else { throw Problem.malformed(files.path("ids"), "does not match .ords") }
            for (n, id) in ids.enumerated() { idOf[Int(StageWriter.get(ords, at: n * 16))] = String(id) }
        }
        let decisions: DedupDecisions
        do {
            decisions = try GlobalClustering(options: options).decide(records)
        } catch {
            throw Problem.malformed(dir, "\(error)")
        }
        var out: [UInt8] = []
        var dropped: [String: Int] = [:]
        for d in decisions.dropped {
            dropped[d.kind.rawValue, default: 0] += 1
            out += Array("{\"ordinal\":\(d.ordinal),\"id\":".utf8)
            JSONString.append(idOf[d.ordinal] ?? "", to: &out)
            out += Array(",\"duplicate_of\":".utf8)
            JSONString.append(idOf[d.of] ?? "", to: &out)
            out += Array(",\"of\":\(d.of),\"kind\":\"\(d.kind.rawValue)\",\"similarity\":\(String(format: "%.4f", d.similarity))}\n".utf8)
        }
        let file = try OutputFile(path: decisionsPath)
        file.write(out)
        try file.commit()
        // Inputs whose every article was dropped: a one-process run counts them as
        // `only_duplicates` rather than `written`; the merged stats need the same.
        let itemShift = ArticleOrdinal.pageBits + ArticleOrdinal.articleBits
        var perItem: [Int: Int] = [:]
        for record in records { perItem[record.ordinal >> itemShift, default: 0] += 1 }
        for d in decisions.dropped { perItem[d.ordinal >> itemShift, default: 0] -= 1 }
        let onlyDuplicates = perItem.values.filter { $0 == 0 }.count
        let summary = try OutputFile(path: dir + "/global.json")
        var json = "{\"articles\": \(decisions.articles), \"dropped\": {"
        json += dropped.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ")
        json += "}, \"only_duplicate_inputs\": \(onlyDuplicates)}\n"
        summary.write(Array(json.utf8))
        try summary.commit()
        let marker = try OutputFile(path: dir + "/decisions.done")
        marker.write(Array("\(decisions.articles) articles, \(decisions.dropped.count) dropped\n".utf8))
        try marker.commit()
        return GlobalSummary(shards: shards.count, articles: decisions.articles, dropped: dropped, skipped: false)
    }

    public struct ApplySummary: Sendable {
        public var articles = 0
        public var written = 0
        public var dropped: [String: Int] = [:]
    }

    /// Stage 3 for one shard: its kept articles to `output`, its dropped ones to `duplicates`.
    public static func apply(directory: String, shard: Shard, output: OutputFile, duplicates: OutputFile?) throws -> ApplySummary {
        let dir = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let files = StageFiles(directory: dir, shard: shard)
        guard files.isDone else { throw Problem.missingShards(dir, [shard.index]) }
        guard FileManager.default.fileExists(atPath: dir + "/decisions.done") else {
            throw Problem.malformed(dir, "no decisions yet: run `tanqiya dedup global \(dir)` first")
        }
        // The decisions of this shard's ordinal range only.
        let ords = try read(files.path("ords"))
        let count = ords.count / 16
        let first = count > 0 ? Int(StageWriter.get(ords, at: 0)) : 0
        let last = count > 0 ? Int(StageWriter.get(ords, at: (count - 1) * 16)) : -1
        var lines: [Int: (kind: String, line: [UInt8])] = [:]
        for row in String(decoding: try read(StageFiles.decisions(in: dir)), as: UTF8.self).split(separator: "\n") {
            guard let data = row.data(using: .utf8),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let ordinal = object["ordinal"] as? Int, ordinal >= first, ordinal <= last else { continue }
            let kind = object["kind"] as? String ?? "near"
            let line = DuplicateLine.make(id: object["id"] as? String ?? "", duplicateOf: object["duplicate_of"] as? String ?? "",
                                          kind: kind, similarity: (object["similarity"] as? Double) ?? 1)
            lines[ordinal] = (kind, line)
        }
        var summary = ApplySummary()
        guard let handle = FileHandle(forReadingAtPath: files.path("out")) else {
            throw Problem.unreadable(files.path("out"), String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        for n in 0..<count {
            let ordinal = Int(StageWriter.get(ords, at: n * 16))
            let length = Int(StageWriter.get(ords, at: n * 16 + 8))
            let bytes = [UInt8](handle.readData(ofLength: length))
            guard bytes.count == length else { throw Problem.malformed(files.path("out"), "shorter than .ords says") }
            summary.articles += 1
            if let dropped = lines[ordinal] {
                summary.dropped[dropped.kind, default: 0] += 1
                duplicates?.write(dropped.line)
            } else {
                summary.written += 1
                output.write(bytes)
            }
        }
        return summary
    }

    /// The shards with a `.done` marker; all of 0..<N must be there.
    static func finishedShards(_ dir: String) throws -> [Shard] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        var found: [Shard] = []
        for name in names where name.hasPrefix("shard-") && name.hasSuffix(".done") {
            let parts = name.dropFirst(6).dropLast(5).split(separator: "-")  // "0003", "of", "0008"
            if parts.count == 3, let i = Int(parts[0]), let n = Int(parts[2]) { found.append(Shard(index: i, count: n)) }
        }
        guard let n = found.first?.count else { throw Problem.noShards(dir) }
        let have = Set(found.filter { $0.count == n }.map(\.index))
        let missing = (0..<n).filter { !have.contains($0) }
        guard missing.isEmpty else { throw Problem.missingShards(dir, missing) }
        return (0..<n).map { Shard(index: $0, count: n) }
    }

    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Problem.unreadable(path, "missing")
        }
        return [UInt8](data)
    }
}
