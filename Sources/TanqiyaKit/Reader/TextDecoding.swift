import Glibc

/// The encoding of a text dump (or of a JSONL record line), decided before the reader splits
/// lines. Unlike `EncodingDetector.decode` (for HTML) there is no charset declaration to sniff
/// and no Latin code page to guess: dumps are Arabic news text.
///
/// 1. a byte order mark: UTF-8, UTF-16LE, UTF-16BE;
/// 2. valid UTF-8 is UTF-8;
/// 3. otherwise line by line (a dump pasted together from two sources, a Windows-1256 page with
///    a UTF-8 part in the middle, is common): a line that is not UTF-8 (more than
///    `EncodingDetector.maxInvalidShareForUTF8` of its non-ASCII bytes invalid) is read in
///    Windows-1256 or ISO-8859-6 when those lines together read as Arabic in it; a valid UTF-8
///    line with at least `minUTF8LineScalars` non-ASCII characters stays UTF-8 (fewer: two
///    legacy bytes can happen to form one valid sequence, so it goes with the majority); a
///    line with a few stray invalid bytes is UTF-8 with U+FFFD for them. A dump with lines of
///    both kinds says so in a warning (`DecodedText.mixture`);
/// 4. with no Arabic code page in sight, the whole input is UTF-8 with each invalid byte
///    replaced by U+FFFD, and counted.
///
/// `forced` (`--encoding`) skips the decision; a matching byte order mark is still dropped.
public enum TextDecoding {
    /// At least this share of a legacy candidate's high bytes must decode to Arabic letters,
    /// Arabic punctuation or harakat (text in Arabic is made of little else above ASCII).
    public static let minArabicShare = 0.8
    /// And at least this many Arabic letters: two or three stray bytes prove nothing.
    public static let minArabicLetters = 4
    /// A valid UTF-8 line in a legacy dump stays UTF-8 with at least this many non-ASCII
    /// characters: one can be two legacy bytes that happen to form a valid sequence (a letter
    /// and the Arabic comma in Windows-1256), several in a row cannot.
    public static let minUTF8LineScalars = 2

    public static func decode(_ bytes: [UInt8], forced: DetectedEncoding? = nil) -> DecodedText {
        if let forced { return decode(bytes, as: forced) }
        if hasUTF8BOM(bytes) {
            let (out, bad) = EncodingDetector.repairUTF8(bytes[3...])
            return DecodedText(utf8: out, encoding: .utf8, evidence: .byteOrderMark, replacedByteCount: bad)
        }
        if let utf16 = utf16BOM(bytes) {
            let (out, bad) = EncodingDetector.decodeUTF16(bytes[2...], bigEndian: utf16 == .utf16BE)
            return DecodedText(utf8: out, encoding: utf16, evidence: .byteOrderMark, replacedByteCount: bad)
        }
        if isValidUTF8(bytes[...]) {
            return DecodedText(utf8: bytes, encoding: .utf8, evidence: .validUTF8, replacedByteCount: 0)
        }
        return decodeLineByLine(bytes)
    }

    /// What a line of an input that is not valid UTF-8 looks like.
    private enum LineKind {
        case ascii
        /// Valid UTF-8 with this many non-ASCII characters.
        case utf8(Int)
        /// Mostly invalid as UTF-8: a legacy code page, if the input reads as one.
        case legacy
        /// UTF-8 with a few stray invalid bytes.
        case stray
    }

