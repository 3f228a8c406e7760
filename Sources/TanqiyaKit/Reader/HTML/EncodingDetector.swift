import Foundation

/// The encodings the detector can decide on. Everything is handed on as UTF-8.
public enum DetectedEncoding: String, Sendable, Equatable, CaseIterable {
    case utf8 = "UTF-8"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case windows1256 = "windows-1256"
    case iso8859_6 = "ISO-8859-6"
    case windows1252 = "windows-1252"
}

/// How the detector reached its decision (for `explain` and stats).
public enum EncodingEvidence: String, Sendable, Equatable {
    case byteOrderMark = "bom"
    case utf16Markup = "utf16-markup"     // no byte order mark, but the markup's ASCII alternates with NULs
    case declared = "declared"             // meta charset / http-equiv, and the bytes agree
    case validUTF8 = "valid-utf8"          // no declaration (or a wrong one), bytes are valid UTF-8
    case legacyGuess = "legacy-guess"      // invalid UTF-8 that reads as an Arabic or Latin code page
    case repairedUTF8 = "repaired-utf8"    // invalid UTF-8, not plausibly legacy: U+FFFD replacement
}

/// Bytes decided and converted to valid UTF-8.
public struct DecodedText: Sendable, Equatable {
    /// Valid UTF-8, without a byte order mark.
    public var utf8: [UInt8]
    public var encoding: DetectedEncoding
    public var evidence: EncodingEvidence
    /// Input bytes that could not be decoded and became U+FFFD.
    public var replacedByteCount: Int
    /// A text dump decided line by line that held lines of both kinds (see `TextDecoding`).
    public var mixture: LineMixture? = nil

    public var string: String { String(decoding: utf8, as: UTF8.self) }

    /// How many lines of a text dump were read as UTF-8 and how many in its legacy code page.
    public struct LineMixture: Sendable, Equatable {
        public var utf8Lines: Int
        public var legacyLines: Int
    }
}

/// Decides the encoding of page or text-dump bytes before any parser sees them:
/// 1. a byte order mark (UTF-8, UTF-16LE/BE) wins; without one, markup whose ASCII alternates
///    with NULs is UTF-16 (`utf16WithoutBOM`);
/// 2. a charset declared in the first `sniffWindow` bytes (meta charset / http-equiv) is used
///    when the bytes agree (a page declaring a legacy code page but valid, non-ASCII UTF-8 is UTF-8;
///    one declaring a Latin code page whose high bytes read as Arabic words is Arabic, as in 4);
/// 3. valid UTF-8 is UTF-8;
/// 4. invalid UTF-8 whose high bytes look like a single-byte code page (runs of Arabic letters for
///    Windows-1256 / ISO-8859-6, isolated accented letters for Windows-1252) is decoded with it;
/// 5. anything else is UTF-8 with each invalid byte replaced by U+FFFD, and counted.
public enum EncodingDetector {
    /// How many leading bytes are searched for a charset declaration (browsers use 1024; pages
    /// with long inline scripts in <head> need more).
    public static let sniffWindow = 4096
    /// At most this share of non-ASCII bytes may be invalid for a page to stay "UTF-8 with a few
    /// broken bytes" rather than a legacy code page.
    public static let maxInvalidShareForUTF8 = 0.05
    /// Share of high bytes that must sit next to another high byte for Arabic code pages to be
    /// considered (Arabic words are runs of high bytes; accented Latin letters are isolated).
    public static let minHighByteRunShareForArabic = 0.5

    public static func decode(_ data: Data) -> DecodedText { decode([UInt8](data)) }

