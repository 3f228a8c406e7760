import Foundation
@testable import TanqiyaKit
import XCTest

/// A fourth round of attacks from outside, misuse first (files given twice, compressed output
/// names, stale expectations, relative URLs, numeric ids); each test failed on the build it was written against
/// (4825eba) and says what it found there.
final class FourthRoundAttackTests: ScratchDirectoryTestCase {}

extension FourthRoundAttackTests {
    /// A page whose canonical link (or og:url) is relative, with `<base href>` saying where it
    /// lives: `"url"` was the bare path (`/2020/01/02/story/`, not an address) and the outlet its
    /// base names was not found (`outlet: "unknown"`). The address is resolved against the base;
    /// without one, an absolute og:url is taken over a relative canonical link.
    func testARelativeCanonicalURLIsResolvedAgainstTheBase() throws {
        let paragraphs = inventedPage(salt: 43).split(separator: "\n").dropFirst(2).map { "<p>\($0)</p>" }.joined()
        func page(_ head: String) -> String {
            "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\">\(head)</head>"
                + "<body><article><h1>عنوان الخبر</h1>\(paragraphs)</article></body></html>"
        }
        try write(page("<base href=\"https://arabic.rt.com/news/\"><link rel=\"canonical\" href=\"/2020/01/02/story-1/\">"), "a.html")
        try write(page("<BASE HREF=\"https://news.example/world/\"><meta property=\"og:url\" content=\"story-2.html\">"), "b.html")
        try write(page("<link rel=\"canonical\" href=\"/2020/01/02/story-3/\"><meta property=\"og:url\" content=\"https://news.example/story-3\">"), "c.html")
        try write(page("<link rel=\"canonical\" href=\"/2020/01/02/story-4/\">"), "d.html")
        let run = try launch(["clean", "a.html", "b.html", "c.html", "d.html", "--no-rules", "--no-dedup", "-q"], cwd: dir)
        XCTAssertEqual(run.status, 0, run.stderr)
        let byID = Dictionary(uniqueKeysWithValues: try records(run.stdout).map { ($0["id"] as! String, $0) })
        XCTAssertEqual(byID["a#1"]?["url"] as? String, "https://arabic.rt.com/2020/01/02/story-1/")
        let explain = try launch(["explain", "a.html", "--rules", Repo.path("rules"), "-q"], cwd: dir)
        XCTAssertTrue(explain.stdout.contains("# outlet: rt-arabic (url host arabic.rt.com"), "the base's host names the outlet: " + explain.stdout.prefix(300))
        XCTAssertEqual(byID["b#1"]?["url"] as? String, "https://news.example/world/story-2.html")
        XCTAssertEqual(byID["c#1"]?["url"] as? String, "https://news.example/story-3")
        XCTAssertEqual(byID["d#1"]?["url"] as? String, "/2020/01/02/story-4/", "nothing to resolve it against: as written")
        XCTAssertEqual(byID["d#1"]?["date"] as? String, "2020-01-02")
        // Only an http(s) base resolves; a megabyte of path is kept as written, not parsed.
        XCTAssertEqual(MetadataReader.pageURL(canonical: "/a/b", ogURL: nil, base: "javascript:x"), "/a/b")
        XCTAssertEqual(MetadataReader.pageURL(canonical: "../c", ogURL: nil, base: "HTTPS://news.example/x/y/")?.lowercased(), "https://news.example/x/c")
        let long = String(repeating: "a/", count: 500_000)
        XCTAssertEqual(MetadataReader.pageURL(canonical: long, ogURL: nil, base: "https://news.example/"), long)
        XCTAssertTrue(MetadataReader.hasScheme("https://x") && MetadataReader.hasScheme("android-app:x") && !MetadataReader.hasScheme("/a:b")
                      && !MetadataReader.hasScheme("1a:b") && !MetadataReader.hasScheme(":x") && !MetadataReader.hasScheme(long))
    }
}

