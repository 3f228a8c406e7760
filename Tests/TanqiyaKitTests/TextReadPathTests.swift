import XCTest
@testable import TanqiyaKit

/// The fast paths of the text-dump read path against simple byte-by-byte references: UTF-8
/// validation, control code and character counts, line splitting, the input stem.
final class TextReadPathTests: XCTestCase {
    /// SplitMix64 (`StableHash.SplitMix64`): the same bytes on every run.
    typealias Random = StableHash.SplitMix64

    /// Bytes that are mostly Arabic text with everything the fast paths treat apart mixed in:
    /// ASCII, controls, C1 controls, three- and four-byte sequences, and (when `broken`) stray
    /// continuation bytes, lone leads, overlong and out-of-range bytes.
    static func sample(_ random: inout Random, length: Int, broken: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        while bytes.count < length {
            switch random.below(broken ? 14 : 11) {
            case 0, 1, 2: bytes += [0xD8 + UInt8(random.below(4)), 0x80 + UInt8(random.below(64))]
            case 3: bytes.append(0x20)
            case 4: bytes.append(UInt8(0x21 + random.below(0x5E)))
            case 5: bytes.append([0x0A, 0x0D, 0x09, 0x1B, 0x00, 0x01, 0x1F, 0x7F][random.below(8)])
            case 6: bytes += [0xC2, 0x80 + UInt8(random.below(64))]
            case 7: bytes += Array("\u{2026}\u{200C}\u{FEFB}".utf8)
            case 8: bytes += Array("\u{1F600}".utf8)
            case 9: bytes += [0xE0 + UInt8(random.below(16)), 0x80 + UInt8(random.below(64)), 0x80 + UInt8(random.below(64))]
                if !broken, String(validating: bytes.suffix(3), as: UTF8.self) == nil { bytes.removeLast(3) }
            case 10: bytes += Array("ـًٌ".utf8)
            case 11: bytes.append(0x80 + UInt8(random.below(64)))
            case 12: bytes.append([0xC0, 0xC1, 0xF5, 0xFF, 0xD8, 0xE2, 0xF0, 0xED][random.below(8)])
            default: bytes += [0xED, 0xA0 + UInt8(random.below(32)), 0x80]
            }
        }
        return bytes
    }

    /// Short inputs of every length around the eight-byte words (cut anywhere, so not always
    /// valid even when not `broken`), then longer ones.
    static func samples(broken: Bool) -> [[UInt8]] {
        var random = Random(state: broken ? 7 : 42)
        var out: [[UInt8]] = [[]]
        for length in 1...40 { for _ in 0..<40 { out.append(Array(sample(&random, length: length, broken: broken).prefix(length))) } }
        for _ in 0..<300 { out.append(sample(&random, length: 1 + random.below(600), broken: broken)) }
        return out
    }

