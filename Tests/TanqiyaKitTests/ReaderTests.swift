import Foundation
import XCTest
@testable import TanqiyaKit

final class TextDumpReaderTests: XCTestCase {
    func testCRLFLineEndsAreRemoved() {
        let doc = TextDumpReader().read(bytes: Array("a\r\nb\r\n".utf8), source: "s", idPrefix: "s")
        XCTAssertEqual(doc.blocks.map(\.raw), ["a", "b"])
        XCTAssertEqual(doc.blocks.map(\.line), [1, 2])
    }

    func testByteOrderMarkIsSkipped() {
        let doc = TextDumpReader().read(bytes: [0xEF, 0xBB, 0xBF] + Array("عنوان\nنص".utf8), source: "s", idPrefix: "s")
        XCTAssertEqual(doc.blocks.first?.raw, "عنوان")
    }

    func testLastLineWithoutNewlineIsRead() {
        let doc = TextDumpReader().read(bytes: Array("a\n\nb".utf8), source: "s", idPrefix: "s")
        XCTAssertEqual(doc.blocks.map(\.raw), ["a", "", "b"])
    }

    func testIndentationIsMeasured() {
        let doc = TextDumpReader().read(text: "    tag\n  • tag\nline", source: "s", idPrefix: "s")
        XCTAssertEqual(doc.blocks.map(\.indent), [4, 2, 0])
    }

    func testInvalidUTF8IsReplacedAndCounted() {
        let doc = TextDumpReader().read(bytes: Array("ok ".utf8) + [0xFF, 0xFE] + Array(" end".utf8), source: "s", idPrefix: "s")
        XCTAssertEqual(doc.blocks.count, 1)
        XCTAssertTrue(doc.blocks[0].raw.contains("\u{FFFD}"))
        XCTAssertEqual(doc.warnings, ["invalid UTF-8: 2 bytes replaced with U+FFFD"])
    }
}

