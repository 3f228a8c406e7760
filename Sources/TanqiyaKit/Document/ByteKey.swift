import Glibc

/// A string compared and hashed by its UTF-8 bytes. Swift's `String` compares by canonical
/// equivalence, which costs a normalisation check per comparison; keys here are already
/// NFKC-normalised, so byte equality is the same answer at a fraction of the cost.
public struct ByteKey: Hashable, Sendable {
    public let string: String

    public init(_ string: String) { self.string = string }

    public static func == (a: ByteKey, b: ByteKey) -> Bool { a.string.sameBytes(b.string) }

    public func hash(into hasher: inout Hasher) {
        var s = string
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
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
