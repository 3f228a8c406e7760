import Foundation
import XCTest
@testable import TanqiyaKit

/// `JSONRecordScanner` reads the usual JSONL record without `JSONDecoder`; whenever it answers,
/// its answer must be `JSONDecoder`'s, and what it leaves must reach `JSONDecoder`.
final class JSONRecordScannerTests: XCTestCase {
    func scan(_ line: String) -> JSONLReader.Record? {
        Array(line.utf8).withUnsafeBufferPointer { JSONRecordScanner.scan($0) }
    }

    func decoded(_ line: String) -> JSONLReader.Record? {
        try? JSONDecoder().decode(JSONLReader.Record.self, from: Data(line.utf8))
    }

    func testUsualRecordsAreReadAsJSONDecoderReadsThem() {
        let lines = [
            #"{"id": "000123", "url": "https://arabic.rt.com/x", "text": "سطر\nسطر آخر"}"#,
            #"{"text":"a\"b\\c\/d\b\f\n\r\t","id":null}"#,
            #"  {"html": "<p>\u0627\u0644</p>", "n": -12.5e+3, "ok": true, "no": false, "z": null, "k": 0}  "#,
            #"{"text": "emoji \ud83d\ude00 and \u00e9", "title": "عنوان", "score": 0.25}"#,
            #"{"t\u0065xt": "escaped key"}"#,
            #"{}"#,
            #"{"text": ""}"#,
            "{\"text\": \"tab\\tinside\", \"x\": 1E5}\r",
            #"{"text": "\u0000 nul"}"#,
            #"{"id": 5, "url": 7, "text": "numeric id and url"}"#,
            #"{"id": -9223372036854775808, "url": 18446744073709551615, "text": "x"}"#,
            #"{"text": "x", "meta": {"a": 1}}"#,
            #"{"tags": ["a", {"b": [null, true, {}, []]}], "text": "x", "m": {"k": {"l": "\u0627"}}}"#,
            #"{"e": {}, "f": [], "g": [ [ ] , { } ], "html": "<p>x</p>"}"#,
        ]
        for line in lines {
            let fast = scan(line)
            XCTAssertNotNil(fast, line)
            XCTAssertEqual(fast, decoded(line), line)
        }
    }

    func testOddOrBrokenRecordsAreLeftToJSONDecoder() {
        let lines = [
            #"{"text": "x", "meta": {"a": 1}"#,         // an object not closed
            #"{"text": "x", "tags": ["a",]}"#,          // trailing comma in an array
            #"{"text": "x", "m": {"a": 1,}}"#,          // trailing comma in an object
            #"{"text": "x", "m": {"a" 1}}"#,            // no colon
            #"{"text": "x", "m": [[1]}"#,               // an array closed as an object
            #"{"text": "x", "m": {1: 2}}"#,             // a key that is not a string
            #"{"text": "x", "m": ["\ud83d"]}"#,        // lone surrogate, nested
            #"{"text": ["x"]}"#,                        // an array where a string belongs
            #"{"text": "x", "text": "y"}"#,             // repeated record key
            #"{"text": 5}"#,                            // a number where a string belongs
            #"{"id": 1.5, "text": "x"}"#,               // an id that is not an integer
            #"{"id": 18446744073709551616, "text": "x"}"#,  // an integer over 64 bits
            #"{"id": true, "text": "x"}"#,              // a boolean id
            #"{"text": "\ud83d"}"#,                     // lone surrogate
            #"{"text": "x",}"#,                         // trailing comma
            #"{"text": "x"} {}"#,                       // two objects
            #"["text"]"#,
            #"{"text": "x", "n": 01}"#,                 // leading zero
            #"{"text": "x", "n": 1.}"#,
            #"{"text": "a\qb"}"#,                       // unknown escape
            "{\"text\": \"raw\ttab\"}",                 // control character in a string
            #"{"text": "unterminated}"#,
            #"{text: "x"}"#,
            "",
        ]
        for line in lines {
            XCTAssertNil(scan(line), line)
        }
    }

