import Foundation
import XCTest
@testable import TanqiyaKit

final class NormalizerTests: XCTestCase {
    private let plain = Normalizer()

    // MARK: - Helpers

    private func viaBytes(_ n: Normalizer, _ s: String) -> String {
        var s = s
        return s.withUTF8 { n.normalize(utf8: $0) }
    }

    private func fast(_ n: Normalizer, _ s: String) -> String? {
        var s = s
        return s.withUTF8 { n.fastPath(utf8: $0) }
    }

    private func slow(_ n: Normalizer, _ s: String) -> String {
        var s = s
        return s.withUTF8 { n.slowPath(utf8: $0) }
    }

    /// Swift's String `==` is canonical equivalence (it ignores mark order), so compare scalars.
    private func assertSame(_ got: String?, _ want: String, _ message: @autoclosure () -> String = "",
                            file: StaticString = #filePath, line: UInt = #line) {
        if got.map({ Array($0.unicodeScalars) }) != Array(want.unicodeScalars) {
            XCTFail("got \(got.map(hex) ?? "nil"), want \(hex(want)) \(message())", file: file, line: line)
        }
    }

    private func hex(_ s: String) -> String {
        s.unicodeScalars.map { String(format: "%04X", $0.value) }.joined(separator: " ")
    }

    /// Independent, naive reference: Foundation NFKC, then the documented steps on scalars.
    private func reference(_ s: String, _ o: NormalizerOptions) -> String {
        let marks: Set<UInt32> = [0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                                  0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0x00AD, 0x2060]
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for u in s.precomposedStringWithCompatibilityMapping.unicodeScalars {
            let v = u.value
            if v == 0x0640 || marks.contains(v) || u.properties.isNoncharacterCodePoint { continue }
            if o.stripDiacritics && ((0x064B...0x065F).contains(v) || v == 0x0670) { continue }
            if u.properties.isWhitespace {
                if !word.isEmpty { words.append(String(word)); word = String.UnicodeScalarView() }
                continue
            }
            var out = u
            if o.foldLetters {
                switch v {
                case 0x0622, 0x0623, 0x0625, 0x0671: out = "\u{0627}"
                case 0x0649: out = "\u{064A}"
                case 0x0629: out = "\u{0647}"
                default: break
                }
            }
            if o.asciiDigits {
                if (0x0660...0x0669).contains(v) { out = Unicode.Scalar(v - 0x0660 + 0x30)! }
                if (0x06F0...0x06F9).contains(v) { out = Unicode.Scalar(v - 0x06F0 + 0x30)! }
            }
            word.append(out)
        }
        if !word.isEmpty { words.append(String(word)) }
        return words.joined(separator: " ")
    }

    private static let allOptionCombos: [NormalizerOptions] =
        (0..<8).map { NormalizerOptions(stripDiacritics: $0 & 1 != 0, foldLetters: $0 & 2 != 0,
                                        asciiDigits: $0 & 4 != 0) }

    // MARK: - NFKC

    func testPresentationFormsBecomePlainLetters() {
        assertSame(plain.normalize("\u{FE91}\u{FEE8}\u{FEAE}"), "\u{0628}\u{0646}\u{0631}")
        assertSame(plain.normalize("\u{FEFB}"), "\u{0644}\u{0627}")  // lam-alef ligature
        assertSame(plain.normalize("\u{FDF2}"), "\u{0627}\u{0644}\u{0644}\u{0647}")  // Allah ligature
        XCTAssertNil(fast(plain, "\u{FE91}"), "presentation forms must take the slow path")
    }

    func testEllipsisBecomesThreeDots() {
        assertSame(plain.normalize("\u{0642}\u{0627}\u{0644}\u{2026}"), "\u{0642}\u{0627}\u{0644}...")
    }

    func testDecomposedAlefMaddaComposesToPrecomposedLetter() {
        assertSame(plain.normalize("\u{0627}\u{0653}\u{0645}"), "\u{0622}\u{0645}")
        assertSame(plain.normalize("\u{0627}\u{0654}"), "\u{0623}")  // hamza above
        assertSame(plain.normalize("\u{0627}\u{0655}"), "\u{0625}")  // hamza below
        XCTAssertNil(fast(plain, "\u{0627}\u{0653}"), "U+0653 must always take the slow path")
    }

