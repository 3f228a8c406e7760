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
        let utf16 = decoded.encoding == .utf16LE || decoded.encoding == .utf16BE
        if !utf16 {
            if let format = binaryFormat(raw) { return "binary file (\(format))" }
            if let nul = firstNUL(raw) {
                var reason = "binary file (NUL byte at offset \(nul))"
                if let hint = utf16Hint(raw) { reason += "; \(hint)" }
                return reason
            }
        } else if let nul = firstNUL(decoded.utf8) {
            return "binary file (U+0000 at byte \(nul) of the decoded text)"
        }
        let (characters, controls) = controlCount(decoded.utf8)
        let bad = controls + decoded.replacedByteCount
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
            let (characters, controls) = controlCount(p)
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

    /// Characters (UTF-8 scalars) and control codes among them: C0 controls but tab, line feed,
    /// vertical tab, form feed, carriage return and escape; DEL; C1 controls.
    static func controlCount(_ utf8: [UInt8]) -> (Int, Int) {
        utf8.withUnsafeBufferPointer { controlCount($0) }
    }

    static func controlCount(_ p: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var characters = 0, controls = 0
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if b & 0xC0 != 0x80 { characters += 1 }
            if b < 0x20 {
                if !(b >= 0x09 && b <= 0x0D) && b != 0x1B { controls += 1 }
            } else if b == 0x7F {
                controls += 1
            } else if b == 0xC2, i + 1 < n, p[i + 1] >= 0x80, p[i + 1] <= 0x9F {
                controls += 1
            }
            i += 1
        }
        return (characters, controls)
    }

    /// Well-known binary formats, by their first bytes.
    static func binaryFormat(_ bytes: [UInt8]) -> String? {
        func starts(_ magic: [UInt8]) -> Bool { bytes.count >= magic.count && bytes[..<magic.count].elementsEqual(magic) }
        if starts([0x1F, 0x8B]) { return "gzip data" }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return "zip archive" }
        if starts(Array("%PDF-".utf8)) { return "PDF document" }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return "PNG image" }
        if starts([0xFF, 0xD8, 0xFF]) { return "JPEG image" }
        if starts(Array("GIF8".utf8)) { return "GIF image" }
        if starts([0x42, 0x5A, 0x68]) && bytes.count > 3 && bytes[3] >= 0x31 && bytes[3] <= 0x39 { return "bzip2 data" }
        if starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return "xz data" }
        if starts([0x28, 0xB5, 0x2F, 0xFD]) { return "zstd data" }
        if starts([0x7F, 0x45, 0x4C, 0x46]) { return "ELF executable" }
        return nil
    }

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