    /// JSON nested deeper than `JSONDecoder` reads (512 levels) is valid JSON: a record whose
    /// other fields nest so deep is read (only its four fields are used), standard input that
    /// starts with one is JSONL, and one whose `text` nests so deep says so (not "not valid JSON").
    func testRecordsNestedDeeperThanJSONDecoderReadsAreRead() throws {
        let arrays = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let objects = String(repeating: #"{"k":"#, count: 5000) + "1" + String(repeating: "}", count: 5000)
        for deep in [arrays, objects] {
            let line = #"{"id": "a", "meta": "# + deep + #", "text": "سطر"}"#
            XCTAssertNil(decoded(line), "JSONDecoder reads it: the test no longer shows anything")
            XCTAssertEqual(scan(line), JSONLReader.Record(id: "a", text: "سطر"))
            XCTAssertEqual(InputItem.format(ofContent: Array((line + "\n").utf8)), .jsonl)
            XCTAssertEqual(InputItem.format(ofContent: Array(line.utf8)), .jsonl)
            XCTAssertNil(scan(#"{"id": "a", "meta": "# + deep.dropLast() + #", "text": "سطر"}"#), "one level not closed")
        }
        let page = try JSONLReader().document(line: Array((#"{"meta": "# + arrays + #", "text": "عنوان\n\nنص"}"#).utf8), number: 1, inputStem: "in").get()
        XCTAssertEqual(page?.blocks.map(\.raw), ["عنوان", "", "نص"])
        switch JSONLReader().document(line: Array((#"{"id": "b", "text": "# + arrays + "}").utf8), number: 4, inputStem: "in") {
        case .failure(let problem): XCTAssertEqual(problem.description, "line 4: not a JSON record: text: an array or object nested too deep for JSONDecoder, not a string")
        case .success: XCTFail("a text that is an array was read")
        }
    }

    /// A numeric `id` or `url` is kept as its text, by the scanner and by `JSONDecoder` (which
    /// reads what the scanner leaves); a boolean is still not an id.
    func testNumericIdsAndURLsAreRead() {
        XCTAssertEqual(scan(#"{"id": 42, "url": 0, "text": "x"}"#), JSONLReader.Record(id: "42", url: "0", text: "x"))
        XCTAssertEqual(decoded(#"{"id": 42, "url": -3, "text": "x", "meta": {}}"#), JSONLReader.Record(id: "42", url: "-3", text: "x"))
        XCTAssertEqual(decoded(#"{"id": 1.5, "text": "x"}"#), JSONLReader.Record(id: "1.5", text: "x"))
        XCTAssertNil(decoded(#"{"id": true, "text": "x"}"#))
        let doc = try? JSONLReader().document(line: Array(#"{"id": 7, "url": 9, "text": "سطر"}"#.utf8), number: 1, inputStem: "in").get()
        XCTAssertEqual(doc?.idPrefix, "7")
        XCTAssertEqual(doc?.url, "9")
    }

    /// Random flat records with escapes, non-ASCII text, extra keys and odd spacing.
    func testRandomRecordsAgreeWithJSONDecoder() throws {
        var random = StableHash.SplitMix64(state: 0x4A53_4F4E)
        let pieces = ["ا", "لعربية", " ", "\\n", "\\\"", "\\\\", "\\/", "\\t", "\\u0041", "\\u0627", "\\ud83d\\ude00",
                      "é", "x", "1", "«", "»", "😀", "\\r", "\\b"]
        func text() -> String { (0..<random.below(12)).map { _ in pieces[random.below(pieces.count)] }.joined() }
        let space = ["", " ", "\t", "\n", "  "]
        for trial in 0..<500 {
            var fields: [String] = []
            for key in ["id", "url", "text", "html", "title", "n", "flag"].shuffled(using: &random) where random.below(3) > 0 {
                let value: String
                switch key {
                case "id" where random.below(5) == 0, "url" where random.below(5) == 0: value = ["0", "-12", "9007199254740993"][random.below(3)]
                case "n": value = ["0", "-1", "3.25", "1e9", "2E-3"][random.below(5)]
                case "flag": value = ["true", "false", "null"][random.below(3)]
                default: value = random.below(6) == 0 ? "null" : "\"\(text())\""
                }
                fields.append("\(space[random.below(space.count)])\"\(key)\"\(space[random.below(space.count)]):\(space[random.below(space.count)])\(value)")
            }
            let line = "{" + fields.joined(separator: ",") + space[random.below(space.count)] + "}"
            let fast = scan(line)
            XCTAssertNotNil(fast, "trial \(trial): \(line)")
            XCTAssertEqual(fast, decoded(line), "trial \(trial): \(line)")
        }
    }

    func testSpecialByteSearchFindsEveryPosition() {
        for special: UInt8 in [0x22, 0x5C, 0x00, 0x0A, 0x1F] {
            for length in 1...20 {
                for at in 0..<length {
                    var bytes = [UInt8](repeating: 0x41, count: length)
                    bytes[at] = special
                    let found = bytes.withUnsafeBufferPointer { JSONRecordScanner.nextSpecial($0, from: 0) }
                    XCTAssertEqual(found, at, "byte \(special) at \(at) of \(length)")
                }
            }
            let none = [UInt8](repeating: 0xD8, count: 17)
            XCTAssertEqual(none.withUnsafeBufferPointer { JSONRecordScanner.nextSpecial($0, from: 3) }, 17)
        }
    }
}
