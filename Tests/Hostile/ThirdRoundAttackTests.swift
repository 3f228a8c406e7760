import Foundation
@testable import TanqiyaKit
import XCTest

/// A third round of attacks from outside (HTML metadata, permissions, limits, signals); each test
/// failed on the build it was written against (6e3458a) and says what it found there.
final class ThirdRoundAttackTests: XCTestCase {
    /// The cheapest of `runs` measurements of `work`, in thread CPU seconds (small costs are noisy).
    private func cost(runs: Int = 3, _ work: () -> Void) -> Double {
        (0..<runs).map { _ in
            let start = threadCPUSeconds()
            work()
            return threadCPUSeconds() - start
        }.min()!
    }

    /// A `<title>` of many short " | x" segments (a page with no og:title and no <h1>): each
    /// segment was stripped with ten backward Foundation searches over the whole title, each
    /// quadratic on Linux: 1,000 segments (4 KB) took 3 s, 4,000 took 55 s, 25,000 never ended.
    func testATitleOfThousandsOfSeparatorsIsStrippedInLinearTime() {
        func title(_ n: Int) -> String { "عنوان الخبر الطويل" + String(repeating: " | x", count: n) }
        XCTAssertEqual(MetadataReader.stripSiteName(title(3)), "عنوان الخبر الطويل")
        XCTAssertEqual(MetadataReader.stripSiteName("Headline  –  Site · Section"), "Headline")
        XCTAssertEqual(MetadataReader.stripSiteName("A | much longer tail than its head"), "A | much longer tail than its head")
        let small = cost { _ = MetadataReader.stripSiteName(title(1_000)) }
        let big = cost { _ = MetadataReader.stripSiteName(title(8_000)) }
        assertGrowth(small, big, factor: 8, limit: 20, "<title> site-name stripping")
        XCTAssertEqual(MetadataReader.stripSiteName(title(8_000)), "عنوان الخبر الطويل")
    }

    /// A date whose UTC offset is impossible (`+99:99`, `-14:75`, `+05:75`) was written as read:
    /// `"date":"2019-11-19T08:21:00+100:39"`, `-15:15`, `+06:15` — not ISO 8601, and not what the
    /// page said. Such a date is no date (as a 25th hour is).
    func testADateWithAnImpossibleOffsetIsNoDate() {
        let parser = DateParser.standard
        for value in ["2019-11-19T08:21:00+99:99", "2019-11-19T08:21:00-14:75", "2019-11-19T08:21:00+05:75",
                      "2019-11-19T08:21:00+9999", "2019-11-19T08:21:00-23:00"] {
            XCTAssertNil(parser.parseMachine(value), value)
        }
        XCTAssertEqual(parser.parseMachine("2019-11-19T08:21:00+14:00")?.description, "2019-11-19T08:21:00+14:00")
        XCTAssertEqual(parser.parseMachine("2019-11-19T08:21:00-0330")?.description, "2019-11-19T08:21:00-03:30")
        XCTAssertEqual(parser.find(in: "19 November 2019 10:30 +03:75")?.date.description.hasPrefix("2019-11-19T10:30:00+03:00"), true)
    }

