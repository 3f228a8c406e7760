/// Reads the usual shape of a JSONL page record — one object whose `id`, `url`, `text` and
/// `html` are strings or null (`id` and `url` may be integers), beside any other values (nested
/// objects and arrays too, at any depth: only the four fields are used) — straight from its
/// UTF-8 bytes.
///
/// Why: `JSONDecoder` spent about 50 instructions per byte on such records, a third of a JSONL
/// run, and refuses JSON nested more than 512 levels deep as "not valid JSON" (valid JSON: a
/// crawler's metadata can nest that deep). This scanner gives up (returns nil) on anything
/// else — a record field holding something else, a repeated record key, a lone surrogate
/// escape, any syntax error — and the reader then asks `JSONDecoder`, so odd records are
/// decided, and reported, as it decides them. `JSONRecordScannerTests` compares the two on valid
/// and broken records.
enum JSONRecordScanner {
    /// The record's fields, or nil when the scanner leaves the record to `JSONDecoder`.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> JSONLReader.Record? {
        var cursor = Cursor(bytes: bytes)
        return cursor.record()
    }

    /// Whether the bytes are one JSON object (and white space), at any depth.
    static func isObject(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = Cursor(bytes: bytes)
        cursor.skipSpace()
        guard cursor.peek() == 0x7B, cursor.skipValue() else { return false }
        cursor.skipSpace()
        return cursor.i == bytes.count
    }

    /// The record field (`id`, `url`, `text` or `html`) that holds an object or an array in a
    /// line that is a valid JSON object, if any: what `JSONDecoder` cannot say when the value
    /// is nested too deep for it ("not valid JSON").
    static func nestedRecordField(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard isObject(bytes) else { return nil }
        var cursor = Cursor(bytes: bytes)
        cursor.skipSpace()
        _ = cursor.take(0x7B)
        cursor.skipSpace()
        while let key = cursor.string() {
            cursor.skipSpace()
            _ = cursor.take(0x3A)
            cursor.skipSpace()
            if Cursor.field(key) != nil, cursor.peek() == 0x7B || cursor.peek() == 0x5B { return String(decoding: key, as: UTF8.self) }
            _ = cursor.skipValue()
            cursor.skipSpace()
            _ = cursor.take(0x2C)
            cursor.skipSpace()
        }
        return nil
    }

    /// The index of the next quote, backslash or control character at or after `from`
    /// (`bytes.count` if none), eight bytes at a time while there are eight.
    static func nextSpecial(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        let n = bytes.count
        var i = from
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let quote = w ^ (ones &* 0x22), backslash = w ^ (ones &* 0x5C)
                // A zero byte in `quote` or `backslash`, or a byte below 0x20 in `w`.
                let found = ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (w &- ones &* 0x20) & ~w) & highs
                if found != 0 { break }
                i += 8
            }
        }
        while i < n {
            let b = bytes[i]
            if b == 0x22 || b == 0x5C || b < 0x20 { return i }
            i += 1
        }
        return n
    }

    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func record() -> JSONLReader.Record? {
            var record = JSONLReader.Record()
            var seen: UInt8 = 0  // bit per record key, to leave repeated keys to JSONDecoder
            skipSpace()
            guard take(0x7B) else { return nil }  // {
            skipSpace()
            if take(0x7D) { return finish(record) }  // }
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard take(0x3A) else { return nil }  // :
                skipSpace()
                if let field = Self.field(key) {
                    guard seen & (1 << field) == 0 else { return nil }
                    seen |= 1 << field
                    let value: String?
                    if peek() == 0x22 {
                        guard let bytes = string() else { return nil }
                        value = bytes.withUnsafeBufferPointer { String.copying(validUTF8: $0) }
                    } else if literal("null") {
                        value = nil
                    } else if field <= 1, let number = integer() {
                        value = number  // a numeric id or url: its digits (other numbers go to JSONDecoder)
                    } else {
                        return nil  // a boolean (or text, html as a number): JSONDecoder's error
                    }
                    switch field {
                    case 0: record.id = value
                    case 1: record.url = value
                    case 2: record.text = value
                    default: record.html = value
                    }
                } else if !skipValue() {
                    return nil
                }
                skipSpace()
                if take(0x2C) { continue }  // ,
                guard take(0x7D) else { return nil }  // }
                return finish(record)
            }
        }

        /// Only white space may follow the object.
        mutating func finish(_ record: JSONLReader.Record) -> JSONLReader.Record? {
            skipSpace()
            return i == bytes.count ? record : nil
        }

        static func field(_ key: [UInt8]) -> Int? {
            switch key {
            case [0x69, 0x64]: return 0  // id
            case [0x75, 0x72, 0x6C]: return 1  // url
            case [0x74, 0x65, 0x78, 0x74]: return 2  // text
            case [0x68, 0x74, 0x6D, 0x6C]: return 3  // html
            default: return nil
            }
        }

        func peek() -> UInt8? { i < bytes.count ? bytes[i] : nil }

        mutating func take(_ byte: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard bytes.count - i >= n else { return false }
            for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return false }
            i += n
            return true
        }

        /// Any JSON value, objects and arrays at any depth: kept on a stack of what is open (a
        /// bit a level, no recursion), so no depth is too deep and none costs more than its bytes.
        mutating func skipValue() -> Bool {
            var open: [Bool] = []  // per level: an object (true) or an array
            while true {
                // A value.
                skipSpace()
                switch peek() {
                case 0x7B:  // {
                    i += 1
                    skipSpace()
                    if !take(0x7D) {
                        open.append(true)
                        guard memberKey() else { return false }
                        continue
                    }
                case 0x5B:  // [
                    i += 1
                    skipSpace()
                    if !take(0x5D) {
                        open.append(false)
                        continue
                    }
                default:
                    guard skipFlatValue() else { return false }
                }
                // After a value: close what ends here, then go on to the next element or member.
                while true {
                    guard let isObject = open.last else { return true }
                    skipSpace()
                    if take(0x2C) {  // ,
                        skipSpace()
                        if isObject { guard memberKey() else { return false } }
                        break
                    }
                    guard take(isObject ? 0x7D : 0x5D) else { return false }
                    open.removeLast()
                }
            }
        }

        /// A member's key and its colon.
        mutating func memberKey() -> Bool {
            guard string() != nil else { return false }
            skipSpace()
            return take(0x3A)
        }

        /// A string, a number, true, false or null.
        mutating func skipFlatValue() -> Bool {
            switch peek() {
            case 0x22: return string() != nil
            case 0x74: return literal("true")
            case 0x66: return literal("false")
            case 0x6E: return literal("null")
            default: return number()
            }
        }

        /// A JSON integer that fits 64 bits, as its decimal text (what `JSONDecoder` makes of it
        /// for `Record`); nil, with the cursor where it was, for anything else.
        mutating func integer() -> String? {
            let start = i
            guard number() else {
                i = start
                return nil
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            guard Int64(text) != nil || UInt64(text) != nil else {
                i = start
                return nil
            }
            return text
        }

        /// A JSON number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
        mutating func number() -> Bool {
            func digits(_ c: inout Cursor) -> Int {
                let start = c.i
                while c.i < c.bytes.count, c.bytes[c.i] &- 0x30 < 10 { c.i += 1 }
                return c.i - start
            }
            _ = take(0x2D)
            if take(0x30) {
                // a leading zero stands alone
            } else {
                guard let first = peek(), first &- 0x31 < 9 else { return false }
                _ = digits(&self)
            }
            if take(0x2E) { guard digits(&self) > 0 else { return false } }
            if take(0x65) || take(0x45) {
                if !take(0x2B) { _ = take(0x2D) }
                guard digits(&self) > 0 else { return false }
            }
            return true
        }

        /// The UTF-8 bytes of a string literal, its escapes resolved; nil on a syntax error, a
        /// control character, or a lone surrogate escape. Runs between escapes are copied whole.
        mutating func string() -> [UInt8]? {
            guard take(0x22) else { return nil }
            var out: [UInt8] = []
            while true {
                let start = i
                i = JSONRecordScanner.nextSpecial(bytes, from: i)
                guard i < bytes.count else { return nil }
                if i > start {
                    if out.isEmpty && bytes[i] == 0x22 {
                        // No escape at all: the common case, one copy.
                        out = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
                        i += 1
                        return out
                    }
                    if out.isEmpty { out.reserveCapacity(bytes.count - start) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                }
                let b = bytes[i]
                i += 1
                if b == 0x22 { return out }
                guard b == 0x5C, i < bytes.count else { return nil }  // a control character, or a final backslash
                let e = bytes[i]
                i += 1
                switch e {
                case 0x22, 0x5C, 0x2F: out.append(e)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x75:
                    guard var scalar = hex4() else { return nil }
                    if scalar >= 0xD800 && scalar < 0xDC00 {
                        guard take(0x5C), take(0x75), let low = hex4(), low >= 0xDC00, low < 0xE000 else { return nil }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if scalar >= 0xDC00 && scalar < 0xE000 {
                        return nil
                    }
                    guard let u = Unicode.Scalar(scalar), let encoded = UTF8.encode(u) else { return nil }
                    out.append(contentsOf: encoded)
                default: return nil
                }
            }
        }

        mutating func hex4() -> UInt32? {
            guard bytes.count - i >= 4 else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = bytes[i]
                let d: UInt8
                switch c {
                case 0x30...0x39: d = c - 0x30
                case 0x41...0x46: d = c - 0x41 + 10
                case 0x61...0x66: d = c - 0x61 + 10
                default: return nil
                }
                v = v << 4 | UInt32(d)
                i += 1
            }
            return v
        }
    }
}
