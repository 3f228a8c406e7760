import Foundation
import XCTest

/// A seventh round of attacks from outside: settings files that never end (`--use-profile
/// /dev/zero`), the Ray driver's outputs on its inputs, inputs named in Latin-1 with learning on,
/// a rule file saved with a byte order mark, a temporary folder that does not exist; each test
/// failed on the build it was written against (main at a43b25d) and says what it found there.
final class SeventhRoundAttackTests: ScratchDirectoryTestCase {}

extension SeventhRoundAttackTests {
    /// `--use-profile /dev/zero` (or a link to it) and `stats merge /dev/zero` read the file
    /// whole before decoding it: 4 GB of memory after 10 s, and on until the machine ran out.
    /// A settings file is read up to a limit, past which it is refused in one line.
    func testASettingsFileThatNeverEndsIsCutNotHeld() throws {
        try write(inventedPage(salt: 701), "page.txt")
        XCTAssertEqual(symlink("/dev/zero", dir + "/profile.json"), 0)
        for (arguments, status, what) in [(["clean", "page.txt", "--use-profile", "/dev/zero", "--no-rules"], Int32(2), "/dev/zero: cannot read the profile"),
                                          (["clean", "page.txt", "--use-profile", "profile.json", "--no-rules"], 2, "profile.json: cannot read the profile"),
                                          (["stats", "merge", "/dev/zero"], 1, "/dev/zero: cannot read")] {
            let run = try launch(arguments, cwd: dir, timeout: 60)
            XCTAssertEqual(run.status, status, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains(what) && run.stderr.contains("longer than"), "\(arguments): \(run.stderr)")
            XCTAssertEqual(run.stdout, "")
            if !underSanitizer { XCTAssertLessThan(run.peakRSSBytes, 700 << 20, "\(arguments)") }
        }
    }
}

extension SeventhRoundAttackTests {
    /// The Ray driver checked nothing it writes against its inputs: `tanqiya_ray.py data.jsonl
    /// --out data` ended by replacing `data.jsonl` with its own cleaned text, and `--out
    /// dumps/run1` put the outputs inside the input folder, read back as inputs by the next run.
    /// Its usage check (`make_config`, which needs no Ray) refuses both now.
    func testTheRayDriverNeverWritesOverOrInsideItsInputs() throws {
        try write(inventedPage(salt: 702), "dumps/page.txt")
        try write("{\"text\": \"\"}\n", "data.jsonl")
        let script = """
        import sys
        sys.path.insert(0, sys.argv[1])
        import tanqiya_ray as t
        for argv in (["data.jsonl", "--out", "data"], ["dumps", "--out", "dumps/run1"], ["dumps", "--out", "run1"],
                     ["dumps", "data.jsonl", "--out", "out/run"]):
            try:
                t.make_config(t.parse_args(argv + ["-n", "2"]))
                print("accepted", argv[-1])
            except t.UsageError as e:
                print("refused", argv[-1], e)
        """
        let python = try launch(["python3", "-c", script, Repo.path("contrib/ray")], executable: "/usr/bin/env", cwd: dir)
        XCTAssertEqual(python.status, 0, python.stderr)
        let lines = python.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4, python.stdout)
        XCTAssertTrue(lines[0].hasPrefix("refused data ") && lines[0].contains("over the input data.jsonl"), python.stdout)
        XCTAssertTrue(lines[1].hasPrefix("refused dumps/run1 ") && lines[1].contains("inside the input folder dumps"), python.stdout)
        XCTAssertEqual(Array(lines.dropFirst(2)), ["accepted run1", "accepted out/run"])
    }

    /// The driver's other misuse ended in a Python traceback (status 1) instead of a usage
    /// error: `--inputs-from` a missing file or a folder, a list naming a file in Latin-1
    /// (UnicodeDecodeError: such a name is read as its bytes now, as tanqiya reads it), and
    /// `--clean-args` with an unclosed quote.
    func testTheRayDriversMisuseIsAUsageErrorNotATraceback() throws {
        try write(inventedPage(salt: 703), "dumps/page.txt")
        try Data(Array("caf".utf8) + [0xE9] + Array(".txt\n".utf8)).write(to: URL(fileURLWithPath: dir + "/list.txt"))
        let script = """
        import os, sys
        sys.path.insert(0, sys.argv[1])
        import tanqiya_ray as t
        open(os.fsencode("caf") + bytes([0xE9]) + b".txt", "wb").close()
        for argv in (["--inputs-from", "missing.txt"], ["--inputs-from", "dumps"], ["--inputs-from", "list.txt"],
                     ["dumps", "--clean-args", "--outlet 'x"]):
            try:
                config = t.make_config(t.parse_args(argv + ["--out", "run", "-n", "2"]))
                print("accepted", [os.fsencode(x).hex() for x in config["inputs"]])
            except t.UsageError as e:
                print("refused", e)
        """
        let python = try launch(["python3", "-c", script, Repo.path("contrib/ray")], executable: "/usr/bin/env", cwd: dir)
        XCTAssertEqual(python.status, 0, python.stderr)
        XCTAssertEqual(python.stdout.split(separator: "\n").map(String.init),
                       ["refused --inputs-from missing.txt: No such file or directory", "refused --inputs-from dumps: Is a directory",
                        "accepted ['636166e92e747874']", "refused --clean-args \"--outlet 'x\": No closing quotation"])
    }
}

