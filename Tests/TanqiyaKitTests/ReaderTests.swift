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
}
