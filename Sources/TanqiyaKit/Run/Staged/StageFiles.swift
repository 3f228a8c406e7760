import Foundation

/// The files of a staged run, in one stage folder:
///
/// - `run.json`: what made the folder (`StageManifest`);
/// - per shard (`shard-000I-of-000N.*`), written by stage 1 (`StageWriter`):
///   - `.out`: every article's record bytes (JSONL or text), duplicates included, in input order;
///   - `.index`: per article, its input's number in the whole input list, its page's number in
///     the input and its record's length (three little-endian Int64);
///   - `.ids`: per article, its id (little-endian Int64 length, then the UTF-8 bytes: any id);
///   - `.sig`: per article, its dedup signature (`SignatureCodec`; ordinals count from 0 in the shard);
///   - `.inputs`: per input counted as written, its number, where its line goes in the stats'
///     `dropped` list should every article of it be a duplicate, and its path (Int64, Int64, id-like);
///   - `.stats.json`: the shard's stats before the corpus step;
///   - `.done`, written last (`StageDone`): the article count, the manifest's digest, and each
///     file's size and checksum, checked by every reader (a corrupted file is named, never used);
/// - `decisions.jsonl`, `global.json` and `decisions.done`: the global step's dropped articles
///   (global ordinals: shards' articles counted on in shard order), its counts and each shard's
///   first ordinal, and its marker (with the checksums of the other two).
public struct StageFiles: Sendable {
    /// The layout's version, recorded in `run.json`.
    public static let layout = 2

    public let directory: String
    public let shard: Shard

    public init(directory: String, shard: Shard) {
        self.directory = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        self.shard = shard
    }

    public func path(_ ext: String) -> String { "\(directory)/\(shard.stem).\(ext)" }

    /// A stage file opened for writing. The folder's files are the run's own: a symbolic link (or
    /// anything else) planted at a stage file's name is replaced, never written through — a link
    /// planted in a shared stage folder had the shard's stats written over the file it named.
    static func create(_ path: String) throws -> OutputFile {
        try OutputFile(path: path, below: FileSystemPath.directory(of: path))
    }

    public var isDone: Bool { FileManager.default.fileExists(atPath: path("done")) }

    /// The stage files in `directory` (those of every shard, `run.json`, the global step's and
    /// the profile stage's): what no output of a later step may write over.
    public static func all(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let shared: Set = ["run.json", "decisions.jsonl", "global.json", "decisions.done", "profile.json"]
        return names.filter { $0.hasPrefix("shard-") || shared.contains($0) }.sorted().map { FileSystemPath.joining(directory, $0) }
    }

    static func manifest(in directory: String) -> String { "\(directory)/run.json" }
    static func decisions(in directory: String) -> String { "\(directory)/decisions.jsonl" }
    static func global(in directory: String) -> String { "\(directory)/global.json" }
    static func decisionsDone(in directory: String) -> String { "\(directory)/decisions.done" }
}

/// A marker written last: what the step wrote (size and checksum per file) and for which run.
struct StageDone: Codable, Sendable {
    struct FileSum: Codable, Sendable, Equatable {
        var bytes: Int
        var checksum: String
    }

    /// The run's manifest digest.
    var run: String
    var articles: Int
    /// By file name (in the stage folder).
    var files: [String: FileSum]
    /// Where the marker was read from (named in the messages: removing it redoes the step).
    var marker = ""

    private enum CodingKeys: String, CodingKey { case run, articles, files }

    static func sum(_ bytes: [UInt8]) -> FileSum {
        var hash = Checksum()
        hash.add(bytes)
        return hash.sum
    }

    /// Writes the marker (after the files it names).
    func write(to path: String) throws {
        let file = try StageFiles.create(path)
        file.write([UInt8](try StageManifest.encoder.encode(self)) + [0x0A])
        try file.commit()
    }

    static func read(_ path: String) throws -> StageDone {
        guard let data = FileManager.default.contents(atPath: path) else { throw StageProblem.unreadable(path, "missing") }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            var done = try decoder.decode(StageDone.self, from: data)
            done.marker = path
            return done
        } catch {
            throw StageProblem.corrupted(path, "not a completion marker (\(error))", marker: path)
        }
    }

    /// The whole file at `path`, checked against its recorded size and checksum.
    func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw StageProblem.unreadable(path, "missing") }
        let bytes = [UInt8](data)
        try check(path, StageDone.sum(bytes))
        return bytes
    }

    /// Fails unless `sum` is what the marker recorded for the file at `path`.
    func check(_ path: String, _ sum: FileSum) throws {
        let name = (path as NSString).lastPathComponent
        guard let recorded = files[name] else { throw StageProblem.corrupted(path, "not listed in \(marker)", marker: marker) }
        if recorded.bytes != sum.bytes {
            throw StageProblem.corrupted(path, "\(sum.bytes) bytes, \(recorded.bytes) when it was written", marker: marker)
        }
        if recorded.checksum != sum.checksum {
            throw StageProblem.corrupted(path, "checksum \(sum.checksum), \(recorded.checksum) when it was written", marker: marker)
        }
    }
}

/// A running checksum of a stage file's bytes (`StableHash`), and its size.
struct Checksum {
    private var hash = StableHash.Streaming(seed: StableHash.fnvOffset)
    private(set) var bytes = 0

    mutating func add(_ data: [UInt8]) {
        data.withUnsafeBufferPointer { hash.add($0) }
        bytes += data.count
    }

    var sum: StageDone.FileSum { StageDone.FileSum(bytes: bytes, checksum: StageManifest.hex(hash.finish())) }
}

/// What goes wrong with a stage folder, each naming the file or folder.
public enum StageProblem: Error, CustomStringConvertible {
    /// No `run.json`: not made by `tanqiya clean --stage-dir`.
    case notAStageFolder(String)
    /// Made by a run with other inputs, rules, options or shard count: what differs.
    case otherRun(String, [String])
    /// The folder's profile was learned from another input list than this run's.
    case otherProfileInputs(String, String)
    /// The folder, the first shards missing and how many in all.
    case missingShards(String, (first: [Int], total: Int))
    case noDecisions(String)
    case unreadable(String, String)
    /// A file whose size or checksum is not what was written: changed or cut since. Removing
    /// `marker` and running the step again redoes it.
    case corrupted(String, String, marker: String)
    case malformed(String, String)

    public var description: String {
        switch self {
        case .notAStageFolder(let dir): return "\(dir): not a stage folder (no run.json: make it with `tanqiya clean … --shard I/N --stage-dir \(dir)`)"
        case .otherRun(let dir, let differences):
            return "\(dir) holds another run's stage files (\(dir)/run.json): " + differences.joined(separator: "; ")
                + ". Use another --stage-dir, or remove \(dir) to start over"
        case .otherProfileInputs(let dir, let difference):
            return "\(dir)/profile.json was \(difference) (\(dir)/profile-inputs.json): run the profile stage with this run's inputs into another --stage-dir, or remove \(dir) to start over"
        case .missingShards(let dir, let missing):
            return "\(dir): shards not finished (no .done marker): \(Shard.list(missing))"
        case .noDecisions(let dir): return "\(dir): no decisions yet: run `tanqiya dedup global \(dir)` first"
        case .unreadable(let path, let why): return "\(path): cannot read: \(why)"
        case .corrupted(let path, let why, let marker):
            return "\(path): corrupted (\(why)): remove \(marker) and run the step that wrote it again"
        case .malformed(let path, let why): return "\(path): \(why)"
        }
    }
}