extension SeventhRoundAttackTests {
    /// A site's pages whose file names are Latin-1 bytes (a mirror made on an old Windows share)
    /// were cleaned but never learned from: "read once (standard input, a pipe)", since whether
    /// an input can be read again was asked of `stat` with the name's escaped code points, not
    /// its bytes. They are learned as the same pages under UTF-8 names are.
    func testInputsNamedInLatin1AreLearnedFrom() throws {
        var learned: [[String: Any]] = []
        for (folder, latin1) in [("utf8", false), ("latin1", true)] {
            try FileManager.default.createDirectory(atPath: dir + "/" + folder, withIntermediateDirectories: true)
            for n in 0..<6 {
                let page = ["الرئيسية", "محليات", "رياضة", "اتصل بنا"] + inventedPage(paragraphs: 3, salt: 700 + n).split(separator: "\n").map(String.init)
                    + ["جميع الحقوق محفوظة لموقع الساحل 2026", "سياسة الخصوصية"]
                // "é" as the one byte 0xE9 (not UTF-8), or as UTF-8.
                let path = Array("\(dir)/\(folder)/caf".utf8) + (latin1 ? [0xE9] : Array("\u{E9}".utf8)) + Array("-\(n).txt".utf8) + [0]
                let fd = path.withUnsafeBufferPointer { p in
                    p.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
                }
                XCTAssertGreaterThanOrEqual(fd, 0)
                let bytes = Array(page.joined(separator: "\n").utf8)
                XCTAssertEqual(bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }, bytes.count)
                close(fd)
            }
            let run = try launch(["clean", folder, "--no-rules", "--stats", folder + ".json", "-o", folder + ".jsonl"], cwd: dir)
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertFalse(run.stderr.contains("read once"), run.stderr)
            let stats = try XCTUnwrap(try json(dir + "/" + folder + ".json")["learning"] as? [String: Any])
            XCTAssertEqual(stats["pages_profiled"] as? Int, 6, folder)
            XCTAssertEqual(stats["sites"] as? Int, 1, folder)
            learned.append(stats)
        }
        XCTAssertEqual(learned[1]["lines_learned"] as? Int, learned[0]["lines_learned"] as? Int)
        XCTAssertGreaterThan(learned[0]["lines_learned"] as? Int ?? 0, 0)
    }
}

extension SeventhRoundAttackTests {
    /// A rule file saved with a byte order mark (Windows Notepad) whose first line is a key
    /// (`outlet: …`, the comments removed) was "2:1: malformed YAML: did not find expected
    /// <document start>": libyaml skips the mark but counts it as a column, so the first key was
    /// out of line with the second. With a comment first it loaded.
    func testARuleFileWithAByteOrderMarkLoads() throws {
        let original = try String(contentsOfFile: Repo.path("rules/rt-arabic.yaml"), encoding: .utf8)
        let keysFirst = original.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix("#") || $0.isEmpty }
            .joined(separator: "\n")
        XCTAssertTrue(keysFirst.hasPrefix("outlet:"), String(keysFirst.prefix(40)))
        try write("\u{FEFF}" + keysFirst, "rules/rt-arabic.yaml")
        try write(keysFirst, "plain/rt-arabic.yaml")
        let marked = try launch(["rules", "lint", "rules"], cwd: dir)
        XCTAssertEqual(marked.status, 0, marked.stderr)
        XCTAssertEqual(marked.stdout, try launch(["rules", "lint", "plain"], cwd: dir).stdout.replacingOccurrences(of: "plain", with: "rules"))
        // A problem on the first line is placed on its first character, as without the mark.
        try write("\u{FEFF}outlet: [\n", "broken/x.yaml")
        try write("outlet: [\n", "broken-plain/x.yaml")
        XCTAssertEqual(try launch(["rules", "lint", "broken"], cwd: dir).stderr,
                       try launch(["rules", "lint", "broken-plain"], cwd: dir).stderr.replacingOccurrences(of: "broken-plain", with: "broken"))
    }
}