final class JSONLReaderTests: XCTestCase {
    func testRecordWithIdUrlAndText() throws {
        let line = Array(#"{"id": "p1", "url": "https://arabic.rt.com/x", "text": "عنوان\nنص"}"#.utf8)
        let doc = try XCTUnwrap(try JSONLReader().document(line: line, number: 1, inputStem: "f").get())
        XCTAssertEqual(doc.source, "p1")
        XCTAssertEqual(doc.idPrefix, "p1")
        XCTAssertEqual(doc.url, "https://arabic.rt.com/x")
        XCTAssertEqual(doc.blocks.map(\.raw), ["عنوان", "نص"])
    }

    func testRecordWithoutIdIsNamedByFileAndLine() throws {
        let doc = try XCTUnwrap(try JSONLReader().document(line: Array(#"{"text": "x"}"#.utf8), number: 7, inputStem: "dump").get())
        XCTAssertEqual(doc.source, "dump:7")
    }

    func testBlankLineIsSkippedAndBadLinesAreProblems() {
        XCTAssertNil(try JSONLReader().document(line: Array("  ".utf8), number: 1, inputStem: "f").get())
        guard case .failure(.notJSON(let line, _)) = JSONLReader().document(line: Array("{oops".utf8), number: 3, inputStem: "f") else {
            return XCTFail("not JSON must be reported")
        }
        XCTAssertEqual(line, 3)
        guard case .failure(.noText(4)) = JSONLReader().document(line: Array(#"{"id": "x"}"#.utf8), number: 4, inputStem: "f") else {
            return XCTFail("a record without text must be reported")
        }
    }
}

final class InputLocatorTests: XCTestCase {
    func testDirectoriesAreWalkedRecursivelyInSortedOrderSkippingHiddenFiles() throws {
        let dir = try temporaryDirectory()
        for path in ["b/2.txt", "b/1.txt", "a.jsonl", "c.html", ".hidden.txt"] {
            try FileManager.default.createDirectory(atPath: (dir + "/" + path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            XCTAssertTrue(FileManager.default.createFile(atPath: dir + "/" + path, contents: Data("x".utf8)))
        }
        let (items, problems) = InputLocator().locate([dir, dir + "/missing.txt"])
        XCTAssertEqual(items.map(\.relativePath), ["a.jsonl", "b/1.txt", "b/2.txt", "c.html"])
        XCTAssertEqual(items.map(\.format), [.jsonl, .text, .text, .html])
        XCTAssertEqual(problems, [.notFound(dir + "/missing.txt")])
    }

    func testStemDropsDirectoriesAndExtensions() {
        XCTAssertEqual(InputItem(path: "x/y/001_ab.txt", relativePath: "y/001_ab.txt", format: .text).stem, "001_ab")
        XCTAssertEqual(InputItem(path: "p.html.gz", relativePath: "p.html.gz", format: .html).stem, "p")
        XCTAssertEqual(InputItem(path: "-", relativePath: "stdin", format: .text).stem, "stdin")
    }

    func testSymlinkLoopIsNotFollowedForever() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/d", withIntermediateDirectories: true)
        XCTAssertTrue(FileManager.default.createFile(atPath: dir + "/d/page.txt", contents: Data("x".utf8)))
        try FileManager.default.createSymbolicLink(atPath: dir + "/d/loop", withDestinationPath: dir + "/d")
        let (items, _) = InputLocator().locate([dir])
        XCTAssertEqual(items.map(\.relativePath), ["d/page.txt"])
    }
}

final class LineStreamTests: XCTestCase {
    /// The lines of `bytes` read through a pipe (chunk boundaries as a real input has them).
    private func lines(_ bytes: [UInt8], prefix: [UInt8] = [], max: Int) -> [LineStream.Line] {
        let pipe = Pipe()
        let writer = Thread {
            pipe.fileHandleForWriting.write(Data(bytes))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        let stream = LineStream(handle: pipe.fileHandleForReading, prefix: prefix, maxLineBytes: max)
        var lines: [LineStream.Line] = []
        while let line = stream.next() { lines.append(line) }
        return lines
    }

    /// A line over the limit is given as its length only, wherever it ends (a newline, the end
    /// of input, a CRLF), and the lines after it are read as if it were not there.
    func testALineOverTheLimitIsSkippedAndTheNextOnesRead() {
        let max = 10
        let text = "0123456789\n01234567890\nok\r\n0123456789\r\n" + String(repeating: "x", count: 3 * LineStream.chunkSize + 5)
            + "\nlast\n" + String(repeating: "y", count: 11)
        XCTAssertEqual(lines(Array(text.utf8), max: max), [
            .bytes(Array("0123456789".utf8)), .tooLong(byteCount: 11), .bytes(Array("ok".utf8)), .bytes(Array("0123456789".utf8)),
            .tooLong(byteCount: 3 * LineStream.chunkSize + 5), .bytes(Array("last".utf8)), .tooLong(byteCount: 11),
        ])
        // The bytes already taken from the input (peeked standard input) count as the line's start.
        XCTAssertEqual(lines(Array("67890\nend".utf8), prefix: Array("012345".utf8), max: max),
                       [.tooLong(byteCount: 11), .bytes(Array("end".utf8))])
        XCTAssertEqual(lines(Array("6789\nend".utf8), prefix: Array("012345".utf8), max: max),
                       [.bytes(Array("0123456789".utf8)), .bytes(Array("end".utf8))])
    }

    /// A CR-only input (old Mac OS line ends) is read line by line, decided at its first line end;
    /// CRLF and LF inputs are as before (a CR inside a LF line stays).
    func testCarriageReturnOnlyLineEndsAreLines() {
        let bytes = { (s: String) in Array(s.utf8) }
        XCTAssertEqual(lines(bytes("{\"a\":1}\r{\"b\":2}\r\r{\"c\":3}"), max: 100),
                       [.bytes(bytes("{\"a\":1}")), .bytes(bytes("{\"b\":2}")), .bytes([]), .bytes(bytes("{\"c\":3}"))])
        XCTAssertEqual(lines(bytes("a\rb\r"), max: 100), [.bytes(bytes("a")), .bytes(bytes("b"))])
        XCTAssertEqual(lines(bytes("a\r"), max: 100), [.bytes(bytes("a"))])
        XCTAssertEqual(lines(bytes("a\r\nb\r\n"), max: 100), [.bytes(bytes("a")), .bytes(bytes("b"))])
        XCTAssertEqual(lines(bytes("a\nb\rc\n"), max: 100), [.bytes(bytes("a")), .bytes(bytes("b\rc"))])
        // A line end first seen past the first chunk.
        let long = String(repeating: "x", count: LineStream.chunkSize + 3)
        XCTAssertEqual(lines(bytes(long + "\ry\r"), max: 2 * LineStream.chunkSize), [.bytes(bytes(long)), .bytes(bytes("y"))])
    }

    /// `tanqiya clean` of a JSONL file with CR-only line ends cleans each record.
    func testACarriageReturnOnlyJSONLFileIsReadRecordByRecord() throws {
        let dir = try temporaryDirectory()
        var records: [String] = []
        for n in 0..<3 {
            let text = "عنوان السجل \(n)\n\n" + ShardedRunTests.words(50, seed: UInt64(40 + n)) + "."
            records.append(String(decoding: try JSONSerialization.data(withJSONObject: ["id": "r\(n)", "text": text]), as: UTF8.self))
        }
        try (records.joined(separator: "\r") + "\r").write(toFile: dir + "/old-mac.jsonl", atomically: true, encoding: .utf8)
        let (status, out, err) = try runTool(["clean", dir + "/old-mac.jsonl", "--no-learn", "--no-dedup"])
        XCTAssertEqual(status, 0, err)
        XCTAssertFalse(err.contains("skipped"), err)
        XCTAssertEqual(out.split(separator: "\n").count, 3, out)
    }
}
