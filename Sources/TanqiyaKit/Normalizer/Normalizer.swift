import Foundation

/// Which lossy foldings `Normalizer` applies on top of its default clean-up.
public struct NormalizerOptions: Sendable, Equatable {
    /// Lossy: remove Arabic harakat and other Arabic combining marks U+064B–U+065F and
    /// U+0670 (superscript alef).
    public var stripDiacritics: Bool = false
    /// Lossy: أ إ آ ٱ → ا ; ى → ي ; ة → ه.
    public var foldLetters: Bool = false
    /// Lossy: Arabic-Indic ٠–٩ (U+0660–9) and Extended ۰–۹ (U+06F0–9) → 0–9.
    public var asciiDigits: Bool = false

    public init(stripDiacritics: Bool = false, foldLetters: Bool = false, asciiDigits: Bool = false) {
        self.stripDiacritics = stripDiacritics
        self.foldLetters = foldLetters
        self.asciiDigits = asciiDigits
    }

    public static let `default` = NormalizerOptions()
}

/// Cleans one line/paragraph of scraped Arabic text.
///
/// Result, in order of effect:
/// 1. Unicode NFKC (presentation forms → letters, U+2026 → "...", compatibility spaces → U+0020).
/// 2. Tatweel U+0640 removed.
/// 3. Invisible marks removed: U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069, U+FEFF,
///    and also U+00AD (soft hyphen) and U+2060 (word joiner); C0/C1 controls but white space;
///    noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF, U+1FFFE … U+10FFFF). ZWSP/ZWNJ/ZWJ are kept.
/// 4. Every White_Space scalar (TAB, LF, VT, FF, CR, SPACE, U+0085, U+00A0, U+1680,
///    U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) becomes a space; runs are
///    collapsed to one space; leading/trailing space is trimmed.
/// 5. Lossy options, if on. `stripDiacritics` removes marks *before* white space is
///    collapsed, so "a َ b" becomes "a b", never "a  b" (the output never has double,
///    leading or trailing spaces). Letter and digit folds are 1:1 and order-independent.
///
/// Note the output is not re-normalised after steps 2–5: e.g. alef + tatweel + madda
/// (U+0627 U+0640 U+0653) gives U+0627 U+0653, exactly as "NFKC, then remove tatweel" does.
///
/// Speed: a single pass over the UTF-8 bytes writes straight into the result string.
/// Foundation's (slow) NFKC runs only for lines containing a scalar that is not on the
/// fast-path allowlist (see `NormalizerTables`), or two harakat out of canonical order;
/// such a line is NFKC'd whole and then run through the same byte pass.
public struct Normalizer: Sendable {
    public let options: NormalizerOptions
    /// `NormalizerTables.base2` (U+0000–U+07FF) followed by `base3` (U+2000–U+206F), with
    /// the options resolved: kinds whose option is off become `.copy` (stable bit kept).
    let table: [UInt8]
    /// For `isUnchanged(utf8:)`: what the fast pass does with a two-byte sequence, indexed by
    /// `(lead & 0x1F) << 8 | second byte` (see `UnchangedPair`).
    let unchangedPairs: [UInt8]

    public init(options: NormalizerOptions = .default) {
        self.options = options
        let copy = ScalarKind.copy.rawValue
        let drop = ScalarKind.drop.rawValue
        table = (NormalizerTables.base2 + NormalizerTables.base3).map { e in
            let stable = e & NormalizerTables.stableBit
            switch ScalarKind(rawValue: e & 0x7F)! {
            case .diacritic: return stable | (options.stripDiacritics ? drop : copy)
            case .alefVariant, .alefMaksura, .tehMarbuta: return options.foldLetters ? e : stable | copy
            case .digit: return options.asciiDigits ? e : stable | copy
            case .copy, .space, .drop, .haraka: return e
            }
        }
        unchangedPairs = Self.makeUnchangedPairs(table: table, keepsHarakat: !options.stripDiacritics)
    }

