import Glibc

/// Whether an input holds text at all. A file with NUL bytes, a known binary format (archives,
/// images, PDF…) or mostly control codes and undecodable bytes is skipped with the reason,
/// rather than cleaned into garbage records.
public enum TextCheck {
    /// Above this share of control codes and U+FFFD replacements among its characters, a page
    /// is not text.
    public static let maxNonTextShare = 0.3

    /// Why `raw` (as read) decoded as `decoded` is not a text page, or `nil`.
    public static func notTextReason(raw: [UInt8], decoded: DecodedText) -> String? {
        if let utf32 = utf32Reason(raw) { return utf32 }
        let utf16 = decoded.encoding == .utf16LE || decoded.encoding == .utf16BE
        if !utf16 {
            if let format = binaryFormat(raw) {
                // A corpus kept compressed (`dump.jsonl.xz`, gzip on standard input): say how to
                // read it, not just that it was not. A gzip file given by name is decompressed
                // as it is read, and never gets here.
                let tool = compressors[format]
                let note = format == "gzip data" ? "standard input is not decompressed" : "gzip files are read as they are"
                return "binary file (\(format))" + (tool.map { "; decompress it first: \($0) FILE | tanqiya clean - (\(note))" } ?? "")
            }
            if let nul = firstNUL(raw) {
                var reason = "binary file (NUL byte at offset \(nul))"
                if let hint = utf16Hint(raw) { reason += "; \(hint)" }
                return reason
            }
        } else if let nul = firstNUL(decoded.utf8) {
            return "binary file (U+0000 at byte \(nul) of the decoded text)"
        }
        let bad = controlCount(decoded.utf8) + decoded.replacedByteCount
        // Nearly every page: nothing to count the characters for.
        guard bad > 0 else { return nil }
        let characters = characterCount(decoded.utf8)
        guard characters > 0, Double(bad) > maxNonTextShare * Double(characters) else { return nil }
        let percent = Int((Double(bad) * 100 / Double(characters)).rounded())
        return "mostly non-text (\(percent)% of its characters are control codes or undecodable bytes)"
    }

    /// A record's text (already a string): NUL characters or mostly control codes.
    public static func notTextReason(text: String) -> String? {
        var copy = text
        return copy.withUTF8 { p -> String? in
            guard let base = p.baseAddress, p.count > 0 else { return nil }
            if memchr(base, 0, p.count) != nil { return "binary data (U+0000 in the text)" }
            let controls = controlCount(p)
            guard controls > 0 else { return nil }
            let characters = characterCount(p)
            guard characters > 0, Double(controls) > maxNonTextShare * Double(characters) else { return nil }
            let percent = Int((Double(controls) * 100 / Double(characters)).rounded())
            return "mostly non-text (\(percent)% of its characters are control codes)"
        }
    }