    /// A page's markup can say anything: `<html lang="ar-ar-…">` of 300 KB became a 300 KB
    /// `"lang"` (tidied to `ar-AR-AR-…`), and an og:site_name of 1 MB a 1 MB `"site_name"`, in
    /// every record of the page (the author was already capped). Neither is taken now: the
    /// language is detected from the text, the site name left out.
    func testAHugeDeclaredLanguageOrSiteNameIsNotCopiedIntoRecords() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let paragraphs = inventedPage(salt: 31).split(separator: "\n").dropFirst(2).map { "<p>\($0)</p>" }.joined()
        let page = "<!DOCTYPE html><html lang=\"" + String(repeating: "ar-", count: 20_000) + "x\"><head><meta charset=\"utf-8\">"
            + "<meta property=\"og:site_name\" content=\"" + String(repeating: "موقع ", count: 50_000) + "\"></head>"
            + "<body><article><h1>عنوان الخبر</h1>\(paragraphs)</article></body></html>"
        try page.write(toFile: dir + "/page.html", atomically: false, encoding: .utf8)
        let run = try launch(["clean", dir + "/page.html", "--no-rules", "-q"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let record = try XCTUnwrap(try records(run.stdout).first)
        XCTAssertEqual(record["lang"] as? String, "ar", "detected from the text")
        XCTAssertNil(record["site_name"], "no megabyte site name")
        XCTAssertNil(LanguageIdentifier.normalize(String(repeating: "en-", count: 20) + "us"))
        XCTAssertEqual(LanguageIdentifier.normalize("zh_hant_tw"), "zh-Hant-TW")
    }

    /// `--rules DIR` on a folder its user cannot list said "no rule files (*.yaml, *.yml) in this
    /// directory", sending them to look for missing files; it says "Permission denied" now.
    func testAnUnlistableRulesFolderSaysWhy() throws {
        let dir = try unprivilegedDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/rules", withIntermediateDirectories: false)
        try FileManager.default.copyItem(atPath: Repo.path("rules/rt-arabic.yaml"), toPath: dir + "/rules/rt-arabic.yaml")
        try inventedPage(salt: 5).write(toFile: dir + "/page.txt", atomically: false, encoding: .utf8)
        XCTAssertEqual(chmod(dir + "/rules", 0o000), 0)
        for arguments in [["clean", "page.txt", "--rules", "rules"], ["rules", "lint", "rules"]] {
            let run = try launchUnprivileged(arguments, cwd: dir)
            XCTAssertEqual(run.status, 2, run.stderr)
            XCTAssertTrue(run.stderr.contains("Permission denied"), "\(arguments): \(run.stderr)")
        }
    }

    /// An HTML page in UTF-16 without a byte order mark (little- or big-endian; here with a meta
    /// charset saying so) was read as UTF-8 with its NULs dropped: the record's text was the markup
    /// letter by letter ("! D O C T Y P E h t m l > …"), its lang "tr", status 0, no warning.
    func testAnHTMLPageInUTF16WithoutAByteOrderMarkIsReadAsUTF16() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let paragraphs = inventedPage(salt: 44).split(separator: "\n").dropFirst(2).map { "<p>\($0)</p>" }.joined()
        let page = "\n<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-16\"><title>خبر</title></head>"
            + "<body><article><h1>عنوان الخبر المحلي</h1>\(paragraphs)</article></body></html>\n"
        let utf16 = Array(page.utf16)
        let little = utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        try Data(little).write(to: URL(fileURLWithPath: dir + "/le.html"))
        try Data(big).write(to: URL(fileURLWithPath: dir + "/be.html"))
        let run = try launch(["clean", dir + "/le.html", dir + "/be.html", "--no-rules", "--no-dedup", "-q"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let found = try records(run.stdout)
        XCTAssertEqual(found.map { $0["title"] as? String }, ["عنوان الخبر المحلي", "عنوان الخبر المحلي"], run.stdout)
        XCTAssertEqual(found.map { $0["encoding"] as? String }, ["UTF-16LE", "UTF-16BE"])
        for record in found { XCTAssertFalse((record["text"] as? String ?? "").contains("< / p >"), "markup as text") }
        // A UTF-8 page is not taken for UTF-16.
        XCTAssertNil(EncodingDetector.utf16WithoutBOM(Array(page.utf8)))
    }

    /// A FIFO named like a rule file in the rules folder (`mkfifo rules/x.yaml`): `rules lint`
    /// and every `clean` blocked forever opening it; a link to `/dev/zero` said "a read error".
    /// Both are rule-file problems now (status 2, named).
    func testARuleFileThatIsAFIFOOrADeviceIsRefusedNotWaitedFor() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/rules", withIntermediateDirectories: false)
        try FileManager.default.copyItem(atPath: Repo.path("rules/rt-arabic.yaml"), toPath: dir + "/rules/rt-arabic.yaml")
        XCTAssertEqual(mkfifo(dir + "/rules/waiting.yaml", 0o644), 0)
        XCTAssertEqual(symlink("/dev/zero", dir + "/rules/zero.yml"), 0)
        try inventedPage(salt: 8).write(toFile: dir + "/page.txt", atomically: false, encoding: .utf8)
        for arguments in [["rules", "lint", dir + "/rules"], ["clean", dir + "/page.txt", "--rules", dir + "/rules"]] {
            let run = try launch(arguments, timeout: 20)
            XCTAssertEqual(run.status, 2, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("waiting.yaml: error: not a regular file (a FIFO)"), run.stderr)
            XCTAssertTrue(run.stderr.contains("zero.yml: error: not a regular file (a device)"), run.stderr)
            XCTAssertEqual(run.stdout, "")
        }
    }

    /// `--shard I/N` takes any N up to 2^63 − 1, but the steps after it walked 0..<N: `dedup
    /// global` of a folder made with `--shard 0/9223372036854775807` never ended (and with
    /// N = 1,000,000 it printed a 7.8 MB line naming every unfinished shard); `profile merge`
    /// the same. They count the markers there now and name the first twenty missing.
    func testStagedStepsOfAHugeShardCountNeitherHangNorFlood() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try inventedPage(salt: 12).write(toFile: dir + "/page.txt", atomically: false, encoding: .utf8)
        for count in ["9223372036854775807", "1000000"] {
            let work = dir + "/work-" + count
            let stage = try launch(["clean", dir + "/page.txt", "--shard", "0/" + count, "--stage-dir", work, "--no-learn", "-q"])
            XCTAssertEqual(stage.status, 0, stage.stderr)
            let global = try launch(["dedup", "global", work], timeout: 30)
            XCTAssertEqual(global.status, 1, "\(count): \(global.stderr.prefix(300))")
            XCTAssertTrue(global.stderr.contains("shards not finished (no .done marker): 1, 2, 3,"), String(global.stderr.prefix(300)))
            XCTAssertLessThan(global.stderr.utf8.count, 1_000, "one short line")
            let frames = dir + "/frames-" + count
            let profile = try launch(["profile", dir + "/page.txt", "--shard", "0/" + count, "--stage-dir", frames])
            XCTAssertEqual(profile.status, 0, profile.stderr)
            let merge = try launch(["profile", "merge", frames], timeout: 30)
            XCTAssertNotEqual(merge.status, 0)
            XCTAssertTrue(merge.stderr.contains("frames of shards 1, 2, 3,"), String(merge.stderr.prefix(300)))
            XCTAssertLessThan(merge.stderr.utf8.count, 1_000, "one short line")
        }
    }

