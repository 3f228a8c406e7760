import Foundation
import XCTest

/// A staged run — stage 1 per shard, the global step, apply per shard — gives, concatenated in
/// shard order, the same bytes as one `tanqiya clean` over the same inputs, for any shard count.
final class ShardedRunTests: XCTestCase {
    /// Seeds and fixture pages, plus exact and near copies spread over the input order.
    func corpus() throws -> String {
        let dir = try temporaryDirectory() + "/corpus"
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var pages: [String] = []
        for source in ["seeds", "Tests/Fixtures/pages"] {
            for name in try fm.contentsOfDirectory(atPath: Repo.path(source)).sorted() where name.hasSuffix(".txt") {
                pages.append(try String(contentsOfFile: Repo.path(source + "/" + name), encoding: .utf8))
            }
        }
        for (n, page) in pages.enumerated() {
            try page.write(toFile: dir + "/a\(n + 100).txt", atomically: true, encoding: .utf8)
            // An exact copy later in the input order, and a near copy (one line edited, diacritics).
            if n % 3 == 0 { try page.write(toFile: dir + "/b\(n + 100).txt", atomically: true, encoding: .utf8) }
            if n % 4 == 1 {
                var near = page.replacingOccurrences(of: "الرئيس", with: "الرَّئيس")
                if let comma = near.range(of: "، ") { near.replaceSubrange(comma, with: "، وقال مصدر إن ") }
                try near.write(toFile: dir + "/c\(n + 100).txt", atomically: true, encoding: .utf8)
            }
        }
        return dir
    }

    func testStagedRunEqualsOneProcessForOneTwoAndFiveShards() throws {
        let input = try corpus()
        let work = try temporaryDirectory()
        let (status, _, _) = try runTool(["clean", input, "-o", work + "/single.jsonl", "--duplicates", work + "/single.dups", "-q"])
        XCTAssertEqual(status, 0)
        let single = try Data(contentsOf: URL(fileURLWithPath: work + "/single.jsonl"))
        let singleDups = try Data(contentsOf: URL(fileURLWithPath: work + "/single.dups"))
        XCTAssertGreaterThan(String(decoding: singleDups, as: UTF8.self).split(separator: "\n").count, 5, "duplicates were planted")
        XCTAssertTrue(String(decoding: singleDups, as: UTF8.self).contains(#""kind":"near""#))

        for n in [1, 2, 5] {
            let stage = work + "/stage\(n)"
            for i in 0..<n {
                let (s, _, err) = try runTool(["clean", input, "--shard", "\(i)/\(n)", "--stage-dir", stage, "-q"])
                XCTAssertEqual(s, 0, err)
            }
            let (g, _, gErr) = try runTool(["dedup", "global", stage])
            XCTAssertEqual(g, 0, gErr)
            var merged = Data(), mergedDups = Data()
            for i in 0..<n {
                let (a, _, aErr) = try runTool(["dedup", "apply", stage, "--shard", "\(i)/\(n)", "-o", stage + "/part\(i)",
                                                "--duplicates", stage + "/dups\(i)"])
                XCTAssertEqual(a, 0, aErr)
                merged += try Data(contentsOf: URL(fileURLWithPath: stage + "/part\(i)"))
                mergedDups += try Data(contentsOf: URL(fileURLWithPath: stage + "/dups\(i)"))
            }
            XCTAssertEqual(merged, single, "\(n) shards: output differs from one process")
            XCTAssertEqual(mergedDups, singleDups, "\(n) shards: duplicates differ from one process")
        }
    }

    /// Output, duplicates and explain traces are the same bytes whatever the number of threads.
    func testOneAndFourJobsWriteTheSameBytes() throws {
        let input = try corpus()
        let work = try temporaryDirectory()
        var outputs: [[Data]] = []
        for jobs in [1, 4] {
            let base = work + "/j\(jobs)"
            let (status, _, err) = try runTool(["clean", input, "--jobs", "\(jobs)", "-o", base + ".jsonl", "--duplicates", base + ".dups",
                                                "--explain", base + ".explain", "-q"])
            XCTAssertEqual(status, 0, err)
            outputs.append(try ["jsonl", "dups", "explain"].map { try Data(contentsOf: URL(fileURLWithPath: base + "." + $0)) })
        }
        XCTAssertFalse(outputs[0][0].isEmpty)
        XCTAssertEqual(outputs[0], outputs[1])
    }

    func testAFinishedShardIsNotRedoneAndMissingShardsAreNamed() throws {
        let input = try corpus()
        let stage = try temporaryDirectory()
        XCTAssertEqual(try runTool(["clean", input, "--shard", "0/3", "--stage-dir", stage, "-q"]).0, 0)
        let (again, _, err) = try runTool(["clean", input, "--shard", "0/3", "--stage-dir", stage])
        XCTAssertEqual(again, 0)
        XCTAssertTrue(err.contains("already done"), err)
        let (global, _, gErr) = try runTool(["dedup", "global", stage])
        XCTAssertEqual(global, 1)
        XCTAssertTrue(gErr.contains("shards not finished (no .done marker): 1, 2"), gErr)
    }
}
