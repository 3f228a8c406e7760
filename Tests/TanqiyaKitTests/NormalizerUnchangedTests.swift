import XCTest
@testable import TanqiyaKit

/// `Normalizer.isUnchanged(utf8:)`, the read-only scan `normalize(_:)` runs first, must say
/// "unchanged" exactly when the fast byte pass would copy the line through as it is.
final class NormalizerUnchangedTests: XCTestCase {
    private static let allOptionCombos: [NormalizerOptions] =
        (0..<8).map { NormalizerOptions(stripDiacritics: $0 & 1 != 0, foldLetters: $0 & 2 != 0,
                                        asciiDigits: $0 & 4 != 0) }
    /// One normaliser per combination, made once: making one builds its tables (most of this
    /// suite's time when each check made its own).
    private static let normalizers = allOptionCombos.map { Normalizer(options: $0) }

    /// What the scan must answer: the fast pass neither bails nor changes a byte.
    private func fastPassKeeps(_ n: Normalizer, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
            guard let out = n.fastPath(utf8: buf) else { return false }
            return Array(out.utf8) == bytes
        }
    }

    private func scan(_ n: Normalizer, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { n.isUnchanged(utf8: $0) }
    }

    private func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02X", $0) }.joined(separator: " ")
    }

    /// Checks the scan against the fast pass, and `normalize(_:)` against `normalize(utf8:)`,
    /// for every option combination. Returns how many (line, options) pairs were unchanged.
    @discardableResult
    private func check(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> Int {
        var unchanged = 0
        for (o, n) in zip(Self.allOptionCombos, Self.normalizers) {
            let want = fastPassKeeps(n, bytes)
            XCTAssertEqual(scan(n, bytes), want, "\(hex(bytes)) options: \(o)", file: file, line: line)
            if want { unchanged += 1 }
            let viaBytes = bytes.withUnsafeBufferPointer { n.normalize(utf8: $0) }
            let viaString = n.normalize(String(decoding: bytes, as: UTF8.self))
            XCTAssertEqual(Array(viaString.utf8), Array(viaBytes.utf8), "\(hex(bytes)) options: \(o)",
                           file: file, line: line)
        }
        return unchanged
    }

    private func check(_ s: String, file: StaticString = #filePath, line: UInt = #line) {
        check(Array(s.utf8), file: file, line: line)
    }

    // MARK: - Edge cases

    func testCleanArabicLineIsUnchanged() {
        let s = "قال ممثل لوزارة الدفاع، إن روسيا «تقوم» ب 12 غارة – في 2025."
        let n = Normalizer()
        XCTAssertTrue(scan(n, Array(s.utf8)))
        check(s)
    }

    func testSpacesAtTheEdgesOrDoubledNeedWork() {
        let n = Normalizer()
        for s in [" a", "a ", " ", "  ", "a  b", "a\tb", "a\nb", "a\rb", "\u{0645}\u{00A0}\u{0646}",
                  "a \u{2009}b", "a\u{2009} b", "\u{3000}", "a \u{200F} b", "x\u{0640}y",
                  "\u{0001}", "a\u{0001}", "\u{007F}", "a\u{1F}b", "a\u{1B}[0m"] {  // control codes are dropped
            XCTAssertFalse(scan(n, Array(s.utf8)), s.debugDescription)
            check(s)
        }
        for s in ["a b", "a b c", "\u{0645} \u{0646}", "ab", "a", "\u{0645}", "-", "~"] {
            XCTAssertTrue(scan(n, Array(s.utf8)), s.debugDescription)
            check(s)
        }
    }

    func testHarakatKeptOnlyInCanonicalOrder() {
        let n = Normalizer()
        XCTAssertTrue(scan(n, Array("\u{0628}\u{064E}\u{0651}".utf8)))   // fatha, shadda: sorted
        XCTAssertFalse(scan(n, Array("\u{0628}\u{0651}\u{064E}".utf8)))  // shadda, fatha: reordered
        XCTAssertFalse(scan(n, Array("\u{0644}\u{0670}\u{0651}".utf8)))  // superscript alef, shadda
        XCTAssertTrue(scan(n, Array("\u{0628}\u{0651} \u{064E}".utf8)))  // not adjacent
        XCTAssertFalse(scan(n, Array("\u{0628}\u{0651}\u{0640}\u{064E}".utf8)))  // tatweel is dropped
        let strip = Normalizer(options: NormalizerOptions(stripDiacritics: true))
        XCTAssertFalse(scan(strip, Array("\u{0628}\u{064E}".utf8)))
        for s in ["\u{0628}\u{064E}\u{0651}", "\u{0628}\u{0651}\u{064E}", "\u{064E}\u{064E}", "\u{0652}\u{064B}",
                  "\u{0628}\u{0653}", "\u{0627}\u{0654}", "a\u{064B}", "\u{064B}", "\u{0670}\u{0670}"] {
            check(s)
        }
    }

    func testFoldedLettersAndDigitsNeedWorkOnlyWhenTheirOptionIsOn() {
        for s in ["\u{0623}\u{0625}\u{0622}\u{0671}", "\u{0649}", "\u{0629}", "\u{0660}\u{0669}", "\u{06F5}"] {
            XCTAssertTrue(scan(Normalizer(), Array(s.utf8)), s)
            check(s)
        }
    }

    func testPresentationFormsAndOtherScalarsNeedWork() {
        let n = Normalizer()
        for s in ["\u{FE91}", "\u{FEFB}", "\u{FDF2}", "\u{2026}", "\u{0675}", "\u{00BD}", "\u{2011}",
                  "\u{1F600}", "a\u{1F600}", "\u{FEFF}a", "\u{0301}", "\u{4E00}", "\u{1680}"] {
            XCTAssertFalse(scan(n, Array(s.utf8)), s.debugDescription)
            check(s)
        }
        // Three-byte scalars copied as they are: punctuation, zero-width (non-)joiners.
        for s in ["a\u{2013}b", "\u{201C}\u{0645}\u{201D}", "\u{200C}", "\u{0645}\u{200D}", "\u{2022}",
                  "\u{206F}"] {
            XCTAssertTrue(scan(n, Array(s.utf8)), s.debugDescription)
            check(s)
        }
    }

    func testInvalidUTF8NeedsWork() {
        let n = Normalizer()
        let cases: [[UInt8]] = [
            [0xD9], [0x61, 0xD9], [0xD9, 0x20], [0xC0, 0x80], [0xC1, 0xBF], [0x80], [0x61, 0xBF, 0x61],
            [0xE2, 0x80], [0xE2, 0x80, 0x20], [0xE2, 0x20, 0x93], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
            [0xF0, 0x9F, 0x98, 0x80], [0xF0, 0x9F], [0xFF], [0xD8, 0xA7, 0xD9],
        ]
        for bytes in cases {
            XCTAssertFalse(scan(n, bytes), hex(bytes))
            check(bytes)
        }
    }

    func testEmptyLine() {
        XCTAssertTrue(scan(Normalizer(), []))
        check([])
    }

    // MARK: - Random inputs

    /// SplitMix64 (`StableHash.SplitMix64`): small, seeded, deterministic.
    private typealias SplitMix64 = StableHash.SplitMix64

    /// Byte fragments lines are made of: mostly clean text, with every kind of trouble mixed in.
    private static let fragments: [[UInt8]] = {
        let scalars: [UInt32] = Array(0x0621...0x064A) + Array(0x064B...0x065F) + [0x0670, 0x0671, 0x0675, 0x06CC]
            + Array(0x0660...0x0669) + Array(0x06F0...0x06F9) + [0x060C, 0x061B, 0x061C, 0x061F, 0x0640]
            + [0x20, 0x20, 0x20, 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x01, 0x1F, 0x7F, 0x2E, 0x22]
            + Array(0x41...0x45) + Array(0x30...0x33)
            + [0x85, 0xA0, 0xAB, 0xAD, 0xBB, 0xB2, 0xBD, 0xE9, 0x0132, 0x0142, 0x0301, 0x0418, 0x0483]
            + [0x1680, 0x2000, 0x2009, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2011, 0x2013, 0x2014]
            + [0x201C, 0x201D, 0x2026, 0x2028, 0x202A, 0x202F, 0x205F, 0x2060, 0x2065, 0x2066, 0x206F]
            + [0x2070, 0x20AC, 0x3000, 0x4E00, 0xFB50, 0xFE91, 0xFEFB, 0xFEFF, 0xFDF2, 0x1F600, 0x10FFFF]
        var out = scalars.map { Array(String(Unicode.Scalar($0)!).utf8) }
        // Invalid UTF-8: lone leads, stray continuation bytes, overlong forms, surrogates.
        out += [[0xD9], [0xD8], [0xE2], [0xE2, 0x80], [0xF0, 0x9F], [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0x81],
                [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF8], [0xFF], [0xFE]]
        return out
    }()

    func testScanAgreesWithFastPassOnRandomLines() {
        var rng = SplitMix64(state: 0x756E_6368_616E_6765)  // fixed seed
        let clean: [[UInt8]] = (0x0627...0x063A).map { Array(String(Unicode.Scalar($0)!).utf8) }
        let harakat: [[UInt8]] = (Array(0x064B...0x0652) + [0x0670]).map { Array(String(Unicode.Scalar($0)!).utf8) }
        var unchanged = 0, total = 0
        for k in 0..<1500 {
            var bytes: [UInt8] = []
            let count = Int.random(in: 0...24, using: &rng)
            // Every third line is mostly clean text, so that long unchanged runs get tested too;
            // every third is clean text with harakat, often next to each other.
            let troubleRate = k % 3 == 0 ? 4 : 40
            for _ in 0..<count {
                let r = Int.random(in: 0..<100, using: &rng)
                if k % 3 == 1 && r < 35 {
                    bytes += harakat.randomElement(using: &rng)!
                } else if r < troubleRate {
                    bytes += Self.fragments.randomElement(using: &rng)!
                } else {
                    bytes += Bool.random(using: &rng) ? [0x20] : clean.randomElement(using: &rng)!
                }
            }
            unchanged += check(bytes)
            total += Self.allOptionCombos.count
        }
        // Both answers must actually be exercised.
        XCTAssertGreaterThan(unchanged, total / 20)
        XCTAssertLessThan(unchanged, total * 19 / 20)
    }
}