    public static func decode(_ bytes: [UInt8]) -> DecodedText {
        // 1. Byte order marks.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            let (out, bad) = repairUTF8(bytes[3...])
            return DecodedText(utf8: out, encoding: .utf8, evidence: .byteOrderMark, replacedByteCount: bad)
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            let (out, bad) = decodeUTF16(bytes[2...], bigEndian: false)
            return DecodedText(utf8: out, encoding: .utf16LE, evidence: .byteOrderMark, replacedByteCount: bad)
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            let (out, bad) = decodeUTF16(bytes[2...], bigEndian: true)
            return DecodedText(utf8: out, encoding: .utf16BE, evidence: .byteOrderMark, replacedByteCount: bad)
        }
        if let bigEndian = utf16WithoutBOM(bytes) {
            let (out, bad) = decodeUTF16(bytes[...], bigEndian: bigEndian)
            return DecodedText(utf8: out, encoding: bigEndian ? .utf16BE : .utf16LE, evidence: .utf16Markup, replacedByteCount: bad)
        }
        let stats = utf8Stats(bytes[...])
        // 2. Declared charset.
        if let declared = sniffDeclaredCharset(bytes) {
            switch declared {
            case .utf8, .utf16LE, .utf16BE:
                // A page served as UTF-16 has a BOM in practice; a declared UTF-16 on 8-bit bytes is a lie.
                if stats.invalid == 0 || Double(stats.invalid) <= maxInvalidShareForUTF8 * Double(stats.nonASCII) {
                    let (out, bad) = stats.invalid == 0 ? (bytes, 0) : repairUTF8(bytes[...])
                    return DecodedText(utf8: out, encoding: .utf8, evidence: .declared, replacedByteCount: bad)
                }
            case .windows1256, .iso8859_6, .windows1252:
                if stats.invalid == 0 && stats.nonASCII > 0 {
                    return DecodedText(utf8: bytes, encoding: .utf8, evidence: .validUTF8, replacedByteCount: 0)
                }
                // A Latin label (often a server's or a template's default) on bytes that read as
                // Arabic words (runs of high bytes that are Arabic letters) is a lie: Arabic wins.
                var encoding = declared
                if declared == .windows1252, let legacy = guessLegacy(bytes), legacy != .windows1252 { encoding = legacy }
                let (out, bad) = decodeSingleByte(bytes, table: table(for: encoding))
                return DecodedText(utf8: out, encoding: encoding, evidence: encoding == declared ? .declared : .legacyGuess, replacedByteCount: bad)
            }
        }
        // 3. Valid UTF-8.
        if stats.invalid == 0 {
            return DecodedText(utf8: bytes, encoding: .utf8, evidence: .validUTF8, replacedByteCount: 0)
        }
        // 4. A legacy code page?
        if Double(stats.invalid) > maxInvalidShareForUTF8 * Double(stats.nonASCII), let legacy = guessLegacy(bytes) {
            let (out, bad) = decodeSingleByte(bytes, table: table(for: legacy))
            return DecodedText(utf8: out, encoding: legacy, evidence: .legacyGuess, replacedByteCount: bad)
        }
        // 5. Broken UTF-8.
        let (out, bad) = repairUTF8(bytes[...])
        return DecodedText(utf8: out, encoding: .utf8, evidence: .repairedUTF8, replacedByteCount: bad)
    }

    // MARK: - Charset declaration

    /// Finds `charset=NAME` (meta charset or http-equiv content) in the first `sniffWindow` bytes.
    /// Bytes looked at to tell UTF-16 markup without a byte order mark.
    static let utf16SniffBytes = 1024

    /// Whether a page without a byte order mark is UTF-16 (true: big-endian), told as XML's
    /// autodetection does (its appendix F): it starts, after white space, with `<` as `3C 00` or
    /// `00 3C`, and NULs fill one side of the pairs of its first bytes. Read as UTF-8, such a
    /// page (Windows' "Unicode" save) gave its markup as article text, letter by letter.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(utf16SniffBytes)
        var i = 0
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        while i + 1 < sample.count, (sample[i] == 0 && isSpace(sample[i + 1])) || (sample[i + 1] == 0 && isSpace(sample[i])) { i += 2 }
        guard i + 1 < sample.count else { return nil }
        let bigEndian: Bool
        if sample[i] == 0x3C && sample[i + 1] == 0 { bigEndian = false }
        else if sample[i] == 0 && sample[i + 1] == 0x3C { bigEndian = true }
        else { return nil }
        var even = 0, odd = 0
        for (k, b) in sample.enumerated() where b == 0 { if k % 2 == 0 { even += 1 } else { odd += 1 } }
        let (high, low) = bigEndian ? (even, odd) : (odd, even)
        // Markup and its ASCII: most pairs have a NUL on the high side, hardly any on the low.
        guard high * 4 >= sample.count / 2, low * 10 < high else { return nil }
        return bigEndian
    }

    static func sniffDeclaredCharset(_ bytes: [UInt8]) -> DetectedEncoding? {
        let window = bytes.prefix(sniffWindow)
        let needle = Array("charset".utf8)
        var i = window.startIndex
        let end = window.endIndex
        while i + needle.count < end {
            var match = true
            for k in 0..<needle.count where lowerASCII(window[i + k]) != needle[k] { match = false; break }
            if !match { i += 1; continue }
            var j = i + needle.count
            while j < end, window[j] == 0x20 || window[j] == 0x09 { j += 1 }
            guard j < end, window[j] == UInt8(ascii: "=") else { i += 1; continue }
            j += 1
            while j < end, window[j] == 0x20 || window[j] == 0x22 || window[j] == 0x27 { j += 1 }
            var name: [UInt8] = []
            while j < end, name.count < 40 {
                let c = lowerASCII(window[j])
                let isNameByte = (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x5F || c == 0x2E || c == 0x3A
                guard isNameByte else { break }
                name.append(c); j += 1
            }
            if let enc = encoding(named: String(decoding: name, as: UTF8.self)) { return enc }
            i = j
        }
        return nil
    }

    /// Maps a charset label to an encoding we decode; nil for labels we do not know.
    static func encoding(named label: String) -> DetectedEncoding? {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return .utf8
        case "utf-16", "utf-16le": return .utf16LE
        case "utf-16be": return .utf16BE
        case "windows-1256", "cp1256", "x-cp1256", "win-1256", "ms-arab": return .windows1256
        case "iso-8859-6", "iso8859-6", "iso_8859-6", "arabic", "asmo-708", "ecma-114", "iso-ir-127", "csisolatinarabic": return .iso8859_6
        // WHATWG: Latin-1 and ASCII labels mean Windows-1252.
        case "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "iso_8859-1", "x-cp1252":
            return .windows1252
        default: return nil
        }
    }

    // MARK: - Legacy guess

    /// Scores the code pages by the share of high bytes that decode to letters of the expected script.
    static func guessLegacy(_ bytes: [UInt8]) -> DetectedEncoding? {
        var high = 0, highInRun = 0
        var arabic1256 = 0, arabic88596 = 0, unmapped88596 = 0
        for (i, b) in bytes.enumerated() where b >= 0x80 {
            high += 1
            if (i > 0 && bytes[i - 1] >= 0x80) || (i + 1 < bytes.count && bytes[i + 1] >= 0x80) { highInRun += 1 }
            if isArabicLetter(LegacyEncodingTables.windows1256[Int(b) - 0x80]) { arabic1256 += 1 }
            let u = LegacyEncodingTables.iso8859_6[Int(b) - 0x80]
            if isArabicLetter(u) { arabic88596 += 1 }
            if u == 0xFFFD || (u >= 0x80 && u < 0xA0) { unmapped88596 += 1 }
        }
        guard high > 0 else { return nil }
        if Double(highInRun) >= minHighByteRunShareForArabic * Double(high) {
            if unmapped88596 == 0 && arabic88596 > arabic1256 { return .iso8859_6 }
            if arabic1256 * 2 >= high { return .windows1256 }
        }
        return .windows1252
    }

    @inline(__always) static func isArabicLetter(_ u: UInt16) -> Bool {
        (u >= 0x0621 && u <= 0x064A) || (u >= 0x0671 && u <= 0x06D3)
    }

    static func table(for e: DetectedEncoding) -> [UInt16] {
        switch e {
        case .windows1256: return LegacyEncodingTables.windows1256
        case .iso8859_6: return LegacyEncodingTables.iso8859_6
        default: return LegacyEncodingTables.windows1252
        }
    }

    // MARK: - Decoders

    /// Single-byte code page to UTF-8; unmapped bytes (and C1 controls in ISO-8859-6) become U+FFFD.
    static func decodeSingleByte(_ bytes: [UInt8], table: [UInt16]) -> ([UInt8], Int) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 2)
        var bad = 0
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            var u = table[Int(b) - 0x80]
            if u == 0xFFFD || (u >= 0x80 && u < 0xA0) { u = 0xFFFD; bad += 1 }
            appendUTF8(UInt32(u), to: &out)
        }
        return (out, bad)
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> ([UInt8], Int) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var bad = 0
        var i = bytes.startIndex
        func unit(_ at: Int) -> UInt32 {
            bigEndian ? UInt32(bytes[at]) << 8 | UInt32(bytes[at + 1]) : UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at])
        }
        while i + 1 < bytes.endIndex {
            let u = unit(i)
            i += 2
            if u >= 0xD800 && u <= 0xDBFF {
                if i + 1 < bytes.endIndex {
                    let lo = unit(i)
                    if lo >= 0xDC00 && lo <= 0xDFFF {
                        i += 2
                        appendUTF8(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00), to: &out)
                        continue
                    }
                }
                bad += 2; appendUTF8(0xFFFD, to: &out)
            } else if u >= 0xDC00 && u <= 0xDFFF {
                bad += 2; appendUTF8(0xFFFD, to: &out)
            } else {
                appendUTF8(u, to: &out)
            }
        }
        if i < bytes.endIndex { bad += 1; appendUTF8(0xFFFD, to: &out) }
        return (out, bad)
    }

    struct UTF8Stats { var nonASCII = 0; var invalid = 0 }

    /// Counts non-ASCII bytes and bytes that are not part of a well-formed UTF-8 sequence.
    static func utf8Stats(_ bytes: ArraySlice<UInt8>) -> UTF8Stats {
        var s = UTF8Stats()
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            let raw = UnsafeRawBufferPointer(p)
            while i < n {
                // ASCII runs eight bytes at a time.
                while i + 8 <= n && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
                guard i < n else { break }
                let b = p[i]
                if b < 0x80 { i += 1; continue }
                let len = validSequenceLength(p, i)
                if len == 0 { s.invalid += 1; s.nonASCII += 1; i += 1 } else { s.nonASCII += len; i += len }
            }
        }
        return s
    }

    /// UTF-8 with every byte outside a well-formed sequence replaced by U+FFFD.
    static func repairUTF8(_ bytes: ArraySlice<UInt8>) -> ([UInt8], Int) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var bad = 0
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                let b = p[i]
                if b < 0x80 { out.append(b); i += 1; continue }
                let len = validSequenceLength(p, i)
                if len == 0 {
                    bad += 1; out.append(0xEF); out.append(0xBF); out.append(0xBD); i += 1
                } else {
                    for k in 0..<len { out.append(p[i + k]) }
                    i += len
                }
            }
        }
        return (out, bad)
    }

    /// Length of the well-formed UTF-8 sequence starting at `i` (RFC 3629 table), 0 if ill-formed.
    @inline(__always)
    static func validSequenceLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let n = p.count
        let b0 = p[i]
        @inline(__always) func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
            i + k < n && p[i + k] >= lo && p[i + k] <= hi
        }
        switch b0 {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }

    @inline(__always) static func lowerASCII(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }

    @inline(__always) static func appendUTF8(_ u: UInt32, to out: inout [UInt8]) {
        switch u {
        case 0..<0x80: out.append(UInt8(u))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (u >> 6))); out.append(UInt8(0x80 | (u & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (u >> 12))); out.append(UInt8(0x80 | ((u >> 6) & 0x3F))); out.append(UInt8(0x80 | (u & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (u >> 18))); out.append(UInt8(0x80 | ((u >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((u >> 6) & 0x3F))); out.append(UInt8(0x80 | (u & 0x3F)))
        }
    }
}