    /// The date in a URL's path was looked for by copying the rest of the URL at every `/`, `-`
    /// or `_`: a JSONL record whose `url` is 100,000 × "/-" took 4 s, 400,000 took 56 s.
    func testADateIsFoundInAURLOfManySeparatorsInLinearTime() {
        let parser = DateParser.standard
        func url(_ n: Int) -> String { "https://e.example" + String(repeating: "/-", count: n) + "/2019/nov/19/x" }
        XCTAssertEqual(parser.fromURL(url(3))?.description, "2019-11-19")
        XCTAssertEqual(parser.fromURL("https://e.example/news/2019-11-19-title")?.description, "2019-11-19")
        XCTAssertNil(parser.fromURL("https://e.example/2019/november/19x"))
        let small = cost { _ = parser.fromURL(url(5_000)) }
        let big = cost { _ = parser.fromURL(url(40_000)) }
        assertGrowth(small, big, factor: 8, limit: 20, "date in a URL of many separators")
    }

    /// `ulimit -t` stops a run with SIGXCPU (then SIGKILL at the hard limit): the run died at
    /// once and left its `.out.jsonl.tmp-PID-RANDOM`. It is taken like SIGTERM now.
    func testACPUTimeLimitRemovesTheTemporaries() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        XCTAssertEqual(mkfifo(dir + "/in.txt", 0o644), 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repo.binary)
        process.arguments = ["clean", dir + "/in.txt", "-o", dir + "/out.jsonl", "--no-rules", "-q"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        // The run waits on the FIFO with its output's temporary open.
        let writer = open(dir + "/in.txt", O_WRONLY)
        XCTAssertGreaterThanOrEqual(writer, 0)
        defer { close(writer) }
        _ = "سطر أول\n".withCString { write(writer, $0, strlen($0)) }
        var waited = 0
        while try FileManager.default.contentsOfDirectory(atPath: dir).allSatisfy({ !$0.contains(".tmp-") }), waited < 200 {
            usleep(20_000); waited += 1
        }
        kill(process.processIdentifier, SIGXCPU)
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 128 + SIGXCPU)
        XCTAssertTrue(message.contains("CPU time limit exceeded; unfinished outputs removed"), message)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir).sorted(), ["in.txt"], "no temporary, no output")
    }

    /// A 12 MB page of 500,000 empty `<div><span></span></div>` before its article reaches the
    /// reader's node cap, and the run warned "page cut at 33554432 bytes": a byte cap the page
    /// is far below. The warning names the cap that cut it.
    func testAPageCutByItsNodeCountSaysSo() throws {
        var limits = HTMLParseLimits()
        limits.maxNodes = 1_000
        let html = "<html><body>" + String(repeating: "<div><span></span></div>", count: 2_000) + "<p>tail</p></body></html>"
        let document = try HTMLDocumentReader(reader: HTMLReader(limits: limits))
            .read(bytes: Array(html.utf8), source: "page.html", idPrefix: "page")
        XCTAssertEqual(document.warnings, ["page cut at 1000 elements and text nodes"])
    }

    /// A line holding a terminal's colour codes (ESC, U+001B), a bell or DEL kept them in the
    /// record's text (`"…\u001b[31mالخبر\u001b[0m…"`): junk for a language model. The
    /// normaliser drops C0 and C1 controls (but white space) as it drops bidi marks.
    func testControlCodesAreDroppedFromTheText() throws {
        let normalizer = Normalizer()
        let line = "نص \u{1B}[31mالخبر\u{1B}[0m\u{07} المحلي\u{7F}\u{9B}\u{00} اليوم"
        XCTAssertEqual(normalizer.normalize(line), "نص [31mالخبر[0m المحلي اليوم")
        XCTAssertEqual(normalizer.normalize("abc\u{1B}"), "abc")
        XCTAssertEqual(normalizer.normalize("\u{1B}x\u{85}y"), "x y", "NEL stays white space")
        var copy = line
        XCTAssertEqual(copy.withUTF8 { normalizer.slowPath(utf8: $0) }, "نص [31mالخبر[0m المحلي اليوم", "the slow path agrees")
    }
}

/// A folder for an unprivileged run: a root test run hands it to `nobody`, whose runs
/// (`launchUnprivileged`) meet permissions as a user does (root reads a mode-000 file anyway).
func unprivilegedDirectory() throws -> String {
    let dir = try temporaryDirectory()
    if getuid() == 0 {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { throw XCTSkip("root without setpriv") }
        _ = chown(dir, 65534, 65534)
    }
    return dir
}

/// `launch` as `nobody` when the tests run as root (through `setpriv`), else as the user.
func launchUnprivileged(_ arguments: [String], cwd: String, timeout: TimeInterval = 120) throws -> Run {
    guard getuid() == 0 else { return try launch(arguments, cwd: cwd, timeout: timeout) }
    return try launch(["--reuid=65534", "--regid=65534", "--clear-groups", Repo.binary] + arguments,
                      executable: "/usr/bin/setpriv", cwd: cwd, timeout: timeout)
}
