import Foundation
import XCTest
@testable import TanqiyaKit

/// The stop-word table answers as a `[String: UInt32]` would (canonical equivalence), on bytes.
final class WordTableTests: XCTestCase {
    /// Every NFCSafe scalar is a starter that NFC leaves alone…
    func testSafeScalarsAreStableStarters() {
        for range in NFCSafe.ranges {
            for u in range {
                guard let s = Unicode.Scalar(u) else { continue }
                XCTAssertTrue(NFCSafe.contains(u), "U+\(String(u, radix: 16))")
                XCTAssertEqual(s.properties.canonicalCombiningClass, .notReordered, "U+\(String(u, radix: 16))")
                let str = String(Character(s))
                XCTAssertEqual(str._nfcCodeUnits, Array(str.utf8), "U+\(String(u, radix: 16))")
            }
        }
        for u: UInt32 in [0x80, 0x9F, 0x300, 0x483, 0x610, 0x64B, 0x653, 0x670, 0x6D6, 0x6ED, 0x1161, 0x11A8, 0x2000, 0x3099, 0xF900] {
            XCTAssertFalse(NFCSafe.contains(u), "U+\(String(u, radix: 16))")
        }
    }

    /// …and never the second part of a canonical composition (no decomposition ends in one).
    func testSafeScalarsNeverComposeWithWhatPrecedes() {
        for u in UInt32(0x80)...0x2FFFF {
            guard let s = Unicode.Scalar(u) else { continue }
            let nfd = String(Character(s)).decomposedStringWithCanonicalMapping.unicodeScalars
            for part in nfd.dropFirst() where NFCSafe.contains(part.value) {
                XCTFail("U+\(String(u, radix: 16)) decomposes with U+\(String(part.value, radix: 16)) after its first scalar")
            }
        }
    }

    /// StopLists skips `lowercased()` for words without a scalar that changes when lower-cased.
    func testScalarsThatDoNotChangeWhenLowercasedLowercaseToThemselves() {
        for u in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(u), !s.properties.changesWhenLowercased else { continue }
            XCTAssertEqual(s.properties.lowercaseMapping, String(Character(s)), "U+\(String(u, radix: 16))")
        }
    }

    func testCaselessRangesHaveNoLowerCase() {
        for range in StopLists.caselessRanges {
            for u in range {
                guard let s = Unicode.Scalar(u) else { continue }
                XCTAssertTrue(StopLists.hasNoCase(u))
                XCTAssertFalse(s.properties.changesWhenLowercased, "U+\(String(u, radix: 16))")
            }
        }
        for w in ["abc", "ABC", "Über", "über", "ПРИВЕТ", "привет", "ﬁ", "İstanbul", "قال", "한국어", "日本", "ǅ"] {
            var s = w
            let same = s.withUTF8 { StopLists.lowercasesToItself($0) }
            XCTAssertEqual(same, w.lowercased() == w && Array(w.lowercased().utf8) == Array(w.utf8), w)
        }
    }

    func testLookupMatchesADictionaryOfStrings() {
        let keys = ["the", "Über".lowercased(), "e\u{301}t\u{e9}", "\u{e9}t\u{e9}", "قال", "إلى", "ا\u{655}لى", "في",
                    "بِسْمِ", "ب\u{652}\u{650}", "한국", "\u{1100}\u{1161}", "don\u{2019}t", "ελπίδα", "שָׁלוֹם", "नमस्ते",
                    "ﻻ", "ﬁ", "K", "\u{212A}", "a\u{301}\u{323}", "a\u{323}\u{301}", "Å", "\u{212B}", ""]
        var dictionary: [String: UInt32] = [:]
        var table = WordTable()
        for (i, k) in keys.enumerated() {
            dictionary[k, default: 0] |= UInt32(1) << UInt32(i % 20)
            table.insert(k, bits: UInt32(1) << UInt32(i % 20))
        }
        let queries = keys + keys.map { $0.decomposedStringWithCanonicalMapping } + keys.map { $0.precomposedStringWithCanonicalMapping }
            + ["The", "ete", "é", "\u{1100}", "가", "ب\u{650}\u{652}", "a\u{301}", "x"]
        for q in queries {
            XCTAssertEqual(table.lookup(q), dictionary[q] ?? 0, "\(q.unicodeScalars.map { String($0.value, radix: 16) })")
            var bytes = q
            XCTAssertEqual(bytes.withUTF8 { table.lookup($0) }, dictionary[q] ?? 0)
        }
    }

    /// The embedded lists, against a dictionary built from the data files (and their words
    /// folded as `MatchingFold` folds a key).
    func testEmbeddedListsMatchADictionaryOfTheDataFiles() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../data/generic-extractor/stoplists")
        let lists = GenericResources.embedded.stopLists
        var dictionary: [String: UInt32] = [:]
        var words: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            let bit = try UInt32(1) << UInt32(XCTUnwrap(lists.languages.firstIndex(of: String(name.dropLast(4)))))
            for line in text.utf8.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }) {
                let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 }.reversed().drop { $0 == 0x20 || $0 == 0x09 }.reversed()
                guard !trimmed.isEmpty else { continue }
                let raw = String(decoding: Array(trimmed), as: UTF8.self)
                dictionary[raw.lowercased(), default: 0] |= bit
                words.append(raw)
                // A word with a ZWNJ is listed without it too (short lines' keys have none).
                if let folded = MatchingFold.fold(raw) {
                    dictionary[folded.lowercased(), default: 0] |= bit
                    words.append(folded)
                }
            }
        }
        XCTAssertEqual(lists.words.count, dictionary.count)
        for w in words + words.map({ $0.uppercased() }) + words.map({ $0.decomposedStringWithCanonicalMapping }) {
            XCTAssertEqual(lists.mask(w), dictionary[w] ?? 0, w)
        }
    }
}
