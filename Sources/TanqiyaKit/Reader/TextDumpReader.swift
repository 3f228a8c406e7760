import Glibc

/// Pipeline stage 1 for text dumps: the visible text of a page, one block per line. The bytes'
/// encoding is decided first (`TextDecoding`: byte order marks, UTF-8, Windows-1256 and
/// ISO-8859-6 dumps, or UTF-8 with invalid bytes replaced by U+FFFD and counted in a warning);
/// then lines are split: LF or CRLF line ends (CR alone in a file without any LF), with or
/// without a final newline.
public struct TextDumpReader: Sendable {
    public init() {}

    /// Reads raw bytes, deciding their encoding (or reading them as `encoding`).
    public func read(bytes: [UInt8], source: String, idPrefix: String, url: String? = nil,
                     encoding: DetectedEncoding? = nil) -> Document {
        read(decoded: TextDecoding.decode(bytes, forced: encoding), source: source, idPrefix: idPrefix, url: url)
    }

    /// Reads bytes already decided and converted to UTF-8.
    public func read(decoded: DecodedText, source: String, idPrefix: String, url: String? = nil) -> Document {
        var document = Document(source: source, idPrefix: idPrefix, url: url, blocks: Self.lines(decoded.utf8))
        if decoded.encoding != .utf8 { document.encoding = decoded.encoding.rawValue }
        if let warning = TextDecoding.warning(decoded) { document.warnings.append(warning) }
        return document
    }

    public func read(text: String, source: String, idPrefix: String, url: String? = nil) -> Document {
        read(bytes: Array(text.utf8), source: source, idPrefix: idPrefix, url: url)
    }

    /// One block per line of valid UTF-8 (a leading byte order mark is dropped).
    static func lines(_ utf8: [UInt8]) -> [Block] {
        var blocks: [Block] = []
        blocks.reserveCapacity(utf8.count / 80 + 1)
        utf8.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return }
            var start = 0
            if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
            // Classic Mac line ends: CR only, and no LF anywhere.
            let newline: UInt8 = memchr(base, 0x0A, buffer.count) == nil
                && memchr(base, 0x0D, buffer.count) != nil ? 0x0D : 0x0A
            var lineStart = start
            var line = 1
            func emit(_ end: Int) {
                var e = end
                if e > lineStart, buffer[e - 1] == 0x0D { e -= 1 }
                blocks.append(Block(raw: String(decoding: UnsafeBufferPointer(rebasing: buffer[lineStart..<e]), as: UTF8.self),
                                    line: line))
                line += 1
            }
            var i = start
            while i < buffer.count {
                if buffer[i] == newline {
                    emit(i)
                    lineStart = i + 1
                }
                i += 1
            }
            if lineStart < buffer.count { emit(buffer.count) }
        }
        return blocks
    }
}