    static func referenceControls(_ bytes: [UInt8]) -> (characters: Int, controls: Int) {
        var characters = 0, controls = 0
        for (i, b) in bytes.enumerated() {
            if b & 0xC0 != 0x80 { characters += 1 }
            if b < 0x20 {
                if !(0x09...0x0D).contains(b) && b != 0x1B { controls += 1 }
            } else if b == 0x7F {
                controls += 1
            } else if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) {
                controls += 1
            }
        }
        return (characters, controls)
    }

    // MARK: - UTF-8 validation

    func testValidationAgreesWithTheStandardLibraryAndUTF8Stats() {
        for bytes in Self.samples(broken: true) + Self.samples(broken: false) {
            let expected = String(validating: bytes, as: UTF8.self) != nil
            XCTAssertEqual(TextDecoding.isValidUTF8(bytes[...]), expected, "\(bytes)")
            XCTAssertEqual(EncodingDetector.utf8Stats(bytes[...]).invalid == 0, expected, "\(bytes)")
        }
    }

    func testValidationAtWordEdges() {
        let arabic = Array("عربي".utf8)  // 8 bytes: four two-byte letters
        let cases: [([UInt8], Bool)] = [
            ([], true),
            (Array("1234567".utf8) + [0xD8, 0xB9], true),      // a lead ends the first word
            (Array("1234567".utf8) + [0xD8], false),           // and nothing continues it
            (Array("1234567".utf8) + [0xD8, 0x41], false),     // or ASCII does
            (Array("1234567".utf8) + [0xD8, 0xB9, 0xB9], false),
            ([0xB9] + arabic, false),                          // a continuation first
            (arabic + arabic, true),
            (arabic + [0xC1, 0xBF] + arabic, false),           // overlong
            (arabic + [0xC2, 0xA0] + arabic, true),            // no-break space
            (Array("123456".utf8) + [0xE2, 0x80, 0xA6] + arabic, true),  // a three-byte sequence across words
            (Array("1234567".utf8) + [0xF0, 0x9F, 0x98, 0x80] + arabic, true),
            (Array("1234567".utf8) + [0xED, 0xA0, 0x80] + arabic, false),  // a surrogate
            (Array("1234567".utf8) + [0xF4, 0x90, 0x80, 0x80], false),    // above U+10FFFF
        ]
        for (bytes, valid) in cases {
            XCTAssertEqual(TextDecoding.isValidUTF8(bytes[...]), valid, "\(bytes)")
            XCTAssertEqual(String(validating: bytes, as: UTF8.self) != nil, valid, "\(bytes)")
        }
    }

    func testInvalidPagesAreStillRepairedCountedOrReadAsACodePage() {
        let broken = Array("نص عربي ".utf8) + [0xFF] + Array(" سليم".utf8)
        let decoded = TextDecoding.decode(broken)
        XCTAssertEqual(decoded.evidence, .repairedUTF8)
        XCTAssertEqual(decoded.replacedByteCount, 1)
        XCTAssertEqual(decoded.string, "نص عربي \u{FFFD} سليم")
        // "مرحبا بالعالم" in Windows-1256.
        let cp1256: [UInt8] = [0xE3, 0xD1, 0xCD, 0xC8, 0xC7, 0x20, 0xC8, 0xC7, 0xE1, 0xDA, 0xC7, 0xE1, 0xE3]
        let legacy = TextDecoding.decode(cp1256)
        XCTAssertEqual(legacy.encoding, .windows1256)
        XCTAssertEqual(legacy.string, "مرحبا بالعالم")
        let valid = TextDecoding.decode(Array("مرحبا".utf8))
        XCTAssertEqual(valid.evidence, .validUTF8)
        XCTAssertEqual(TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("مرحبا".utf8)).evidence, .byteOrderMark)
        XCTAssertEqual(TextDecoding.decode(Array("ok".utf8) + [0xC3], forced: .utf8).replacedByteCount, 1)
        XCTAssertEqual(TextDecoding.decode(Array("مرحبا".utf8), forced: .utf8).utf8, Array("مرحبا".utf8))
    }

    // MARK: - Control codes and characters

    func testControlAndCharacterCountsEqualTheByteByByteReference() {
        for bytes in Self.samples(broken: true) + Self.samples(broken: false) {
            let expected = Self.referenceControls(bytes)
            XCTAssertEqual(TextCheck.controlCount(bytes), expected.controls, "\(bytes)")
            XCTAssertEqual(TextCheck.characterCount(bytes), expected.characters, "\(bytes)")
        }
    }

    func testAC1ControlSplitAcrossWordsIsCounted() {
        let bytes = Array("1234567".utf8) + [0xC2, 0x85] + Array("abcdefg".utf8) + [0xC2]
        XCTAssertEqual(TextCheck.controlCount(bytes), 1)
        XCTAssertEqual(TextCheck.characterCount(bytes), 16)
    }

    func testMostlyControlCodesIsNotText() {
        let bytes = [UInt8](repeating: 0x01, count: 40) + Array("نص".utf8)
        let reason = TextCheck.notTextReason(raw: bytes, decoded: TextDecoding.decode(bytes))
        XCTAssertEqual(reason, "mostly non-text (95% of its characters are control codes or undecodable bytes)")
        XCTAssertNil(TextCheck.notTextReason(raw: Array("نص\n".utf8), decoded: TextDecoding.decode(Array("نص\n".utf8))))
        XCTAssertNil(TextCheck.notTextReason(text: "نص عربي\u{01}"))
        XCTAssertEqual(TextCheck.notTextReason(text: "\u{01}\u{02}x"), "mostly non-text (67% of its characters are control codes)")
    }

    func testBinaryFormatsAreNamed() {
        XCTAssertEqual(TextCheck.binaryFormat([0x1F, 0x8B, 0x08]), "gzip data")
        XCTAssertEqual(TextCheck.binaryFormat(Array("%PDF-1.7".utf8)), "PDF document")
        XCTAssertEqual(TextCheck.binaryFormat(Array("BZh9".utf8)), "bzip2 data")
        XCTAssertNil(TextCheck.binaryFormat(Array("BZh".utf8)))
        XCTAssertNil(TextCheck.binaryFormat(Array("BZhx".utf8)))
        XCTAssertEqual(TextCheck.binaryFormat([0x7F, 0x45, 0x4C, 0x46, 0x02]), "ELF executable")
        XCTAssertNil(TextCheck.binaryFormat(Array("نص".utf8)))
    }

    // MARK: - Lines

    func testLinesSplitLikeTheReference() {
        let cases: [(String, [String])] = [
            ("", []),
            ("a", ["a"]),
            ("a\n", ["a"]),
            ("a\n\nb", ["a", "", "b"]),
            ("a\r\nb\r\n", ["a", "b"]),
            ("a\rb\r", ["a", "b"]),            // CR only: classic Mac
            ("a\rb\nc", ["a", "b", "c"]),       // a lone CR inside an LF file ends a line too
            ("a\r\r\nb", ["a", "", "b"]),
            ("a\r\nb\rc\r\n", ["a", "b", "c"]),
            ("\u{FEFF}عنوان\nنص", ["عنوان", "نص"]),
            ("\u{FEFF}", []),
            ("\n", [""]),
            // Unicode's other mandatory breaks (UAX #14: VT, FF, NEL, LS, PS) end a line too.
            ("a\u{2028}b\u{2029}c", ["a", "b", "c"]),
            ("a\u{0B}b\u{0C}\u{85}c\u{2028}", ["a", "b", "", "c"]),
            ("a\r\u{2028}b\nc", ["a", "b", "c"]),      // a CR before another break is the break's
            ("a\u{2027}b\u{2030}c\u{84}d", ["a\u{2027}b\u{2030}c\u{84}d"]),  // neighbours are not breaks
        ]
        for (text, expected) in cases {
            let bytes = Array(text.utf8)
            XCTAssertEqual(TextDumpReader.lines(bytes).map(\.raw), expected, text.debugDescription)
            XCTAssertEqual(TextDumpReader.lines(validUTF8: bytes).map(\.raw), expected, text.debugDescription)
            XCTAssertEqual(TextDumpReader.lines(bytes).map(\.line), Array(stride(from: 1, through: expected.count, by: 1)))
        }
    }

    func testLinesOfValidTextAreTheStringsDecodingMakes() {
        let breaks: Set<Unicode.Scalar> = ["\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
        for bytes in Self.samples(broken: false) where String(validating: bytes, as: UTF8.self) != nil
            && !bytes.contains(0x0D) && !bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
            let expected = scalars.split(omittingEmptySubsequences: false) { breaks.contains($0) }
                .map { String(String.UnicodeScalarView($0)) }
            let blocks = TextDumpReader.lines(validUTF8: bytes)
            let trimmed = scalars.last.map(breaks.contains) == true ? Array(expected.dropLast()) : expected
            XCTAssertEqual(blocks.map(\.raw), bytes.isEmpty ? [] : trimmed)
            for (block, string) in zip(blocks, trimmed) {
                // Flagged ASCII exactly when String(decoding:) flags it (comparisons rely on it).
                XCTAssertEqual(block.raw.utf8Span.isKnownASCII, string.utf8Span.isKnownASCII, string.debugDescription)
                XCTAssertEqual(Array(block.raw.utf8), Array(string.utf8))
            }
        }
    }

    func testInvalidBytesInLinesBecomeReplacementCharacters() {
        let bytes = Array("ok ".utf8) + [0xFF] + Array("\nنص".utf8) + [0xD8]
        XCTAssertEqual(TextDumpReader.lines(bytes).map(\.raw), ["ok \u{FFFD}", "نص\u{FFFD}"])
        let doc = TextDumpReader().read(bytes: bytes, source: "s", idPrefix: "s")
        XCTAssertEqual(doc.blocks.map(\.raw), ["ok \u{FFFD}", "نص\u{FFFD}"])
        XCTAssertEqual(doc.warnings, ["invalid UTF-8: 2 bytes replaced with U+FFFD"])
    }

    // MARK: - Stem

    /// `stem` on the path's Characters: the reference the byte walk must agree with.
    static func characterStem(_ path: String) -> String {
        var name = Substring(path.split(separator: "/").last ?? Substring(path))
        for ext in InputItem.stemExtensions where name.hasSuffix(ext) && name.count > ext.count {
            name = name.dropLast(ext.count)
        }
        return String(name)
    }

    func testStemOnBytesIsTheCharacterStem() {
        let paths = ["", "/", "///", "a", "a/", "a//", "/a", "dir/p.txt", "dir/p.txt/", "p.txt.gz", "p.html.gz", "p.htm",
                     ".txt", "a.txt", "x.json.txt", "x.txt.json", "x.jsonl", "x.ndjson", "x.gz.gz", "d.txt/x",
                     "y/001_ab.txt", "a\r\n.txt", "..txt", "a b/c d.html", "أخبار/صفحة.txt", "صحف/عدد.html.gz", "é/ü.jsonl"]
        for path in paths {
            XCTAssertEqual(InputItem.stem(of: path), Self.characterStem(path), path.debugDescription)
        }
        XCTAssertEqual(InputItem(path: "x", relativePath: "أخبار/صفحة.txt", format: .text).stem, "صفحة")
        XCTAssertEqual(InputItem(path: "x", relativePath: "dir/000123.txt", format: .text).stem, "000123")
        // A combining mark after "/" makes one Character with it, but the file system splits there.
        XCTAssertEqual(InputItem.stem(of: "dir/\u{301}x.txt"), "\u{301}x")
    }
}
