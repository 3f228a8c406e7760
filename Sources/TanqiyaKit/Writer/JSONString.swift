/// JSON string literals written byte by byte: non-ASCII text as UTF-8 (not \u escapes), the
/// characters JSON requires escaped, escaped. Deterministic, so goldens compare byte for byte.
enum JSONString {
    static func append(_ string: String, to out: inout [UInt8]) {
        out.append(0x22)
        appendEscaped(string, to: &out)
        out.append(0x22)
    }

    /// The string's bytes with the characters JSON requires escaped, without quotes (so that
    /// several strings can make up one literal, like an article's paragraphs).
    static func appendEscaped(_ string: String, to out: inout [UInt8]) {
        var s = string
        s.withUTF8 { appendEscaped($0, to: &out) }
    }

    /// Runs of bytes that need no escape (nearly all of a text) are copied in one go; they are
    /// found 8 bytes at a time by `firstToEscape(in:from:)`.
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var runStart = 0
        while let i = firstToEscape(in: bytes, from: runStart) {
            if i > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
            escape(bytes[i], to: &out)
            runStart = i + 1
        }
        if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
    }

    /// A byte JSON requires escaped: a C0 control, `"` or `\`.
    @inline(__always)
    static func needsEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == 0x22 || b == 0x5C
    }

    /// The index of the first byte at or after `start` that needs an escape, or nil.
    ///
    /// Why 8 at a time: JSON text is long runs of bytes needing no escape, and a byte loop
    /// with three comparisons per byte was most of the writer's time. Each 8-byte word gets
    /// one `escapeLanes` test; only the last `count % 8` bytes are looked at one by one.
    static func firstToEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let p = bytes.baseAddress else { return nil }
        let n = bytes.count
        var i = start
        while n &- i >= 8 {
            let word = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
            let lanes = escapeLanes(word)
            if lanes != 0 { return i &+ lanes.trailingZeroBitCount &>> 3 }
            i &+= 8
        }
        while i < n {
            if needsEscape(p[i]) { return i }
            i &+= 1
        }
        return nil
    }

    /// For 8 bytes read little-endian (the first byte in the low 8 bits): the top bit of a lane
    /// is set where the byte may need an escape; zero when none does.
    ///
    /// Classic SWAR tests ("has a byte less than", "has a zero byte" after XOR with the byte
    /// looked for). A lane can be flagged wrongly only through a borrow from a lower lane that
    /// really needs an escape, so the lowest flagged lane is always a real one.
    @inline(__always)
    static func escapeLanes(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let control = (w &- ones &* 0x20) & ~w  // byte < 0x20
        let q = w ^ (ones &* 0x22)
        let quote = (q &- ones) & ~q  // byte == '"'
        let b = w ^ (ones &* 0x5C)
        let backslash = (b &- ones) & ~b  // byte == '\'
        return (control | quote | backslash) & high
    }

    private static func escape(_ byte: UInt8, to out: inout [UInt8]) {
        switch byte {
        case 0x22: out.append(0x5C); out.append(0x22)
        case 0x5C: out.append(0x5C); out.append(0x5C)
        case 0x0A: out.append(0x5C); out.append(0x6E)
        case 0x0D: out.append(0x5C); out.append(0x72)
        case 0x09: out.append(0x5C); out.append(0x74)
        case 0..<0x20:
            // \u00XX, lower-case hex digits.
            let hex: (UInt8) -> UInt8 = { $0 < 10 ? 0x30 + $0 : 0x61 + $0 - 10 }
            out.append(0x5C); out.append(0x75); out.append(0x30); out.append(0x30)
            out.append(hex(byte >> 4))
            out.append(hex(byte & 0xF))
        default: out.append(byte)
        }
    }

    /// The bytes of a literal such as `,"title":`, appended without building an array.
    @inline(__always)
    static func appendLiteral(_ literal: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    static func appendOptional(_ string: String?, to out: inout [UInt8]) {
        if let string { append(string, to: &out) } else { appendLiteral("null", to: &out) }
    }
}
