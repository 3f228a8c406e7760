import XCTest
@testable import TanqiyaKit

/// Encoding decisions made before libxml2 sees the bytes.
final class HTMLEncodingTests: XCTestCase {
    static let arabic = "ذهب الولد إلى المدرسة في الصباح الباكر مع أصدقائه"
    /// `arabic` encoded by Python's codecs (cp1256).
    static let arabicWindows1256: [UInt8] = [
        0xD0, 0xE5, 0xC8, 0x20, 0xC7, 0xE1, 0xE6, 0xE1, 0xCF, 0x20, 0xC5, 0xE1, 0xEC, 0x20, 0xC7, 0xE1, 0xE3, 0xCF,
        0xD1, 0xD3, 0xC9, 0x20, 0xDD, 0xED, 0x20, 0xC7, 0xE1, 0xD5, 0xC8, 0xC7, 0xCD, 0x20, 0xC7, 0xE1, 0xC8, 0xC7,
        0xDF, 0xD1, 0x20, 0xE3, 0xDA, 0x20, 0xC3, 0xD5, 0xCF, 0xDE, 0xC7, 0xC6, 0xE5,
    ]
    /// `arabic` encoded by Python's codecs (iso8859_6).
    static let arabicISO8859_6: [UInt8] = [
        0xD0, 0xE7, 0xC8, 0x20, 0xC7, 0xE4, 0xE8, 0xE4, 0xCF, 0x20, 0xC5, 0xE4, 0xE9, 0x20, 0xC7, 0xE4, 0xE5, 0xCF,
        0xD1, 0xD3, 0xC9, 0x20, 0xE1, 0xEA, 0x20, 0xC7, 0xE4, 0xD5, 0xC8, 0xC7, 0xCD, 0x20, 0xC7, 0xE4, 0xC8, 0xC7,
        0xE3, 0xD1, 0x20, 0xE5, 0xD9, 0x20, 0xC3, 0xD5, 0xCF, 0xE2, 0xC7, 0xC6, 0xE7,
    ]

    func testPlainUTF8IsKeptAsIs() {
        let bytes = Array("<p>\(Self.arabic)</p>".utf8)
        let d = EncodingDetector.decode(bytes)
        XCTAssertEqual(d.encoding, .utf8)
        XCTAssertEqual(d.evidence, .validUTF8)
        XCTAssertEqual(d.utf8, bytes)
        XCTAssertEqual(d.replacedByteCount, 0)
    }

    func testUTF8ByteOrderMarkIsStripped() {
        let d = EncodingDetector.decode([0xEF, 0xBB, 0xBF] + Array(Self.arabic.utf8))
        XCTAssertEqual(d.encoding, .utf8)
        XCTAssertEqual(d.evidence, .byteOrderMark)
        XCTAssertEqual(d.string, Self.arabic)
    }

    func testUTF16LittleAndBigEndianByteOrderMarks() {
        let units = Array(Self.arabic.utf16)
        let le: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        XCTAssertEqual(EncodingDetector.decode(le).string, Self.arabic)
        XCTAssertEqual(EncodingDetector.decode(le).encoding, .utf16LE)
        XCTAssertEqual(EncodingDetector.decode(be).string, Self.arabic)
        XCTAssertEqual(EncodingDetector.decode(be).encoding, .utf16BE)
    }

    func testMetaCharsetWindows1256IsHonoured() {
        let head = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"></head><body><p>".utf8)
        let d = EncodingDetector.decode(head + Self.arabicWindows1256 + Array("</p></body></html>".utf8))
        XCTAssertEqual(d.encoding, .windows1256)
        XCTAssertEqual(d.evidence, .declared)
        XCTAssertTrue(d.string.contains(Self.arabic))
        XCTAssertEqual(d.replacedByteCount, 0)
    }

    func testUndeclaredWindows1256IsRecognised() {
        let d = EncodingDetector.decode(Array("<p>".utf8) + Self.arabicWindows1256 + Array("</p>".utf8))
        XCTAssertEqual(d.encoding, .windows1256)
        XCTAssertEqual(d.evidence, .legacyGuess)
        XCTAssertEqual(d.string, "<p>\(Self.arabic)</p>")
    }

    func testUndeclaredISO8859_6IsRecognised() {
        let d = EncodingDetector.decode(Self.arabicISO8859_6)
        XCTAssertEqual(d.encoding, .iso8859_6)
        XCTAssertEqual(d.string, Self.arabic)
    }

    func testUndeclaredLatinTextIsWindows1252() {
        // "café crème à la carte" in Windows-1252: isolated high bytes between ASCII letters.
        let bytes: [UInt8] = Array("caf".utf8) + [0xE9] + Array(" cr".utf8) + [0xE8] + Array("me ".utf8) + [0xE0] + Array(" la carte".utf8)
        let d = EncodingDetector.decode(bytes)
        XCTAssertEqual(d.encoding, .windows1252)
        XCTAssertEqual(d.string, "café crème à la carte")
    }

    func testDeclaredLegacyButValidUTF8IsUTF8() {
        let bytes = Array("<meta charset=\"windows-1256\"><p>\(Self.arabic)</p>".utf8)
        let d = EncodingDetector.decode(bytes)
        XCTAssertEqual(d.encoding, .utf8)
        XCTAssertEqual(d.utf8, bytes)
    }

    func testInvalidUTF8JunkIsReplacedAndCounted() {
        // Mostly valid UTF-8 Arabic with three stray bytes: repaired, not re-read as a code page.
        let text = Array(String(repeating: Self.arabic + " ", count: 10).utf8)
        let bytes = Array(text[0..<40]) + [0xFF] + Array(text[40..<200]) + [0xC3, 0x28] + Array(text[200...]) + [0xE2]
        let d = EncodingDetector.decode(bytes)
        XCTAssertEqual(d.encoding, .utf8)
        XCTAssertEqual(d.evidence, .repairedUTF8)
        XCTAssertEqual(d.replacedByteCount, 3)
        XCTAssertEqual(d.string.unicodeScalars.filter { $0 == "\u{FFFD}" }.count, 3)
        XCTAssertNotNil(String(validatingCString: d.utf8.map { CChar(bitPattern: $0) } + [0]))
    }

    func testLegacyTablesMatchKnownCodePoints() {
        // Spot checks against the published tables (all 128 were checked against Python and iconv
        // by tools/gen_legacy_tables.py).
        XCTAssertEqual(LegacyEncodingTables.windows1256[0xC7 - 0x80], 0x0627)  // ALEF
        XCTAssertEqual(LegacyEncodingTables.windows1256[0x81 - 0x80], 0x067E)  // PEH
        XCTAssertEqual(LegacyEncodingTables.windows1256[0xE1 - 0x80], 0x0644)  // LAM
        XCTAssertEqual(LegacyEncodingTables.iso8859_6[0xE4 - 0x80], 0x0644)    // LAM
        XCTAssertEqual(LegacyEncodingTables.iso8859_6[0xA1 - 0x80], 0xFFFD)    // unmapped
        XCTAssertEqual(LegacyEncodingTables.windows1252[0x80 - 0x80], 0x20AC)  // EURO
    }
}
