import Foundation
import TanqiyaKit
import XCTest

/// A second round of attacks, by someone who did not write the fixes of issue 13: each test
/// failed on the build it was written against (a5defbe) and names what it found there.
final class SecondRoundAttackTests: XCTestCase {
    /// `-o /dev/stdout` with standard output redirected to a file (`tanqiya … -o /dev/stdout >
    /// out.jsonl` in a Makefile recipe): `stat` followed the link to the regular file, so the
    /// output went to a temporary beside the *link* and was renamed onto it. As root that
    /// replaced the system's `/dev/stdout` link with a regular file (the redirected file stayed
    /// empty, status 0); `/dev/fd/1` and `/proc/self/fd/1` failed ("No such file or directory").
    /// A path that names one of the process's open descriptors is that descriptor.
    func testAPathNamingStandardOutputWritesToIt() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try inventedPage(salt: 90).write(toFile: dir + "/page.txt", atomically: false, encoding: .utf8)
        // A link of our own to the descriptor stands in for /dev/stdout: a failing build
        // replaces this link, not the system's.
        XCTAssertEqual(symlink("/proc/self/fd/1", dir + "/stdout-link"), 0)
        for target in ["/dev/fd/1", "/proc/self/fd/1", dir + "/stdout-link"] {
            let run = try launch(["clean", dir + "/page.txt", "-o", target, "-q"])
            XCTAssertEqual(run.status, 0, "\(target): \(run.stderr)")
            XCTAssertEqual(try records(run.stdout).count, 1, "\(target): the record is on standard output")
        }
        var info = stat()
        XCTAssertEqual(lstat(dir + "/stdout-link", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFLNK, "the link is still a link")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".tmp-") }
        XCTAssertEqual(left, [], "no temporary left")
        // Standard error too, and the explain trace: each to its descriptor.
        let run = try launch(["clean", dir + "/page.txt", "-o", "-", "--explain", "/dev/fd/2", "-q"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("# source: "), run.stderr)
    }

    /// Foundation's NFKC is quadratic on a long line: each expanding character (U+FDFA, 18
    /// letters; ⑴) moves the rest of the line, and a run of combining marks out of canonical order
    /// is sorted by a quadratic sort. One line of 400,000 U+FDFA cost 7.7 s against 0.85 s for
    /// 100,000; a letter with 200,000 shadda–fatha pairs (0.8 MB) four minutes.
    func testTheNormaliserTakesLinearTimeOnLinesNFKCExpandsOrReorders() {
        let normalizer = Normalizer()
        func cost(_ line: String) -> Double {
            let start = threadCPUSeconds()
            _ = normalizer.normalize(line)
            return threadCPUSeconds() - start
        }
        let attacks: [(String, (Int) -> String, Int)] = [
            ("U+FDFA", { String(repeating: "\u{FDFA}", count: $0) }, 25_000),
            ("⑴", { String(repeating: "\u{2474}", count: $0) }, 25_000),
            ("shadda fatha", { "ب" + String(repeating: "\u{0651}\u{064E}", count: $0) }, 5_000),
            ("U+0F73", { "ب" + String(repeating: "\u{0F73}", count: $0) }, 5_000),
        ]
        for (what, line, n) in attacks {
            let small = cost(line(n)), big = cost(line(8 * n))
            assertGrowth(small, big, factor: 8, limit: 20, "normaliser, \(what)")
        }
    }

    /// A long line is normalised a piece at a time: the pieces must give what the whole line
    /// gives (presentation forms, harakat out of order, ⑴, Hangul jamo and halfwidth kana that
    /// compose with the character before them, all across the pieces' edges).
    func testALongLineNormalisesAsItsShortPartsDo() {
        let normalizer = Normalizer()
        let parts = ["\u{FEF7}\u{FE8E}\u{FDFA}", "ب\u{0651}\u{064E}ـب", "\u{2474}x\u{0301}",
                     "\u{1100}\u{1161}\u{11A8}\u{3131}\u{314F}", "\u{FF76}\u{FF9E}", "\u{0B47}\u{0B3E}", "e\u{0301}\u{0327}"]
        for part in parts {
            let short = normalizer.normalize(part)
            for count in [1, 700, 3000] {
                let long = String(repeating: part, count: count)
                XCTAssertEqual(normalizer.normalize(long), String(repeating: short, count: count), "\(part.unicodeScalars.map { String($0.value, radix: 16) }) × \(count)")
            }
        }
        // More than 30 combining marks in a row get U+034F after each 30 (UAX #15's Stream-Safe
        // Text Format): nothing dropped, and a second pass changes nothing.
        let zalgo = "ب" + String(repeating: "\u{0651}\u{064E}", count: 3000)
        let once = normalizer.normalize(zalgo)
        XCTAssertEqual(once.unicodeScalars.filter { $0.value == 0x034F }.count, 199, "a joiner after every 30 marks (none after the last)")
        XCTAssertEqual(once.unicodeScalars.filter { $0.value == 0x0651 }.count, 3000)
        XCTAssertEqual(normalizer.normalize(once), once)
    }

    /// A profile is a file a run is handed (`--use-profile`): its thresholds were taken as they
    /// were. `head_lines` near `Int.max` trapped on an overflow (SIGILL, status 132, every
    /// output lost); negative counts and shares above 1 were used silently.
    func testAProfileWithOutOfRangeThresholdsIsRefused() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let pages = Repo.path("Tests/Corpora/multisite-dev/pages")
        let learn = try launch(["clean", pages, "--rules", Repo.path("rules"), "-o", dir + "/first.jsonl", "--profile", dir + "/profile.json", "-q"])
        XCTAssertEqual(learn.status, 0, learn.stderr)
        let profile = try json(dir + "/profile.json")
        for (key, value) in [("head_lines", Int.max as Any), ("head_lines", -1), ("title_lookahead", -5), ("min_line_share", 2.5),
                             ("max_chrome_bytes", Int.max)] {
            var hostile = profile
            var tunables = try XCTUnwrap(profile["tunables"] as? [String: Any])
            tunables[key] = value
            hostile["tunables"] = tunables
            try JSONSerialization.data(withJSONObject: hostile).write(to: URL(fileURLWithPath: dir + "/hostile.json"))
            let run = try launch(["clean", pages, "--rules", Repo.path("rules"), "-o", dir + "/out.jsonl", "--use-profile", dir + "/hostile.json", "-q"])
            XCTAssertEqual(run.status, 2, "\(key) \(value): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("not a tanqiya profile") && run.stderr.contains(key), "\(key): \(run.stderr)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/out.jsonl"), "\(key): nothing written")
        }
        var negative = profile
        var sites = try XCTUnwrap(profile["sites"] as? [[String: Any]])
        sites[0]["pages"] = -3
        negative["sites"] = sites
        try JSONSerialization.data(withJSONObject: negative).write(to: URL(fileURLWithPath: dir + "/hostile.json"))
        let run = try launch(["clean", pages, "--rules", Repo.path("rules"), "-o", dir + "/out.jsonl", "--use-profile", dir + "/hostile.json", "-q"])
        XCTAssertEqual(run.status, 2, run.stderr)
        // The profile as written is taken, and gives what learning gave.
        let same = try launch(["clean", pages, "--rules", Repo.path("rules"), "-o", dir + "/again.jsonl", "--use-profile", dir + "/profile.json", "-q"])
        XCTAssertEqual(same.status, 0, same.stderr)
        XCTAssertEqual(try String(contentsOfFile: dir + "/again.jsonl", encoding: .utf8), try String(contentsOfFile: dir + "/first.jsonl", encoding: .utf8))
    }

    /// `tanqiya clean … --explain - -o out.jsonl | head -1`: SIGPIPE killed the run without the
    /// cleanup SIGINT, SIGTERM and SIGHUP get, leaving `.out.jsonl.tmp-PID-RANDOM` beside the output.
    func testABrokenPipeLeavesNoTemporary() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for n in 0..<60 { try inventedPage(paragraphs: 150, salt: 100 + n).write(toFile: dir + "/page\(n).txt", atomically: false, encoding: .utf8) }
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()  // the reader is gone before the first write
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Repo.binary)
        process.arguments = ["clean", dir, "--rules", Repo.path("rules"), "-o", dir + "/out.jsonl", "--explain", "-", "-q", "--no-dedup"]
        process.standardOutput = pipe.fileHandleForWriting
        process.standardError = FileHandle.nullDevice
        try process.run()
        try pipe.fileHandleForWriting.close()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus,
                       128 + SIGPIPE, "stopped as by SIGPIPE")
        // The trace (60 pages, over the writer's 1 MiB buffer) broke the pipe midway: out.jsonl unfinished.
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix(".") || $0.hasPrefix("out") }
        XCTAssertEqual(left, [], "nothing left beside the output")
    }

    /// YAML aliases repeat a value wherever they stand: a 1.2 MB rule file holding one 1 MB
    /// line and 20,000 aliases of it took 47 s to lint and 51 s of every `clean`'s start-up (each
    /// alias normalised and fingerprinted again), and `rules lint` said "no problems".
    func testARuleFileWhoseAliasesMultiplyItsValuesIsRefused() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let big = String(repeating: "x", count: 64 << 10)
        let yaml = """
            outlet: bomb
            name: Bomb
            detect:
              hosts: [bomb.example]
              min_score: 1
            article:
              title: {id: b.title}
              lead: {id: b.lead}
              body: {id: b.body}
              header: {id: b.header}
            lines:
              - {id: b.one, label: navigation, exact: &big "\(big)"}
              - {id: b.many, label: navigation, exact: [\(Array(repeating: "*big", count: 1000).joined(separator: ", "))]}

            """
        try FileManager.default.createDirectory(atPath: dir + "/rules", withIntermediateDirectories: true)
        try yaml.write(toFile: dir + "/rules/bomb.yaml", atomically: false, encoding: .utf8)
        let lint = try launch(["rules", "lint", dir + "/rules"])
        XCTAssertEqual(lint.status, 2, lint.stderr)
        XCTAssertTrue(lint.stderr.contains("bomb.yaml:1") && lint.stderr.contains("aliases"), lint.stderr)
    }

    /// `rules suggest PAGES -o FILE --force` wrote its draft over one of its own pages, or over
    /// a rule file of the folder it compares with (another outlet's), status 0: `--force` is for
    /// an older draft, and like every command it must not write over what it reads.
    func testRulesSuggestNeverWritesOverItsPagesOrRuleFiles() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let pages = Repo.path("Tests/Corpora/multisite-dev/pages")
        try FileManager.default.copyItem(atPath: pages, toPath: dir + "/pages")
        try FileManager.default.copyItem(atPath: Repo.path("rules"), toPath: dir + "/rules")
        let page = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: dir + "/pages").sorted().first)
        for target in [dir + "/pages/" + page, dir + "/rules/rt-arabic.yaml"] {
            let before = try String(contentsOfFile: target, encoding: .utf8)
            let run = try launch(["rules", "suggest", dir + "/pages", "--outlet", "fictional", "--rules", dir + "/rules", "-o", target, "--force", "-q"])
            XCTAssertEqual(run.status, 2, "\(target): \(run.stderr)")
            XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), before, "\(target) left as it was")
        }
        let fine = try launch(["rules", "suggest", dir + "/pages", "--outlet", "fictional", "--rules", dir + "/rules", "-o", dir + "/draft.yaml", "-q"])
        XCTAssertEqual(fine.status, 0, fine.stderr)
        XCTAssertTrue(try String(contentsOfFile: dir + "/draft.yaml", encoding: .utf8).contains("outlet: fictional"))
    }

    /// `check --html` wrote its report over a fixture page or a rule file (status 1, as for any
    /// change), and `check --update` with `--expected` at the fixtures' parent wrote a JSONL
    /// fixture's expectation over the fixture itself.
    func testCheckNeverWritesOverItsFixturesOrRuleFiles() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/fx", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.path("rules"), toPath: dir + "/rules")
        try inventedPage(salt: 140).write(toFile: dir + "/fx/page.txt", atomically: false, encoding: .utf8)
        let record = try JSONSerialization.data(withJSONObject: ["text": inventedPage(salt: 141)])
        try (String(decoding: record, as: UTF8.self) + "\n").write(toFile: dir + "/fx/records.jsonl", atomically: false, encoding: .utf8)
        let cases: [([String], String)] = [
            (["--expected", dir + "/exp", "--html", dir + "/fx/page.txt"], dir + "/fx/page.txt"),
            (["--expected", dir + "/exp", "--html", dir + "/rules/rt-arabic.yaml"], dir + "/rules/rt-arabic.yaml"),
            (["--expected", ".", "--update"], dir + "/fx/records.jsonl"),
        ]
        for (options, target) in cases {
            let before = try String(contentsOfFile: target, encoding: .utf8)
            let run = try launch(["check", "--rules", "rules", "--fixtures", "fx"] + options, cwd: dir)
            XCTAssertEqual(run.status, 2, "\(options): \(run.stderr)")
            XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), before, "\(target) left as it was")
        }
        let fine = try launch(["check", "--rules", "rules", "--fixtures", "fx", "--expected", "exp", "--update"], cwd: dir)
        XCTAssertEqual(fine.status, 0, fine.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir + "/exp/fx/page.jsonl"), fine.stdout)
    }

    /// A page in Windows-1256 whose meta tag says windows-1252 (or ISO-8859-1: a server's or a
    /// template's default) was decoded as the tag said: every Arabic letter became Latin-1
    /// mojibake («åÐÇ äÕ ÚÑÈí»), status 0, no warning. Arabic words are runs of high bytes
    /// that read as Arabic letters in Windows-1256; a Latin page's accented letters stand alone.
    func testAnArabicPageDeclaredLatin1IsReadAsArabic() throws {
        let paragraph = "<p>أعلن المجلس البلدي اليوم خطة لتوسيع الحدائق العامة في المدينة خلال العام المقبل.</p>"
        for declared in ["windows-1252", "iso-8859-1", "latin1"] {
            let head = "<html><head><meta charset=\"\(declared)\"></head><body>"
            var bytes = Array(head.utf8)
            bytes += windows1256(String(repeating: paragraph, count: 4))
            bytes += Array("</body></html>".utf8)
            let decoded = EncodingDetector.decode(bytes)
            XCTAssertEqual(decoded.encoding, .windows1256, declared)
            XCTAssertTrue(decoded.string.contains("أعلن المجلس البلدي"), "\(declared): \(decoded.string.prefix(120))")
        }
        // A French page in Windows-1252 that says so stays Windows-1252.
        let french = "<html><head><meta charset=\"windows-1252\"></head><body><p>Le conseil municipal a présenté à la presse un été très chargé, où les élèves ont reçu leurs résultats.</p></body></html>"
        let decoded = EncodingDetector.decode(Array(try XCTUnwrap(french.data(using: .windowsCP1252))))
        XCTAssertEqual(decoded.encoding, .windows1252)
        XCTAssertTrue(decoded.string.contains("présenté à la presse un été très chargé"), decoded.string)
    }

    /// `tanqiya profile pages missing.txt -o profile.json` printed the missing input's error and
    /// wrote the profile with status 0: a Makefile took a profile learned without that input as
    /// up to date. A profile gathers every input: whole or not written, like `clean -o FILE`.
    func testProfileWithAFailedInputIsNotWritten() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let pages = Repo.path("Tests/Corpora/multisite-dev/pages")
        let run = try launch(["profile", pages, dir + "/missing.txt", "-o", dir + "/profile.json"])
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stderr.contains("missing.txt") && !run.stderr.contains("Failure("), run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/profile.json"))
        let fine = try launch(["profile", pages, "-o", dir + "/profile.json"])
        XCTAssertEqual(fine.status, 0, fine.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir + "/profile.json"))
    }

    /// `explain page.txt missing.txt --html report.html` wrote the page (status 1): `make` took
    /// it as up to date. Like `clean -o FILE`, a file that gathers every input is whole or absent.
    func testExplainHTMLWithAFailedInputIsNotWritten() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try inventedPage(salt: 150).write(toFile: dir + "/page.txt", atomically: false, encoding: .utf8)
        let run = try launch(["explain", dir + "/page.txt", dir + "/missing.txt", "--html", dir + "/report.html", "--rules", Repo.path("rules")])
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/report.html"), run.stderr)
        let fine = try launch(["explain", dir + "/page.txt", "--html", dir + "/report.html", "--rules", Repo.path("rules")])
        XCTAssertEqual(fine.status, 0, fine.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir + "/report.html"))
    }

    /// A URL whose host is written as a fully qualified name (`https://arabic.rt.com./…`, a
    /// valid spelling) named no outlet, so the page could not get its outlet's rules at all.
    func testAFullyQualifiedHostNamesItsOutlet() throws {
        let page = try String(contentsOfFile: Repo.path("seeds/001_b27789dbdc846505.txt"), encoding: .utf8)
        var lines: [String] = []
        for url in ["https://arabic.rt.com/a/1", "https://arabic.rt.com./a/1", "https://WWW.Arabic.RT.com./a/1"] {
            let record = try JSONSerialization.data(withJSONObject: ["url": url, "text": page, "id": url])
            lines.append(String(decoding: record, as: UTF8.self))
        }
        let run = try launch(["clean", "-", "--rules", Repo.path("rules"), "--no-learn", "--no-dedup", "-q"], stdin: lines.joined(separator: "\n") + "\n")
        XCTAssertEqual(run.status, 0, run.stderr)
        let outlets = try records(run.stdout).map { "\($0["id"] ?? "") \($0["outlet"] ?? "")" }
        XCTAssertEqual(outlets.filter { $0.hasSuffix(" rt-arabic") }.count, outlets.count, "\(outlets)")
        XCTAssertEqual(Set(outlets.map { $0.split(separator: " ")[0] }).count, 3, "\(outlets)")
    }

    /// A folder given where a file is read said "Inappropriate ioctl for device" (a stale errno).
    func testAFolderGivenForAFileIsNamedAsOne() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try inventedPage(salt: 160).write(toFile: dir + "/page.txt", atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: dir + "/folder", withIntermediateDirectories: true)
        for arguments in [["clean", dir + "/page.txt", "--rules", Repo.path("rules"), "--use-profile", dir + "/folder"],
                          ["stats", "merge", dir + "/folder"]] {
            let run = try launch(arguments)
            XCTAssertNotEqual(run.status, 0, run.stderr)
            XCTAssertTrue(run.stderr.contains("Is a directory"), "\(arguments[0]): \(run.stderr)")
        }
    }

    /// A wget mirror names its pages `article.php?id=3`, `index` or `page.xhtml`: read as text
    /// dumps by their names, their markup came out as article text («<html><body><div …»),
    /// status 0. A file whose name says text dump but which starts as an HTML document is read
    /// as HTML, as standard input is; `--input-format text` still reads it as text.
    func testAnHTMLDocumentUnderAnotherNameIsReadAsHTML() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let body = inventedPage(salt: 170).split(separator: "\n").filter { !$0.isEmpty }.map { "<p>\($0)</p>" }.joined()
        try FileManager.default.createDirectory(atPath: dir + "/mirror", withIntermediateDirectories: true)
        for (name, head) in [("article.php?id=3", "<!DOCTYPE html>\n<html lang=\"ar\">"), ("index", "\u{FEFF}  <HTML>"), ("page.xhtml", "<html>")] {
            try (head + "<head><title>t</title></head><body>" + body + "</body></html>\n").write(toFile: dir + "/mirror/" + name, atomically: false, encoding: .utf8)
        }
        let run = try launch(["clean", dir + "/mirror", "--rules", Repo.path("rules"), "--no-learn", "--no-dedup", "-q"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let texts = try records(run.stdout).map { "\($0["text"] ?? "")" }
        XCTAssertEqual(texts.count, 3, run.stdout)
        for text in texts { XCTAssertFalse(text.contains("<"), text) }
        let forced = try launch(["clean", dir + "/mirror/index", "--input-format", "text", "--rules", Repo.path("rules"), "--no-learn", "-q"])
        XCTAssertTrue(forced.stdout.contains("<"), "forced text keeps the markup as text: \(forced.stdout)")
    }

    /// An input that never ends, named on the command line or piped in (`clean /dev/zero`,
    /// `yes … | tanqiya clean -`), was read whole before anything else: memory grew by about
    /// 200 MB a second until the machine ran out. A text page is read up to 64 MiB, like an
    /// HTML page, the rest dropped with a warning. (What is tested is the read: the page cut
    /// from the stream is cleaned like any, so its lines are a word and spaces, cleaned in seconds;
    /// lines of Arabic text took a minute of the debug build, two under load.)
    func testAnInputThatNeverEndsIsCutNotHeld() throws {
        let zero = try launch(["clean", "/dev/zero", "--rules", Repo.path("rules"), "-o", "/dev/null"], timeout: 60)
        XCTAssertEqual(zero.status, 0, zero.stderr)
        XCTAssertTrue(zero.stderr.contains("skipped: binary file"), zero.stderr)
        if !underSanitizer { XCTAssertLessThan(zero.peakRSSBytes, 1 << 30) }
        let line = "خبر" + String(repeating: " ", count: 8_000)  // 8,000 lines in 64 MiB
        let yes = try launch(["-c", "yes '\(line)' | '\(Repo.binary)' clean - --rules '\(Repo.path("rules"))' --no-learn -o /dev/null"],
                             executable: "/bin/sh", timeout: 120)
        XCTAssertEqual(yes.status, 0, yes.stderr)
        XCTAssertTrue(yes.stderr.contains("page cut at \(RawPage.maxTextBytes) bytes"), yes.stderr)
    }
}

/// `text` in Windows-1256 (Arabic letters and ASCII only), by `iconv`.
func windows1256(_ text: String) -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
    process.arguments = ["-f", "UTF-8", "-t", "WINDOWS-1256"]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try? process.run()
    input.fileHandleForWriting.write(Data(text.utf8))
    try? input.fileHandleForWriting.close()
    let bytes = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return [UInt8](bytes)
}

/// CPU seconds of the calling thread.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
