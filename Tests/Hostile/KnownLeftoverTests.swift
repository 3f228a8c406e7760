import Foundation
import TanqiyaKit
import XCTest

/// Leftovers named in the stop notes, fixed afterwards: each test failed on the build before its fix.
final class KnownLeftoverTests: XCTestCase {
    /// With `-o DIR/` and `--duplicates -`, an input that failed (here: a folder stands where its
    /// output goes) had its records dropped but its duplicate lines written: standard output named
    /// an article of an input that, as far as every output says, failed. A failed input leaves
    /// nothing of its own in any output: its duplicate lines are held until it ends, and its
    /// duplicates are counted as discarded; another input's duplicate lines are written.
    func testAFailedInputWritesNoDuplicateLines() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        try inventedPage(salt: 400).write(toFile: dir + "/in/a.txt", atomically: false, encoding: .utf8)
        try inventedPage(salt: 400).write(toFile: dir + "/in/b.txt", atomically: false, encoding: .utf8)  // b repeats a, and fails
        try inventedPage(salt: 401).write(toFile: dir + "/in/c.txt", atomically: false, encoding: .utf8)
        try inventedPage(salt: 401).write(toFile: dir + "/in/d.txt", atomically: false, encoding: .utf8)  // d repeats c
        try FileManager.default.createDirectory(atPath: dir + "/out/b.jsonl/blocker", withIntermediateDirectories: true)
        for jobs in ["1", "2"] {
            let run = try launch(["clean", dir + "/in", "--rules", Repo.path("rules"), "--no-learn", "-o", dir + "/out/", "-j", jobs,
                                  "--duplicates", "-", "--stats", dir + "/stats.json"])
            XCTAssertEqual(run.status, 1, run.stderr)
            XCTAssertTrue(run.stderr.contains("b.jsonl: cannot finish writing"), run.stderr)
            let lines = try records(run.stdout)
            XCTAssertEqual(lines.map { "\($0["id"] ?? "") of \($0["duplicate_of"] ?? "")" }, ["d#1 of c#1"],
                           "-j \(jobs): the failed b's duplicate line is not written, d's is")
            let stats = try json(dir + "/stats.json")
            let articles = try XCTUnwrap(stats["articles"] as? [String: Any])
            XCTAssertEqual(articles["written"] as? Int, 2, "\(articles)")
            XCTAssertEqual(articles["duplicates"] as? [String: Int], ["exact": 1, "near": 0], "only d's: \(articles)")
            XCTAssertEqual(articles["discarded"] as? Int, 1, "b's duplicate, in no output: \(articles)")
            XCTAssertTrue(run.stderr.contains("1 duplicate dropped"), run.stderr)
            // A named duplicates file gathers every input: with a failed input it is not written at all.
            let named = try launch(["clean", dir + "/in", "--rules", Repo.path("rules"), "--no-learn", "-o", dir + "/out/", "-j", jobs,
                                    "--duplicates", dir + "/dups.jsonl"])
            XCTAssertEqual(named.status, 1, named.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/dups.jsonl"), named.stderr)
        }
    }
}

extension KnownLeftoverTests {
    /// A staged run's shard whose stage 1 had an unreadable input was marked done like any
    /// other: run again once the input was readable, it said "already done" (status 0) and the
    /// input stayed out of the output for good. A shard done with failed inputs is named by
    /// `dedup global`, and redone when run again: its earlier failures said, its marker and the
    /// global step's decisions removed, so the steps after it are redone and the parts hold the
    /// input, as one process's output does.
    func testAShardDoneWithFailedInputsIsRedoneWhenRunAgain() throws {
        let dir = try unprivilegedDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        for n in 0..<4 { try inventedPage(salt: 410 + n).write(toFile: dir + "/in/p\(n).txt", atomically: false, encoding: .utf8) }
        try FileManager.default.copyItem(atPath: Repo.path("rules"), toPath: dir + "/rules")
        XCTAssertEqual(chmod(dir + "/in/p3.txt", 0o000), 0)
        let clean = ["clean", "in", "--rules", "rules", "--no-learn"]
        func stage1(_ shard: String) throws -> Run { try launchUnprivileged(clean + ["--shard", shard, "--stage-dir", "work"], cwd: dir) }
        func applyAll() throws -> (parts: String, statuses: [Int32]) {
            var parts = "", statuses: [Int32] = []
            for shard in ["0/2", "1/2"] {
                let apply = try launchUnprivileged(["dedup", "apply", "work", "--shard", shard], cwd: dir)
                parts += apply.stdout
                statuses.append(apply.status)
            }
            return (parts, statuses)
        }
        XCTAssertEqual(try stage1("0/2").status, 0)
        let failed = try stage1("1/2")
        XCTAssertEqual(failed.status, 1, failed.stderr)
        XCTAssertTrue(failed.stderr.contains("p3.txt: cannot read: Permission denied"), failed.stderr)
        let global = try launchUnprivileged(["dedup", "global", "work"], cwd: dir)
        XCTAssertEqual(global.status, 0, global.stderr)
        XCTAssertTrue(global.stderr.contains("shard 1/2 was done with 1 failed input"), global.stderr)
        XCTAssertTrue(global.stderr.contains("p3.txt: cannot read: Permission denied"), global.stderr)
        XCTAssertEqual(try applyAll().statuses, [0, 1])

        XCTAssertEqual(chmod(dir + "/in/p3.txt", 0o644), 0)  // fixed
        let again = try stage1("1/2")
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stderr.contains("shard 1/2 was done with 1 failed input in work: redoing it"), again.stderr)
        XCTAssertTrue(again.stderr.contains("earlier: in/p3.txt: cannot read: Permission denied"), again.stderr)
        XCTAssertTrue(again.stderr.contains("the global step's decisions are removed"), again.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/work/decisions.done"))
        let done = try stage1("0/2")
        XCTAssertTrue(done.stderr.contains("already done"), "a shard done without failures is not redone: \(done.stderr)")
        let globalAgain = try launchUnprivileged(["dedup", "global", "work"], cwd: dir)
        XCTAssertEqual(globalAgain.status, 0, globalAgain.stderr)
        XCTAssertFalse(globalAgain.stderr.contains("failed input"), globalAgain.stderr)
        let (parts, statuses) = try applyAll()
        XCTAssertEqual(statuses, [0, 0])
        let one = try launchUnprivileged(clean + ["-q"], cwd: dir)
        XCTAssertEqual(one.status, 0, one.stderr)
        XCTAssertEqual(try records(one.stdout).count, 4, one.stdout)
        XCTAssertEqual(parts, one.stdout, "the parts hold every input, as one process's output")
    }
}