extension FourthRoundAttackTests {
    /// A numeric JSONL `id` beyond 64 bits was read as a Double: 12345678901234567890123 and
    /// 12345678901234567890124 both became "1.2345678901234568e+22" (two records, one id, and
    /// not the id the record has). It is kept digit for digit.
    func testANumericIdBeyondSixtyFourBitsKeepsItsDigits() throws {
        func line(_ id: String, _ salt: Int) -> String {
            let text = String(data: try! JSONSerialization.data(withJSONObject: inventedPage(salt: salt), options: .fragmentsAllowed), encoding: .utf8)!
            return "{\"id\":\(id),\"text\":\(text)}\n"
        }
        try write(line("12345678901234567890123", 44) + line("12345678901234567890124", 45) + line("1.5", 46)
                  + line("18446744073709551615", 47), "ids.jsonl")
        let run = try launch(["clean", "ids.jsonl", "--no-rules", "--no-learn", "-q"], cwd: dir)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try records(run.stdout).compactMap { $0["id"] as? String },
                       ["12345678901234567890123#1", "12345678901234567890124#1", "1.5#1", "18446744073709551615#1"])
    }
}

extension FourthRoundAttackTests {
    /// `stats merge s.json s.json` (or `./s.json`, a link to it): the one run was counted twice
    /// (182 articles for 91), status 0. Stats of separate runs are merged as given; one file
    /// given twice is refused, saying which.
    func testStatsMergeRefusesOneFileGivenTwice() throws {
        try write(inventedPage(salt: 48), "in/a.txt")
        let run = try launch(["clean", "in", "-o", "a.jsonl", "--stats", "s.json", "--no-rules", "-q"], cwd: dir)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(symlink(dir + "/s.json", dir + "/link.json"), 0)
        for second in ["s.json", "./s.json", "link.json"] {
            let merge = try launch(["stats", "merge", "s.json", second, "-o", "m.json"], cwd: dir)
            XCTAssertEqual(merge.status, 1, merge.stderr)
            XCTAssertTrue(merge.stderr.contains("\(second): the same file as s.json, given twice"), merge.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/m.json"))
        }
        let once = try launch(["stats", "merge", "s.json"], cwd: dir)
        XCTAssertEqual(once.status, 0, once.stderr)
    }
}

extension FourthRoundAttackTests {
    /// `clean page.txt -o out.jsonl.gz` wrote plain JSONL under a gzip name (status 0: the
    /// inputs read `.html.gz`, so the name looked supported); `zcat` failed later, far from the
    /// cause. An output named as compressed is a usage error, nothing written.
    func testAnOutputNamedAsCompressedIsRefused() throws {
        try write(inventedPage(salt: 49), "a.txt")
        for (option, path) in [("-o", "out.jsonl.gz"), ("-o", "out.TXT.GZ"), ("--explain", "t.explain.xz"),
                               ("--duplicates", "d.jsonl.zst"), ("--stats", "s.json.bz2")] {
            let run = try launch(["clean", "a.txt", option, path, "--no-rules", "-q"] + (option == "-o" ? [] : ["-o", "o.jsonl"]), cwd: dir)
            XCTAssertEqual(run.status, 2, run.stderr)
            XCTAssertTrue(run.stderr.contains("\(option) \(path): tanqiya writes no"), run.stderr)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["a.txt"])
        }
    }
}

