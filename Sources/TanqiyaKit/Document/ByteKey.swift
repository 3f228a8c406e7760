import Glibc

/// A string compared and hashed by its UTF-8 bytes. Swift's `String` compares by canonical
/// equivalence, which costs a normalisation check per comparison; keys here are already
/// NFKC-normalised, so byte equality is the same answer at a fraction of the cost.
public struct ByteKey: Hashable, Sendable {
    public let string: String
    /// `fingerprint(of:)` of the bytes, computed once: lookups feed this one word to `Hasher`.
    public let fingerprint: UInt64

    public init(_ string: String) {
        self.string = string
        self.fingerprint = Self.fingerprint(of: string)
    }

    public init(_ string: String, fingerprint: UInt64) {
        self.string = string
        self.fingerprint = fingerprint
    }

    public static func == (a: ByteKey, b: ByteKey) -> Bool {
        a.fingerprint == b.fingerprint && a.string.sameBytes(b.string)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

    /// A 64-bit hash of the UTF-8 bytes, keyed by a secret drawn once per process
    /// (`FingerprintKey`): the keys of the hash tables that hold a page's lines are the page's
    /// own lines, so a hash anyone can compute lets a page be crafted whose lines all share a
    /// slot (an unkeyed multiply-xorshift hash, invertible word by word, made in-page dedup
    /// quadratic: 200,000 crafted lines took 41 s). Outputs do not depend on the values: tables
    /// keep their entries in insertion order.
    public static func fingerprint(of string: String) -> UInt64 { fingerprintAndHead(of: string).fingerprint }

    /// The fingerprint of the empty string (every new block's key), as a constant: a computed
    /// global would cost a lazy-initialisation check in every block's initialiser
    /// (`HotPathTests` checks it against `fingerprint(of: "")`). The empty string is the one key
    /// whose fingerprint is fixed, which lets no other key collide with it on purpose.
    public static var emptyFingerprint: UInt64 { 0x90F8_749B_0FB1_3233 }

    /// The first eight UTF-8 bytes of `string` as a little-endian word, zero-padded when shorter.
    public static func head(of string: String) -> UInt64 { fingerprintAndHead(of: string).head }

    /// Both, in one visit of the bytes.
    public static func fingerprintAndHead(of string: String) -> (fingerprint: UInt64, head: UInt64) {
        var s = string
        return s.withUTF8 { bytes -> (fingerprint: UInt64, head: UInt64) in
            let fingerprint = fingerprint(of: bytes)
            guard let base = UnsafeRawPointer(bytes.baseAddress) else { return (fingerprint, 0) }
            if bytes.count >= 8 { return (fingerprint, UInt64(littleEndian: base.loadUnaligned(as: UInt64.self))) }
            var head: UInt64 = 0
            for i in 0..<bytes.count { head |= UInt64(bytes[i]) << UInt64(8 * i) }
            return (fingerprint, head)
        }
    }

    /// wyhash's step (the 128-bit product of the word and the state, each mixed with a secret,
    /// folded to 64 bits) over every eight bytes, then the tail and the length.
    static func fingerprint(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        guard count > 0, let base = UnsafeRawPointer(bytes.baseAddress) else { return emptyFingerprint }
        let key = FingerprintKey.secret
        var h = key.seed ^ UInt64(count)
        var i = 0
        while i + 8 <= count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            h = fold(word ^ key.wordMask, h ^ key.stateMask)
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < count {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        h = fold(tail ^ key.wordMask ^ UInt64(count), h ^ key.finalMask)
        return fold(h ^ key.seed, key.finalMask) ^ h
    }

    /// The high and low halves of the 128-bit product, xored.
    @inline(__always)
    static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (high, low) = a.multipliedFullWidth(by: b)
        return high ^ low
    }

    /// The first Unicode scalar of valid UTF-8 whose first bytes are `head` (see `head(of:)`),
    /// or nil for an empty string.
    @inline(__always)
    static func firstScalar(ofHead head: UInt64) -> UInt32? {
        let b0 = UInt32(truncatingIfNeeded: head) & 0xFF
        let b1 = UInt32(truncatingIfNeeded: head >> 8) & 0x3F
        let b2 = UInt32(truncatingIfNeeded: head >> 16) & 0x3F
        let b3 = UInt32(truncatingIfNeeded: head >> 24) & 0x3F
        switch b0 {
        case 0: return nil
        case ..<0x80: return b0
        case ..<0xE0: return (b0 & 0x1F) << 6 | b1
        case ..<0xF0: return (b0 & 0x0F) << 12 | b1 << 6 | b2
        default: return (b0 & 0x07) << 18 | b1 << 12 | b2 << 6 | b3
        }
    }

    /// A test of a literal prefix on a key's `head`: exact for prefixes up to eight bytes, a
    /// filter (the first eight bytes) for longer ones.
    struct HeadTest: Sendable {
        let value: UInt64
        let mask: UInt64
        let length: Int

        init(_ prefix: String) {
            let bytes = Array(prefix.utf8.prefix(8))
            value = bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
            mask = bytes.count == 8 ? ~0 : (1 << UInt64(8 * bytes.count)) - 1
            length = prefix.utf8.count
        }

        /// Whether a key with this head may start with the prefix (certainly does, when
        /// `length <= 8` and the key is at least that long).
        @inline(__always)
        func admits(_ head: UInt64) -> Bool { head & mask == value }
    }
}

extension String {
    /// Byte-for-byte equality of the UTF-8 encodings.
    @inline(__always)
    public func sameBytes(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var a = self, b = other
        return a.withUTF8 { x in b.withUTF8 { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
    }

    /// Whether the UTF-8 encoding starts with `prefix`'s.
    @inline(__always)
    func hasBytePrefix(_ prefix: String) -> Bool {
        let n = prefix.utf8.count
        guard n <= utf8.count else { return false }
        var a = self, b = prefix
        return a.withUTF8 { x in b.withUTF8 { y in n == 0 || memcmp(x.baseAddress!, y.baseAddress!, n) == 0 } }
    }

    /// Whether the UTF-8 encoding contains `needle`'s.
    func containsBytes(_ needle: String) -> Bool {
        var hay = self, pin = needle
        return hay.withUTF8 { h in
            pin.withUTF8 { n in
                guard n.count <= h.count else { return false }
                if n.isEmpty { return true }
                let first = Int32(n[0])
                var start = 0
                while start + n.count <= h.count {
                    guard let hit = memchr(h.baseAddress! + start, first, h.count - start - n.count + 1) else { return false }
                    let at = h.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(h.baseAddress! + at, n.baseAddress!, n.count) == 0 { return true }
                    start = at + 1
                }
                return false
            }
        }
    }
}

/// The per-process secret of `ByteKey.fingerprint`, from the system's random source (odd
/// masks: a product with an even constant would drop low bits).
enum FingerprintKey {
    struct Secret {
        let seed: UInt64
        let wordMask: UInt64
        let stateMask: UInt64
        let finalMask: UInt64
    }

    static let secret: Secret = {
        var random = SystemRandomNumberGenerator()
        return Secret(seed: random.next(), wordMask: random.next() | 1, stateMask: random.next() | 1,
                      finalMask: random.next() | 1)
    }()
}