    func testHarakatOutOfCanonicalOrderAreReorderedAsNFKCDoes() {
        // Shadda (ccc 33) typed before fatha (ccc 30): NFKC reorders to fatha, shadda.
        let typed = "\u{0628}\u{0651}\u{064E}"
        XCTAssertEqual(hex(plain.normalize(typed)), "0628 064E 0651")
        assertSame(plain.normalize(typed), typed.precomposedStringWithCompatibilityMapping)
        XCTAssertNil(fast(plain, typed), "a descending haraka pair must take the slow path")
        // Fatha then shadda is already canonical: kept as is, on the fast path.
        let canonical = "\u{0628}\u{064E}\u{0651}"
        XCTAssertEqual(hex(plain.normalize(canonical)), "0628 064E 0651")
        assertSame(fast(plain, canonical), canonical)
        // Superscript alef (ccc 35) before shadda (ccc 33) is reordered too.
        XCTAssertEqual(hex(plain.normalize("\u{0644}\u{0670}\u{0651}")), "0644 0651 0670")
    }

    func testHarakaOrderCheckOnlyAppliesToAdjacentMarks() {
        // A tatweel (ccc 0) between marks blocks reordering in NFKC; it is then removed.
        let s = "\u{0628}\u{0651}\u{0640}\u{064E}"
        XCTAssertEqual(hex(plain.normalize(s)), "0628 0651 064E")
        XCTAssertNotNil(fast(plain, s))
    }

    // MARK: - Tatweel, marks, spaces

    func testTatweelIsRemoved() {
        assertSame(plain.normalize("\u{0643}\u{062A}\u{0640}\u{0640}\u{0640}\u{0627}\u{0628}"),
                       "\u{0643}\u{062A}\u{0627}\u{0628}")
        assertSame(plain.normalize("\u{0640}"), "")
    }

    func testEachBidiAndFormatMarkIsRemoved() {
        let marks: [UInt32] = [0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                               0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0x00AD, 0x2060]
        for m in marks {
            let mark = String(Unicode.Scalar(m)!)
            assertSame(plain.normalize("a\(mark)b"), "ab", String(format: "U+%04X", m))
            assertSame(plain.normalize("\(mark)\u{0645}\(mark) \(mark)\u{0646}\(mark)"),
                           "\u{0645} \u{0646}", String(format: "U+%04X", m))
            XCTAssertNotNil(fast(plain, "a\(mark)b"), String(format: "U+%04X should be fast", m))
        }
    }

    /// Noncharacters are for a program's internal use, never text: dropped, every plane's.
    func testNoncharactersAreDropped() {
        for m: UInt32 in [0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x1FFFF, 0x10FFFE, 0x10FFFF] {
            let mark = String(Unicode.Scalar(m)!)
            assertSame(plain.normalize("a\(mark)b"), "ab", String(format: "U+%04X", m))
            assertSame(plain.normalize("\u{0645}\(mark) \(mark)\u{0646}"), "\u{0645} \u{0646}", String(format: "U+%04X", m))
        }
        // Their neighbours are characters, kept.
        for m: UInt32 in [0xFDCF, 0xFFFC, 0xFFFD, 0x1FFFD, 0x10FFFD, 0x1F600] {
            let kept = String(Unicode.Scalar(m)!)
            assertSame(plain.normalize("a\(kept)b"), "a\(kept)b", String(format: "U+%04X", m))
        }
    }

    func testZeroWidthJoinersAreKept() {
        assertSame(plain.normalize("\u{0645}\u{200C}\u{06CC}"), "\u{0645}\u{200C}\u{06CC}")
        assertSame(plain.normalize("a\u{200D}b\u{200B}c"), "a\u{200D}b\u{200B}c")
    }

