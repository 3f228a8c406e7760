import XCTest
@testable import TanqiyaKit

/// The shortcuts the per-line hot paths take (a key's first eight bytes, per-page tallies without
/// hashing, matchers reading blocks in place) against the plain computations they replace.
final class HotPathTests: XCTestCase {
    /// A page's per-key work (a line's words, its verdicts by phrase and shape) is done once per
    /// distinct key: 30,000 lines of three keys are three pieces of work, each line pointing at its
    /// key's (the million one-letter lines of `make bench` are one).
    func testPerKeyWorkIsCountedByDistinctLines() {
        var blocks: [Block] = []
        for i in 0..<30_000 {
            var block = Block(raw: ["ا", "ب", "عنوان"][i % 3], line: i + 1)
            block.key = block.raw
            blocks.append(block)
        }
        let keys = DistinctKeys(blocks)
        XCTAssertEqual(keys.firstLines, [0, 1, 2])
        XCTAssertEqual(keys.ordinals.count, blocks.count)
        XCTAssertTrue(keys.ordinals.indices.allSatisfy { keys.ordinals[$0] == $0 % 3 })
    }

    func testLabelOrdinalIsThePositionInAllCases() {
        for (n, label) in Label.allCases.enumerated() {
            XCTAssertEqual(Label.ordinal(label), n, "\(label)")
        }
    }

    func testEmptyFingerprintConstant() {
        XCTAssertEqual(ByteKey.emptyFingerprint, ByteKey.fingerprint(of: ""))
        XCTAssertEqual(Block(raw: "x", line: 1).keyFingerprint, ByteKey.fingerprint(of: ""))
    }

    func testHeadIsTheFirstEightBytesZeroPadded() {
        XCTAssertEqual(ByteKey.head(of: ""), 0)
        XCTAssertEqual(ByteKey.head(of: "A"), 0x41)
        XCTAssertEqual(ByteKey.head(of: "AB"), 0x4241)
        XCTAssertEqual(ByteKey.head(of: "ABCDEFGHIJ"), 0x4847_4645_4443_4241)
        // A small string (stored inline) and a large one give the same head.
        let long = String(repeating: "مصدر ", count: 40)
        let head = Array(long.utf8.prefix(8)).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
        XCTAssertEqual(ByteKey.head(of: long), head)
        XCTAssertEqual(ByteKey.fingerprintAndHead(of: long).fingerprint, ByteKey.fingerprint(of: long))
    }

    func testFirstScalarOfHead() {
        for text in ["", "a", "7 خبر", "المصدر", "«الشرق", "€", "𝐀x", "\u{FEFF}x", "·"] {
            XCTAssertEqual(ByteKey.firstScalar(ofHead: ByteKey.head(of: text)), text.unicodeScalars.first?.value, text)
        }
    }

    func testHeadTestAgreesWithBytePrefix() {
        let prefixes = ["•", "·", "TT", "المصدر", "ألق نظرة سريعة على TRT", "12345678", "123456789"]
        let keys = ["", "•", "• وسم", "·x", "T", "TT", "TTT", "المصدر: رويترز", "المص", "الم", "ألق نظرة سريعة على TRT عربي",
                    "ألق نظرة سريعة", "12345678", "1234567", "123456789", "1234567890", "x12345678"]
        for prefix in prefixes {
            let test = ByteKey.HeadTest(prefix)
            for key in keys {
                let head = ByteKey.head(of: key)
                let expected = key.utf8.starts(with: prefix.utf8)
                let admitted = test.admits(head) && key.utf8.count >= test.length
                if expected { XCTAssertTrue(admitted, "\(prefix) / \(key)") }
                if test.length <= 8 { XCTAssertEqual(admitted, expected, "\(prefix) / \(key)") }
            }
        }
    }

