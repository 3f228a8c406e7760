import Foundation
@testable import TanqiyaKit
import XCTest

/// A fifth round of attacks from outside: a data engineer's misuse (closed and full standard
/// streams, …); each test failed on the build it was written against (7a7ef14) and says what
/// it found there.
final class FifthRoundAttackTests: ScratchDirectoryTestCase {
    /// The CLI run by the shell with `redirections` (`2>&-`, `>/dev/full`) after its arguments.
    private func launchRedirected(_ arguments: [String], _ redirections: String) throws -> Run {
        try launch(["-c", "exec \"$0\" \"$@\" " + redirections, Repo.binary] + arguments, executable: "/bin/sh", cwd: dir)
    }
}

extension FifthRoundAttackTests {
    /// Standard error closed (`2>&-`, a daemon's streams) or unwritable (`2>/dev/full`, a log on
    /// a full disk): the first warning trapped in Foundation's `FileHandle.write` (status 132 or
    /// 141, no output written). Messages are lost, the outputs are not, and no message lands in
    /// an output file that took descriptor 2. Standard output that cannot be written fails the
    /// command (status 1) in every command: `rules suggest` trapped, `explain` and `rules list`
    /// ended with 0 and nothing written.
    func testAClosedOrFullStandardStreamNeitherCrashesNorHidesAFailure() throws {
        for n in 0..<8 {  // a site's pages: its chrome around each article
            try write("موقع المدينة الإخباري\nالرئيسية\nمحليات\nرياضة\n\n" + inventedPage(salt: 70 + n)
                      + "\nتابعونا على الشبكات الاجتماعية\nجميع الحقوق محفوظة لموقع المدينة\n", "pages/p\(n).txt")
        }
        for redirection in ["2>&-", "2>/dev/full"] {
            try? FileManager.default.removeItem(atPath: dir + "/out.jsonl")
            let run = try launchRedirected(["clean", "pages", "-o", "out.jsonl", "--no-rules", "--stats", "stats.json"], redirection)
            XCTAssertEqual(run.status, 0, redirection)
            let text = (try? String(contentsOfFile: dir + "/out.jsonl", encoding: .utf8)) ?? ""
            XCTAssertEqual(try records(text).count, 8, redirection + ": " + text.prefix(300))
            XCTAssertFalse(text.contains("tanqiya:"), redirection + ": a message landed in the output")
            let missing = try launchRedirected(["clean", "pages", "missing.txt", "-o", "out2.jsonl", "--no-rules"], redirection)
            XCTAssertEqual(missing.status, 1, redirection + ": a failed input is still status 1")
        }
        let closedOut = try launchRedirected(["clean", "pages/p0.txt", "--no-rules"], ">&-")
        XCTAssertEqual(closedOut.status, 1, "records to a closed standard output: " + closedOut.stderr)
        let closedIn = try launchRedirected(["clean", "-", "--no-rules", "-o", "in.jsonl"], "<&-")
        XCTAssertEqual(closedIn.status, 1, "standard input closed: " + closedIn.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/in.jsonl"))
        let commands: [(String, [String])] = [
            ("clean", ["clean", "pages", "--no-rules", "-q"]),
            ("explain", ["explain", "pages/p0.txt", "--no-rules", "-q"]),
            ("rules list", ["rules", "list", Repo.path("rules")]),
            ("rules suggest", ["rules", "suggest", "pages", "--outlet", "x", "--host", "x.example", "--rules", Repo.path("rules"), "-q"]),
            ("profile", ["profile", "pages", "-o", "-"]),
        ]
        for (what, arguments) in commands {
            let fine = try launchRedirected(arguments, ">/dev/null")
            XCTAssertEqual(fine.status, 0, what + ": " + fine.stderr)
            let full = try launchRedirected(arguments, ">/dev/full")
            XCTAssertEqual(full.status, 1, what + " > /dev/full: " + full.stderr)
            XCTAssertTrue(full.stderr.contains("No space left on device"), what + ": " + full.stderr)
        }
    }
}

extension FifthRoundAttackTests {
    /// A rule file with a key given twice (a hand edit) or a control code in a long line: the
    /// error quoted the whole file (Yams's "Context:", 200 KB of stderr for a 200 KB file) or
    /// the whole line, and put a duplicated key at 1:1. Now one line, at the mapping.
    func testAMalformedRuleFileIsNamedInOneLineWhereItIs() throws {
        let filler = "# " + String(repeating: "z", count: 200_000) + "\n"
        try write("outlet: x\nname: X\ndetect:\n  hosts: [x.test]\n  min_score: 1\narticle: {}\nlines:\n"
                  + "  - id: x.a\n    label: navigation\n    label: body\n    exact: \"y\"\n" + filler, "dup/x.yaml")
        let duplicate = try launch(["rules", "lint", "dup"], cwd: dir)
        XCTAssertEqual(duplicate.status, 2, duplicate.stderr)
        XCTAssertLessThan(duplicate.stderr.utf8.count, 1_000, String(duplicate.stderr.prefix(500)))
        XCTAssertTrue(duplicate.stderr.contains("dup/x.yaml:9:5: error:") && duplicate.stderr.contains("'label'"), duplicate.stderr)
        try write("outlet: x\nname: \"" + String(repeating: "ب", count: 100_000) + "\u{1}\"\n" + filler, "control/x.yaml")
        let control = try launch(["rules", "lint", "control"], cwd: dir)
        XCTAssertEqual(control.status, 2, control.stderr)
        XCTAssertLessThan(control.stderr.utf8.count, 1_000, String(control.stderr.prefix(500)))
        XCTAssertTrue(control.stderr.contains("control/x.yaml:2:100008: error:"), control.stderr)
    }
}

extension FifthRoundAttackTests {
    /// A JSONL record whose id and url hold a line break and tabs, and a file name with a line
    /// break: the trace's `# source:` and `# metadata` headers broke into rows of their own, a
    /// forged decision row (`99 1 body fake.rule keep INJECTED`) that `check` reads as one. The
    /// trace keeps one header per line and six columns per row.
    func testAnIdOrFileNameWithALineBreakForgesNoRowOfTheTrace() throws {
        let body = inventedPage(salt: 81)
        let forged = "\n99\t1\tbody\tfake.rule\tkeep\tINJECTED"
        let record = try JSONSerialization.data(withJSONObject: ["id": "rec" + forged, "url": "https://x.example/a" + forged, "text": body])
        try write(String(decoding: record, as: UTF8.self) + "\n", "page.jsonl")
        try write(body, "name" + forged + ".txt")
        for input in ["page.jsonl", "name" + forged + ".txt"] {
            let run = try launch(["explain", input, "--no-rules", "-q"], cwd: dir)
            XCTAssertEqual(run.status, 0, run.stderr)
            let rows = run.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("line\t") }
            XCTAssertFalse(rows.isEmpty, run.stdout)
            for row in rows {
                let columns = row.split(separator: "\t", omittingEmptySubsequences: false)
                XCTAssertEqual(columns.count, 6, input + ": " + row)
                XCTAssertNotEqual(columns.first, "99", input + ": a forged row: " + row)
            }
            XCTAssertTrue(run.stdout.contains("INJECTED"), "the id is shown, on its header line")
        }
    }
}