    static func firstNUL(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { p -> Int? in
            guard let base = p.baseAddress, let hit = memchr(base, 0, p.count) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Control codes: C0 controls but tab, line feed, vertical tab, form feed, carriage return
    /// and escape; DEL; C1 controls.
    static func controlCount(_ utf8: [UInt8]) -> Int {
        utf8.withUnsafeBufferPointer { controlCount($0) }
    }

    /// Eight bytes at a time: only the words that may hold a control code (a byte below 0x20,
    /// 0x7F or the C1 lead 0xC2) are looked at byte by byte, and in text that is about one word
    /// in twenty (the line feeds).
    static func controlCount(_ p: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = p.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let n = p.count
        var controls = 0
        var i = 0
        while i + 8 <= n {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            if mayHoldControl(word) { controls &+= controlCount(p, from: i, to: i + 8) }
            i &+= 8
        }
        return controls + controlCount(p, from: i, to: n)
    }

    /// Characters (UTF-8 scalars): the bytes that are not continuation bytes (10xxxxxx).
    static func characterCount(_ utf8: [UInt8]) -> Int {
        utf8.withUnsafeBufferPointer { characterCount($0) }
    }

    static func characterCount(_ p: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = p.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let n = p.count
        var continuations = 0
        var i = 0
        while i + 8 <= n {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            // 1 in the low bit of each continuation byte, summed into the top byte by the
            // multiplication (`nonzeroBitCount` is no POPCNT instruction on baseline x86-64).
            let ones = (word & ~(word << 1)) >> 7 & 0x0101_0101_0101_0101
            continuations &+= Int((ones &* 0x0101_0101_0101_0101) >> 56)
            i &+= 8
        }
        for k in i..<n where p[k] & 0xC0 == 0x80 { continuations += 1 }
        return n - continuations
    }

    /// Whether a byte of `word` is below 0x20, 0x7F or 0xC2 (never false when one is).
    @inline(__always)
    static func mayHoldControl(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let del = word ^ (0x7F &* ones), c2 = word ^ (0xC2 &* ones)
        let below20 = (word &- 0x20 &* ones) & ~word
        let zeroByte = (del &- ones) & ~del | (c2 &- ones) & ~c2
        return (below20 | zeroByte) & (0x80 &* ones) != 0
    }

    /// Control codes starting in `p[start..<end]`: C0 controls but tab, line feed, vertical tab,
    /// form feed, carriage return and escape; DEL; C1 controls (C2 80 to C2 9F, which may end
    /// past `end`).
    static func controlCount(_ p: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var controls = 0
        for i in start..<end {
            let b = p[i]
            if b < 0x20 {
                if !(b >= 0x09 && b <= 0x0D) && b != 0x1B { controls += 1 }
            } else if b == 0x7F {
                controls += 1
            } else if b == 0xC2, i + 1 < p.count, p[i + 1] >= 0x80, p[i + 1] <= 0x9F {
                controls += 1
            }
        }
        return controls
    }

    /// Why bytes that start with a UTF-32 byte order mark (`FF FE 00 00`, `00 00 FE FF`) are not
    /// read, or nil: the encoding is not one tanqiya decodes, and `FF FE` alone is UTF-16LE's
    /// mark (read so, a UTF-32 HTML page gave its markup as the article, letter by letter).
    public static func utf32Reason(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 4 else { return nil }
        let name: String
        if bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0 {
            name = "UTF-32LE"
        } else if bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF {
            name = "UTF-32BE"
        } else {
            return nil
        }
        return "\(name) text (its byte order mark), not read: convert it to UTF-8 first (iconv -f UTF-32 -t UTF-8 FILE)"
    }

    /// Well-known binary formats, by their first bytes.
    static func binaryFormat(_ bytes: [UInt8]) -> String? {
        for (magic, format) in magicNumbers where bytes.count >= magic.count && bytes[..<magic.count].elementsEqual(magic) {
            return format
        }
        // "BZh" and a block size digit 1 to 9.
        if bytes.count > 3 && bytes[0] == 0x42 && bytes[1] == 0x5A && bytes[2] == 0x68 && bytes[3] >= 0x31 && bytes[3] <= 0x39 {
            return "bzip2 data"
        }
        return nil
    }

    /// Compressed formats a text corpus is kept in, and the tool that writes them to stdout.
    static let compressors = ["gzip data": "zcat", "bzip2 data": "bzcat", "xz data": "xzcat", "zstd data": "zstdcat"]

    /// First bytes and the format they start (no one is the start of another), made once.
    static let magicNumbers: [([UInt8], String)] = [
        ([0x1F, 0x8B], "gzip data"),
        ([0x50, 0x4B, 0x03, 0x04], "zip archive"),
        (Array("%PDF-".utf8), "PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF8".utf8), "GIF image"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz data"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd data"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
    ]

    /// NUL bytes mostly on one side of each byte pair: text in UTF-16 without a byte order mark.
    static func utf16Hint(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(1 << 16)
        var even = 0, odd = 0
        for (i, b) in sample.enumerated() where b == 0 { if i % 2 == 0 { even += 1 } else { odd += 1 } }
        let pairs = sample.count / 2
        guard pairs > 0 else { return nil }
        // Spaces, newlines and digits alone are a tenth of Arabic text.
        if odd >= 4 && odd * 10 >= pairs && even * 10 < odd { return "UTF-16LE without a byte order mark? Try --encoding utf-16le" }
        if even >= 4 && even * 10 >= pairs && odd * 10 < even { return "UTF-16BE without a byte order mark? Try --encoding utf-16be" }
        return nil
    }
}