    func testMatcherOnBlocksInPlaceAgreesWithTheCopyingCall() throws {
        var spec = MatcherSpec()
        spec.prefixes = ["•", "ألق نظرة سريعة على TRT"]
        let prefixMatcher = LineMatcher(spec)
        var patternSpec = MatcherSpec()
        patternSpec.pattern = try CompiledPattern("^المصدر\\s*:\\s*(.+)$")
        patternSpec.prefix = "المصدر"
        let patternMatcher = LineMatcher(patternSpec)
        var digits = MatcherSpec()
        digits.pattern = try CompiledPattern("^[0-9٠-٩]+ خبر$")
        digits.firstScalars = Set((0x30...0x39).map { UInt32($0) } + (0x660...0x669).map { UInt32($0) })
        let digitMatcher = LineMatcher(digits)

        let lines = ["• وسم", "ألق نظرة سريعة على TRT عربي", "ألق نظرة", "المصدر: رويترز", "المصدر : وكالات",
                     "المصدر", "مصدر: x", "12 خبر", "١٢ خبر", "12 خبرا", "خبر 12", "", "نص عادي طويل"]
        var blocks = lines.enumerated().map { Block(raw: $1, line: $0 + 1) }
        for i in blocks.indices { blocks[i].key = blocks[i].raw }
        let expected: [(LineMatcher, [String: String])] = [
            (prefixMatcher, ["• وسم": "• وسم", "ألق نظرة سريعة على TRT عربي": "ألق نظرة سريعة على TRT عربي"]),
            (patternMatcher, ["المصدر: رويترز": "رويترز", "المصدر : وكالات": "وكالات"]),
            (digitMatcher, ["12 خبر": "12 خبر", "١٢ خبر": "١٢ خبر"]),
        ]
        for (matcher, hits) in expected {
            for i in blocks.indices {
                let inPlace = matcher.match(blocks, i)
                XCTAssertEqual(inPlace, matcher.match(blocks[i]), blocks[i].key)
                XCTAssertEqual(inPlace, hits[blocks[i].key], blocks[i].key)
                XCTAssertEqual(matcher.matches(blocks, i), hits[blocks[i].key] != nil, blocks[i].key)
            }
        }
    }