    func testUnicodeSpacesBecomeOneSpaceCollapsedAndTrimmed() {
        assertSame(plain.normalize("\u{00A0}\u{00A0}\u{0645}\u{2009}\u{2009}\t\u{0646}\r\n"),
                       "\u{0645} \u{0646}")
        assertSame(plain.normalize("  a \t\u{00A0} b  "), "a b")
        let spaces: [UInt32] = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029,
                                0x202F, 0x205F, 0x3000] + Array(0x2000...0x200A)
        for sp in spaces {
            let space = String(Unicode.Scalar(sp)!)
            assertSame(plain.normalize("\(space)x\(space)\(space)y\(space)"), "x y", String(format: "U+%04X", sp))
            XCTAssertNotNil(fast(plain, "x\(space)y"), String(format: "U+%04X should be fast", sp))
        }
    }

    func testMarksBetweenSpacesDoNotLeaveDoubleSpaces() {
        assertSame(plain.normalize("a \u{200F} \u{0640} b"), "a b")
    }

    func testEmptyAndBlankLinesBecomeEmpty() {
        assertSame(plain.normalize(""), "")
        assertSame(plain.normalize(" \t\u{00A0}\u{200F}\u{0640} "), "")
        assertSame(plain.normalize("\u{FEFF}"), "")
    }

    // MARK: - Lossy options

    func testStripDiacriticsOnlyWhenEnabled() {
        let s = "\u{0645}\u{064F}\u{062D}\u{064E}\u{0645}\u{064E}\u{0651}\u{062F}\u{064C} \u{0647}\u{0670}\u{0630}\u{0627}"
        assertSame(plain.normalize(s), s)
        let strip = Normalizer(options: NormalizerOptions(stripDiacritics: true))
        assertSame(strip.normalize(s), "\u{0645}\u{062D}\u{0645}\u{062F} \u{0647}\u{0630}\u{0627}")
        // U+0653–U+065F are stripped too, after NFKC composed what it could.
        assertSame(strip.normalize("\u{0627}\u{0653} \u{0628}\u{0656}"), "\u{0622} \u{0628}")
        // A lone haraka between spaces leaves one space, none at the ends.
        assertSame(strip.normalize("\u{064E} a \u{0651} b \u{064B}"), "a b")
    }

    func testFoldLettersOnlyWhenEnabled() {
        let s = "\u{0623}\u{0625}\u{0622}\u{0671} \u{0649} \u{0629}"
        assertSame(plain.normalize(s), s)
        let fold = Normalizer(options: NormalizerOptions(foldLetters: true))
        assertSame(fold.normalize(s), "\u{0627}\u{0627}\u{0627}\u{0627} \u{064A} \u{0647}")
        // Alef + madda composes first, then folds.
        assertSame(fold.normalize("\u{0627}\u{0653}"), "\u{0627}")
    }

    func testAsciiDigitsOnlyWhenEnabled() {
        let s = "\u{0660}\u{0661}\u{0662}\u{0663}\u{0664}\u{0665}\u{0666}\u{0667}\u{0668}\u{0669} "
            + "\u{06F0}\u{06F1}\u{06F2}\u{06F3}\u{06F4}\u{06F5}\u{06F6}\u{06F7}\u{06F8}\u{06F9}"
        assertSame(plain.normalize(s), s)
        let digits = Normalizer(options: NormalizerOptions(asciiDigits: true))
        assertSame(digits.normalize(s), "0123456789 0123456789")
    }

    func testOptionsDefaultsAreNonLossy() {
        XCTAssertEqual(NormalizerOptions.default, NormalizerOptions())
        XCTAssertFalse(NormalizerOptions.default.stripDiacritics)
        XCTAssertFalse(NormalizerOptions.default.foldLetters)
        XCTAssertFalse(NormalizerOptions.default.asciiDigits)
    }

    // MARK: - Real data

    /// seeds/000_dfce995c2dbc26b4.txt line 47: contains "ﺑ«" (U+FE91 presentation form).
    private let seedLine47 = "قال ممثل لوزارة الدفاع الأوكرانية، إن روسيا تقوم \u{FE91}«ممارسات تنم عن إبادة» من خلال استخدام الألغام المضادة للأفراد في أوكرانيا، وذلك خلال قمة دولية في كمبوديا."

    private var seedsDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
    }

    func testRealSeedLineWithPresentationFormBeh() throws {
        let file = seedsDirectory.appendingPathComponent("000_dfce995c2dbc26b4.txt")
        if let text = try? String(contentsOf: file, encoding: .utf8) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            assertSame(String(lines[46]), seedLine47, "seed line 47 changed")
        }
        let out = plain.normalize(seedLine47)
        assertSame(out, seedLine47.replacingOccurrences(of: "\u{FE91}", with: "\u{0628}"))
        XCTAssertTrue(out.contains("\u{0628}«"))
        XCTAssertFalse(out.unicodeScalars.contains { $0.value == 0xFE91 })
        assertSame(viaBytes(plain, seedLine47), out)
        let folded = Normalizer(options: NormalizerOptions(foldLetters: true))
        XCTAssertTrue(folded.normalize(seedLine47).hasPrefix("قال ممثل لوزاره الدفاع الاوكرانيه، ان روسيا"))
    }

    func testOrdinarySeedLinesTakeTheFastPath() throws {
        let files = try FileManager.default.contentsOfDirectory(at: seedsDirectory, includingPropertiesForKeys: nil)
        try XCTSkipIf(files.isEmpty, "no seeds directory")
        var lines = 0, fastLines = 0
        for file in files {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                let l = String(line)
                lines += 1
                if let f = fast(plain, l) { fastLines += 1; assertSame(f, reference(l, .default)) }
                assertSame(plain.normalize(l), reference(l, .default))
            }
        }
        XCTAssertGreaterThan(lines, 100)
        XCTAssertGreaterThanOrEqual(Double(fastLines) / Double(lines), 0.95, "\(fastLines)/\(lines) fast")
    }

    // MARK: - Invalid input

    func testInvalidUTF8IsRepairedNotCrashed() {
        let bytes: [UInt8] = [0x61, 0xD9, 0x20, 0xE2, 0x80, 0x62, 0xF0, 0x9F, 0xC0, 0x80, 0xED, 0xA0, 0x80, 0xD9]
        let out = bytes.withUnsafeBufferPointer { plain.normalize(utf8: $0) }
        assertSame(out, reference(String(decoding: bytes, as: UTF8.self), .default))
        XCTAssertTrue(out.hasPrefix("a\u{FFFD}"))
    }

    // MARK: - Fast path vs slow path vs reference

    /// SplitMix64 (`StableHash.SplitMix64`): small, seeded, deterministic.
    private typealias SplitMix64 = StableHash.SplitMix64

    private static func scalars(_ ranges: ClosedRange<UInt32>...) -> [Unicode.Scalar] {
        ranges.flatMap { $0 }.compactMap(Unicode.Scalar.init)
    }

    private static let asciiPool = scalars(0x20...0x7E)
    private static let arabicPool = scalars(0x0621...0x063A, 0x0641...0x064A, 0x0671...0x0671, 0x067E...0x067E,
                                            0x0686...0x0686, 0x06A9...0x06A9, 0x06AF...0x06AF, 0x06CC...0x06CC,
                                            0x0660...0x0669, 0x06F0...0x06F9, 0x060C...0x060C, 0x061B...0x061B,
                                            0x061F...0x061F, 0x00AB...0x00AB, 0x00BB...0x00BB, 0x2013...0x2014,
                                            0x2018...0x2019, 0x201C...0x201D, 0x00E9...0x00E9)
    private static let harakatPool = scalars(0x064B...0x0652, 0x0670...0x0670)
    private static let rareMarkPool = scalars(0x0653...0x065F, 0x0301...0x0301, 0x0610...0x0610)
    private static let presentationPool = scalars(0xFE70...0xFEFC, 0xFB50...0xFB60, 0xFDF2...0xFDF2, 0x2026...0x2026,
                                                  0x0675...0x0675, 0x00BD...0x00BD, 0x00B2...0x00B2, 0x2011...0x2011,
                                                  0x1F600...0x1F600, 0xFDD0...0xFDD0, 0xFFFE...0xFFFF, 0x10FFFF...0x10FFFF)
    private static let spacePool = scalars(0x09...0x0A, 0x0D...0x0D, 0x20...0x20, 0x20...0x20, 0x20...0x20,
                                           0xA0...0xA0, 0x2009...0x2009, 0x202F...0x202F, 0x3000...0x3000,
                                           0x1680...0x1680, 0x2028...0x2028, 0x85...0x85)
    private static let markPool = scalars(0x0640...0x0640, 0x0640...0x0640, 0x200E...0x200F, 0x061C...0x061C,
                                          0x202A...0x202E, 0x2066...0x2069, 0xFEFF...0xFEFF, 0x00AD...0x00AD,
                                          0x2060...0x2060, 0x200B...0x200D)

    private func randomString(_ rng: inout SplitMix64, allowSlowScalars: Bool) -> String {
        var v = String.UnicodeScalarView()
        let count = Int.random(in: 0...40, using: &rng)
        for _ in 0..<count {
            let r = Int.random(in: 0..<100, using: &rng)
            let pool: [Unicode.Scalar]
            switch r {
            case 0..<15: pool = Self.asciiPool
            case 15..<55: pool = Self.arabicPool
            case 55..<70: pool = Self.harakatPool
            case 70..<85: pool = Self.spacePool
            case 85..<93: pool = Self.markPool
            default: pool = allowSlowScalars ? (r % 2 == 0 ? Self.presentationPool : Self.rareMarkPool) : Self.arabicPool
            }
            v.append(pool.randomElement(using: &rng)!)
        }
        return String(v)
    }

    func testFastAndSlowPathsMatchReferenceOnRandomStrings() {
        var rng = SplitMix64(state: 0x5441_4E51_4959_41)  // fixed seed
        let normalizers = Self.allOptionCombos.map { Normalizer(options: $0) }
        var fastHits = 0, total = 0
        for k in 0..<4000 {
            let s = randomString(&rng, allowSlowScalars: k % 2 == 0)
            for (n, o) in zip(normalizers, Self.allOptionCombos) {
                let want = reference(s, o)
                func msg() -> String { "input: \(hex(s)) options: \(o)" }
                assertSame(slow(n, s), want, msg())
                if let f = fast(n, s) {
                    fastHits += 1
                    assertSame(f, want, msg())
                    assertSame(s.precomposedStringWithCompatibilityMapping, s.unicodeScalars.map {
                        $0.properties.isWhitespace && $0.value != 0x1680 && $0.value != 0x2028
                            && $0.value != 0x2029 && $0.value != 0x85 && $0.value > 0x7F ? " " : String($0)
                    }.joined(), "fast path taken on a line NFKC changes: \(msg())")
                }
                assertSame(n.normalize(s), want, msg())
                assertSame(viaBytes(n, s), want, msg())
                total += 1
            }
        }
        // Both paths must actually be exercised.
        XCTAssertGreaterThan(fastHits, total / 5)
        XCTAssertLessThan(fastHits, total * 4 / 5)
    }

    // MARK: - Allowlist

    /// No allowlisted scalar is a later part of a canonical decomposition: none composes with
    /// what precedes it (the harakat, which reorder, are checked above).
    func testAllowlistedScalarsNeverComposeWithWhatPrecedes() {
        let allowed = Set(NormalizerTables.allowlist().map(\.scalar))
        for u in UInt32(0x80)...0x2FFFF {
            guard let c = Unicode.Scalar(u) else { continue }
            for part in String(c).decomposedStringWithCanonicalMapping.unicodeScalars.dropFirst() where allowed.contains(part.value) {
                XCTFail(String(format: "U+%04X decomposes with U+%04X after its first scalar", u, part.value))
            }
        }
    }

    func testAllowlistAgreesWithFoundation() throws {
        let allow = NormalizerTables.allowlist()
        XCTAssertGreaterThan(allow.count, 400)
        if let path = ProcessInfo.processInfo.environment["TANQIYA_DUMP_ALLOWLIST"] {
            let text = allow.map { String(format: "%04X ", $0.scalar) + "\($0.kind)\n" }.joined()
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let context: [Unicode.Scalar] = ["a", " ", "\u{0627}", "\u{0628}", "\u{0648}", "\u{064A}", "\u{06D5}",
                                         "\u{06C1}", "\u{06D2}", "\u{0640}", "\u{064E}", "\u{0651}", "\u{0652}",
                                         "\u{064B}", "\u{0670}", "\u{00A0}", "\u{200F}", "\u{00E9}", "e", "\u{0660}",
                                         "\u{0418}", "\u{0435}", "\u{0131}", "\u{0142}", "\u{01A0}"]
        let spaces = Set(allow.filter { $0.kind == .space }.map(\.scalar))
        let harakat = Set(allow.filter { $0.kind == .haraka }.map(\.scalar))
        func spaced(_ s: String) -> String {
            String(String.UnicodeScalarView(s.unicodeScalars.map { spaces.contains($0.value) ? " " : $0 }))
        }
        for (cp, kind) in allow {
            let c = Unicode.Scalar(cp)!
            assertSame(spaced(String(c).precomposedStringWithCompatibilityMapping), spaced(String(c)),
                           String(format: "U+%04X", cp))
            XCTAssertEqual(c.properties.canonicalCombiningClass != .notReordered, kind == .haraka,
                           String(format: "U+%04X", cp))
            for x in context {
                for s in [String(c) + String(x), String(x) + String(c)] {
                    let v = s.unicodeScalars.map(\.value)
                    let isDescendingHarakaPair = harakat.contains(v[0]) && harakat.contains(v[1]) && v[0] > v[1]
                    let stable = hex(spaced(s.precomposedStringWithCompatibilityMapping)) == hex(spaced(s))
                    XCTAssertEqual(stable, !isDescendingHarakaPair, "\(hex(s))")
                    XCTAssertEqual(fast(plain, s) == nil, isDescendingHarakaPair, "\(hex(s))")
                }
            }
        }
    }
}
