import Foundation
import XCTest
@testable import TanqiyaKit

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

    /// Inputs a staged run must carry as one process does: a skipped (binary) input, JSONL ids
    /// with a newline and empty, and a page of 300 articles (more than a byte can number).
    func addAwkwardInputs(to dir: String) throws {
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: URL(fileURLWithPath: dir + "/a000-image.txt"))
        var records: [String] = []
        for (n, id) in ["سطر\nثان", "", "عادي"].enumerated() {
            let text = "عنوان السجل \(n)\n\n" + Self.words(40, seed: UInt64(n + 1))
            let object = try JSONSerialization.data(withJSONObject: ["id": id, "text": text])
            records.append(String(decoding: object, as: UTF8.self))
        }
        try (records.joined(separator: "\n") + "\n").write(toFile: dir + "/m000-records.jsonl", atomically: true, encoding: .utf8)
        var page: [String] = []
        for k in 0..<300 {
            let title = "عنوان المقال " + Self.words(5, seed: UInt64(1000 + k))
            page += [title, "TT", title, Self.words(30, seed: UInt64(5000 + k)), Self.words(25, seed: UInt64(9000 + k)), ""]
        }
        try page.joined(separator: "\n").write(toFile: dir + "/m001-long-page.txt", atomically: true, encoding: .utf8)
    }

    /// `count` words of made-up Arabic text, the same for the same seed.
    static func words(_ count: Int, seed: UInt64) -> String {
        let vocabulary = ["الحكومة", "قالت", "وزارة", "المدينة", "مشروع", "جديد", "الطرق", "المياه", "سكان", "الحي", "أعلن", "مسؤول",
                          "المجلس", "البلدي", "خطة", "لتطوير", "المدارس", "العام", "المقبل", "تكلفة", "ملايين", "الدنانير", "بدء",
                          "العمل", "شهر", "الربيع", "لجنة", "متابعة", "الأسواق", "المحلية", "الزراعة", "الموسم", "المطر", "الشتاء"]
        var generator = StableHash.SplitMix64(state: seed)
        return (0..<count).map { _ in vocabulary[generator.below(vocabulary.count)] }.joined(separator: " ")
    }

    /// Stats without what differs between any two runs (times, threads).
    func comparable(_ path: String) throws -> [String: String] {
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        for key in ["wall_seconds", "megabytes_per_second", "pages_per_second", "jobs", "staged"] { object[key] = nil }
        object["stages"] = (object["stages"] as? [[String: Any]])?.map { $0.filter { $0.key != "seconds" } }
        object["learning"] = (object["learning"] as? [String: Any])?.filter { $0.key != "seconds" }
        return object.mapValues { value in
            String(decoding: try! JSONSerialization.data(withJSONObject: ["v": value], options: [.sortedKeys]), as: UTF8.self)
        }
    }

    func testStagedRunEqualsOneProcessForOneTwoAndFiveShards() throws {
        let input = try corpus()
        try addAwkwardInputs(to: input)
        let work = try temporaryDirectory()
        let (status, _, _) = try runTool(["clean", input, "-o", work + "/single.jsonl", "--duplicates", work + "/single.dups",
                                          "--stats", work + "/single.json", "--profile", work + "/single.profile", "-q"])
        XCTAssertEqual(status, 0)
        let singleProfile = try Data(contentsOf: URL(fileURLWithPath: work + "/single.profile"))
        let single = try Data(contentsOf: URL(fileURLWithPath: work + "/single.jsonl"))
        let singleDups = try Data(contentsOf: URL(fileURLWithPath: work + "/single.dups"))
        XCTAssertGreaterThan(String(decoding: singleDups, as: UTF8.self).split(separator: "\n").count, 5, "duplicates were planted")
        XCTAssertTrue(String(decoding: singleDups, as: UTF8.self).contains(#""kind":"near""#))
        let text = String(decoding: single, as: UTF8.self)
        XCTAssertTrue(text.contains(##"{"id":"سطر\nثان#1","##) && text.contains(##"{"id":"#1","##), "the awkward ids are written")
        XCTAssertTrue(text.contains(##""id":"m001-long-page#300""##), "the long page gives 300 articles")
        let expected = try comparable(work + "/single.json")
        XCTAssertEqual(expected["learning"]?.contains(#""mode":"learn""#), true, expected["learning"] ?? "")
        XCTAssertEqual(expected["inputs"]?.contains(#""skipped":1"#), true, expected["inputs"] ?? "")

        for n in [1, 2, 5] {
            let stage = work + "/stage\(n)"
            // The profile stage: every shard's frames, merged into the stage folder's profile.
            for i in 0..<n {
                let (s, _, err) = try runTool(["profile", input, "--shard", "\(i)/\(n)", "--stage-dir", stage])
                XCTAssertEqual(s, 0, err)
            }
            let (p, _, pErr) = try runTool(["profile", "merge", stage])
            XCTAssertEqual(p, 0, pErr)
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: stage + "/profile.json")), singleProfile,
                           "\(n) shards: the profile differs from one process's")
            for i in 0..<n {
                let (s, _, err) = try runTool(["clean", input, "--shard", "\(i)/\(n)", "--stage-dir", stage, "-q"])
                XCTAssertEqual(s, 0, err)
            }
            let (g, _, gErr) = try runTool(["dedup", "global", stage])
            XCTAssertEqual(g, 0, gErr)
            var merged = Data(), mergedDups = Data()
            var statsFiles: [String] = []
            for i in 0..<n {
                let (a, _, aErr) = try runTool(["dedup", "apply", stage, "--shard", "\(i)/\(n)", "-o", stage + "/part\(i)",
                                                "--duplicates", stage + "/dups\(i)", "--stats", stage + "/stats\(i).json"])
                XCTAssertEqual(a, 0, aErr)
                merged += try Data(contentsOf: URL(fileURLWithPath: stage + "/part\(i)"))
                mergedDups += try Data(contentsOf: URL(fileURLWithPath: stage + "/dups\(i)"))
                statsFiles.insert(stage + "/stats\(i).json", at: 0)  // any order: merge sorts by shard
            }
            XCTAssertEqual(merged, single, "\(n) shards: output differs from one process")
            XCTAssertEqual(mergedDups, singleDups, "\(n) shards: duplicates differ from one process")
            let (m, _, mErr) = try runTool(["stats", "merge"] + statsFiles + ["-o", stage + "/merged.json"])
            XCTAssertEqual(m, 0, mErr)
            let got = try comparable(stage + "/merged.json")
            for key in Set(expected.keys).union(got.keys) {
                XCTAssertEqual(got[key], expected[key], "\(n) shards: merged stats' \(key) differ from one process")
            }
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
        let (first, _, firstErr) = try runTool(["clean", input, "--shard", "0/3", "--stage-dir", stage])
        XCTAssertEqual(first, 2, "learning needs the stage's profile first")
        XCTAssertTrue(firstErr.contains("tanqiya profile merge"), firstErr)
        XCTAssertEqual(try runTool(["clean", input, "--shard", "0/3", "--stage-dir", stage, "-q", "--no-learn"]).0, 0)
        let (again, _, err) = try runTool(["clean", input, "--shard", "0/3", "--stage-dir", stage, "--no-learn"])
        XCTAssertEqual(again, 0)
        XCTAssertTrue(err.contains("already done"), err)
        let (global, _, gErr) = try runTool(["dedup", "global", stage])
        XCTAssertEqual(global, 1)
        XCTAssertTrue(gErr.contains("shards not finished (no .done marker): 1, 2"), gErr)
    }

    /// Every step of a staged run that prints a summary takes `-q` (as `clean` does): a scripted
    /// run can silence them all, and errors still show.
    func testEveryStepOfAStagedRunIsSilencedByQuiet() throws {
        let input = try temporaryDirectory()
        for n in 0..<3 {
            try ("عنوان الصفحة \(n)\n\n" + Self.words(60, seed: UInt64(n + 40)) + "\n").write(toFile: input + "/p\(n).txt", atomically: true, encoding: .utf8)
        }
        let stage = try temporaryDirectory()
        let steps: [[String]] = [
            ["profile", input, "--shard", "0/1", "--stage-dir", stage, "-q"],
            ["profile", "merge", stage, "-q"],
            ["clean", input, "--shard", "0/1", "--stage-dir", stage, "-q"],
            ["dedup", "global", stage, "-q"],
            ["dedup", "apply", stage, "--shard", "0/1", "-o", stage + "/part0.jsonl", "--stats", stage + "/stats0.json", "-q"],
        ]
        for step in steps {
            let (status, _, err) = try runTool(step)
            XCTAssertEqual(status, 0, "\(step.joined(separator: " ")): \(err)")
            XCTAssertEqual(err, "", "\(step.joined(separator: " ")) -q printed on stderr")
        }
        XCTAssertEqual(try String(contentsOfFile: stage + "/part0.jsonl", encoding: .utf8).split(separator: "\n").count, 3)
        // Without -q the same step says what it did.
        let (_, _, said) = try runTool(["dedup", "apply", stage, "--shard", "0/1", "-o", stage + "/part1.jsonl"])
        XCTAssertTrue(said.contains("shard 0/1: 3 articles"), said)
    }
}
