import Foundation
import XCTest
@testable import TanqiyaKit

/// A stage folder is never silently wrong: it records what made it and refuses another run's
/// shards, every file is checked against the checksum written with it, and `stats merge`
/// refuses stats that do not make one run.
final class StageFolderTests: XCTestCase {
    /// Four seeds as the inputs, in a folder of their own.
    func inputs() throws -> String {
        let dir = try temporaryDirectory() + "/in"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Repo.path("seeds")).sorted().prefix(4) {
            try FileManager.default.copyItem(atPath: Repo.path("seeds/" + name), toPath: dir + "/" + name)
        }
        return dir
    }

    /// Stage 1 of a shard, learning nothing (no profile stage needed: these tests are about the folder).
    func stage1(_ input: String, _ stage: String, _ shard: String, _ more: [String] = []) throws -> (Int32, String) {
        let (status, _, err) = try runTool(["clean", input, "--shard", shard, "--stage-dir", stage, "-q", "--no-learn"] + more)
        return (status, err)
    }

    func testAShardOfAnotherRunIsRefusedWithWhatDiffers() throws {
        let input = try inputs()
        let stage = try temporaryDirectory() + "/stage"
        XCTAssertEqual(try stage1(input, stage, "0/2").0, 0)
        // Other options, another shard count, other rules, other inputs: each refused, status 2.
        let otherRules = try temporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.path("rules/rt-arabic.yaml"), toPath: otherRules + "/rt-arabic.yaml")
        let cases: [([String], String, String)] = [
            ([input], "0/2", "--dedup-threshold 0.9"), ([input], "1/3", "3 shards"), ([input], "0/2", "--rules"),
            ([input, Repo.path("Tests/Fixtures/pages/rt-01-short-lead-one-word-caption.txt")], "1/2", "inputs:"),
            ([input], "1/2", "--use-profile"),
        ]
        let profile = try temporaryDirectory() + "/profile.json"
        XCTAssertEqual(try runTool(["profile", input, "-o", profile]).0, 0)
        for (inputs, shard, what) in cases {
            var more = ["--no-learn"]
            if what.hasPrefix("--dedup") { more += ["--dedup-threshold", "0.9"] }
            if what == "--rules" { more += ["--rules", otherRules] }
            if what == "--use-profile" { more = ["--use-profile", profile] }
            let (status, _, err) = try runTool(["clean"] + inputs + ["--shard", shard, "--stage-dir", stage, "-q"] + more)
            XCTAssertEqual(status, 2, "\(what): \(err)")
            XCTAssertTrue(err.contains("holds another run's stage files"), "\(what): \(err)")
            let said = ["--rules": "rules: made with other rules", "3 shards": "made for 2 shards, this run has 3",
                        "--dedup-threshold 0.9": "--dedup-threshold: 0.8 → 0.9",
                        "--use-profile": "--use-profile: off (--no-learn) → profile "][what] ?? what
            XCTAssertTrue(err.contains(said), "\(what): \(err)")
        }
        // The same run again: the finished shard is not redone, the other one runs.
        let (again, _, err) = try runTool(["clean", input, "--shard", "0/2", "--stage-dir", stage, "--no-learn"])
        XCTAssertEqual(again, 0, err)
        XCTAssertTrue(err.contains("already done"), err)
        XCTAssertEqual(try stage1(input, stage, "1/2").0, 0)
        XCTAssertEqual(try runTool(["dedup", "global", stage]).0, 0)
    }

    func testACorruptedStageFileIsNamedAndNothingIsWritten() throws {
        let input = try inputs()
        let work = try temporaryDirectory()
        let stage = work + "/stage"
        for shard in ["0/2", "1/2"] { XCTAssertEqual(try stage1(input, stage, shard).0, 0) }
        // One byte of shard 1's signatures changed: the global step says which file.
        let sig = stage + "/shard-0001-of-0002.sig"
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: sig)))
        bytes[bytes.count - 3] ^= 0x40
        try Data(bytes).write(to: URL(fileURLWithPath: sig))
        let (global, _, err) = try runTool(["dedup", "global", stage])
        XCTAssertEqual(global, 1)
        XCTAssertTrue(err.contains("\(sig): corrupted (checksum"), err)
        XCTAssertTrue(err.contains("remove \(stage)/shard-0001-of-0002.done"), err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: stage + "/decisions.done"))
        // Redone as the message says, then a cut `.out`: apply fails and writes nothing.
        try FileManager.default.removeItem(atPath: stage + "/shard-0001-of-0002.done")
        XCTAssertEqual(try stage1(input, stage, "1/2").0, 0)
        XCTAssertEqual(try runTool(["dedup", "global", stage]).0, 0)
        let out = stage + "/shard-0000-of-0002.out"
        let records = try Data(contentsOf: URL(fileURLWithPath: out))
        try records.dropLast(10).write(to: URL(fileURLWithPath: out))
        let (apply, _, aErr) = try runTool(["dedup", "apply", stage, "--shard", "0/2", "-o", work + "/part0", "--stats", work + "/s0.json"])
        XCTAssertEqual(apply, 1)
        XCTAssertTrue(aErr.contains("\(out): corrupted"), aErr)
        let left = try FileManager.default.contentsOfDirectory(atPath: work).filter { $0 != "stage" }
        XCTAssertEqual(left, [], "no part, no stats, no temporary")
    }

    func testStatsMergeTakesEveryShardOfOneRunOnly() throws {
        let input = try inputs()
        let work = try temporaryDirectory()
        let stage = work + "/stage"
        for i in 0..<3 { XCTAssertEqual(try stage1(input, stage, "\(i)/3").0, 0) }
        XCTAssertEqual(try runTool(["dedup", "global", stage]).0, 0)
        for i in 0..<3 {
            let (status, _, err) = try runTool(["dedup", "apply", stage, "--shard", "\(i)/3", "-o", work + "/p\(i)", "--stats", work + "/s\(i).json"])
            XCTAssertEqual(status, 0, err)
        }
        let refusals: [([String], String)] = [
            ([work + "/s0.json", work + "/s2.json"], "missing 1"),
            ([work + "/s0.json", work + "/s1.json", work + "/s1.json", work + "/s2.json"], "given twice 1"),
            ([work + "/s0.json", work + "/s1.json", stage + "/shard-0002-of-0003.stats.json"], "before the corpus step"),
        ]
        for (files, said) in refusals {
            let (status, _, err) = try runTool(["stats", "merge"] + files)
            XCTAssertEqual(status, 1, said)
            XCTAssertTrue(err.contains(said), "\(said): \(err)")
        }
        // Counts that do not add up are refused, the invariant named.
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        var broken = try decoder.decode(RunStats.self, from: Data(contentsOf: URL(fileURLWithPath: work + "/s1.json")))
        broken.inputs.cleaned += 1
        try broken.json().write(to: URL(fileURLWithPath: work + "/s1.json"))
        let (status, _, err) = try runTool(["stats", "merge", work + "/s0.json", work + "/s1.json", work + "/s2.json"])
        XCTAssertEqual(status, 1)
        XCTAssertTrue(err.contains("s1.json: the counts do not add up: inputs: total"), err)
    }

    /// Shards that used one profile report it once; runs that learned differently are `mixed`.
    func testStatsMergeReportsTheSharedProfileOnceAndMixedLearningAsSuch() {
        var learned = LearningStats()
        learned.mode = "learn"
        learned.pagesProfiled = 40
        learned.sampleRate = 1
        learned.sites = 2
        learned.linesLearned = 7
        learned.seconds = 0.5
        var shard = learned
        shard.seconds = 0.25
        let same = StatsMerge.learning([learned, shard])
        XCTAssertEqual(same.mode, "learn")
        XCTAssertEqual(same.pagesProfiled, 40, "one profile: its figures once")
        XCTAssertEqual(same.linesLearned, 7)
        XCTAssertEqual(same.seconds, 0.75)
        var other = LearningStats()
        other.mode = "use"
        other.pagesProfiled = 10
        other.sampleRate = 0.5
        other.sites = 1
        other.linesLearned = 3
        let mixed = StatsMerge.learning([learned, other])
        XCTAssertEqual(mixed.mode, "mixed")
        XCTAssertEqual(mixed.pagesProfiled, 50)
        XCTAssertEqual(mixed.sites, 3)
        XCTAssertEqual(mixed.linesLearned, 10)
        XCTAssertEqual(mixed.sampleRate, 0.5)
    }

    /// An input that fails after some of its records were cleaned leaves none of its articles in
    /// the stage files: `dedup apply` gives the other inputs' articles only, as one process gives
    /// them with `-o DIR/`, and counts the failed input's as discarded.
    func testAnInputThatFailsMidwayLeavesNoArticleInTheStageFiles() throws {
        let dir = try temporaryDirectory()
        func record(_ id: String, _ seed: UInt64) throws -> String {
            let text = "عنوان السجل \(id)\n\n" + ShardedRunTests.words(60, seed: seed) + "."
            return String(decoding: try JSONSerialization.data(withJSONObject: ["id": id, "text": text]), as: UTF8.self)
        }
        try ([try record("good-1", 11), try record("good-2", 12)].joined(separator: "\n") + "\n")
            .write(toFile: dir + "/good.jsonl", atomically: true, encoding: .utf8)
        // Standard input: a pipe holding exactly one read chunk of records, non-blocking, its
        // write end kept open here: the read after the chunk fails ("Resource temporarily
        // unavailable") once its three records were read and cleaned.
        var failing = Array(([try record("lost-1", 21), try record("lost-2", 22), try record("lost-3", 23)].joined(separator: "\n") + "\n").utf8)
        let padding = #"{"id":"pad","text":""}"# + "\n"
        failing += Array(#"{"id":"pad","text":""#.utf8) + [UInt8](repeating: 0x20, count: LineStream.chunkSize - failing.count - padding.utf8.count)
            + Array(#""}"#.utf8) + [0x0A]
        XCTAssertEqual(failing.count, LineStream.chunkSize)
        var ends: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ends), 0)
        defer { close(ends[0]); close(ends[1]) }
        XCTAssertGreaterThanOrEqual(fcntl(ends[1], 1031 /* F_SETPIPE_SZ */, Int32(failing.count)), Int32(failing.count))
        XCTAssertEqual(failing.withUnsafeBytes { Glibc.write(ends[1], $0.baseAddress, $0.count) }, failing.count)
        XCTAssertEqual(fcntl(ends[0], F_SETFL, fcntl(ends[0], F_GETFL) | O_NONBLOCK), 0)
        let stage = dir + "/stage"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repo.binary)
        process.arguments = ["clean", dir + "/good.jsonl", "-", "--shard", "0/1", "--stage-dir", stage, "-q", "--no-learn", "--rules", Repo.path("rules")]
        process.standardInput = FileHandle(fileDescriptor: ends[0], closeOnDealloc: false)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 1, "standard input fails")
        XCTAssertEqual(try runTool(["dedup", "global", stage]).0, 0)
        let (status, _, err) = try runTool(["dedup", "apply", stage, "--shard", "0/1", "-o", dir + "/part.jsonl", "--stats", dir + "/stats.json"])
        XCTAssertEqual(status, 1, err)
        let part = try String(contentsOfFile: dir + "/part.jsonl", encoding: .utf8)
        XCTAssertFalse(part.contains("lost-"), "a failed input's articles are in no part")
        let (oneStatus, alone, _) = try runTool(["clean", dir + "/good.jsonl", "-q", "--no-learn", "--rules", Repo.path("rules")])
        XCTAssertEqual(oneStatus, 0)
        XCTAssertEqual(part, alone, "the part holds the other input's articles, whole")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let stats = try decoder.decode(RunStats.self, from: Data(contentsOf: URL(fileURLWithPath: dir + "/stats.json")))
        XCTAssertEqual(stats.articles.found, stats.articles.written + stats.articles.discarded)
        XCTAssertEqual(stats.articles.written, 2)
        XCTAssertEqual(stats.articles.discarded, 3, "the failed input's articles are discarded")
        XCTAssertEqual(stats.inputs.failed, 1)
    }
}
