import Foundation
import XCTest
@testable import TanqiyaKit

/// `JSONString`'s 8-bytes-at-a-time escape scan against a plain byte-by-byte reference.
final class JSONStringTests: XCTestCase {
    /// The writer before the word-at-a-time scan: every byte looked at on its own.
    private func reference(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x22]
        for b in bytes {
            switch b {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0..<0x20: out += Array(String(format: "\\u%04x", b).utf8)
            default: out.append(b)
            }
        }
        out.append(0x22)
        return out
    }

    private func written(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x22]
        bytes.withUnsafeBufferPointer { JSONString.appendEscaped($0, to: &out) }
        out.append(0x22)
        return out
    }

    func testEveryByteValueAtEveryPositionOfAWord() {
        // Each byte value at offsets 0…16 in a run of clean bytes, also right after another
        // byte to escape (a lane that borrows from the one below it).
        for value in UInt8.min...UInt8.max {
            for offset in 0...16 {
                for filler: UInt8 in [0x61, 0xD9, 0x1F, 0x22] {
                    var bytes = [UInt8](repeating: filler == 0x1F || filler == 0x22 ? 0x61 : filler, count: 20)
                    bytes[offset] = value
                    if offset > 0 && (filler == 0x1F || filler == 0x22) { bytes[offset - 1] = filler }
                    XCTAssertEqual(written(bytes), reference(bytes), "value \(value) at \(offset) filler \(filler)")
                }
            }
        }
    }

    func testFirstToEscapeFindsTheFirstOnly() {
        let bytes: [UInt8] = [0x61, 0x62, 0x22, 0x00, 0x5C, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x0A]
        bytes.withUnsafeBufferPointer { buf in
            XCTAssertEqual(JSONString.firstToEscape(in: buf, from: 0), 2)
            XCTAssertEqual(JSONString.firstToEscape(in: buf, from: 3), 3)
            XCTAssertEqual(JSONString.firstToEscape(in: buf, from: 4), 4)
            XCTAssertEqual(JSONString.firstToEscape(in: buf, from: 5), 11)
            XCTAssertNil(JSONString.firstToEscape(in: buf, from: 12))
        }
        XCTAssertNil([UInt8]().withUnsafeBufferPointer { JSONString.firstToEscape(in: $0, from: 0) })
    }

    func testRandomBytesMatchTheReference() {
        var state: UInt64 = 0x4A53_4F4E
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        // Mostly Arabic and ASCII text, with quotes, backslashes and controls sprinkled in.
        let pool: [UInt8] = [0xD8, 0xA7, 0xD9, 0x84, 0x20, 0x61, 0x7E, 0x7F, 0x80, 0xBF, 0xFF, 0x21, 0x23, 0x5B, 0x5D]
        let rare: [UInt8] = [0x22, 0x5C, 0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x01]
        for _ in 0..<3000 {
            let count = Int(next() % 70)
            let bytes = (0..<count).map { _ -> UInt8 in
                next() % 12 == 0 ? rare[Int(next() % UInt64(rare.count))] : pool[Int(next() % UInt64(pool.count))]
            }
            XCTAssertEqual(written(bytes), reference(bytes))
        }
    }

    func testStringAppendQuotesAndMatchesFoundationsJSON() throws {
        let s = "قال \"المتحدث\": a\\b\tc\u{1}\u{1F}\n«نص» طويل بما يكفي لعدة كلمات"
        var out: [UInt8] = []
        JSONString.append(s, to: &out)
        XCTAssertEqual(out, reference(Array(s.utf8)))
        // Any JSON parser reads back the same string.
        let back = try JSONSerialization.jsonObject(with: Data(out), options: [.fragmentsAllowed]) as? String
        XCTAssertEqual(back, s)
    }

    func testParagraphsAreWrittenAsOneJoinedString() throws {
        let article = Article(id: "a-1", title: "t", paragraphs: ["one \"1\"", "", "three\\"], captions: ["c"],
                              credit: nil, section: nil)
        var out: [UInt8] = []
        let document = Document(source: "s.txt", idPrefix: "s", blocks: [])
        JSONLWriter().write(article, of: document, to: &out)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(out)) as? [String: Any])
        XCTAssertEqual(object["text"] as? String, article.paragraphs.joined(separator: "\n"))
        XCTAssertEqual(out.last, 0x0A)
    }
}