    /// Step 3 (and 4) of the decision, for bytes that are not valid UTF-8.
    static func decodeLineByLine(_ bytes: [UInt8]) -> DecodedText {
        var lines: [(range: Range<Int>, kind: LineKind)] = []
        var candidates: [UInt8] = []
        bytes.withUnsafeBufferPointer { p in
            var start = 0
            while start < p.count {
                let end = memchr(p.baseAddress! + start, 0x0A, p.count - start)
                    .map { p.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) + 1 } ?? p.count
                let stats = EncodingDetector.utf8Stats(bytes[start..<end])
                let kind: LineKind
                if stats.nonASCII == 0 {
                    kind = .ascii
                } else if stats.invalid == 0 {
                    kind = .utf8(p[start..<end].filter { $0 >= 0xC0 }.count)
                } else if Double(stats.invalid) > EncodingDetector.maxInvalidShareForUTF8 * Double(stats.nonASCII) {
                    kind = .legacy
                    candidates += p[start..<end]
                } else {
                    kind = .stray
                }
                lines.append((start..<end, kind))
                start = end
            }
        }
        guard !candidates.isEmpty, let legacy = arabicCodePage(candidates) else {
            let (out, bad) = EncodingDetector.repairUTF8(bytes[...])
            return DecodedText(utf8: out, encoding: .utf8, evidence: .repairedUTF8, replacedByteCount: bad)
        }
        let table = EncodingDetector.table(for: legacy)
        let legacyCount = lines.filter { if case .legacy = $0.kind { return true } else { return false } }.count
        let utf8Count = lines.filter { if case .utf8(let n) = $0.kind { return n >= minUTF8LineScalars } else { return false } }.count
        let legacyMajority = legacyCount >= utf8Count
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 2)
        var replaced = 0
        var mixture = DecodedText.LineMixture(utf8Lines: 0, legacyLines: 0)
        for (range, kind) in lines {
            let line = bytes[range]
            switch kind {
            case .ascii:
                out += line
            case .utf8(let n) where n >= minUTF8LineScalars || !legacyMajority:
                out += line
                mixture.utf8Lines += 1
            case .utf8, .legacy:
                let (decoded, bad) = EncodingDetector.decodeSingleByte(Array(line), table: table)
                out += decoded
                replaced += bad
                mixture.legacyLines += 1
            case .stray:
                let (repaired, bad) = EncodingDetector.repairUTF8(line)
                out += repaired
                replaced += bad
                mixture.utf8Lines += 1
            }
        }
        return DecodedText(utf8: out, encoding: legacy, evidence: .legacyGuess, replacedByteCount: replaced,
                           mixture: mixture.utf8Lines > 0 ? mixture : nil)
    }

    /// The bytes read as `encoding`, whatever they look like (`--encoding`).
    public static func decode(_ bytes: [UInt8], as encoding: DetectedEncoding) -> DecodedText {
        switch encoding {
        case .utf8:
            let body = hasUTF8BOM(bytes) ? bytes[3...] : bytes[...]
            if isValidUTF8(body) {
                return DecodedText(utf8: Array(body), encoding: .utf8, evidence: .declared, replacedByteCount: 0)
            }
            let (out, bad) = EncodingDetector.repairUTF8(body)
            return DecodedText(utf8: out, encoding: .utf8, evidence: .declared, replacedByteCount: bad)
        case .utf16LE, .utf16BE:
            let bom = utf16BOM(bytes) == encoding
            let (out, bad) = EncodingDetector.decodeUTF16(bom ? bytes[2...] : bytes[...], bigEndian: encoding == .utf16BE)
            return DecodedText(utf8: out, encoding: encoding, evidence: .declared, replacedByteCount: bad)
        case .windows1256, .iso8859_6, .windows1252:
            let (out, bad) = EncodingDetector.decodeSingleByte(bytes, table: EncodingDetector.table(for: encoding))
            return DecodedText(utf8: out, encoding: encoding, evidence: .declared, replacedByteCount: bad)
        }
    }

    /// An encoding by its name or a usual alias ("utf-8", "cp1256", "iso-8859-6", any case).
    public static func encoding(named name: String) -> DetectedEncoding? {
        EncodingDetector.encoding(named: name.lowercased())
    }

    /// The warnings a decoding leaves on the page: lines of two encodings, bytes replaced.
    public static func warnings(_ decoded: DecodedText) -> [String] {
        var out: [String] = []
        if let mix = decoded.mixture {
            out.append("mixed encodings: \(mix.legacyLines) \(mix.legacyLines == 1 ? "line" : "lines") read as "
                       + "\(decoded.encoding.rawValue), \(mix.utf8Lines) as UTF-8")
        }
        guard decoded.replacedByteCount > 0 else { return out }
        let n = decoded.replacedByteCount
        switch decoded.encoding {
        case .utf8: out.append("invalid UTF-8: \(n) \(n == 1 ? "byte" : "bytes") replaced with U+FFFD")
        case .utf16LE, .utf16BE: out.append("invalid \(decoded.encoding.rawValue): \(n) \(n == 1 ? "byte" : "bytes") replaced with U+FFFD")
        default: out.append("\(decoded.encoding.rawValue): \(n) unmapped \(n == 1 ? "byte" : "bytes") replaced with U+FFFD")
        }
        return out
    }

    static func hasUTF8BOM(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    static func utf16BOM(_ bytes: [UInt8]) -> DetectedEncoding? {
        guard bytes.count >= 2 else { return nil }
        if bytes[0] == 0xFF && bytes[1] == 0xFE { return .utf16LE }
        if bytes[0] == 0xFE && bytes[1] == 0xFF { return .utf16BE }
        return nil
    }

    /// Windows-1256 or ISO-8859-6 when the high bytes read as Arabic text in it: mostly Arabic
    /// letters, punctuation and harakat, in runs (words); `nil` otherwise.
    static func arabicCodePage(_ bytes: [UInt8]) -> DetectedEncoding? {
        var high = 0, inRun = 0
        var arabic1256 = 0, letters1256 = 0
        var arabic88596 = 0, letters88596 = 0, unmapped88596 = 0
        bytes.withUnsafeBufferPointer { p in
            let n = p.count
            for i in 0..<n where p[i] >= 0x80 {
                high += 1
                if (i > 0 && p[i - 1] >= 0x80) || (i + 1 < n && p[i + 1] >= 0x80) { inRun += 1 }
                let a = LegacyEncodingTables.windows1256[Int(p[i]) - 0x80]
                if EncodingDetector.isArabicLetter(a) { letters1256 += 1; arabic1256 += 1 } else if isArabicMark(a) { arabic1256 += 1 }
                let b = LegacyEncodingTables.iso8859_6[Int(p[i]) - 0x80]
                if EncodingDetector.isArabicLetter(b) { letters88596 += 1; arabic88596 += 1 } else if isArabicMark(b) { arabic88596 += 1 }
                if b == 0xFFFD || (b >= 0x80 && b < 0xA0) { unmapped88596 += 1 }
            }
        }
        guard high > 0, Double(inRun) >= EncodingDetector.minHighByteRunShareForArabic * Double(high) else { return nil }
        func plausible(_ arabic: Int, _ letters: Int) -> Bool {
            letters >= minArabicLetters && Double(arabic) >= minArabicShare * Double(high)
        }
        if unmapped88596 == 0 && arabic88596 > arabic1256 && plausible(arabic88596, letters88596) { return .iso8859_6 }
        if plausible(arabic1256, letters1256) { return .windows1256 }
        return nil
    }

    /// Arabic comma, semicolon, question mark, tatweel and harakat; and what Arabic news text
    /// carries beside them: no-break space, joiners and directional marks, guillemets,
    /// typographic quotes, dashes and the ellipsis.
    @inline(__always) static func isArabicMark(_ u: UInt16) -> Bool {
        switch u {
        case 0x060C, 0x061B, 0x061F, 0x0640, 0x064B...0x0652: return true
        case 0x00A0, 0x00AB, 0x00BB, 0x200C...0x200F, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026: return true
        default: return false
        }
    }
}