    func testPageLineCountsEqualPlainDictionaryCounts() {
        let rules = ["rt.header-menu", "rt.story-tag", "rt.header-menu", "dedup.caption", "rt.header-menu", "-", "rt.story-tag"]
        let labels: [Label] = [.navigation, .navigation, .navigation, .caption, .related, .boilerplate, .navigation]
        var counts = CleanedPage.LineTally()
        var byRule: [String: Int] = [:]
        var byLabel: [String: Int] = [:]
        for (rule, label) in zip(rules, labels) {
            counts.dropped(label, rule: rule)
            byRule[rule, default: 0] += 1
            byLabel[label.rawValue, default: 0] += 1
        }
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: zip(counts.ruleIDs, counts.ruleCounts)), byRule)
        let perLabel = zip(Label.allCases, counts.droppedPerLabel).filter { $1 > 0 }.map { ($0.rawValue, $1) }
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: perLabel), byLabel)
        XCTAssertEqual(counts.ruleIDs, ["rt.header-menu", "rt.story-tag", "dedup.caption", "-"])
    }

    func testByteKeyTableAgreesWithADictionary() {
        var table = ByteKeyTable<Int>()
        var reference: [String: Int] = [:]
        var generator = SystemRandomNumberGenerator()
        let words = (0..<300).map { n in n % 3 == 0 ? "سطر \(n)" : String(repeating: "x", count: n % 20) + "\(n)" }
        for _ in 0..<2000 {
            let word = words[Int.random(in: 0..<words.count, using: &generator)]
            let (entry, inserted) = table.insert(ByteKey(word), reference.count)
            if let known = reference[word] {
                XCTAssertFalse(inserted)
                XCTAssertEqual(table.values[entry], known)
            } else {
                XCTAssertTrue(inserted)
                reference[word] = table.values[entry]
            }
        }
        XCTAssertEqual(table.count, reference.count)
        for word in words { XCTAssertEqual(table[ByteKey(word)], reference[word], word) }
        XCTAssertNil(table[ByteKey("absent")])
        table.removeAll()
        XCTAssertTrue(table.isEmpty)
        XCTAssertNil(table[ByteKey(words[0])])
        table.insert(ByteKey(words[0]), 7)
        XCTAssertEqual(table[ByteKey(words[0])], 7)
    }

    func testByteKeyTableConfirmsBytesWhenFingerprintsCollide() {
        var table = ByteKeyTable<Void>()
        table.insert(ByteKey("first", fingerprint: 42), ())
        XCTAssertTrue(table.contains(ByteKey("first", fingerprint: 42)))
        XCTAssertFalse(table.contains(ByteKey("other", fingerprint: 42)))
        XCTAssertTrue(table.insert(ByteKey("other", fingerprint: 42), ()).inserted)
        XCTAssertEqual(table.count, 2)
        XCTAssertTrue(table.contains(ByteKey("other", fingerprint: 42)))
    }

    func testPatternCacheGivesTheSameAnswersPastItsLimit() throws {
        let pattern = try CompiledPattern("^المصدر\\s*:\\s*(.+)$")
        let lines = (0..<(CompiledPattern.cacheLimit + 50)).map { $0 % 2 == 0 ? "المصدر: وكالة \($0)" : "نص \($0)" }
        for _ in 0..<2 {
            for (n, line) in lines.enumerated() {
                XCTAssertEqual(pattern.firstCapture(in: line), n % 2 == 0 ? "وكالة \(n)" : nil, line)
                XCTAssertEqual(pattern.matches(line), n % 2 == 0, line)
            }
        }
    }

    /// A pattern's capture is cut from the Swift string by ICU's UTF-16 offsets: the same text
    /// as `NSString.substring(with:)` gives, after and around characters of two UTF-16 units
    /// (emoji, a mathematical letter), a combining mark alone and Arabic, for a group and a
    /// whole match. (Anchored patterns: on Linux, Foundation's `.reportProgress` reports every
    /// failed start position, so an unanchored pattern gives up after `budgetTicks` of them,
    /// a matter of its own.)
    func testACaptureIsTheTextNSStringCutsAtTheSameOffsets() throws {
        let sources = ["^المصدر\\s*:\\s*(.+)$", "^(\\d+) دقائق", "^😀\\s(.+?)\\s😀", "^e\u{301}(.)", "^e(.)", "^[^a-z]*([a-z]+)", "^(x)?y"]
        let lines = ["المصدر: 😀 وكالة 𝐀", "المصدر: 𝐀𝐁 x", "12 دقائق 😀", "😀 بين 𝐀 رمزين 😀 بعد", "e\u{301}😀e", "e\u{301}x",
                     "𝐀𝐁 abc 😀 def", "y", "xy", "بلا شيء", "😀😀 المصدر: x", "ex"]
        var matched = 0
        for source in sources {
            let regex = try NSRegularExpression(pattern: source)
            let pattern = try CompiledPattern(source)
            for line in lines {
                let ns = line as NSString
                var expected: String?
                if let m = regex.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) {
                    let group = m.numberOfRanges > 1 && m.range(at: 1).location != NSNotFound ? m.range(at: 1) : m.range
                    expected = ns.substring(with: group)
                    matched += 1
                }
                XCTAssertEqual(pattern.firstCapture(in: line), expected, "\(source) on \(line)")
            }
        }
        XCTAssertEqual(matched, 19)
    }

    /// The first-character gate: code points below U+0800 as bits, the others in a set.
    func testFirstCharacterGateOnBothSidesOfU0800() throws {
        var spec = MatcherSpec()
        spec.pattern = try CompiledPattern("^[€٣a][0-9]+$")
        spec.firstScalars = [0x20AC, 0x0663, 0x61]
        let matcher = LineMatcher(spec)
        for (line, expected) in [("€12", true), ("٣12", true), ("a12", true), ("b12", false), ("£12", false), ("", false)] {
            var block = Block(raw: line, line: 1)
            block.key = line
            XCTAssertEqual(matcher.matches(block), expected, line)
            if expected { XCTAssertTrue(matcher.mayMatch(head: block.keyHead), line) }
        }
        XCTAssertFalse(matcher.mayMatch(head: ByteKey.head(of: "b12")))
        XCTAssertFalse(matcher.mayMatch(head: ByteKey.head(of: "£12")))
    }

    /// Length-only patterns are decided by counting code points: the same answers as ICU's, on
    /// lines of Arabic, Latin, emoji (one code point, two UTF-16 units) and combining marks; a
    /// line with a terminator is left to ICU.
    func testLengthPatternsAgreeWithICU() throws {
        let sources = ["^.{1,40}$", "^(.{1,40})$", "^.{41,}$", "^(.{3})$", "^.{0,5}$", "^.{2,2}$"]
        let lines = ["", "a", "abc", "abcd", "عنوان قصير", String(repeating: "ع", count: 40), String(repeating: "ع", count: 41),
                     "😀😀😀", "e\u{301}e\u{301}", String(repeating: "x y ", count: 20), "سطر\u{2028}ثان", "a\rb"]
        for source in sources {
            let length = try XCTUnwrap(LengthPattern(source), source)
            let regex = try NSRegularExpression(pattern: source)
            let pattern = try CompiledPattern(source)
            for line in lines {
                let ns = line as NSString
                let icu = regex.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) != nil
                if let counted = length.matches(line) { XCTAssertEqual(counted, icu, "\(source) on \(line)") }
                XCTAssertEqual(pattern.firstCapture(in: line), icu ? line : nil, "\(source) on \(line)")
            }
        }
        // Other shapes are ICU's.
        for other in ["^.{1,4}x$", "^.{,4}$", "^[a-z]{1,4}$", ".{1,4}", "^.{4,1}$", "^(.{1,4}$"] {
            XCTAssertNil(LengthPattern(other), other)
        }
        XCTAssertNil(LengthPattern("^.{1,4}$")?.matches("a\u{2028}b"))
    }

    /// A page holds one `Block` per line (a page of a million lines, a million blocks): what
    /// few blocks have is boxed and the numbers are 32 bits, so a block is 112 bytes (it was 168),
    /// and every field still reads back what was set.
    func testABlockIsSmallAndKeepsWhatIsSetOnIt() {
        XCTAssertLessThanOrEqual(MemoryLayout<Block>.stride, 112)
        var block = Block(raw: "  سطر", line: 3_000_000)
        XCTAssertEqual([block.line, block.indent, block.article], [3_000_000, 2, 0])
        XCTAssertNil(block.value)
        XCTAssertNil(block.duplicateOf)
        block.value = "قيمة"
        block.duplicateOf = 7
        block.dedupRule = "dedup.x"
        block.article = 4
        let copy = block
        block.value = nil
        XCTAssertEqual([copy.value, copy.dedupRule], ["قيمة", "dedup.x"])
        XCTAssertEqual([copy.duplicateOf, block.duplicateOf], [7, 7])
        XCTAssertNil(block.value)
        XCTAssertNotEqual(copy, block)
        block.value = "قيمة"
        XCTAssertEqual(copy, block)
        XCTAssertEqual(block.article, 4)
    }

    /// `LetterCounts` counts in byte-sized runs of 255 bytes without branches: it gives the
    /// counts of a plain byte-by-byte loop on lines of every length around a run's end, with
    /// more letters than a byte holds and with Arabic, Latin, accented, Indic-digit and CJK
    /// characters, spaces and punctuation.
    func testLetterCountsAgreeWithAPlainCount() {
        func plain(_ texts: [String]) -> (Int, Int) {
            var arabic = 0, latin = 0
            for text in texts {
                for b in text.utf8 {
                    if b >= 0xD8 && b <= 0xDB { arabic += 1 } else if b | 0x20 >= 0x61 && b | 0x20 <= 0x7A { latin += 1 }
                }
            }
            return (arabic, latin)
        }
        let pieces = ["ا", "ب", "ۓ", "ي", "a", "Z", "z", "@", "[", "`", "{", "é", "٣", "€", "中", "😀", " ", ".", "ـ", "ً"]
        var rng = SystemRandomNumberGenerator()
        var lines: [String] = ["", String(repeating: "a", count: 600), String(repeating: "ب", count: 600)]
        for length in [1, 2, 15, 16, 17, 127, 128, 254, 255, 256, 257, 510, 511, 512, 1_000] {
            for _ in 0..<20 {
                lines.append((0..<length).map { _ in pieces.randomElement(using: &rng)! }.joined())
            }
        }
        for line in lines {
            var letters = LetterCounts()
            letters.add(line)
            let (arabic, latin) = plain([line])
            XCTAssertEqual([letters.arabic, letters.latin], [arabic, latin], line)
        }
        var page = LetterCounts()
        for line in lines { page.add(line) }
        let (arabic, latin) = plain(lines)
        XCTAssertEqual([page.arabic, page.latin], [arabic, latin])
        XCTAssertEqual([LetterCounts().arabic, LetterCounts().latin], [0, 0])
    }

    /// `MatchingFold.holdsFolded` looks for a folded scalar's lead byte (CD, E2) first, without
    /// branches: it answers as a byte-by-byte scan for the scalars does, on lines with the lead
    /// bytes anywhere, with and without the bytes that complete a folded scalar.
    func testTheFoldedScalarTestAgreesWithAByteScan() {
        func plain(_ b: [UInt8]) -> Bool {
            var i = 0
            while i + 1 < b.count {
                if b[i] == 0xCD && b[i + 1] == 0x8F { return true }
                if b[i] == 0xE2 && b[i + 1] == 0x80 && i + 2 < b.count && (0x8B...0x8D).contains(b[i + 2]) { return true }
                i += 1
            }
            return false
        }
        let bytes: [UInt8] = [0xCD, 0x8F, 0xE2, 0x80, 0x8B, 0x8C, 0x8D, 0x8E, 0xD8, 0xA7, 0x20, 0x61]
        var rng = SystemRandomNumberGenerator()
        var lines: [[UInt8]] = [[], [0xCD], [0xE2, 0x80], [0xE2, 0x80, 0x8B], [0xCD, 0x8F], Array("سطر عادي".utf8)]
        for length in [1, 2, 3, 4, 15, 16, 17, 31, 32, 33, 100, 400] {
            for _ in 0..<50 { lines.append((0..<length).map { _ in bytes.randomElement(using: &rng)! }) }
        }
        for line in lines {
            XCTAssertEqual(line.withUnsafeBufferPointer { MatchingFold.holdsFolded($0) }, plain(line), "\(line)")
        }
    }

    /// The worded-counter pre-test passes a line with a digit only: an Arabic letter's second byte
    /// (ب = D8 A8) is no Arabic-Indic digit (D9 A0–A9), so ordinary short lines skip the word split.
    func testTheWordedCounterPreTestWantsADigit() {
        XCTAssertTrue(GenericLabeler.mayBeWordedCounter("الصورة ٢ من ٨"))
        XCTAssertTrue(GenericLabeler.mayBeWordedCounter("Photo 2 of 8"))
        XCTAssertFalse(GenericLabeler.mayBeWordedCounter("باب الحارة"))
        XCTAssertFalse(GenericLabeler.mayBeWordedCounter("صباح الخير"))
    }
}