extension FourthRoundAttackTests {
    /// A fixture page renamed or removed leaves its expectation behind: `check --strict` passed,
    /// saying nothing, with expectations that no page is checked against any more. They are
    /// listed (and fail `--strict`); other files in the expectations folder are not looked at.
    func testCheckNamesExpectationsWithoutAPage() throws {
        try write(inventedPage(salt: 50), "pages/a.txt")
        try write(inventedPage(salt: 51), "pages/b.txt")
        let common = ["check", "--no-rules", "--fixtures", "pages", "--expected", "golden"]
        let update = try launch(common + ["--update"], cwd: dir)
        XCTAssertEqual(update.status, 0, update.stderr)
        XCTAssertEqual(try launch(common + ["--strict"], cwd: dir).status, 0)
        try FileManager.default.moveItem(atPath: dir + "/pages/b.txt", toPath: dir + "/pages/c.txt")
        try write("notes", "golden/pages/NOTES.md")
        _ = try launch(common + ["--update"], cwd: dir)
        let strict = try launch(common + ["--strict"], cwd: dir)
        XCTAssertEqual(strict.status, 1, strict.stdout + strict.stderr)
        XCTAssertTrue(strict.stdout.contains("2 expectation files without a fixture"), strict.stdout)
        XCTAssertTrue(strict.stdout.contains("golden/pages/b.jsonl") && strict.stdout.contains("golden/pages/b.explain"), strict.stdout)
        XCTAssertFalse(strict.stdout.contains("NOTES"), strict.stdout)
        let plain = try launch(common, cwd: dir)
        XCTAssertEqual(plain.status, 0, plain.stdout + plain.stderr)
        XCTAssertTrue(plain.stdout.contains("golden/pages/b.jsonl"), plain.stdout)
    }
}

extension FourthRoundAttackTests {
    /// `-` is standard output for `clean`'s outputs, `stats merge -o` and `dedup apply`, but
    /// `clean --profile -`, `profile -o -`, `profile merge DIR -o -`, `rules suggest -o -`,
    /// `explain --html -` and `check --html -` wrote a file named `-` in the current folder
    /// (status 0). The first four now write to standard output (`clean --profile -` without `-o`
    /// is two outputs there: a usage error); the reports, whose commands print there already, are
    /// usage errors.
    func testADashOutputIsStandardOutputInEveryCommand() throws {
        for n in 0..<8 {  // a site's pages: its chrome around each article
            try write("موقع المدينة الإخباري\nالرئيسية\nمحليات\nرياضة\n\n" + inventedPage(salt: 60 + n)
                      + "\nتابعونا على الشبكات الاجتماعية\nجميع الحقوق محفوظة لموقع المدينة\n", "pages/p\(n).txt")
        }
        func assertNoDashFile(_ what: String) {
            XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/-"), what + " wrote a file named -")
            try? FileManager.default.removeItem(atPath: dir + "/-")
        }
        let learned = try launch(["clean", "pages", "-o", "out.jsonl", "--profile", "-", "--no-rules", "-q"], cwd: dir)
        XCTAssertEqual(learned.status, 0, learned.stderr)
        XCTAssertTrue(learned.stdout.contains("\"sites\""), learned.stdout)
        assertNoDashFile("clean --profile -")
        let both = try launch(["clean", "pages", "--profile", "-", "--no-rules", "-q"], cwd: dir)
        XCTAssertEqual(both.status, 2, both.stderr)
        XCTAssertTrue(both.stderr.contains("-o and --profile both go to standard output"), both.stderr)
        assertNoDashFile("clean --profile - without -o")
        let profile = try launch(["profile", "pages", "-o", "-"], cwd: dir)
        XCTAssertEqual(profile.status, 0, profile.stderr)
        XCTAssertTrue(profile.stdout.contains("\"sites\""), profile.stdout)
        assertNoDashFile("profile -o -")
        XCTAssertEqual(try launch(["profile", "pages", "--shard", "0/1", "--stage-dir", "work"], cwd: dir).status, 0)
        let merge = try launch(["profile", "merge", "work", "-o", "-"], cwd: dir)
        XCTAssertEqual(merge.status, 0, merge.stderr)
        XCTAssertTrue(merge.stdout.contains("\"sites\""), merge.stdout)
        assertNoDashFile("profile merge -o -")
        let suggest = try launch(["rules", "suggest", "pages", "--outlet", "x", "--host", "x.example", "--rules", Repo.path("rules"), "-o", "-"], cwd: dir)
        XCTAssertTrue(suggest.stdout.contains("outlet: x"), suggest.stdout + suggest.stderr)
        assertNoDashFile("rules suggest -o -")
        let explain = try launch(["explain", "pages/p0.txt", "--no-rules", "--html", "-"], cwd: dir)
        XCTAssertEqual(explain.status, 2, explain.stderr)
        XCTAssertTrue(explain.stderr.contains("--html -: the trace goes to standard output"), explain.stderr)
        assertNoDashFile("explain --html -")
        let check = try launch(["check", "--no-rules", "--fixtures", "pages", "--expected", "golden", "--html", "-"], cwd: dir)
        XCTAssertEqual(check.status, 2, check.stderr)
        assertNoDashFile("check --html -")
    }
}