// MARK: - UTF-8 validation

extension TextDecoding {
    /// Whether `bytes` are well-formed UTF-8 (RFC 3629): the same answer as
    /// `EncodingDetector.utf8Stats(bytes).invalid == 0`, several times faster on Arabic text.
    /// Valid pages are nearly all pages, so this check runs first and the counting slow path
    /// only on pages that need repairing or a legacy code page.
    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { isValidUTF8($0) }
    }

    static func isValidUTF8(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = p.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let n = p.count
        var i = 0
        // 1 when the word before ended with a two-byte lead: this word starts with its continuation.
        var carry: UInt64 = 0
        while i + 8 <= n {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            if let carryOut = twoByteWordCarry(word, carryIn: carry) {
                carry = carryOut
                i &+= 8
                continue
            }
            // Three- and four-byte sequences and anything invalid: one sequence at a time, from
            // the one the word before left open, as `utf8Stats` reads them, until past this word.
            let wordEnd = i + 8
            i -= Int(carry)
            carry = 0
            guard let next = validSequences(p, from: i, to: wordEnd) else { return false }
            i = next
        }
        return validSequences(p, from: i - Int(carry), to: n) != nil
    }

    /// Where the well-formed sequences starting at `start` first reach `end` or beyond; `nil` if
    /// one is ill-formed.
    @inline(__always)
    static func validSequences(_ p: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var i = start
        while i < end {
            if p[i] < 0x80 { i += 1; continue }
            let length = EncodingDetector.validSequenceLength(p, i)
            if length == 0 { return nil }
            i += length
        }
        return i
    }

    /// For eight bytes of ASCII and two-byte sequences (Arabic letters are U+0600–U+06FF, two
    /// bytes each) that are valid UTF-8 after `carryIn` (1: the first byte continues a lead
    /// before it): 1 when the last byte is a lead the next word continues, else 0. `nil` when the
    /// word needs the byte-by-byte check: three- or four-byte sequences, the overlong leads C0
    /// and C1, a continuation byte out of place, or a lead without one.
    @inline(__always)
    static func twoByteWordCarry(_ word: UInt64, carryIn: UInt64) -> UInt64? {
        let high = word & 0x8080_8080_8080_8080
        if high == 0 { return carryIn == 0 ? 0 : nil }
        // Bit 7 of each byte, for the bytes whose bits 7 and 6 (then 7, 6 and 5) are set.
        let lead = (word << 1) & high
        if (word << 2) & lead != 0 { return nil }
        let continuation = high ^ lead
        // C0 and C1: the bytes equal to C0 once bit 0 is cleared.
        let overlong = (word & 0xFEFE_FEFE_FEFE_FEFE) ^ 0xC0C0_C0C0_C0C0_C0C0
        if (overlong &- 0x0101_0101_0101_0101) & ~overlong & 0x8080_8080_8080_8080 != 0 { return nil }
        // Each two-byte lead is followed by exactly one continuation byte, and no other byte is one.
        if continuation != lead << 8 | carryIn << 7 { return nil }
        return lead >> 63
    }
}
