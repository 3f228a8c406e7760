import Foundation
import Glibc
import XCTest

/// The `tanqiya` executable as a Makefile would call it: outputs, exit statuses, stderr.
final class CLITests: XCTestCase {
    func testCleanWithoutOutputWritesJSONLToStdoutOnly() throws {
        let (status, out, err) = try runTool(["clean", "seeds/001_b27789dbdc846505.txt"])
        XCTAssertEqual(status, 0)
        XCTAssertEqual(err.split(separator: "\n").first, "tanqiya: rules: rules (./rules), 3 outlets", "the rules folder, named once")
        XCTAssertTrue(err.split(separator: "\n").last!.hasPrefix("tanqiya: 1 input, 1 page, 1 article written; "), err)
        XCTAssertEqual(err.split(separator: "\n").count, 2, "stderr holds the rules line and the summary line only")
        let (_, _, quiet) = try runTool(["clean", "-q", "seeds/001_b27789dbdc846505.txt"])
        XCTAssertEqual(quiet, "")
        let lines = out.split(separator: "\n")
        XCTAssertEqual(lines.count, 1)
        XCTAssertTrue(lines[0].hasPrefix(#"{"id":"001_b27789dbdc846505#1","source":"seeds/001_b27789dbdc846505.txt","outlet":"rt-arabic""#))
    }

    func testOutputDirectoryGetsOneFilePerInputWithTheSameRelativeName() throws {
        let dir = try temporaryDirectory()
        let (status, _, _) = try runTool(["clean", "seeds", "-o", dir + "/out/", "--format", "text"])
        XCTAssertEqual(status, 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir + "/out").sorted()
        XCTAssertEqual(names, ["000_dfce995c2dbc26b4.txt", "001_b27789dbdc846505.txt", "002_18c7ff00dace30bd.txt",
                               "003_df18ae01772020e4.txt", "004_3a581862a520e7b6.txt"])
        let text = try String(contentsOfFile: dir + "/out/000_dfce995c2dbc26b4.txt", encoding: .utf8)
        XCTAssertEqual(text.components(separatedBy: "\u{0C}\n").count, 3, "two articles, each ending with a form-feed line")
    }

    func testOutputFileAndExplainFileAreWritten() throws {
        let dir = try temporaryDirectory()
        let (status, out, _) = try runTool(["clean", "seeds", "-o", dir + "/all.jsonl", "--explain", dir + "/all.explain"])
        XCTAssertEqual(status, 0)
        XCTAssertEqual(out, "")
        XCTAssertEqual(try String(contentsOfFile: dir + "/all.jsonl", encoding: .utf8).split(separator: "\n").count, 7)
        let explain = try String(contentsOfFile: dir + "/all.explain", encoding: .utf8)
        XCTAssertEqual(explain.components(separatedBy: "# source: ").count - 1, 5)
        XCTAssertTrue(try FileManager.default.contentsOfDirectory(atPath: dir).allSatisfy { !$0.contains(".tmp-") })
    }

    func testAnOutputThatIsADeviceIsWrittenThroughNotReplaced() throws {
        let (status, _, err) = try runTool(["clean", "seeds", "-o", "/dev/null", "--stats", "/dev/null", "-q"])
        XCTAssertEqual(status, 0, err)
        var info = stat()
        XCTAssertEqual(stat("/dev/null", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR, "/dev/null is still a device")
    }

    func testStdinTextAndJSONL() throws {
        let page = try String(contentsOfFile: Repo.path("seeds/003_df18ae01772020e4.txt"), encoding: .utf8)
        let (s1, out1, _) = try runTool(["clean", "-"], stdin: page)
        XCTAssertEqual(s1, 0)
        XCTAssertTrue(out1.hasPrefix(#"{"id":"stdin#1","source":"-","outlet":"trt-arabi""#), out1)
        let record = try JSONSerialization.data(withJSONObject: ["id": "x1", "url": "https://www.trtarabi.com/a", "text": page])
        let (s2, out2, _) = try runTool(["clean", "-", "--input-format", "jsonl"], stdin: String(decoding: record, as: UTF8.self) + "\n")
        XCTAssertEqual(s2, 0)
        XCTAssertTrue(out2.hasPrefix(#"{"id":"x1#1","source":"x1","outlet":"trt-arabi","url":"https://www.trtarabi.com/a""#), out2)
    }

    func testMissingInputFailsWithStatusOneAfterCleaningTheOthers() throws {
        let (status, out, err) = try runTool(["clean", "seeds/003_df18ae01772020e4.txt", "nope.txt"])
        XCTAssertEqual(status, 1)
        XCTAssertEqual(out.split(separator: "\n").count, 1)
        XCTAssertTrue(err.contains("nope.txt: no such file or directory"), err)
    }

    func testBrokenRulesStopTheRunWithStatusTwoBeforeWritingAnything() throws {
        let dir = try temporaryDirectory()
        try "outlet: x\nname: X\ndetect: {min_score: 1}\narticle: {title: {id: x.t}}\nbogus: 1\n"
            .write(toFile: dir + "/x.yaml", atomically: true, encoding: .utf8)
        let (status, out, err) = try runTool(["clean", "seeds", "--rules", dir, "-o", dir + "/out.jsonl"])
        XCTAssertEqual(status, 2)
        XCTAssertEqual(out, "")
        XCTAssertTrue(err.contains(dir + "/x.yaml:5:1: error: unknown key 'bogus'"), err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/out.jsonl"))
        // Nothing at all: no output directory, no stats, no explain, no temporary.
        let (dirStatus, _, _) = try runTool(["clean", "seeds", "--rules", dir, "-o", dir + "/pages/", "--stats", dir + "/stats.json",
                                             "--explain", dir + "/explain/"])
        XCTAssertEqual(dirStatus, 2)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["x.yaml"])
        let (lintStatus, _, lintErr) = try runTool(["rules", "lint", dir])
        XCTAssertEqual(lintStatus, 2)
        XCTAssertTrue(lintErr.contains("needs 'lead'"), lintErr)
    }

    func testUsageErrorsExitWithTwoAndHelpWithZero() throws {
        let (status, _, err) = try runTool(["clean", "seeds", "--format", "xml"])
        XCTAssertEqual(status, 2)
        XCTAssertTrue(err.contains("xml"), err)
        let (unknownOutlet, _, err2) = try runTool(["clean", "seeds", "--outlet", "bbc"])
        XCTAssertEqual(unknownOutlet, 2)
        XCTAssertTrue(err2.contains("unknown outlet 'bbc'"), err2)
        let (help, out, _) = try runTool(["clean", "--help"])
        XCTAssertEqual(help, 0)
        XCTAssertTrue(out.contains("-o DIR/"), out)
    }

    func testExplainPrintsATraceRowPerLine() throws {
        let (status, out, _) = try runTool(["explain", "seeds/004_3a581862a520e7b6.txt"])
        XCTAssertEqual(status, 0)
        XCTAssertTrue(out.contains("\n65\t1\tcomments\trt.comments-trending\tdrop\tالتعليقات\n"), out)
        XCTAssertTrue(out.contains("\n63\t1\tcredit\trt.credit\tkeep\tالمصدر: RT\n"))
    }
}