extension FourthRoundAttackTests {
    /// `clean … --shard 0/1 --stage-dir W --duplicates d.jsonl`: status 0 and no `d.jsonl`, ever
    /// (the option was silently ignored: duplicates are known only after `dedup global`). And
    /// `-o` or `--explain` there was refused with "-o and --explain come with `tanqiya dedup
    /// apply`", which has no `--explain`. Both say what is true now.
    func testAStageOneRunRefusesTheOutputsItCannotWrite() throws {
        try write(inventedPage(salt: 70), "pages/a.txt")
        let stage = ["clean", "pages", "--shard", "0/1", "--stage-dir", "work", "--no-learn", "--no-rules"]
        let dups = try launch(stage + ["--duplicates", "d.jsonl"], cwd: dir)
        XCTAssertEqual(dups.status, 2, dups.stderr)
        XCTAssertTrue(dups.stderr.contains("-o and --duplicates come with `tanqiya dedup apply`"), dups.stderr)
        let explain = try launch(stage + ["--explain", "t.explain"], cwd: dir)
        XCTAssertEqual(explain.status, 2, explain.stderr)
        XCTAssertTrue(explain.stderr.contains("--stage-dir writes no explain trace"), explain.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/work"))
    }
}

extension FourthRoundAttackTests {
    /// `stats merge` of a stats file with `Int.max` in one of 105 of its counts (bytes_in,
    /// inputs.failed, a label's dropped lines, a stage's pages…) beside a real one: the sums
    /// trapped (arithmetic overflow, status 132, a backtrace). A count outside 0…2^53 is refused,
    /// naming the file and the field.
    func testStatsMergeRefusesCountsNoRunReaches() throws {
        for n in 0..<3 { try write(inventedPage(salt: 80 + n), "in/p\(n).txt") }
        let run = try launch(["clean", "in", "-o", "a.jsonl", "--stats", "s.json", "--no-rules", "-q"], cwd: dir)
        XCTAssertEqual(run.status, 0, run.stderr)
        let stats = try json(dir + "/s.json")
        func mutated(_ path: [String], _ value: Any) throws -> String {
            func set(_ object: Any, _ path: ArraySlice<String>) -> Any {
                guard let key = path.first else { return value }
                if var array = object as? [Any], let index = Int(key) { array[index] = set(array[index], path.dropFirst()); return array }
                var dictionary = object as! [String: Any]
                dictionary[key] = set(dictionary[key] as Any, path.dropFirst())
                return dictionary
            }
            let name = path.joined(separator: "-") + "-\(value).json"
            try JSONSerialization.data(withJSONObject: set(stats, path[...])).write(to: URL(fileURLWithPath: dir + "/" + name))
            return name
        }
        let fields: [([String], String)] = [(["bytes_in"], "bytes_in"), (["inputs", "failed"], "inputs.failed"),
                                            (["lines", "dropped_by_label", "title"], "lines.dropped_by_label.title"),
                                            (["stages", "0", "pages_in"], ".pages_in"), (["learning", "lines_learned"], "learning.lines_learned")]
        for (path, field) in fields {
            for value in [Int.max, -1] {
                let merge = try launch(["stats", "merge", try mutated(path, value), "s.json"], cwd: dir)
                XCTAssertEqual(merge.status, 1, "\(path) \(value): " + merge.stderr.prefix(300))
                XCTAssertTrue(merge.stderr.contains(field) && merge.stderr.contains("is \(value), not in 0…9007199254740992"),
                              "\(path) \(value): " + merge.stderr.prefix(300))
            }
        }
        XCTAssertEqual(try launch(["stats", "merge", "s.json"], cwd: dir).status, 0)
    }
}
