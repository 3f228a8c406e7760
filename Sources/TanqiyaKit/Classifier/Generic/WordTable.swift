import Glibc

/// Words (UTF-8 bytes) → language bit sets, for the stop lists: an open-addressing table over
/// one byte arena, looked up straight from a slice of a block's bytes — no `String`, no
/// normalising hash per word.
///
/// Same answers as a `[String: UInt32]`, whose keys compare by canonical equivalence: the table
/// holds each word's NFC code units (what `String`'s own `==` and hashing compare), and a looked-up
/// word is NFC already when all its scalars are `NFCSafe` (nearly always), else it is normalised
/// first with the standard library's NFC (`_nfcCodeUnits`, rare).
struct WordTable: Sendable {
    private var arena: [UInt8] = []
    private var offsets: [UInt32] = []
    private var lengths: [UInt32] = []
    private var masks: [UInt32] = []
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 64) {
        var size = 64
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { masks.count }

    /// ORs `bits` into the word's entry (adds it when new).
    mutating func insert(_ word: String, bits: UInt32) {
        var w = word
        w.withUTF8 { p in
            if NFCSafe.isSafe(p) {
                insertBytes(p, bits: bits)
            } else {
                word._nfcCodeUnits.withUnsafeBufferPointer { insertBytes($0, bits: bits) }
            }
        }
    }

    /// ORs `bits` into the entry of a word given as UTF-8 bytes.
    mutating func insert(utf8 p: UnsafeBufferPointer<UInt8>, bits: UInt32) {
        if NFCSafe.isSafe(p) {
            insertBytes(p, bits: bits)
        } else {
            String(decoding: p, as: UTF8.self)._nfcCodeUnits.withUnsafeBufferPointer { insertBytes($0, bits: bits) }
        }
    }

    private mutating func insertBytes(_ p: UnsafeBufferPointer<UInt8>, bits: UInt32) {
        if let e = find(p) { masks[e] |= bits; return }
        if (masks.count + 1) * 2 > slots.count { grow() }
        let e = masks.count
        offsets.append(UInt32(arena.count))
        lengths.append(UInt32(p.count))
        arena.append(contentsOf: p)
        masks.append(bits)
        var s = Self.hash(p) & mask
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = Int32(e)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        arena.withUnsafeBufferPointer { a in
            for e in masks.indices {
                let p = UnsafeBufferPointer(rebasing: a[Int(offsets[e])..<Int(offsets[e] + lengths[e])])
                var s = Self.hash(p) & mask
                while slots[s] >= 0 { s = (s + 1) & mask }
                slots[s] = Int32(e)
            }
        }
    }

    @inline(__always)
    private func find(_ p: UnsafeBufferPointer<UInt8>) -> Int? {
        var s = Self.hash(p) & mask
        return arena.withUnsafeBufferPointer { a -> Int? in
            while true {
                let e = Int(slots[s])
                if e < 0 { return nil }
                if Int(lengths[e]) == p.count && (p.isEmpty || memcmp(a.baseAddress! + Int(offsets[e]), p.baseAddress!, p.count) == 0) {
                    return e
                }
                s = (s + 1) & mask
            }
        }
    }

    /// The bits of the word canonically equivalent to these bytes (valid UTF-8), 0 if none.
    @inline(__always)
    func lookup(_ p: UnsafeBufferPointer<UInt8>) -> UInt32 {
        if NFCSafe.isSafe(p) { return find(p).map { masks[$0] } ?? 0 }
        return String(decoding: p, as: UTF8.self)._nfcCodeUnits.withUnsafeBufferPointer { find($0).map { masks[$0] } ?? 0 }
    }

    /// The bits of the word canonically equivalent to `word`, 0 if none.
    func lookup(_ word: String) -> UInt32 {
        var w = word
        return w.withUTF8 { lookup($0) }
    }

    /// A fast hash of short byte strings: 8 bytes at a time, multiply and rotate.
    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(p.count)
        let raw = UnsafeRawBufferPointer(p)
        var i = 0
        while i + 8 <= p.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h = (h << 29) | (h >> 35)
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < p.count { tail |= UInt64(p[i]) << shift; shift += 8; i += 1 }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 32
        return Int(truncatingIfNeeded: h)
    }
}

/// Text that is certainly NFC, decided from its scalars alone: every scalar is a starter
/// (combining class 0) that is NFC_QC=Yes — it is unchanged by NFC and never composes with what
/// precedes it. The ranges are scripts the stop lists and news pages use; anything outside them
/// is "not known", never wrong (`NFCSafeTests` checks the ranges against Foundation's NFC).
enum NFCSafe {
    static let ranges: [ClosedRange<UInt32>] = [
        0x0000...0x007F,  // ASCII
        0x00A0...0x024F,  // Latin-1 Supplement, Latin Extended-A and -B
        0x0400...0x0482, 0x048A...0x052F,  // Cyrillic (without the combining U+0483–0489)
        0x0600...0x060F, 0x061B...0x064A, 0x0660...0x066F, 0x0671...0x06D5, 0x06EE...0x06FF,  // Arabic letters, digits, punctuation
    ] + upperRanges

    /// Above U+06FF: checked one range after the other.
    static let upperRanges: [ClosedRange<UInt32>] = [
        0x200C...0x200D,  // ZWNJ, ZWJ
        0x2010...0x2027, 0x2030...0x205E,  // dashes, quotes, bullets, ellipsis, primes
        0x3041...0x3096, 0x30A1...0x30FA,  // Hiragana, Katakana letters
        0x3400...0x4DBF, 0x4E00...0x9FFF,  // CJK ideographs
        0xAC00...0xD7A3,  // Hangul syllables
    ]

    @inline(__always)
    static func isSafe(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if b < 0x80 { i += 1; continue }
            // 2 bytes: U+0080–07FF; 3 bytes: U+0800–FFFF; longer: not known.
            let u: UInt32
            if b < 0xE0 {
                guard i + 1 < n else { return false }
                u = UInt32(b & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
                i += 2
            } else if b < 0xF0 {
                guard i + 2 < n else { return false }
                u = UInt32(b & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
                i += 3
            } else {
                return false
            }
            if !contains(u) { return false }
        }
        return true
    }

    @inline(__always)
    static func contains(_ u: UInt32) -> Bool {
        if u < 0x0250 { return u < 0x80 || u >= 0xA0 }
        if u < 0x0600 { return (u >= 0x0400 && u <= 0x0482) || (u >= 0x048A && u <= 0x052F) }
        if u < 0x0700 {
            return u <= 0x060F || (u >= 0x061B && u <= 0x064A) || (u >= 0x0660 && u <= 0x066F)
                || (u >= 0x0671 && u <= 0x06D5) || u >= 0x06EE
        }
        for r in upperRanges where r.contains(u) { return true }
        return false
    }
}
