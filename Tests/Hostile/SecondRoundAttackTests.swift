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
}

/// CPU seconds of the calling thread.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