extension FifthRoundAttackTests {
    /// JSON Lines saved as UTF-16 with a byte order mark (Windows PowerShell's `>` and
    /// `Out-File`): cut at the byte 0x0A, every line after the first lost its alignment: the
    /// first record (or, with `--encoding utf-16le` as the hint says, every record but the
    /// first) skipped as "not valid JSON", status 0. The input is decoded whole, then cut into lines.
    func testJSONLinesInUTF16AreReadRecordByRecord() throws {
        var lines = ""
        for n in 0..<3 {
            let data = try JSONSerialization.data(withJSONObject: ["id": "r\(n)", "text": inventedPage(salt: 90 + n).replacingOccurrences(of: "بحضور", with: "😀 \u{10348} بحضور")])
            lines += String(decoding: data, as: UTF8.self) + "\r\n"
        }
        func utf16(_ bigEndian: Bool, bom: Bool) -> Data {
            var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
            for unit in lines.utf16 {
                bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            }
            return Data(bytes)
        }
        try utf16(false, bom: true).write(to: URL(fileURLWithPath: dir + "/le.jsonl"))
        try utf16(true, bom: true).write(to: URL(fileURLWithPath: dir + "/be.jsonl"))
        try utf16(false, bom: false).write(to: URL(fileURLWithPath: dir + "/plain.jsonl"))
        // Big enough that a chunk of the stream ends inside a character (an odd byte, a pair's half).
        var big = ""
        for n in 0..<400 {
            let data = try JSONSerialization.data(withJSONObject: ["id": "b\(n)", "text": String(repeating: "𝐀ب", count: 700 + n) + "\n" + inventedPage(salt: n)])
            big += String(decoding: data, as: UTF8.self) + "\n"
        }
        var bigBytes: [UInt8] = [0xFF, 0xFE]
        for unit in big.utf16 { bigBytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try Data(bigBytes).write(to: URL(fileURLWithPath: dir + "/big.jsonl"))
        for (input, extra) in [("le.jsonl", [String]()), ("be.jsonl", []), ("plain.jsonl", ["--encoding", "utf-16le"]),
                               ("le.jsonl", ["--encoding", "utf-16le"])] {
            let run = try launch(["clean", input, "--no-rules", "--no-dedup"] + extra, cwd: dir)
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertFalse(run.stderr.contains("skipped"), input + " " + extra.joined(separator: " ") + ": " + run.stderr)
            let got = try records(run.stdout)
            XCTAssertEqual(got.map { $0["id"] as? String }, ["r0#1", "r1#1", "r2#1"], input + " " + extra.joined(separator: " "))
            XCTAssertTrue(got.allSatisfy { ($0["text"] as? String ?? "").contains("😀 \u{10348}") }, input)
        }
        for input in ["le.jsonl", "be.jsonl"] {  // on standard input: told JSONL by its first line
            let piped = try launchRedirected(["clean", "-", "--no-rules", "--no-dedup", "-q"], "< " + input)
            XCTAssertEqual(try records(piped.stdout).map { $0["id"] as? String }, ["r0#1", "r1#1", "r2#1"], input + " on stdin")
        }
        let run = try launch(["clean", "big.jsonl", "--no-rules", "--no-dedup", "-q"], cwd: dir)
        XCTAssertEqual(run.status, 0, run.stderr)
        let got = try records(run.stdout)
        XCTAssertEqual(got.count, 400)
        XCTAssertFalse(run.stdout.contains("\u{FFFD}"), "a character cut between two chunks")
    }

    /// Two rule files claiming one URL host (a drafted file's `--host` of an outlet that has
    /// rules) linted clean, and a page of `news.example.com` took the rules of whichever file
    /// came first, `example.com`'s included. The same host twice is a rule error; the most
    /// specific host wins.
    func testTheMostSpecificHostNamesTheOutlet() throws {
        func rules(_ outlet: String, _ host: String) -> String {
            "outlet: \(outlet)\nname: \(outlet)\ndetect:\n  hosts: [\(host)]\n  min_score: 1\narticle:\n  title: {id: \(outlet).title}\n"
                + "  lead: {id: \(outlet).lead, label: lead}\n  body: {id: \(outlet).body}\n  header: {id: \(outlet).header, label: navigation}\n"
                + "lines:\n  - {id: \(outlet).menu, label: navigation, exact: \"الرئيسية\"}\n"
        }
        try write(rules("aa-site", "example.com"), "r/a.yaml")
        try write(rules("bb-news", "news.example.com"), "r/b.yaml")
        let record = try JSONSerialization.data(withJSONObject: ["url": "https://news.example.com/a/1", "text": "الرئيسية\n" + inventedPage(salt: 95)])
        let other = try JSONSerialization.data(withJSONObject: ["url": "https://www.example.com/a/2", "text": "الرئيسية\n" + inventedPage(salt: 96)])
        try write(String(decoding: record, as: UTF8.self) + "\n" + String(decoding: other, as: UTF8.self) + "\n", "p.jsonl")
        let run = try launch(["clean", "p.jsonl", "--rules", "r", "--no-dedup", "-q"], cwd: dir)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try records(run.stdout).map { $0["outlet"] as? String }, ["bb-news", "aa-site"], run.stdout)
        try write(rules("cc-copy", "news.example.com"), "r/c.yaml")
        let lint = try launch(["rules", "lint", "r"], cwd: dir)
        XCTAssertEqual(lint.status, 2, lint.stdout + lint.stderr)
        XCTAssertTrue(lint.stderr.contains("host 'news.example.com' is already claimed by outlet 'bb-news'"), lint.stderr)
    }
}

