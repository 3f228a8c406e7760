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
    /// ASCII words apart (a small table that stays in cache on pages in Latin-script languages).
    private var ascii = ByteTable()
    private var other = ByteTable()

    init() {}

    /// Sized for about this many words of each kind (no rehashing while they are added).
    init(asciiCapacity: Int, otherCapacity: Int) {
        ascii = ByteTable(capacity: asciiCapacity)
        other = ByteTable(capacity: otherCapacity)
    }

    var count: Int { ascii.count + other.count }

    /// ORs `bits` into the word's entry (adds it when new).
    mutating func insert(_ word: String, bits: UInt32) {
        var w = word
        w.withUTF8 { insert(utf8: $0, bits: bits) }
    }

    /// ORs `bits` into the entry of a word given as UTF-8 bytes.
    mutating func insert(utf8 p: UnsafeBufferPointer<UInt8>, bits: UInt32) {
        if NFCSafe.isSafe(p) {
            insertNFC(p, bits: bits)
        } else {
            String(decoding: p, as: UTF8.self)._nfcCodeUnits.withUnsafeBufferPointer { insertNFC($0, bits: bits) }
        }
    }

    private mutating func insertNFC(_ p: UnsafeBufferPointer<UInt8>, bits: UInt32) {
        if p.allSatisfy({ $0 < 0x80 }) { ascii.insert(p, bits: bits) } else { other.insert(p, bits: bits) }
    }

    /// The bits of the word canonically equivalent to these bytes (valid UTF-8), 0 if none.
    @inline(__always)
    func lookup(_ p: UnsafeBufferPointer<UInt8>) -> UInt32 {
        if p.allSatisfy({ $0 < 0x80 }) { return ascii.lookup(p) }
        return lookupNonASCII(p)
    }

    /// The same for bytes known to be ASCII.
    @inline(__always)
    func lookup(ascii p: UnsafeBufferPointer<UInt8>) -> UInt32 { ascii.lookup(p) }

    private func lookupNonASCII(_ p: UnsafeBufferPointer<UInt8>) -> UInt32 {
        if NFCSafe.isSafe(p) { return other.lookup(p) }
        // Not known to be NFC: its NFC form may even be ASCII (U+212A KELVIN SIGN is K).
        return String(decoding: p, as: UTF8.self)._nfcCodeUnits.withUnsafeBufferPointer { nfc in
            nfc.allSatisfy { $0 < 0x80 } ? ascii.lookup(nfc) : other.lookup(nfc)
        }
    }

    /// The bits of the word canonically equivalent to `word`, 0 if none.
    func lookup(_ word: String) -> UInt32 {
        var w = word
        return w.withUTF8 { lookup($0) }
    }
}

/// Byte strings → bits: open addressing over one byte arena. A slot holds 12 bits of the hash
/// above (entry index + 1), so a probe rarely reads an entry that is not the word.
private struct ByteTable: Sendable {
    private struct Entry {
        var offset: UInt32
        var length: UInt32
        var bits: UInt32
    }
    private var arena: [UInt8] = []
    private var entries: [Entry] = []
    private var slots: [UInt32] = Array(repeating: 0, count: 16)
    private var mask = 15
    private static let indexBits: UInt32 = 20
    private static let indexMask: UInt32 = (1 << indexBits) - 1

    var count: Int { entries.count }

    init() {}

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        entries.reserveCapacity(capacity)
        arena.reserveCapacity(capacity * 8)
    }

    mutating func insert(_ p: UnsafeBufferPointer<UInt8>, bits: UInt32) {
        let h = Self.hash(p)
        if let e = find(p, hash: h) { entries[e].bits |= bits; return }
        precondition(entries.count < Int(Self.indexMask), "word table full")
        if (entries.count + 1) * 2 > slots.count { grow() }
        entries.append(Entry(offset: UInt32(arena.count), length: UInt32(p.count), bits: bits))
        arena.append(contentsOf: p)
        place(entries.count - 1, hash: h)
    }

    @inline(__always) private static func tag(_ h: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: h >> 52) << indexBits }

    private mutating func place(_ e: Int, hash h: UInt64) {
        var s = Int(truncatingIfNeeded: h) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = Self.tag(h) | UInt32(e + 1)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        for e in entries.indices {
            let h = arena.withUnsafeBufferPointer { a in
                Self.hash(UnsafeBufferPointer(rebasing: a[Int(entries[e].offset)..<Int(entries[e].offset + entries[e].length)]))
            }
            place(e, hash: h)
        }
    }

    @inline(__always)
    func lookup(_ p: UnsafeBufferPointer<UInt8>) -> UInt32 {
        find(p, hash: Self.hash(p)).map { entries[$0].bits } ?? 0
    }

    @inline(__always)
    private func find(_ p: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                arena.withUnsafeBufferPointer { arena -> Int? in
                    let tag = Self.tag(h)
                    var s = Int(truncatingIfNeeded: h) & mask
                    while true {
                        let slot = slots[s]
                        if slot == 0 { return nil }
                        if slot & ~Self.indexMask == tag {
                            let e = Int(slot & Self.indexMask) - 1
                            let entry = entries[e]
                            if Int(entry.length) == p.count
                                && (p.isEmpty || memcmp(arena.baseAddress! + Int(entry.offset), p.baseAddress!, p.count) == 0) {
                                return e
                            }
                        }
                        s = (s + 1) & mask
                    }
                }
            }
        }
    }

    /// A fast hash of short byte strings: 8 bytes at a time, multiply and fold.
    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(p.count)
        let raw = UnsafeRawBufferPointer(p)
        var i = 0
        while i + 8 <= p.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < p.count { tail |= UInt64(p[i]) << shift; shift += 8; i += 1 }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 31
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return h
    }
}

/// Text that is certainly NFC, decided from its scalars alone: every scalar is a starter
/// (combining class 0) that is NFC_QC=Yes — it is unchanged by NFC and never composes with what
/// precedes it. The ranges are scripts the stop lists and news pages use; anything outside them
/// is "not known", never wrong (`WordTableTests` checks the ranges against Foundation's NFC).
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
