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

    /// A 64-bit hash of the UTF-8 bytes, eight bytes per step (multiply-xorshift mixing).
    public static func fingerprint(of string: String) -> UInt64 {
        var s = string
        return s.withUTF8 { bytes -> UInt64 in
            let count = bytes.count
            var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
            guard let base = UnsafeRawPointer(bytes.baseAddress) else { return h }
            var i = 0
            while i + 8 <= count {
                let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
                h ^= h >> 32
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < count {
                tail |= UInt64(bytes[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
            h ^= h >> 29
            return h
        }
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