extension FifthRoundAttackTests {
    /// A stage folder whose profile stage ran over other inputs (a corpus's first folder, or a
    /// folder reused for the next corpus): `clean --shard --stage-dir` took its profile.json
    /// silently and wrote other bytes than one process. The profile stage records its input
    /// list; a profile or clean shard of another list is refused (status 2), naming both.
    func testAStagedProfileLearnedFromOtherInputsIsRefused() throws {
        for n in 0..<8 {
            try write("موقع المدينة الإخباري\nالرئيسية\nمحليات\nرياضة\n\n" + inventedPage(salt: 100 + n)
                      + "\nتابعونا على الشبكات الاجتماعية\nجميع الحقوق محفوظة لموقع المدينة\n", "pages/p\(n).txt")
        }
        try write(inventedPage(salt: 120), "more/q.txt")
        XCTAssertEqual(try launch(["profile", "pages", "--shard", "0/1", "--stage-dir", "work"], cwd: dir).status, 0)
        let otherShard = try launch(["profile", "pages", "more", "--shard", "0/1", "--stage-dir", "work"], cwd: dir)
        XCTAssertEqual(otherShard.status, 1, otherShard.stderr)
        XCTAssertTrue(otherShard.stderr.contains("profile-inputs.json"), otherShard.stderr)
        XCTAssertEqual(try launch(["profile", "merge", "work"], cwd: dir).status, 0)
        let other = try launch(["clean", "pages", "more", "--shard", "0/1", "--stage-dir", "work", "--no-rules", "-q"], cwd: dir)
        XCTAssertEqual(other.status, 2, other.stderr)
        XCTAssertTrue(other.stderr.contains("learned from 8 inputs listed from pages, this run has 9 from pages more"), other.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/work/shard-0000-of-0001.done"))
        let same = try launch(["clean", "pages", "--shard", "0/1", "--stage-dir", "work", "--no-rules", "-q"], cwd: dir)
        XCTAssertEqual(same.status, 0, same.stderr)
    }
}

extension FifthRoundAttackTests {
    /// SIGTERM during a staged run's profile stage: "unfinished outputs removed", but the shard's
    /// `shard-0000-of-0001.frames.partial-PID` stayed in the stage folder (each retry left one
    /// more). It is removed like an output's temporary.
    func testAnInterruptedProfileStageLeavesNoPartialFrames() throws {
        for n in 0..<3_000 {
            try write("موقع المدينة الإخباري\nالرئيسية\n\n" + inventedPage(paragraphs: 3, salt: n), "pages/p\(n).txt")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repo.binary)
        process.arguments = ["profile", "pages", "--shard", "0/1", "--stage-dir", "work", "--jobs", "1"]
        process.currentDirectoryURL = URL(fileURLWithPath: dir)
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        var waited = 0
        while ((try? FileManager.default.contentsOfDirectory(atPath: dir + "/work")) ?? []).allSatisfy({ !$0.contains(".partial-") }),
              process.isRunning, waited < 2_000 {
            usleep(2_000); waited += 1
        }
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 128 + SIGTERM, "stopped while writing its frames")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir + "/work").filter { $0.contains("frames") }, [],
                       "nothing left of the shard's frames")
    }
}

