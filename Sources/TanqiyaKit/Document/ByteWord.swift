/// Bytes of a 64-bit word tested eight at a time (Bit Twiddling Hacks' `haszero` and
/// `hasbetween`), for the scans that read pages and lines a word at a time (`LineScan`,
/// `InputTrimmer`).
enum ByteWord {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080
    static let lows7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// 0x80 in each byte of `w` equal to `b`.
    @inline(__always) static func equal(_ w: UInt64, _ b: UInt8) -> UInt64 {
        let x = w ^ (ones &* UInt64(b))
        return ~(((x & lows7) &+ lows7) | x) & highs
    }

    /// 0x80 in each byte of `w` with `low < byte < high` (0 ≤ low ≤ 127, high ≤ 128: bytes with the
    /// top bit set never count).
    @inline(__always) static func between(_ w: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
        let x = w & lows7
        return (ones &* (127 &+ UInt64(high)) &- x) & ~w & (x &+ ones &* (127 &- UInt64(low))) & highs
    }
}
