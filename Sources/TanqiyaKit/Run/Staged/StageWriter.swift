/// Stage 1's files for one shard (`StageFiles`): each article as its page comes, in input order;
/// the other files, the stats and the completion marker (with every file's checksum) at the end.
/// An input that fails after some of its articles were written takes them back out (`dropInput`):
/// a failed input leaves nothing of its own in the stage files, as in a one-process run's outputs.
final class StageWriter {
    let files: StageFiles
    /// The run's manifest digest, recorded in the marker.
    private let run: String
    private let out: OutputFile
    private var outSum = Checksum()
    private var index: [UInt8] = []
    private var ids: [UInt8] = []
    private var signatures: [UInt8]
    private var inputs: [UInt8] = []
    private(set) var articles = 0
    /// Where the current input's articles start in each file, to take them back if it fails.
    private var inputStart: Mark?
    /// Why the files cannot be finished (the `.out` could not be cut back).
    private var failure: Error?

    private struct Mark {
        var outSum: Checksum
        var index: Int
        var ids: Int
        var signatures: Int
        var articles: Int
    }

    init(files: StageFiles, dedup: DedupOptions, run: String) throws {
        self.files = files
        self.run = run
        out = try StageFiles.create(files.path("out"))
        signatures = SignatureCodec.header(options: dedup)
    }

    /// An input's first article comes next: marks where its articles start.
    func beginInput() {
        inputStart = Mark(outSum: outSum, index: index.count, ids: ids.count, signatures: signatures.count, articles: articles)
    }

    /// The input begun last failed: its articles leave every file.
    func dropInput() {
        guard let mark = inputStart else { return }
        inputStart = nil
        do {
            try out.truncate(to: mark.outSum.bytes)
        } catch {
            failure = failure ?? error
        }
        outSum = mark.outSum
        index.removeSubrange(mark.index...)
        ids.removeSubrange(mark.ids...)
        signatures.removeSubrange(mark.signatures...)
        articles = mark.articles
    }

    /// An article of page `page` of input `item` (its number in the whole input list).
    func add(item: Int, page: Int, article: CleanedPage.ArticleRecord) {
        out.write(article.bytes)
        outSum.add(article.bytes)
        StageBytes.put(item, into: &index)
        StageBytes.put(page, into: &index)
        StageBytes.put(article.bytes.count, into: &index)
        StageBytes.put(article.id, into: &ids)
        SignatureCodec.append(SignatureRecord(ordinal: articles, signature: article.signature!), to: &signatures)
        articles += 1
    }

    /// Input `item` was counted as written; were every article of it a duplicate, it would be
    /// dropped, its line going at `droppedPosition` of the stats' `dropped` list.
    func inputWritten(item: Int, droppedPosition: Int, path: String) {
        StageBytes.put(item, into: &inputs)
        StageBytes.put(droppedPosition, into: &inputs)
        StageBytes.put(path, into: &inputs)
    }

    /// Drops what was written (the run stopped before its inputs were read).
    func discard() { out.discard() }

    /// Writes the other files, then the marker (last).
    func finish(stats: RunStats) throws {
        if let failure {
            out.discard()
            throw failure
        }
        try out.commit()
        var sums = ["out": outSum.sum]
        for (ext, bytes) in [("index", index), ("ids", ids), ("sig", signatures), ("inputs", inputs),
                             ("stats.json", [UInt8](stats.json()))] {
            let file = try StageFiles.create(files.path(ext))
            file.write(bytes)
            try file.commit()
            sums[ext] = StageDone.sum(bytes)
        }
        let named = Dictionary(uniqueKeysWithValues: sums.map { ("\(files.shard.stem).\($0.key)", $0.value) })
        try StageDone(run: run, articles: articles, files: named).write(to: files.path("done"))
    }
}

/// Stage files' numbers (little-endian Int64) and strings (their length, then their UTF-8).
enum StageBytes {
    static func put(_ value: Int, into bytes: inout [UInt8]) {
        SignatureCodec.put(UInt64(bitPattern: Int64(value)), bytes: 8, into: &bytes)
    }

    static func put(_ string: String, into bytes: inout [UInt8]) {
        put(string.utf8.count, into: &bytes)
        bytes.append(contentsOf: string.utf8)
    }

    /// The number at `offset`, which moves past it; nil past the end.
    static func int(_ bytes: [UInt8], _ offset: inout Int) -> Int? {
        guard offset + 8 <= bytes.count else { return nil }
        defer { offset += 8 }
        return Int(Int64(bitPattern: SignatureCodec.get(bytes, at: offset, bytes: 8)))
    }

    static func string(_ bytes: [UInt8], _ offset: inout Int) -> String? {
        guard let count = int(bytes, &offset), count >= 0, offset + count <= bytes.count else { return nil }
        defer { offset += count }
        return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
    }
}