extension FifthRoundAttackTests {
    /// `-o latest.jsonl` where `latest.jsonl` is a symbolic link to the file a pipeline reads
    /// (`runs/2026-12.jsonl`): the output was renamed onto the link, replacing it with a
    /// regular file, and the target kept its old content. The link is the file it names (as
    /// the overwrite checks take it): the target gets the output, the link stays; a dangling
    /// link's target is created.
    func testAnOutputNamedThroughASymbolicLinkLandsOnItsTarget() throws {
        try write(inventedPage(salt: 130), "page.txt")
        try write("old\n", "runs/2026-12.jsonl")
        XCTAssertEqual(symlink("runs/2026-12.jsonl", dir + "/latest.jsonl"), 0)
        XCTAssertEqual(symlink("runs/2027-01.jsonl", dir + "/next.jsonl"), 0)
        XCTAssertEqual(symlink("runs/2026-12.stats.json", dir + "/stats-link.json"), 0)
        let run = try launch(["clean", "page.txt", "-o", "latest.jsonl", "--stats", "stats-link.json", "--no-rules", "-q"], cwd: dir)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/latest.jsonl"), "runs/2026-12.jsonl", "the link stays")
        XCTAssertEqual(try records(String(contentsOfFile: dir + "/runs/2026-12.jsonl", encoding: .utf8)).count, 1)
        XCTAssertNotNil(try json(dir + "/runs/2026-12.stats.json")["inputs"], "--stats through a link too")
        let dangling = try launch(["clean", "page.txt", "-o", "next.jsonl", "--no-rules", "-q"], cwd: dir)
        XCTAssertEqual(dangling.status, 0, dangling.stderr)
        XCTAssertEqual(try records(String(contentsOfFile: dir + "/runs/2027-01.jsonl", encoding: .utf8)).count, 1)
        XCTAssertTrue((try? FileManager.default.destinationOfSymbolicLink(atPath: dir + "/next.jsonl")) != nil)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir + "/runs").filter { $0.contains(".tmp-") }, [])
    }
}
