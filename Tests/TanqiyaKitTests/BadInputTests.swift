import Foundation
import XCTest
@testable import TanqiyaKit

/// The CLI over bad input (Tests/BadInput/inputs, made by Tests/BadInput/make_inputs.py, and big
/// or filesystem-level inputs generated here): nothing crashes, hangs or stops the run; every
/// input is written, dropped, skipped or failed with its reason; no partial output remains.
final class BadInputTests: XCTestCase {
    static let inputs = Repo.path("Tests/BadInput/inputs")

    // MARK: - The committed corpus

    func testEveryBadInputIsAccountedForAndTheRunCarriesOn() throws {
        let dir = try temporaryDirectory()
        let run = try CLIRun(["clean", Self.inputs, "-o", dir + "/out/", "--stats", dir + "/stats.json"])
        run.wait()
        XCTAssertEqual(run.status, 0, "skipped inputs are not failures\n\(run.stderr)")
        let stats = try readStats(dir + "/stats.json")
        assertAccounted(stats)
        XCTAssertEqual(stats.inputs, expectedInputs(total: 19, cleaned: 14, written: 10, noArticles: 1, onlyDuplicates: 1,
                                                    empty: 2, skipped: 5, failed: 0))
        let skippedInputs = Dictionary(uniqueKeysWithValues: stats.skipped.filter { $0.line == nil }
            .map { (($0.input as NSString).lastPathComponent, $0.reason) })
        XCTAssertEqual(skippedInputs, [
            "control-codes.txt": "mostly non-text (100% of its characters are control codes or undecodable bytes)",
            "garbage.jsonl": "no readable record (3 skipped; the first: line 1: not a JSON record: The given data was not valid JSON.)",
            "nul-bytes.txt": "binary file (NUL byte at offset 11)",
            "png.txt": "binary file (PNG image)",
            "utf16le-no-bom.txt": "binary file (NUL byte at offset 11); UTF-16LE without a byte order mark? Try --encoding utf-16le",
        ])
        XCTAssertEqual(stats.skipped.filter { $0.line != nil }.map { "\(($0.input as NSString).lastPathComponent):\($0.line!)" },
                       ["garbage.jsonl:1", "garbage.jsonl:2", "garbage.jsonl:3",
                        "records.jsonl:3", "records.jsonl:4", "records.jsonl:5", "records.jsonl:8"])
        XCTAssertEqual(stats.pagesSkipped, 11)
        XCTAssertEqual(stats.dropped.map { ($0.input as NSString).lastPathComponent + ": " + $0.reason },
                       ["no-article.txt: no article found", "zz-duplicate.txt: every article a duplicate (1)"])
        XCTAssertEqual(stats.encodings, ["UTF-8": 11, "windows-1256": 2, "ISO-8859-6": 1, "UTF-16LE": 1, "UTF-16BE": 1])
        XCTAssertTrue(stats.warnings.contains(Self.inputs + "/invalid-utf8.txt: invalid UTF-8: 3 bytes replaced with U+FFFD"),
                      "\(stats.warnings)")
        // Every message is on stderr, one line each, and the summary says what was skipped.
        for skip in stats.skipped where skip.line == nil {
            XCTAssertTrue(run.stderr.contains("tanqiya: \(skip.input): skipped: \(skip.reason)\n"), run.stderr)
        }
        XCTAssertTrue(run.stderr.contains("\(Self.inputs)/records.jsonl: line 5: skipped: binary data (U+0000 in the text)"))
        XCTAssertTrue(run.stderr.contains("19 inputs, 16 pages, 15 articles written (1 duplicate dropped: 1 exact), 5 inputs skipped, 11 pages skipped;"),
                      run.stderr)
        // One output per input, skipped ones too (empty), so `make` sees each done; no temporary.
        let outputs = try FileManager.default.contentsOfDirectory(atPath: dir + "/out").sorted()
        XCTAssertEqual(outputs.count, 19)
        XCTAssertFalse(outputs.contains { $0.contains(".tmp-") })
        var records = 0
        for name in outputs {
            records += try jsonLines(dir + "/out/" + name).count
        }
        XCTAssertEqual(records, stats.articles.written)
        // A gzipped text dump is read as its text (it was skipped as "binary file (gzip data)").
        XCTAssertEqual(try jsonLines(dir + "/out/gzip.jsonl").count, 2)
    }

