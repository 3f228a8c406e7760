import Glibc

/// A string compared and hashed by its UTF-8 bytes. Swift's `String` compares by canonical
/// equivalence, which costs a normalisation check per comparison; keys here are already
/// NFKC-normalised, so byte equality is the same answer at a fraction of the cost.
public struct ByteKey: Hashable, Sendable {
    public let string: String
    /// FNV-1a over the bytes, computed once: lookups feed this one word to `Hasher`.
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

    public static func fingerprint(of string: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in string.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}

extension String {
    /// Byte-for-byte equality of the UTF-8 encodings.
    @inline(__always)
    public func sameBytes(_ other: String) -> Bool {
        let a = utf8, b = other.utf8
        guard a.count == b.count else { return false }
        return a.elementsEqual(b)
    }

    /// Whether the UTF-8 encoding starts with `prefix`'s.
    @inline(__always)
    func hasBytePrefix(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

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