extension KnownLeftoverTests {
    /// `rules lint` on a rule file with a 2 MB pattern printed the pattern whole in its error
    /// (twice over for an exponential one: the pattern and the part of it at fault), and so did
    /// every message quoting a key, a value, an id or a line: a 2 MB key, kind or `--outlet`
    /// made a megabytes-long error. Quoted user text is cut at `Quoted.limit` characters, with
    /// «…» and its length.
    func testMessagesQuoteAtMostALimitOfUserText() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let words = (0..<200_000).map { "كلمة\($0)" }.joined(separator: "|")  // about 2 MB
        let long = String(repeating: "x", count: 2_000_000)
        let cases: [(name: String, rule: String, says: String)] = [
            ("unanchored", "pattern: '(\(words))'", "must be anchored"),
            ("exponential", "pattern: '^((\(words))+)+$'", "exponential time"),
            ("invalid", "pattern: '^(\(words)'", "not a valid ICU regular expression"),
            ("key", "? \(long)\n    : 1", "unknown key"),  // an explicit key: a plain one is at most 1,024 characters
            ("field", "pattern: '^a'\n    field: \(long)", "is not one of: credit, section"),
        ]
        for c in cases {
            let rules = dir + "/rules-\(c.name)"
            try FileManager.default.createDirectory(atPath: rules, withIntermediateDirectories: true)
            try """
            outlet: test-\(c.name)
            name: Test
            detect:
              hosts: [\(c.name).example]
              min_score: 3
            article:
              title: {id: t.title}
              lead: {id: t.lead, label: lead}
              body: {id: t.body}
              header: {id: t.header, label: navigation}
            lines:
              - id: t.bad
                label: navigation
                \(c.rule)

            """.write(toFile: rules + "/x.yaml", atomically: false, encoding: .utf8)
            let run = try launch(["rules", "lint", rules], timeout: 300)
            XCTAssertEqual(run.status, 2, "\(c.name): \(run.stderr.prefix(300))")
            XCTAssertTrue(run.stderr.contains(c.says), "\(c.name): \(run.stderr.prefix(600))")
            XCTAssertTrue(run.stderr.contains("…' ("), "\(c.name): cut, its length said: \(run.stderr.prefix(600))")
            XCTAssertLessThan(run.stderr.utf8.count, 4 * Quoted.limit * 4, "\(c.name): \(run.stderr.prefix(600))")
        }
        let outlet = String(repeating: "q", count: 100_000)  // one argument is at most 128 KiB
        try inventedPage(salt: 420).write(toFile: dir + "/page.txt", atomically: false, encoding: .utf8)
        for arguments in [["clean", dir + "/page.txt", "--rules", Repo.path("rules"), "--outlet", outlet],
                          ["rules", "suggest", dir + "/page.txt", "--outlet", outlet + "Q"]] {
            let run = try launch(arguments)
            XCTAssertEqual(run.status, 2, "\(arguments[0...1]): \(run.stderr.prefix(300))")
            XCTAssertTrue(run.stderr.contains("(100000 characters)") || run.stderr.contains("(100001 characters)"),
                          "\(arguments[0...1]): \(run.stderr.prefix(600))")
            XCTAssertLessThan(run.stderr.utf8.count, 4_000, "\(arguments[0...1]): \(run.stderr.prefix(600))")
        }
        XCTAssertEqual(Quoted.single("short"), "'short'")
        XCTAssertEqual(Quoted.guillemets(String(repeating: "ب", count: Quoted.limit)), "«" + String(repeating: "ب", count: Quoted.limit) + "»",
                       "at the limit: whole")
        XCTAssertEqual(Quoted.guillemets(String(repeating: "ب", count: Quoted.limit + 1)),
                       "«" + String(repeating: "ب", count: Quoted.limit) + "…» (\(Quoted.limit + 1) characters)")
        XCTAssertEqual(Quoted.cut(long), String(repeating: "x", count: Quoted.limit) + "… (2000000 characters)")
    }
}