    /// Cleans one line/paragraph.
    public func normalize(_ line: String) -> String {
        var copy = line
        return copy.withUTF8 { bytes -> String in
            // Most lines are already clean: a read-only scan proves it, and the same string
            // is handed back (no allocation, no second UTF-8 validation). Otherwise the scan
            // has found work to do, and the full pass runs once.
            if bytes.isEmpty { return "" }
            return isUnchanged(utf8: bytes) ? line : normalize(utf8: bytes)
        }
    }

    /// Cleans one line/paragraph given as UTF-8 bytes. Invalid UTF-8 is repaired with U+FFFD
    /// (on the slow path).
    public func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        fastPath(utf8: bytes) ?? slowPath(utf8: bytes)
    }

    // MARK: - Paths (internal so tests can compare them)

    /// The result without calling NFKC, or nil if the line is not known to be NFKC-stable.
    func fastPath(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.isEmpty { return "" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { dst -> String? in
            guard let n = bytePass(bytes, into: dst, fast: true) else { return nil }
            // Valid UTF-8 by construction (the fast pass bails on invalid input), so the result
            // is copied without the second validation `String(unsafeUninitializedCapacity:)` runs.
            return String.copying(validUTF8: UnsafeBufferPointer(rebasing: dst[..<n]))
        }
    }

    /// Foundation NFKC on the whole line (a long line a piece at a time: `nfkcInPieces`), then
    /// the byte pass.
    func slowPath(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        let line = String(decoding: bytes, as: UTF8.self)
        var nfkc = bytes.count > Self.wholeLineNFKCBytes ? Self.nfkcInPieces(line) : line.precomposedStringWithCompatibilityMapping
        return nfkc.withUTF8 { buf in
            if buf.isEmpty { return "" }
            return String(unsafeUninitializedCapacity: buf.count) { dst in
                bytePass(buf, into: dst, fast: false)!  // never bails when !fast
            }
        }
    }

    /// Writes the cleaned bytes of `src` into `dst` and returns how many were written.
    /// Never writes more than `src.count` bytes (every scalar's output is no longer than
    /// its input, and a collapsed space run emits one byte for at least one input byte).
    /// With `fast`, returns nil as soon as it meets a scalar that is not on the allowlist,
    /// two adjacent harakat out of canonical order, or invalid UTF-8.
    @inline(__always)
    private func bytePass(
        _ src: UnsafeBufferPointer<UInt8>, into dst: UnsafeMutableBufferPointer<UInt8>, fast: Bool
    ) -> Int? {
        let strip = options.stripDiacritics
        return table.withUnsafeBufferPointer { tbuf -> Int? in
            let t = tbuf.baseAddress!
            let s = src.baseAddress!
            let d = dst.baseAddress!
            let n = src.count
            let stableCopy = NormalizerTables.stableBit | ScalarKind.copy.rawValue
            var i = 0
            var o = 0
            var pendingSpace = false
            var harakaEnd = -1  // input index just past the last haraka seen
            var harakaCP: UInt32 = 0

            while i < n {
                let b0 = s[i]
                if b0 < 0x80 {
                    if b0 == 0x20 || b0 &- 0x09 < 5 {  // SPACE, TAB, LF, VT, FF, CR
                        pendingSpace = o != 0
                    } else if b0 < 0x20 || b0 == 0x7F {
                        // Other C0 controls and DEL: dropped (a terminal's ESC sequences are no text).
                    } else {
                        if pendingSpace { d[o] = 0x20; o += 1; pendingSpace = false }
                        d[o] = b0
                        o += 1
                    }
                    i += 1
                    continue
                }

                var cp: UInt32
                var len: Int
                var e: UInt8
                if b0 < 0xE0 {
                    guard b0 >= 0xC2, i + 1 < n, s[i + 1] & 0xC0 == 0x80 else {
                        if fast { return nil }
                        d[o] = b0; o += 1; i += 1  // unreachable for valid input
                        continue
                    }
                    cp = UInt32(b0 & 0x1F) << 6 | UInt32(s[i + 1] & 0x3F)
                    len = 2
                    e = t[Int(cp)]
                } else if b0 < 0xF0 {
                    guard i + 2 < n, s[i + 1] & 0xC0 == 0x80, s[i + 2] & 0xC0 == 0x80 else {
                        if fast { return nil }
                        d[o] = b0; o += 1; i += 1
                        continue
                    }
                    cp = UInt32(b0 & 0x0F) << 12 | UInt32(s[i + 1] & 0x3F) << 6 | UInt32(s[i + 2] & 0x3F)
                    len = 3
                    if cp &- NormalizerTables.generalPunctuationStart < 0x70 {
                        e = t[0x800 + Int(cp - NormalizerTables.generalPunctuationStart)]
                    } else if cp < 0x800 || (cp >= 0xD800 && cp < 0xE000) {
                        if fast { return nil }  // overlong or surrogate: invalid
                        e = ScalarKind.copy.rawValue
                    } else {
                        e = NormalizerTables.entry(cp)
                    }
                } else {
                    // 4-byte scalars are never on the allowlist; copy them on the slow path
                    // (but the noncharacters U+1FFFE … U+10FFFF, dropped).
                    if fast { return nil }
                    len = min(4, n - i)
                    cp = len < 4 ? 0 : UInt32(b0 & 0x07) << 18 | UInt32(s[i + 1] & 0x3F) << 12 | UInt32(s[i + 2] & 0x3F) << 6 | UInt32(s[i + 3] & 0x3F)
                    e = NormalizerTables.isNoncharacter(cp) && cp > 0xFFFF ? ScalarKind.drop.rawValue : ScalarKind.copy.rawValue
                }

                if e == stableCopy || (!fast && e & 0x7F == ScalarKind.copy.rawValue) {
                    if pendingSpace { d[o] = 0x20; o += 1; pendingSpace = false }
                    for k in 0..<len { d[o + k] = s[i + k] }
                    o += len
                    i += len
                    continue
                }
                if fast && e & NormalizerTables.stableBit == 0 { return nil }

                switch ScalarKind(rawValue: e & 0x7F)! {
                case .copy:
                    if pendingSpace { d[o] = 0x20; o += 1; pendingSpace = false }
                    for k in 0..<len { d[o + k] = s[i + k] }
                    o += len
                case .space:
                    pendingSpace = o != 0
                case .drop:
                    break
                case .haraka:
                    if fast {
                        // Canonical ordering would swap a descending pair (ccc rises with cp).
                        if harakaEnd == i && harakaCP > cp { return nil }
                        harakaEnd = i + len
                        harakaCP = cp
                    }
                    if !strip {
                        if pendingSpace { d[o] = 0x20; o += 1; pendingSpace = false }
                        d[o] = s[i]; d[o + 1] = s[i + 1]
                        o += 2
                    }
                case .diacritic:  // resolved to .copy/.drop in init
                    if !strip {
                        if pendingSpace { d[o] = 0x20; o += 1; pendingSpace = false }
                        d[o] = s[i]; d[o + 1] = s[i + 1]
                        o += 2
                    }
                case .alefVariant:  // → ا U+0627
                    if pendingSpace { d[o] = 0x20; o += 1; pendingSpace = false }
                    d[o] = 0xD8; d[o + 1] = 0xA7
                    o += 2
                case .alefMaksura:  // → ي U+064A
                    if pendingSpace { d[o] = 0x20; o += 1; pendingSpace = false }
                    d[o] = 0xD9; d[o + 1] = 0x8A
                    o += 2
                case .tehMarbuta:  // → ه U+0647
                    if pendingSpace { d[o] = 0x20; o += 1; pendingSpace = false }
                    d[o] = 0xD9; d[o + 1] = 0x87
                    o += 2
                case .digit:  // U+0660–9 and U+06F0–9 both end in 0…9 in their low nibble
                    if pendingSpace { d[o] = 0x20; o += 1; pendingSpace = false }
                    d[o] = 0x30 + UInt8(cp & 0xF)
                    o += 1
                }
                i += len
            }
            return o
        }
    }
}