extension SeventhRoundAttackTests {
    /// With `$TMPDIR` missing (or a file, or not writable) a learning run failed with
    /// "/nonexistent/.tanqiya-frames-ykZ3UD: cannot write the page frames: No such file or
    /// directory": a random name that was never made. It names the folder and where it comes from.
    func testAMissingTemporaryFolderIsNamed() throws {
        for n in 0..<6 { try write(inventedPage(salt: 710 + n), "pages/p\(n).txt") }
        try write("", "a-file")
        for folder in [dir + "/missing", dir + "/a-file"] {
            let run = try launch(["clean", "pages", "--no-rules", "-o", "out.jsonl"], cwd: dir,
                                 environment: ["TMPDIR": folder, "PATH": "/usr/bin:/bin"])
            XCTAssertEqual(run.status, 1, run.stderr)
            XCTAssertTrue(run.stderr.contains("tanqiya: \(folder): cannot write the page frames: "), run.stderr)
            XCTAssertTrue(run.stderr.contains("$TMPDIR"), run.stderr)
            XCTAssertFalse(run.stderr.contains(".tanqiya-frames-"), run.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/out.jsonl"))
        }
    }
}

extension SeventhRoundAttackTests {
    /// A JSONL record's warning was prefixed with the record's id or url alone: "33: invalid
    /// UTF-8: 1 byte replaced with U+FFFD", naming no file and no line (its skips said
    /// "x.jsonl: line 4: skipped: …"). It says the input and the line, then the record.
    func testAJSONLRecordsWarningNamesItsFileAndLine() throws {
        let text = Array(inventedPage(paragraphs: 2, salt: 720).replacingOccurrences(of: "\n", with: " ").utf8)
        var bytes: [UInt8] = []
        for (n, keys) in ["\"id\": \"33\", ", "\"url\": \"https://sahil.example/a/1\", ", ""].enumerated() {
            bytes += Array("{\(keys)\"text\": \"".utf8) + [0xFF] + Array(" \(n) ".utf8) + text + Array("\"}\n".utf8)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: dir + "/dump.jsonl"))
        let run = try launch(["clean", "dump.jsonl", "--no-rules", "--no-learn", "--no-dedup", "-o", "out.jsonl", "--stats", "s.json"], cwd: dir)
        XCTAssertEqual(run.status, 0, run.stderr)
        let expected = ["dump.jsonl: line 1 (33): invalid UTF-8: 1 byte replaced with U+FFFD",
                        "dump.jsonl: line 2 (https://sahil.example/a/1): invalid UTF-8: 1 byte replaced with U+FFFD",
                        "dump.jsonl: line 3 (dump:3): invalid UTF-8: 1 byte replaced with U+FFFD"]
        for line in expected { XCTAssertTrue(run.stderr.contains("tanqiya: " + line + "\n"), run.stderr) }
        XCTAssertEqual(try json(dir + "/s.json")["warnings"] as? [String], expected)
    }
}