    func testLegacyEncodingsCleanToTheSameArticlesAsTheUTF8Seed() throws {
        let pairs = [("windows-1256.txt", "seeds/001_b27789dbdc846505.txt", "windows-1256"),
                     ("iso-8859-6.txt", "seeds/003_df18ae01772020e4.txt", "ISO-8859-6"),
                     ("utf16le-bom.txt", "seeds/004_3a581862a520e7b6.txt", "UTF-16LE"),
                     ("utf16be-bom.txt", "seeds/002_18c7ff00dace30bd.txt", "UTF-16BE"),
                     ("utf8-bom-crlf.txt", "Tests/Fixtures/pages/rt-01-short-lead-one-word-caption.txt", nil),
                     ("cr-line-ends.txt", "Tests/Fixtures/pages/trt-02-sport-an-hour-ago.txt", nil),
                     ("no-final-newline.txt", "Tests/Fixtures/pages/asharq-01-one-article-related-at-end.txt", nil)]
        // Two runs, not two per file: each page is cleaned alone (--no-learn; learning needs six
        // pages of a site, which no single-file run had either).
        let convertedRuns = try cleanRecords(pairs.map { Self.inputs + "/" + $0.0 })
        let expectedRuns = try cleanRecords(pairs.map { Repo.path($0.1) })
        for (legacy, original, encoding) in pairs {
            let converted = convertedRuns[Self.inputs + "/" + legacy] ?? []
            let expected = expectedRuns[Repo.path(original)] ?? []
            XCTAssertFalse(expected.isEmpty)
            XCTAssertEqual(converted.count, expected.count, legacy)
            for (a, b) in zip(converted, expected) {
                XCTAssertEqual(a["encoding"] as? String, encoding, legacy)
                for key in ["outlet", "url", "title", "text", "captions", "credit", "section"] {
                    XCTAssertEqual("\(a[key] ?? "-")", "\(b[key] ?? "-")", "\(legacy): \(key)")
                }
            }
        }
        // Every seed that Windows-1256 can hold, converted by iconv here too.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/iconv") else { return }
        let dir = try temporaryDirectory()
        var seeds: [String] = []
        for seed in try FileManager.default.contentsOfDirectory(atPath: Repo.path("seeds")).sorted() where seed.hasSuffix(".txt") {
            let iconv = Process()
            iconv.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
            iconv.arguments = ["-f", "UTF-8", "-t", "WINDOWS-1256", Repo.path("seeds/" + seed)]
            XCTAssertTrue(FileManager.default.createFile(atPath: dir + "/" + seed, contents: nil))
            iconv.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: dir + "/" + seed))
            iconv.standardError = FileHandle.nullDevice
            try iconv.run()
            iconv.waitUntilExit()
            guard iconv.terminationStatus == 0 else { continue }  // a character Windows-1256 lacks
            seeds.append(seed)
        }
        XCTAssertFalse(seeds.isEmpty)
        let convertedSeeds = try cleanRecords(seeds.map { dir + "/" + $0 })
        let expectedSeeds = try cleanRecords(seeds.map { Repo.path("seeds/" + $0) })
        for seed in seeds {
            let converted = (convertedSeeds[dir + "/" + seed] ?? []).map { $0.filter { $0.key != "encoding" && $0.key != "source" } }
            let expected = (expectedSeeds[Repo.path("seeds/" + seed)] ?? []).map { $0.filter { $0.key != "source" } }
            XCTAssertFalse(expected.isEmpty, seed)
            XCTAssertEqual(converted.map { "\($0.sorted { $0.key < $1.key })" }, expected.map { "\($0.sorted { $0.key < $1.key })" }, seed)
        }
    }

    func testJSONLRecordsAreReadOrSkippedOneByOne() throws {
        let dir = try temporaryDirectory()
        let run = try CLIRun(["clean", Self.inputs + "/records.jsonl", "-o", dir + "/out.jsonl", "--stats", dir + "/stats.json"])
        run.wait()
        XCTAssertEqual(run.status, 0, run.stderr)
        let records = try jsonLines(dir + "/out.jsonl")
        XCTAssertEqual(records.map { $0["id"] as? String }, ["good#1", "legacy#1", "broken-bytes#1", "broken-bytes#2"])
        XCTAssertEqual(records[1]["encoding"] as? String, "windows-1256")
        XCTAssertEqual(records[2]["warnings"] as? [String], ["invalid UTF-8: 1 byte replaced with U+FFFD"])
        XCTAssertNil(records[0]["encoding"], "UTF-8 records get no encoding key")
        XCTAssertNil(records[0]["warnings"])
        let stats = try readStats(dir + "/stats.json")
        assertAccounted(stats)
        XCTAssertEqual(stats.pages, 3)
        XCTAssertEqual(stats.skipped.map(\.reason), [
            "not a JSON record: The given data was not valid JSON.",
            "the record has no \"text\" or \"html\" string",
            "binary data (U+0000 in the text)",
            "not a JSON record: an array, not an object",
        ])
        // The record keys keep their order; the new ones come last.
        let line = try String(contentsOfFile: dir + "/out.jsonl", encoding: .utf8).split(separator: "\n")[1]
        XCTAssertTrue(line.hasPrefix(#"{"id":"legacy#1","source":"legacy","outlet":"rt-arabic","url":null,"title":"#), String(line))
        XCTAssertTrue(line.hasSuffix(#","encoding":"windows-1256"}"#), String(line))
    }

    func testForcedEncodingReadsWhatDetectionWouldSkip() throws {
        let run = try CLIRun(["clean", "--encoding", "utf-16le", Self.inputs + "/utf16le-no-bom.txt"])
        run.wait()
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains(#""encoding":"UTF-16LE""#), run.stdout)
        let bad = try CLIRun(["clean", "--encoding", "klingon", Self.inputs + "/empty.txt"])
        bad.wait()
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("klingon"), bad.stderr)
    }

    // MARK: - Big inputs, generated

    func testBigInputsAreCleanedInLinearTime() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }  // 130 MB
        try FileManager.default.createDirectory(atPath: dir + "/in", withIntermediateDirectories: true)
        let sentence = Array("قال المتحدث باسم الكرملين إن المحادثات مستمرة حول الأمن الأوروبي والطاقة والاقتصاد. ".utf8)
        // One line of 50 MB.
        try writeRepeated(dir + "/in/line-50mb.txt", unit: sentence, bytes: 50_000_000)
        // A page of 100,000 different lines, and one of a line printed 100,000 times.
        let seed = try String(contentsOfFile: Repo.path("seeds/001_b27789dbdc846505.txt"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        var lines = ""
        for i in 0..<100_000 { lines += seed[i % seed.count] + (i % 3 == 0 ? " \(i)" : "") + "\n" }
        try lines.write(toFile: dir + "/in/lines-100k.txt", atomically: false, encoding: .utf8)
        try writeRepeated(dir + "/in/repeated-100k.txt", unit: sentence.dropLast() + [0x0A], bytes: 100_000 * sentence.count)
        // A JSONL record of 8 MB on one line (other text: not a near-duplicate of the long line).
        let other = Array("أعلنت وزارة الصحة افتتاح مستشفى جديد في العاصمة يضم مئات الأسرة وأجهزة حديثة. ".utf8)
        var record = Array(#"{"id":"big","text":""#.utf8)
        while record.count < 8_000_000 { record += other }
        record += Array("\"}\n".utf8)
        try Data(record).write(to: URL(fileURLWithPath: dir + "/in/record-8mb.jsonl"))

        let start = Date()
        let cpuBefore = childCPUSeconds()
        let run = try CLIRun(["clean", dir + "/in", "-o", dir + "/out/", "--stats", dir + "/stats.json", "--jobs", "2"], timeout: 300)
        run.wait()
        let seconds = Date().timeIntervalSince(start)
        let cpu = childCPUSeconds() - cpuBefore
        XCTAssertEqual(run.status, 0, run.stderr)
        let stats = try readStats(dir + "/stats.json")
        assertAccounted(stats)
        XCTAssertEqual(stats.inputs.written, 4)
        XCTAssertGreaterThan(stats.bytesOut, 57_000_000, "the long lines are kept, not cut")
        let repeated = try jsonLines(dir + "/out/repeated-100k.jsonl")
        XCTAssertEqual(repeated.count, 1)
        print("big inputs: 50 MB line + 100,000 lines + 100,000 repeats + 8 MB JSONL record, "
              + String(format: "%.1f MB in: %.1f s wall, %.1f s CPU", Double(stats.bytesIn) / 1e6, seconds, cpu))
        // Quadratic behaviour on any of them takes many minutes; linear takes seconds, even in a
        // debug build. CPU time, not wall time: the machine may be shared. A sanitizer build runs
        // several times slower everywhere (ThreadSanitizer: 150 s here), so the bound is not for it.
        let sanitized = ["__asan_init", "__tsan_init"].contains { (name: String) in dlsym(nil, name) != nil }
        XCTAssertLessThan(cpu, sanitized ? 900 : 90)
    }

    // MARK: - The filesystem

    func testSymlinkLoopsBrokenLinksAndFIFOsInADirectoryNeitherHangNorStopTheRun() throws {
        let dir = try temporaryDirectory()
        let d = dir + "/in/d"
        try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.path("seeds/003_df18ae01772020e4.txt"), toPath: d + "/page.txt")
        try FileManager.default.createSymbolicLink(atPath: d + "/up", withDestinationPath: "..")        // relative loop
        try FileManager.default.createSymbolicLink(atPath: d + "/self", withDestinationPath: d)         // absolute loop
        try FileManager.default.createSymbolicLink(atPath: d + "/broken.txt", withDestinationPath: "missing.txt")
        XCTAssertEqual(mkfifo(d + "/fifo.txt", 0o644), 0)
        let run = try CLIRun(["clean", dir + "/in", "-o", dir + "/out/", "--stats", dir + "/stats.json"], timeout: 30)
        run.wait()
        XCTAssertEqual(run.status, 0, run.stderr)
        let stats = try readStats(dir + "/stats.json")
        assertAccounted(stats)
        XCTAssertEqual(stats.inputs.written, 1, "the page once, not once per path through the loops")
        XCTAssertEqual(stats.skipped.map { ($0.input as NSString).lastPathComponent + ": " + $0.reason }, [
            "broken.txt: broken symbolic link to missing.txt (No such file or directory)",
            "fifo.txt: not a regular file (a FIFO)",
        ])
        XCTAssertEqual(try FileManager.default.subpathsOfDirectory(atPath: dir + "/out"), ["d", "d/page.jsonl"])
    }

    func testUnreadableMissingAndVanishingInputsFailAloneWithStatusOne() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.path("seeds/003_df18ae01772020e4.txt"), toPath: dir + "/good.txt")
        try FileManager.default.copyItem(atPath: Repo.path("seeds/004_3a581862a520e7b6.txt"), toPath: dir + "/victim.txt")
        XCTAssertEqual(mkfifo(dir + "/pipe.txt", 0o644), 0)
        // The tool blocks on the FIFO (named on the command line, it is read, like `<(…)`); the
        // victim, found at start, is removed while it waits: it vanishes mid-run.
        let run = try CLIRun(["clean", dir + "/pipe.txt", dir + "/victim.txt", "/proc/self/mem", dir + "/nope.txt", dir + "/good.txt",
                              "-o", dir + "/out/", "--stats", dir + "/stats.json"], timeout: 30)
        // Opened once the tool is reading it (non-blocking, so a tool that never reads fails the test).
        var fd: Int32 = -1
        let deadline = Date().addingTimeInterval(30)
        while fd < 0 && run.isRunning && Date() < deadline {
            fd = open(dir + "/pipe.txt", O_WRONLY | O_NONBLOCK)
            if fd < 0 { usleep(10_000) }
        }
        XCTAssertGreaterThanOrEqual(fd, 0, "the tool never opened the FIFO")
        try FileManager.default.removeItem(atPath: dir + "/victim.txt")
        let page = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Repo.path("seeds/001_b27789dbdc846505.txt"))))
        XCTAssertEqual(page.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }, page.count)
        close(fd)
        run.wait()
        XCTAssertEqual(run.status, 1, run.stderr)
        let stats = try readStats(dir + "/stats.json")
        assertAccounted(stats)
        // Inputs found missing while listing come first (counted before the run starts).
        XCTAssertEqual(stats.failures.map(\.error), [
            dir + "/nope.txt: no such file or directory",
            dir + "/victim.txt: cannot read: No such file or directory",
            "/proc/self/mem: cannot read: Input/output error",
        ])
        XCTAssertEqual(stats.inputs.written, 2)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir + "/out").sorted(), ["good.jsonl", "pipe.jsonl"],
                       "a failed input gets no output")
        for failure in stats.failures { XCTAssertTrue(run.stderr.contains("tanqiya: " + failure.error + "\n"), run.stderr) }
        XCTAssertTrue(run.stderr.contains("3 inputs failed"), run.stderr)
        // --fail-fast: the first failure ends the run; what came before it is written.
        let fast = try CLIRun(["clean", dir + "/good.txt", "/proc/self/mem", Repo.path("seeds/001_b27789dbdc846505.txt"),
                               "-o", dir + "/fast/", "--fail-fast"])
        fast.wait()
        XCTAssertEqual(fast.status, 1)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir + "/fast"), ["good.jsonl"])
    }

    func testAFileWithoutReadPermissionFails() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.path("seeds/003_df18ae01772020e4.txt"), toPath: dir + "/good.txt")
        try FileManager.default.copyItem(atPath: Repo.path("seeds/004_3a581862a520e7b6.txt"), toPath: dir + "/locked.txt")
        XCTAssertEqual(chmod(dir + "/locked.txt", 0), 0)
        try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: true)
        var prefix: [String] = []
        if getuid() == 0 {
            // root reads anything: run the tool as nobody (the directories must let it in).
            let setpriv = "/usr/bin/setpriv"
            try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: setpriv), "root, and no setpriv to drop privileges")
            prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
            for path in [dir, dir + "/out"] { XCTAssertEqual(chmod(path, 0o777), 0) }
        }
        let run = try CLIRun(prefix: prefix, ["clean", dir, "-o", dir + "/out/", "--rules", Repo.path("rules")])
        run.wait()
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stderr.contains("tanqiya: \(dir)/locked.txt: cannot read: Permission denied\n"), run.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir + "/out"), ["good.jsonl"])
    }

    // MARK: - Interrupted runs

    /// The runs are interrupted once they write (`--no-learn`: with learning, each first read
    /// the whole corpus in its profile pass before writing anything, a minute of this test on
    /// the CI machine; the outputs and their removal are the same).
    func testAnInterruptedRunLeavesNoPartialOutputAndNoTemporary() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // A corpus that takes a while: 2,000 records in one file, and 80 files of 50 records.
        let pages = try ["001_b27789dbdc846505", "003_df18ae01772020e4", "004_3a581862a520e7b6"].map {
            try String(contentsOfFile: Repo.path("seeds/\($0).txt"), encoding: .utf8)
        }
        func records(_ range: Range<Int>) throws -> String {
            try range.map { i in
                String(decoding: try JSONSerialization.data(withJSONObject: ["id": "p\(i)", "text": pages[i % 3] + "\n\(i)"]), as: UTF8.self)
            }.joined(separator: "\n") + "\n"
        }
        try records(0..<2000).write(toFile: dir + "/corpus.jsonl", atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: dir + "/many", withIntermediateDirectories: true)
        let batch = try records(0..<50)
        for i in 0..<80 { try batch.write(toFile: dir + "/many/\(String(format: "%02d", i)).jsonl", atomically: false, encoding: .utf8) }

        let reference = try CLIRun(["clean", dir + "/many/00.jsonl", "--no-dedup", "--no-learn", "-q"])
        reference.wait()
        for (sig, name) in [(SIGINT, "interrupted"), (SIGTERM, "terminated")] {
            // One output file, an explain directory and stats.
            let out = dir + "/one-\(sig)"
            let run = try CLIRun(["clean", dir + "/corpus.jsonl", "-o", out + "/all.jsonl", "--explain", out + "/explain/",
                                  "--stats", out + "/stats.json", "--no-dedup", "--no-learn"], timeout: 120)
            try waitForTemporary(in: out, of: run)
            run.signal(sig)
            run.wait()
            XCTAssertEqual(run.status, 128 + sig, run.stderr)
            XCTAssertTrue(run.stderr.contains("tanqiya: \(name); unfinished outputs removed\n"), run.stderr)
            XCTAssertEqual(try FileManager.default.subpathsOfDirectory(atPath: out).filter { $0 != "explain" }, [],
                           "no all.jsonl, no explain, no stats.json, no temporary")

            // One output per input: those written are whole; none is partial; no temporary.
            let many = dir + "/many-\(sig)"
            let perInput = try CLIRun(["clean", dir + "/many", "-o", many + "/", "--no-dedup", "--no-learn", "--jobs", "2"], timeout: 120)
            try waitForTemporary(in: many, of: perInput, written: false)  // (small outputs are buffered)
            perInput.signal(sig)
            perInput.wait()
            XCTAssertEqual(perInput.status, 128 + sig)
            let written = try FileManager.default.contentsOfDirectory(atPath: many)
            XCTAssertFalse(written.contains { $0.contains(".tmp-") }, "\(written)")
            XCTAssertLessThan(written.count, 80, "interrupted before the end")
            for name in written {
                XCTAssertEqual(try String(contentsOfFile: many + "/" + name, encoding: .utf8), reference.stdout, name)
            }
        }

        // SIGKILL cannot be caught: the temporary stays, but never a partial file under the final name.
        let killed = dir + "/killed"
        let run = try CLIRun(["clean", dir + "/corpus.jsonl", "-o", killed + "/all.jsonl", "--no-dedup", "--no-learn"], timeout: 120)
        try waitForTemporary(in: killed, of: run)
        run.signal(SIGKILL)
        run.wait()
        let left = try FileManager.default.contentsOfDirectory(atPath: killed)
        XCTAssertFalse(left.contains("all.jsonl"), "\(left)")
        XCTAssertTrue(left.allSatisfy { $0.hasPrefix(".all.jsonl.tmp-") }, "\(left)")
    }

    // MARK: - Helpers

    func expectedInputs(total: Int, cleaned: Int, written: Int, noArticles: Int, onlyDuplicates: Int, empty: Int,
                        skipped: Int, failed: Int) -> RunStats.Inputs {
        var inputs = RunStats.Inputs()
        (inputs.total, inputs.cleaned, inputs.written, inputs.noArticles) = (total, cleaned, written, noArticles)
        (inputs.onlyDuplicates, inputs.empty, inputs.skipped, inputs.failed) = (onlyDuplicates, empty, skipped, failed)
        return inputs
    }

    /// The totals add up: every input and every article is in exactly one place.
    func assertAccounted(_ s: RunStats, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(RunAccounting.violations(of: s), [], file: file, line: line)
    }

    func readStats(_ path: String) throws -> RunStats {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(RunStats.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    func jsonLines(_ path: String) throws -> [[String: Any]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            try XCTUnwrap(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    /// The records `tanqiya clean FILE` writes.
    /// The records of one run over `paths` (each page alone: no corpus dedup, no learning), by
    /// their input (`source`, the path as given).
    func cleanRecords(_ paths: [String]) throws -> [String: [[String: Any]]] {
        let run = try CLIRun(["clean"] + paths + ["-q", "--no-dedup", "--no-learn"])
        run.wait()
        XCTAssertEqual(run.status, 0, run.stderr)
        var bySource: [String: [[String: Any]]] = [:]
        for line in run.stdout.split(separator: "\n") {
            let record = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            bySource[try XCTUnwrap(record["source"] as? String), default: []].append(record)
        }
        return bySource
    }

    func writeRepeated(_ path: String, unit: [UInt8], bytes: Int) throws {
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var chunk: [UInt8] = []
        while chunk.count < 1 << 20 { chunk += unit }
        var left = bytes - bytes % unit.count  // whole sentences: no character cut in two
        while left > 0 {
            let n = min(left, chunk.count - chunk.count % unit.count)
            try handle.write(contentsOf: Data(chunk[..<n]))
            left -= n
        }
        try handle.close()
    }

    /// CPU seconds (user + system) of the child processes waited for so far.
    func childCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// Waits until the run has an unfinished output (a `.…tmp-PID` file, with bytes if `written`) under `dir`.
    func waitForTemporary(in dir: String, of run: CLIRun, written: Bool = true) throws {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline && run.isRunning {
            let found = (FileManager.default.enumerator(atPath: dir)?.compactMap { $0 as? String } ?? [])
                .filter { $0.contains(".tmp-\(run.pid)") }
                .contains { !written || ((try? FileManager.default.attributesOfItem(atPath: dir + "/" + $0)[.size]) as? Int ?? 0) > 0 }
            if found { return }
            usleep(20_000)
        }
        XCTFail("the run ended (or never wrote) before it could be interrupted")
    }
}

/// The CLI running in the background: stdout and stderr go to files (no pipe to fill), a
/// watchdog kills it after `timeout` seconds so a hang fails the test instead of blocking it.
final class CLIRun {
    let process = Process()
    private let out: String
    private let err: String
    private var watchdog: DispatchWorkItem?

    init(prefix: [String] = [], _ arguments: [String], timeout: TimeInterval = 60) throws {
        let base = NSTemporaryDirectory() + "tanqiya-run-" + UUID().uuidString
        out = base + ".out"
        err = base + ".err"
        XCTAssertTrue(FileManager.default.createFile(atPath: out, contents: nil))
        XCTAssertTrue(FileManager.default.createFile(atPath: err, contents: nil))
        if prefix.isEmpty {
            process.executableURL = URL(fileURLWithPath: Repo.binary)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: prefix[0])
            process.arguments = Array(prefix.dropFirst()) + [Repo.binary] + arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: Repo.root)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let item = DispatchWorkItem { [process] in
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        watchdog = item
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: item)
    }

    var pid: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }
    func signal(_ sig: Int32) { kill(process.processIdentifier, sig) }

    func wait() {
        process.waitUntilExit()
        watchdog?.cancel()
    }

    /// The exit status, or 128 + the signal that ended the process.
    var status: Int32 {
        process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }

    var stdout: String { (try? String(contentsOfFile: out, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOfFile: err, encoding: .utf8)) ?? "" }

    deinit {
        try? FileManager.default.removeItem(atPath: out)
        try? FileManager.default.removeItem(atPath: err)
    }
}
