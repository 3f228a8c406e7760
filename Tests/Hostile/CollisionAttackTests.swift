import Foundation
import XCTest
@testable import TanqiyaKit

/// Attacks on what a run writes over (issue 13, items 2–6): its own inputs, its other outputs,
/// another input's output; a failed input's file; stats that claim what no file holds; a file
/// size limit. Every refusal is a usage error (status 2) before anything is read or written.
final class CollisionAttackTests: XCTestCase {
    private var dir = ""

    override func setUpWithError() throws {
        dir = try temporaryDirectory()
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: dir)
    }

    private func write(_ text: String, _ relative: String) throws { try writeFile(text, relative, in: dir) }

    private func read(_ relative: String) throws -> String { try String(contentsOfFile: dir + "/" + relative, encoding: .utf8) }

    private func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: dir + "/" + relative) }

    /// Every file under the test folder with its bytes: a refused run changes none of them.
    private func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: dir)
        while let relative = walker?.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir + "/" + relative, isDirectory: &isDir), !isDir.boolValue {
                files[relative] = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + relative))
            }
        }
        return files
    }

    private func clean(_ arguments: [String]) throws -> Run {
        try launch(["clean"] + arguments + ["--no-rules", "-q"], cwd: dir)
    }

    /// Runs `arguments` and asserts the refusal: status 2, `message` on stderr, no file changed.
    private func assertRefused(_ arguments: [String], saying message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let before = try snapshot()
        let result = try launch(arguments, cwd: dir)
        XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)", file: file, line: line)
        XCTAssertTrue(result.stderr.contains(message), "\(arguments): \(result.stderr)", file: file, line: line)
        XCTAssertEqual(result.stdout, "", "\(arguments)", file: file, line: line)
        XCTAssertEqual(try snapshot(), before, "\(arguments) changed files", file: file, line: line)
    }

    // MARK: item 2 — a run over its own inputs

    /// `clean in -o in/` replaced every raw `*.jsonl` with its cleaned output; `clean x.jsonl -o
    /// x.jsonl` and `clean same.txt --format text -o same.txt` did too, all with status 0. Now
    /// each is refused, however the output is spelled (`./x`, a symbolic link, a hard link).
    func testARunNeverWritesOverItsOwnInputs() throws {
        let record = "{\"id\":\"r1\",\"text\":\(String(data: try JSONSerialization.data(withJSONObject: inventedPage(salt: 3), options: .fragmentsAllowed), encoding: .utf8)!)}\n"
        try write(record, "in/raw.jsonl")
        try write(inventedPage(salt: 4), "in/page.txt")
        try write(record, "x.jsonl")
        try write(inventedPage(salt: 5), "same.txt")
        XCTAssertEqual(symlink(dir + "/x.jsonl", dir + "/link.jsonl"), 0)
        XCTAssertEqual(link(dir + "/same.txt", dir + "/hard.txt"), 0)
        let rules = ["--no-rules", "-q"]
        try assertRefused(["clean", "in", "-o", "in/"] + rules, saying: "-o in/ is a folder the inputs are read from")
        try assertRefused(["clean", "in", "-o", "./in"] + rules, saying: "-o ./in is a folder the inputs are read from")
        try assertRefused(["clean", "x.jsonl", "-o", "x.jsonl"] + rules, saying: "-o x.jsonl would overwrite an input")
        try assertRefused(["clean", "x.jsonl", "-o", "./x.jsonl"] + rules, saying: "would overwrite the input x.jsonl")
        try assertRefused(["clean", "x.jsonl", "-o", "link.jsonl"] + rules, saying: "would overwrite the input x.jsonl")
        try assertRefused(["clean", "same.txt", "--format", "text", "-o", "same.txt"] + rules, saying: "-o same.txt would overwrite")
        try assertRefused(["clean", "same.txt", "--format", "text", "-o", "hard.txt"] + rules, saying: "would overwrite the input same.txt")
        // A per-input output landing on an input named on the command line.
        try assertRefused(["clean", "in/raw.jsonl", "-o", "in/"] + rules, saying: "-o in/raw.jsonl would overwrite")
        // Every other output too: --explain, --duplicates, --stats, --profile.
        for option in ["--explain", "--duplicates", "--stats", "--profile"] {
            try assertRefused(["clean", "in", "-o", "out.jsonl", option, "in/page.txt"] + rules, saying: "\(option) in/page.txt would overwrite")
        }
        // And a saved profile read by the run, or a rule file.
        try write("{}", "saved.json")
        try assertRefused(["clean", "in", "--use-profile", "saved.json", "--stats", "saved.json"] + rules,
                          saying: "--stats saved.json would overwrite")
        try FileManager.default.createDirectory(atPath: dir + "/myrules", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.path("rules/rt-arabic.yaml"), toPath: dir + "/myrules/rt-arabic.yaml")
        try assertRefused(["clean", "in", "--rules", "myrules", "--stats", "myrules/rt-arabic.yaml", "-q"],
                          saying: "--stats myrules/rt-arabic.yaml would overwrite")
    }

    /// `clean d -o d/out/` run twice read its own outputs the second time and wrote `d/out/out/`.
    /// The output folder is not walked: the second run writes what the first did, and says once
    /// that it passed over the folder.
    func testAnOutputFolderInsideTheInputsIsNotReadBack() throws {
        try write(inventedPage(salt: 6), "d/a.txt")
        try write(inventedPage(salt: 7), "d/sub/b.txt")
        let first = try launch(["clean", "d", "-o", "d/out/", "--explain", "d/trace/", "--no-rules"], cwd: dir)
        XCTAssertEqual(first.status, 0, first.stderr)
        let written = try snapshot().filter { $0.key.hasPrefix("d/out/") || $0.key.hasPrefix("d/trace/") }
        XCTAssertEqual(Set(written.keys), ["d/out/a.jsonl", "d/out/sub/b.jsonl", "d/trace/a.explain", "d/trace/sub/b.explain"])
        let second = try launch(["clean", "d", "-o", "d/out/", "--explain", "d/trace/", "--no-rules"], cwd: dir)
        XCTAssertEqual(second.status, 0, second.stderr)
        let again = try snapshot().filter { $0.key.hasPrefix("d/out/") || $0.key.hasPrefix("d/trace/") }
        XCTAssertEqual(again, written, "the second run read its own outputs")
        XCTAssertEqual(second.stderr.components(separatedBy: "d/out: not read: this run writes its outputs there").count, 2, second.stderr)
        XCTAssertTrue(second.stderr.contains("2 inputs"), second.stderr)
        // A staged run's folder inside the inputs is passed over by every stage the same way.
        for _ in 0..<2 {
            let profile = try launch(["profile", "d", "--shard", "0/1", "--stage-dir", "d/work"], cwd: dir)
            XCTAssertEqual(profile.status, 0, profile.stderr)
            XCTAssertEqual(try launch(["profile", "merge", "d/work"], cwd: dir).status, 0)
            let stage = try launch(["clean", "d", "--shard", "0/1", "--stage-dir", "d/work", "--no-rules", "-q"], cwd: dir)
            XCTAssertEqual(stage.status, 0, stage.stderr)
        }
        try assertRefused(["clean", "d", "--shard", "0/1", "--stage-dir", "d", "--no-rules", "--no-learn"],
                          saying: "--stage-dir d is a folder the inputs are read from")
    }

    // MARK: item 3 — two outputs, one path

    /// `-o X --duplicates X`, `-o X --stats X` shared one temporary file: invalid UTF-8 or the
    /// wrong content under the final name. Now refused, however the second is spelled; in every
    /// command that writes more than one file or reads files it could write over.
    func testTwoOutputsNeverShareOnePath() throws {
        try write(inventedPage(salt: 8), "in/a.txt")
        try write(inventedPage(salt: 8), "in/b.txt")
        let rules = ["--no-rules", "-q"]
        let pairs = [("-o", "--duplicates"), ("-o", "--stats"), ("--explain", "--stats"), ("-o", "--profile"),
                     ("--duplicates", "--stats"), ("-o", "--explain")]
        for (first, second) in pairs {
            let extra = first == "-o" ? [] : ["-o", "records.jsonl"]
            try assertRefused(["clean", "in"] + extra + [first, "X", second, "./X"] + rules, saying: "\(first) and \(second) both write ./X")
            XCTAssertFalse(exists("X"))
        }
        // Inside -o DIR/: another option naming one of its per-input outputs.
        try assertRefused(["clean", "in", "-o", "out/", "--stats", "out/a.jsonl"] + rules, saying: "--stats and -o both write out/a.jsonl")
        // The other commands.
        try assertRefused(["explain", "in/a.txt", "--html", "in/a.txt", "--no-rules"], saying: "--html in/a.txt would overwrite")
        try assertRefused(["profile", "in", "-o", "in/b.txt"], saying: "-o in/b.txt would overwrite")
        let stats = try clean(["in", "-o", "all.jsonl", "--stats", "s.json"])
        XCTAssertEqual(stats.status, 0, stats.stderr)
        try assertRefused(["stats", "merge", "s.json", "-o", "s.json"], saying: "-o s.json would overwrite")
        for n in 0..<2 {
            XCTAssertEqual(try clean(["in", "--shard", "\(n)/2", "--stage-dir", "work", "--no-learn"]).status, 0)
        }
        XCTAssertEqual(try launch(["dedup", "global", "work"], cwd: dir).status, 0)
        try assertRefused(["dedup", "apply", "work", "--shard", "0/2", "-o", "p.jsonl", "--stats", "p.jsonl"],
                          saying: "-o and --stats both write p.jsonl")
        try assertRefused(["dedup", "apply", "work", "--shard", "0/2", "-o", "work/run.json"], saying: "-o work/run.json would overwrite")
        // Devices are written through, never replaced: two of them are not a collision.
        let null = try clean(["in", "-o", "/dev/null", "--duplicates", "/dev/null", "--stats", "/dev/null"])
        XCTAssertEqual(null.status, 0, null.stderr)
    }

    // MARK: item 4 — inputs mapping to one output; ids

    /// `a/page.txt` and `b/page.txt` (two roots) with `-o DIR/`, or `page.txt` and `page.jsonl`
    /// in one folder, overwrote each other's output and the stats counted both. Now refused,
    /// naming both inputs.
    func testInputsThatWouldShareAnOutputAreRefusedByName() throws {
        try write(inventedPage(salt: 9), "a/page.txt")
        try write(inventedPage(salt: 10), "b/page.txt")
        try write(inventedPage(salt: 11), "c/page.txt")
        try write("{\"text\":\"\(inventedPage(salt: 12).replacingOccurrences(of: "\n", with: "\\n"))\"}\n", "c/page.jsonl")
        let rules = ["--no-rules", "-q"]
        try assertRefused(["clean", "a", "b", "-o", "out/"] + rules, saying: "a/page.txt and b/page.txt would both write out/page.jsonl")
        try assertRefused(["clean", "c", "-o", "out/"] + rules, saying: "c/page.jsonl and c/page.txt would both write out/page.jsonl")
        try assertRefused(["clean", "a", "--explain", "t/", "c", "-o", "o.jsonl"] + rules, saying: "would both write t/page.explain")
        // Distinct relative paths under one root are fine (the same stem in two subfolders).
        try write(inventedPage(salt: 13), "d/x/page.txt")
        try write(inventedPage(salt: 14), "d/y/page.txt")
        let ok = try clean(["d", "-o", "out/"])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertTrue(exists("out/x/page.jsonl") && exists("out/y/page.jsonl"))
    }

    /// `a/page.txt` and `b/page.txt` both gave `page#1`, so `duplicate_of` named two articles.
    /// Ids are unique across a run: an input whose stem another input shares takes its path as
    /// given; the common case keeps `stem#n`; a staged run gives the very same ids.
    func testRecordIdsAreUniqueAcrossARun() throws {
        try write(inventedPage(salt: 15), "a/page.txt")
        try write(inventedPage(salt: 15), "b/page.txt")  // a duplicate of a/page.txt
        try write(inventedPage(salt: 16), "b/other.txt")
        try write(inventedPage(salt: 17), "c/page.html.txt")
        let one = try clean(["a", "b", "-o", "all.jsonl", "--duplicates", "dups.jsonl"])
        XCTAssertEqual(one.status, 0, one.stderr)
        let ids = try records(read("all.jsonl")).map { $0["id"] as? String }
        XCTAssertEqual(ids, ["a/page.txt#1", "other#1"])
        let duplicate = try XCTUnwrap(try records(read("dups.jsonl")).first)
        XCTAssertEqual(duplicate["id"] as? String, "b/page.txt#1")
        XCTAssertEqual(duplicate["duplicate_of"] as? String, "a/page.txt#1")
        // Without the duplicate: every id once.
        let all = try clean(["a", "b", "c", "--no-dedup"])
        let allIDs = try records(all.stdout).compactMap { $0["id"] as? String }
        XCTAssertEqual(allIDs.count, 4)
        XCTAssertEqual(Set(allIDs).count, 4, "\(allIDs)")
        // Staged: the parts concatenated are the one process's bytes, ids included.
        for n in 0..<3 {
            let stage = try clean(["a", "b", "c", "--shard", "\(n)/3", "--stage-dir", "work", "--no-learn"])
            XCTAssertEqual(stage.status, 0, stage.stderr)
        }
        XCTAssertEqual(try launch(["dedup", "global", "work"], cwd: dir).status, 0)
        var parts = ""
        for n in 0..<3 {
            let part = try launch(["dedup", "apply", "work", "--shard", "\(n)/3"], cwd: dir)
            XCTAssertEqual(part.status, 0, part.stderr)
            parts += part.stdout
        }
        XCTAssertEqual(parts, try clean(["a", "b", "c", "--no-learn"]).stdout)
    }

    /// The id scheme itself: stems kept when unique, paths when shared, `~2` for a path named
    /// twice, `-` for standard input beside a `stdin.txt`.
    func testIDPrefixesAreUniqueForEveryShapeOfInputList() {
        func prefixes(_ paths: [String]) -> [String] {
            var items = paths.map { path in
                InputItem(path: path, relativePath: path == "-" ? "stdin" : FileSystemPath.lastComponent(of: path), format: .text)
            }
            InputItem.uniqueIDPrefixes(&items)
            return items.map(\.idPrefix)
        }
        XCTAssertEqual(prefixes(["d/001.txt", "d/002.html", "x/003.jsonl"]), ["001", "002", "003"])
        XCTAssertEqual(prefixes(["a/page.txt", "b/page.txt", "b/other.txt"]), ["a/page.txt", "b/page.txt", "other"])
        XCTAssertEqual(prefixes(["d/page.txt", "d/page.html"]), ["d/page.txt", "d/page.html"])
        XCTAssertEqual(prefixes(["a.txt", "a.txt", "a.txt"]), ["a.txt", "a.txt~2", "a.txt~3"])
        XCTAssertEqual(prefixes(["-", "stdin.txt"]), ["-", "stdin.txt"])
        // A stem equal to another input's path as given still gives two ids.
        let odd = prefixes(["page.txt.txt", "page.txt", "d/page.txt"])
        XCTAssertEqual(Set(odd).count, 3, "\(odd)")
    }

    // MARK: item 5 — -o FILE and a failed input

    /// With `-o FILE` (the README's Makefile recipe) a failed input left a 0-byte output, so
    /// the next `make` said "Nothing to be done". A file that gathers every input is now whole
    /// or not written: status 1, no new file (an older one is left as it was), and `make`
    /// tries again.
    func testAFailedInputLeavesNoOutputFile() throws {
        try write(inventedPage(salt: 18), "good.txt")
        let result = try clean(["good.txt", "missing.txt", "-o", "out.jsonl", "--explain", "out.explain",
                                "--duplicates", "dups.jsonl", "--stats", "stats.json"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("missing.txt: no such file or directory"), result.stderr)
        for file in ["out.jsonl", "out.explain", "dups.jsonl"] { XCTAssertFalse(exists(file), "\(file) was written") }
        XCTAssertEqual(try snapshot().keys.filter { $0.contains(".tmp-") }, [])
        // An older output stays as it was.
        try write("older\n", "out.jsonl")
        XCTAssertEqual(try clean(["good.txt", "missing.txt", "-o", "out.jsonl"]).status, 1)
        XCTAssertEqual(try read("out.jsonl"), "older\n")
        // Under make: the failure is not hidden by an up-to-date target.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/make") else { return }
        try write("out/all.jsonl: good.txt\n\t\(Repo.binary) clean good.txt missing.txt --no-rules -q -o $@\n", "Makefile")
        XCTAssertNotEqual(try launch(["-s"], executable: "/usr/bin/make", cwd: dir).status, 0)
        let again = try launch(["-s"], executable: "/usr/bin/make", cwd: dir)
        XCTAssertNotEqual(again.status, 0, "make: \(again.stdout)")
        XCTAssertFalse(again.stdout.contains("Nothing to be done"), again.stdout)
    }

    // MARK: item 6 — stats that tell the truth

    /// After a dropped `-o FILE` the stats claimed its articles written; a failed `--stats`
    /// write exited 0.
    func testStatsNeverClaimArticlesNoFileHolds() throws {
        try write(inventedPage(salt: 19), "in/a.txt")
        try write(inventedPage(salt: 20), "in/b.txt")
        let result = try clean(["in", "missing.txt", "-o", "out.jsonl", "--stats", "stats.json"])
        XCTAssertEqual(result.status, 1)
        let stats = try json(dir + "/stats.json")
        let articles = try XCTUnwrap(stats["articles"] as? [String: Any])
        XCTAssertEqual(articles["written"] as? Int, 0)
        XCTAssertEqual(articles["discarded"] as? Int, 2)
        XCTAssertEqual(stats["bytes_out"] as? Int, 0)
        XCTAssertTrue((stats["warnings"] as? [String] ?? []).contains { $0.hasPrefix("out.jsonl: not written") }, "\(stats)")
        // A --stats whose write fails at the end (a full disk): said, and status 1.
        let unwritable = try clean(["in", "-o", "ok.jsonl", "--stats", "/dev/full"])
        XCTAssertEqual(unwritable.status, 1, unwritable.stderr)
        XCTAssertTrue(unwritable.stderr.contains("/dev/full: cannot finish writing: No space left on device"), unwritable.stderr)
        // One that cannot be created at all (under a file) is refused before any work: status 2.
        try write("", "afile")
        try FileManager.default.removeItem(atPath: dir + "/ok.jsonl")
        let refused = try clean(["in", "-o", "ok.jsonl", "--stats", "afile/stats.json"])
        XCTAssertEqual(refused.status, 2, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("--stats afile/stats.json cannot be written: afile is not a directory"), refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/ok.jsonl"))
    }

    /// A folder inside `-o DIR/` that cannot be created (a file stands where it goes: found
    /// only when its inputs are written; an output folder that cannot be created at all is
    /// refused before any work): every input fails, and none of their articles is counted as
    /// written or as a duplicate of an article no file holds.
    func testAnUnwritableOutputFolderKeepsTheTotalsTrue() throws {
        try write(inventedPage(salt: 21), "in/sub/a.txt")
        try write(inventedPage(salt: 21), "in/sub/b.txt")  // b repeats a
        try write("", "out/sub")
        let result = try clean(["in", "-o", "out/", "--stats", "stats.json"])
        XCTAssertEqual(result.status, 1)
        let stats = try json(dir + "/stats.json")
        let inputs = try XCTUnwrap(stats["inputs"] as? [String: Int])
        let articles = try XCTUnwrap(stats["articles"] as? [String: Any])
        XCTAssertEqual(inputs["failed"], 2)
        XCTAssertEqual(articles["written"] as? Int, 0)
        XCTAssertEqual(articles["discarded"] as? Int, 2, "\(articles)")
        XCTAssertEqual(articles["duplicates"] as? [String: Int], ["exact": 0, "near": 0], "a duplicate of an article no file holds")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let decoded = try decoder.decode(RunStats.self, from: Data(contentsOf: URL(fileURLWithPath: dir + "/stats.json")))
        XCTAssertEqual(RunAccounting.violations(of: decoded), [])
    }

    /// `ulimit -f` killed the run with SIGXFSZ (status 153) and left its temporary file. The
    /// signal is ignored: the write fails with "File too large", that output fails, the
    /// temporary is removed and the stats are written.
    func testAFileSizeLimitFailsTheOutputInsteadOfKillingTheRun() throws {
        for n in 0..<30 { try write(inventedPage(paragraphs: 12, salt: 100 + n), "in/p\(n).txt") }
        try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: true)
        // 8 KiB: the stats fit, the records (about 90 KB) do not.
        let script = "ulimit -f 16; exec \"$0\" clean in -o out/all.jsonl --stats out/stats.json --no-rules --no-learn -q"
        let result = try launch(["-c", script, Repo.binary], executable: "/bin/sh", cwd: dir)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("out/all.jsonl: cannot finish writing: File too large"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir + "/out"), ["stats.json"])
        let articles = try XCTUnwrap(try json(dir + "/out/stats.json")["articles"] as? [String: Any])
        XCTAssertEqual(articles["written"] as? Int, 0)
    }
}
