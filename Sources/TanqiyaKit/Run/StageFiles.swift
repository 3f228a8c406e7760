import Foundation

/// The files of a staged run, in one work directory:
///
/// - `<shard>.out`: every article's output bytes (JSONL records or text), duplicates included;
/// - `<shard>.ords`: per article, its global ordinal and byte length (two little-endian Int64);
/// - `<shard>.ids`: per article, its id (one per line);
/// - `<shard>.sig`: its dedup signature (`SignatureCodec`);
/// - `<shard>.stats.json`; and `<shard>.done`, written last: a shard with it is finished.
/// - `decisions.jsonl` (+ `decisions.done`): the global step's dropped articles, and
///   `global.json`: its counts (articles, dropped by kind, inputs left with no article).
public struct StageFiles: Sendable {
    public let directory: String
    public let shard: Shard

    public init(directory: String, shard: Shard) {
        self.directory = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        self.shard = shard
    }

    public func path(_ ext: String) -> String { "\(directory)/\(shard.stem).\(ext)" }
    public var isDone: Bool { FileManager.default.fileExists(atPath: path("done")) }

    public static func decisions(in directory: String) -> String { "\(directory)/decisions.jsonl" }
}

/// Collects a shard's articles during stage 1 and writes the stage files at the end.
final class StageWriter {
    let files: StageFiles
    let options: DedupOptions
    private let out: OutputFile
    private var ords: [UInt8] = []
    private var ids: [UInt8] = []
    private var signatures: [UInt8]
    var articles = 0

    init(files: StageFiles, options: DedupOptions) throws {
        self.files = files
        self.options = options
        out = try OutputFile(path: files.path("out"))
        signatures = SignatureCodec.header(options: options)
    }

    func add(ordinal: Int, id: String, bytes: [UInt8], signature: ArticleSignature) {
        out.write(bytes)
        Self.put(Int64(ordinal), into: &ords)
        Self.put(Int64(bytes.count), into: &ords)
        ids.append(contentsOf: id.utf8)
        ids.append(0x0A)
        SignatureCodec.append(SignatureRecord(ordinal: ordinal, signature: signature), to: &signatures)
        articles += 1
    }

    /// Writes the index files, then the stats, then the marker (last).
    func finish(stats: RunStats) throws {
        try out.commit()
        for (ext, bytes) in [("ords", ords), ("ids", ids), ("sig", signatures), ("stats.json", [UInt8](stats.json()))] {
            let file = try OutputFile(path: files.path(ext))
            file.write(bytes)
            try file.commit()
        }
        let marker = try OutputFile(path: files.path("done"))
        marker.write(Array("\(articles) articles\n".utf8))
        try marker.commit()
    }

    func discard() { out.discard() }

    static func put(_ value: Int64, into bytes: inout [UInt8]) {
        var v = UInt64(bitPattern: value)
        for _ in 0..<8 { bytes.append(UInt8(v & 0xFF)); v >>= 8 }
    }

    static func get(_ bytes: [UInt8], at offset: Int) -> Int64 {
        var v: UInt64 = 0
        for k in (0..<8).reversed() { v = v << 8 | UInt64(bytes[offset + k]) }
        return Int64(bitPattern: v)
    }
}