extension SeventhRoundAttackTests {
    /// A gzipped HTML page cut short (a download that died midway) was "skipped: not a valid gzip
    /// stream: truncated", status 0, while the same cut `.txt.gz` or `.jsonl.gz` failed (status 1):
    /// a Makefile rule took the damaged page as done. It fails as they do.
    func testATruncatedGzippedHTMLPageFailsAsOtherGzippedInputsDo() throws {
        let page = "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>خبر</title></head><body><article><h1>"
            + "بلدية الساحل تفتتح حديقة عامة جديدة في الحي الشرقي</h1>"
            + inventedPage(paragraphs: 4, salt: 730).split(separator: "\n").dropFirst(2).map { "<p>\($0)</p>" }.joined()
            + "</article></body></html>"
        try write(page, "page.html")
        try write(inventedPage(salt: 731), "page.txt")
        for name in ["page.html", "page.txt"] {
            let zipped = try launch(["-c", "gzip -c \(name) > whole-\(name).gz && head -c 200 whole-\(name).gz > cut-\(name).gz"],
                                    executable: "/bin/sh", cwd: dir)
            XCTAssertEqual(zipped.status, 0, zipped.stderr)
        }
        let whole = try launch(["clean", "whole-page.html.gz", "--no-rules", "-q"], cwd: dir)
        XCTAssertEqual(whole.status, 0, whole.stderr)
        XCTAssertEqual(try records(whole.stdout).first?["title"] as? String, "بلدية الساحل تفتتح حديقة عامة جديدة في الحي الشرقي")
        for name in ["cut-page.html.gz", "cut-page.txt.gz"] {
            let run = try launch(["clean", name, "--no-rules", "-o", "out.jsonl", "--stats", "s.json"], cwd: dir)
            XCTAssertEqual(run.status, 1, "\(name): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("tanqiya: \(name): cannot read: not a valid gzip stream: truncated\n"), run.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/out.jsonl"), name)
            let inputs = try XCTUnwrap(try json(dir + "/s.json")["inputs"] as? [String: Any])
            XCTAssertEqual(inputs["failed"] as? Int, 1, name)
            XCTAssertEqual(inputs["skipped"] as? Int, 0, name)
        }
    }
}

extension SeventhRoundAttackTests {
    /// `tanqiya --help` with `COLUMNS` below 29 (a narrow terminal pane, `COLUMNS=0` from a
    /// script) crashed in swift-argument-parser ("`columns - wrappingIndent` should be always be
    /// greater than 0", status 132). Help is wrapped to at least 40 columns.
    func testHelpInANarrowTerminalIsPrinted() throws {
        let wide = try launch(["clean", "--help"], environment: ["COLUMNS": "40", "PATH": "/usr/bin:/bin"])
        XCTAssertEqual(wide.status, 0, wide.stderr)
        for columns in ["0", "1", "20", "28", "-3"] {
            for arguments in [["--help"], ["clean", "--help"], ["help", "rules", "suggest"]] {
                let run = try launch(arguments, environment: ["COLUMNS": columns, "PATH": "/usr/bin:/bin"])
                XCTAssertEqual(run.status, 0, "COLUMNS=\(columns) \(arguments): \(run.stderr.prefix(300))")
                XCTAssertTrue(run.stdout.contains("USAGE:"), "COLUMNS=\(columns) \(arguments)")
            }
            XCTAssertEqual(try launch(["clean", "--help"], environment: ["COLUMNS": columns, "PATH": "/usr/bin:/bin"]).stdout, wide.stdout)
        }
    }
}

extension SeventhRoundAttackTests {
    /// `check --fixtures pages --expected pages` (or `--expected` a link to `pages`) passed over
    /// the whole fixtures folder as the expectations' and checked nothing: "0 of 0 fixtures
    /// changed", status 0, and `--update` rewrote nothing. It is a usage error naming the folder.
    func testAnExpectationsFolderThatIsTheFixturesFolderIsRefused() throws {
        for n in 0..<2 { try write(inventedPage(salt: 740 + n), "pages/p\(n).txt") }
        XCTAssertEqual(symlink("pages", dir + "/link"), 0)
        for expected in ["pages", "link", "pages/"] {
            for extra in [[], ["--update"]] {
                let run = try launch(["check", "--fixtures", "pages", "--expected", expected, "--rules", Repo.path("rules")] + extra, cwd: dir)
                XCTAssertEqual(run.status, 2, "--expected \(expected) \(extra): \(run.stderr)")
                XCTAssertTrue(run.stderr.contains("pages: the expectations folder (--expected \(expected)) is this fixtures folder"), run.stderr)
                XCTAssertEqual(run.stdout, "")
            }
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir + "/pages").sorted(), ["p0.txt", "p1.txt"])
        // A folder of its own still works.
        XCTAssertEqual(try launch(["check", "--fixtures", "pages", "--expected", "golden", "--rules", Repo.path("rules"), "--update"], cwd: dir).status, 0)
        XCTAssertEqual(try launch(["check", "--fixtures", "pages", "--expected", "golden", "--rules", Repo.path("rules")], cwd: dir).status, 0)
    }
}

extension SeventhRoundAttackTests {
    /// `check --gold gold --html gold/page.json` replaced the hand-made gold file with the HTML
    /// review, status 0 (fixture pages, rule files and expectations were guarded; gold was not).
    func testCheckNeverWritesOverAGoldFile() throws {
        try write(inventedPage(salt: 750), "fixtures/page.txt")
        let gold = "{\"input\": \"page.txt\", \"articles\": [{\"title\": \"t\", \"paragraphs\": [\"p\"]}]}\n"
        try write(gold, "gold/page.json")
        XCTAssertEqual(link(dir + "/gold/page.json", dir + "/hard.json"), 0)
        for target in ["gold/page.json", "./gold/page.json", "hard.json"] {
            let run = try launch(["check", "--fixtures", "fixtures", "--expected", "golden", "--gold", "gold", "--rules", Repo.path("rules"),
                                  "--html", target], cwd: dir)
            XCTAssertEqual(run.status, 2, "\(target): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("--html \(target) would overwrite"), run.stderr)
            XCTAssertEqual(try String(contentsOfFile: dir + "/gold/page.json", encoding: .utf8), gold, target)
        }
    }
}

extension SeventhRoundAttackTests {
    /// `explain PAGE --rules R --html R/rt-arabic.yaml` replaced a rule file of the run with its
    /// HTML report, status 0 (`clean`, `check` and `rules suggest` guarded their rule files);
    /// the next run failed on the folder's "malformed YAML".
    func testExplainNeverWritesOverARuleFile() throws {
        try write(inventedPage(salt: 760), "page.txt")
        try FileManager.default.createDirectory(atPath: dir + "/rules", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.path("rules/rt-arabic.yaml"), toPath: dir + "/rules/rt-arabic.yaml")
        let original = try String(contentsOfFile: dir + "/rules/rt-arabic.yaml", encoding: .utf8)
        for target in ["rules/rt-arabic.yaml", "./rules/rt-arabic.yaml"] {
            let run = try launch(["explain", "page.txt", "--rules", "rules", "--html", target], cwd: dir)
            XCTAssertEqual(run.status, 2, "\(target): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("--html \(target) would overwrite"), run.stderr)
            XCTAssertEqual(run.stdout, "")
            XCTAssertEqual(try String(contentsOfFile: dir + "/rules/rt-arabic.yaml", encoding: .utf8), original, target)
        }
    }
}

extension SeventhRoundAttackTests {
    /// `stats merge` of two stats files whose `wall_seconds` is 1e308 summed to infinity, and of
    /// one whose `wall_seconds` is 5e-324 divided the bytes by it: JSON holds no infinity, so the
    /// merged file was `{}`, status 0. A time no run takes is refused by name; a rate that cannot
    /// be written is 0.
    func testStatsMergeNeverWritesAnEmptyObject() throws {
        try write(inventedPage(salt: 770), "page.txt")
        XCTAssertEqual(try launch(["clean", "page.txt", "--no-rules", "-q", "--stats", "s.json", "-o", "out.jsonl"], cwd: dir).status, 0)
        let original = try String(contentsOfFile: dir + "/s.json", encoding: .utf8)
        let wall = try XCTUnwrap(original.range(of: #""wall_seconds" : [0-9.e-]+"#, options: .regularExpression))
        for (name, value) in [("huge", "1e308"), ("tiny", "5e-324"), ("negative", "-1")] {
            try write(original.replacingCharacters(in: wall, with: "\"wall_seconds\" : \(value)"), name + ".json")
        }
        try write(original.replacingCharacters(in: wall, with: "\"wall_seconds\" : 1e308"), "huge2.json")
        let huge = try launch(["stats", "merge", "huge.json", "huge2.json", "-o", "m.json"], cwd: dir)
        XCTAssertEqual(huge.status, 1, huge.stderr)
        XCTAssertTrue(huge.stderr.contains("huge.json: wall_seconds is 1e+308, not in 0…1000000000000 seconds"), huge.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/m.json"))
        let negative = try launch(["stats", "merge", "negative.json"], cwd: dir)
        XCTAssertEqual(negative.status, 1, negative.stderr)
        let tiny = try launch(["stats", "merge", "tiny.json", "-o", "t.json"], cwd: dir)
        XCTAssertEqual(tiny.status, 0, tiny.stderr)
        let merged = try json(dir + "/t.json")
        XCTAssertEqual((merged["inputs"] as? [String: Any])?["total"] as? Int, 1)
        XCTAssertEqual(merged["megabytes_per_second"] as? Double, 0)
    }
}

extension SeventhRoundAttackTests {
    /// A stage folder is often shared (NFS, every node of a cluster writes to it). Symbolic links
    /// planted there at the names of the files a step writes (`shard-0000-of-0001.out`,
    /// `.stats.json`, `decisions.jsonl`, `profile.json`…) were written through: the file they
    /// named ended up holding the shard's stats. Each stage file replaces whatever is at its name.
    func testLinksPlantedInAStageFolderAreNotWrittenThrough() throws {
        for n in 0..<6 { try write(inventedPage(salt: 780 + n), "pages/p\(n).txt") }
        try write("precious\n", "victim.txt")
        try FileManager.default.createDirectory(atPath: dir + "/work", withIntermediateDirectories: true)
        let shard = "shard-0000-of-0001"
        for name in ["\(shard).out", "\(shard).sig", "\(shard).ids", "\(shard).index", "\(shard).inputs", "\(shard).stats.json",
                     "decisions.jsonl", "global.json", "profile.json"] {
            XCTAssertEqual(symlink(dir + "/victim.txt", dir + "/work/" + name), 0, name)
        }
        let steps: [[String]] = [["profile", "pages", "--shard", "0/1", "--stage-dir", "work", "-q"], ["profile", "merge", "work", "-q"],
                                 ["clean", "pages", "--no-rules", "--shard", "0/1", "--stage-dir", "work", "-q"],
                                 ["dedup", "global", "work", "-q"]]
        for step in steps {
            let run = try launch(step, cwd: dir)
            XCTAssertEqual(run.status, 0, "\(step): \(run.stderr)")
        }
        let applied = try launch(["dedup", "apply", "work", "--shard", "0/1", "-q"], cwd: dir)
        XCTAssertEqual(applied.status, 0, applied.stderr)
        XCTAssertEqual(try String(contentsOfFile: dir + "/victim.txt", encoding: .utf8), "precious\n")
        XCTAssertEqual(applied.stdout, try launch(["clean", "pages", "--no-rules", "-q"], cwd: dir).stdout)
    }
}

extension SeventhRoundAttackTests {
    /// SIGUSR1 (`kill -USR1`, as one asks `dd` for its progress), SIGUSR2 and SIGALRM (`timeout -s
    /// ALRM`) end a process by default: the run stopped with its output's temporary left behind
    /// (status 138, 140, 142). They are taken as SIGTERM is.
    func testOtherSignalsThatEndARunRemoveTheTemporaries() throws {
        for (signal, name) in [(SIGUSR1, "user signal 1"), (SIGUSR2, "user signal 2"), (SIGALRM, "alarm clock")] {
            let folder = dir + "/\(signal)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            XCTAssertEqual(mkfifo(folder + "/in.txt", 0o644), 0)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Repo.binary)
            process.arguments = ["clean", folder + "/in.txt", "-o", folder + "/out.jsonl", "--no-rules", "-q"]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            // The run waits on the FIFO with its output's temporary open.
            let writer = open(folder + "/in.txt", O_WRONLY)
            XCTAssertGreaterThanOrEqual(writer, 0)
            _ = "سطر أول\n".withCString { Glibc.write(writer, $0, strlen($0)) }
            var waited = 0
            while try FileManager.default.contentsOfDirectory(atPath: folder).allSatisfy({ !$0.contains(".tmp-") }), waited < 200 {
                usleep(20_000); waited += 1
            }
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            close(writer)
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            XCTAssertEqual(process.terminationStatus, 128 + signal, name)
            XCTAssertTrue(message.contains("\(name); unfinished outputs removed"), message)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), ["in.txt"], "\(name): no temporary, no output")
        }
    }
}

extension SeventhRoundAttackTests {
    /// `clean ""` (an unset shell variable in a Makefile) said «tanqiya: : no such file or
    /// directory»: the empty name is now named.
    func testAnEmptyInputArgumentIsNamed() throws {
        let run = try launch(["clean", "", "--no-rules", "-o", "/dev/null", "-q"], cwd: dir, timeout: 60)
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertTrue(run.stderr.contains("tanqiya: '' (an empty argument): no such file or directory"), run.stderr)
    }
}
