import Glibc

/// Pipeline stage 1 for text dumps: the visible text of a page, one block per line. The bytes'
/// encoding is decided first (`TextDecoding`: byte order marks, UTF-8, Windows-1256 and
/// ISO-8859-6 dumps, or UTF-8 with invalid bytes replaced by U+FFFD and counted in a warning);
/// then lines are split: LF, CRLF and CR line ends, with or without a final newline, and
/// Unicode's other mandatory breaks (VT, FF, NEL, U+2028, U+2029).
public struct TextDumpReader: Sendable {
    public init() {}

    /// A page is read up to this many lines (the rest is dropped with a warning). Each line is
    /// a block of a few hundred bytes: a 20 MB file of empty lines held 3.3 GB before this cap;
    /// an article page has hundreds of lines, and HTML pages stop at as many nodes.
    public static let maxLines = 1_000_000

    /// Reads raw bytes, deciding their encoding (or reading them as `encoding`).
    public func read(bytes: [UInt8], source: String, idPrefix: String, url: String? = nil,
                     encoding: DetectedEncoding? = nil) -> Document {
        read(fromDecode: TextDecoding.decode(bytes, forced: encoding), source: source, idPrefix: idPrefix, url: url)
    }

    /// Reads bytes already decided and converted to UTF-8.
    public func read(decoded: DecodedText, source: String, idPrefix: String, url: String? = nil) -> Document {
        read(decoded, blocks: Self.lines(decoded.utf8), source: source, idPrefix: idPrefix, url: url)
    }

    /// `read(decoded:)` for what `TextDecoding.decode` has just returned: its bytes are valid UTF-8
    /// by construction (repaired, converted, or checked), so the lines are not validated again.
    func read(fromDecode decoded: DecodedText, source: String, idPrefix: String, url: String? = nil) -> Document {
        read(decoded, blocks: Self.lines(validUTF8: decoded.utf8), source: source, idPrefix: idPrefix, url: url)
    }

    private func read(_ decoded: DecodedText, blocks: [Block], source: String, idPrefix: String, url: String?) -> Document {
        var blocks = blocks
        let cut = blocks.count > Self.maxLines
        if cut { blocks.removeLast(blocks.count - Self.maxLines) }
        var document = Document(source: source, idPrefix: idPrefix, url: url, blocks: blocks)
        if decoded.encoding != .utf8 { document.encoding = decoded.encoding.rawValue }
        document.warnings += TextDecoding.warnings(decoded)
        if cut { document.warnings.append("page cut at \(Self.maxLines) lines") }
        return document
    }

    /// Reads a string (a JSONL record's text): valid UTF-8 already, so nothing is decided or
    /// checked again (`lines` drops a leading byte order mark, as decoding the bytes would).
    public func read(text: String, source: String, idPrefix: String, url: String? = nil) -> Document {
        let decoded = DecodedText(utf8: Array(text.utf8), encoding: .utf8, evidence: .validUTF8, replacedByteCount: 0)
        return read(fromDecode: decoded, source: source, idPrefix: idPrefix, url: url)
    }

    /// One block per line of UTF-8 (a leading byte order mark is dropped); invalid bytes, which
    /// `DecodedText` never holds, become U+FFFD.
    static func lines(_ utf8: [UInt8]) -> [Block] {
        lines(utf8, valid: utf8.withUnsafeBufferPointer { TextDecoding.isValidUTF8($0) })
    }

    /// `lines` of bytes known to be valid UTF-8: each line is copied into its string without
    /// validating it again.
    static func lines(validUTF8 utf8: [UInt8]) -> [Block] {
        assert(utf8.withUnsafeBufferPointer { TextDecoding.isValidUTF8($0) }, "lines(validUTF8:) given invalid UTF-8")
        return lines(utf8, valid: true)
    }

    /// LF, CRLF and lone CR line ends, with or without a final newline.
    /// At most `maxLines` + 1 lines (one more says there were more).
    private static func lines(_ utf8: [UInt8], valid: Bool) -> [Block] {
        utf8.withUnsafeBufferPointer { buffer -> [Block] in
            var count = 0
            forEachLine(buffer, limit: maxLines + 1) { _ in count += 1 }
            // Blank blocks first, then each one's fields set in place: initialising the array
            // with whole new blocks made the compiler copy each block once and destroy the copy.
            var blocks = [Block](repeating: Block(raw: "", line: 0, indent: 0), count: count)
            blocks.withUnsafeMutableBufferPointer { blocks in
                var index = 0
                forEachLine(buffer, limit: count) { bytes in
                    var indent = 0
                    while indent < bytes.count, bytes[indent] == 0x20 || bytes[indent] == 0x09 { indent += 1 }
                    blocks[index].raw = valid ? String.copying(validUTF8: bytes) : String(decoding: bytes, as: UTF8.self)
                    blocks[index].line = index + 1
                    blocks[index].indent = indent
                    index += 1
                }
            }
            return blocks
        }
    }

    /// Each line of UTF-8 text, as the reader makes blocks of them (the profile pass reads pages
    /// this way too): a leading byte order mark dropped; LF or CRLF line ends (CR alone in a file
    /// without any LF), found with `memchr`, and a lone CR among them; the line end not included; no line after a final
    /// newline; the first `limit` lines only. Unicode's other mandatory breaks (UAX #14's class
    /// BK and NL: VT, FF, NEL U+0085, LINE SEPARATOR U+2028, PARAGRAPH SEPARATOR U+2029) end a
    /// line too: a dump saved with them (text copied from a word processor or a script's
    /// string, a page break printed as FF) was one line, its menus and footer one paragraph
    /// with the text. Pages without them (nearly all) never leave the `memchr` path.
    static func forEachLine(_ buffer: UnsafeBufferPointer<UInt8>, limit: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        let n = buffer.count
        var lineStart = 0
        if n >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { lineStart = 3 }
        // Classic Mac line ends: CR only, and no LF anywhere.
        let newline: UInt8 = memchr(base, 0x0A, n) == nil && memchr(base, 0x0D, n) != nil ? 0x0D : 0x0A
        let otherBreaks = hasOtherLineBreaks(buffer) || (newline == 0x0A && hasLoneCR(buffer))
        var lines = 0
        while lineStart < n && lines < limit {
            lines += 1
            var end = n
            var breakLength = 1
            if otherBreaks {
                (end, breakLength) = nextLineBreak(buffer, from: lineStart, newline: newline)
            } else if let hit = memchr(base + lineStart, Int32(newline), n - lineStart) {
                end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            var contentEnd = end
            if contentEnd > lineStart, buffer[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            body(UnsafeBufferPointer(rebasing: buffer[lineStart..<contentEnd]))
            lineStart = end + breakLength
        }
    }

    /// Whether the text holds a line break other than LF and CR (see `forEachLine`).
    static func hasOtherLineBreaks(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return false }
        let n = buffer.count
        if memchr(base, 0x0B, n) != nil || memchr(base, 0x0C, n) != nil { return true }
        // NEL is C2 85; LS and PS are E2 80 A8 and E2 80 A9.
        for (lead, length) in [(UInt8(0xC2), 2), (UInt8(0xE2), 3)] {
            var from = 0
            while from < n, let hit = memchr(base + from, Int32(lead), n - from) {
                let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if i + length <= n, otherLineBreakLength(buffer, at: i) == length { return true }
                from = i + 1
            }
        }
        return false
    }

    /// Whether a CR not followed by LF stands in the text (in a text whose line ends are LF or
    /// CRLF: an old Mac export pasted in, a record's text joined from two sources). Such a CR ends
    /// a line as LF does: taken for a space, it merged two paragraphs.
    static func hasLoneCR(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return false }
        let n = buffer.count
        var from = 0
        while from < n, let hit = memchr(base + from, 0x0D, n - from) {
            let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if i + 1 == n || buffer[i + 1] != 0x0A { return true }
            from = i + 2
        }
        return false
    }

    /// The length of the line break at byte `i` other than LF and CR (VT, FF, NEL, LS, PS), or 0.
    @inline(__always)
    private static func otherLineBreakLength(_ buffer: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        switch buffer[i] {
        case 0x0B, 0x0C: return 1
        case 0xC2 where i + 1 < buffer.count && buffer[i + 1] == 0x85: return 2
        case 0xE2 where i + 2 < buffer.count && buffer[i + 1] == 0x80 && (buffer[i + 2] == 0xA8 || buffer[i + 2] == 0xA9):
            return 3
        default: return 0
        }
    }

    /// Where the line from `start` ends, and the length of its break (0 at the end of the text).
    private static func nextLineBreak(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, newline: UInt8) -> (Int, Int) {
        var i = start
        while i < buffer.count {
            let byte = buffer[i]
            if byte == newline { return (i, 1) }
            // CRLF is one line end, a CR before another break that break's; a lone CR one of its own.
            if byte == 0x0D {
                guard i + 1 < buffer.count else { return (i, 1) }
                return (i, buffer[i + 1] == 0x0A ? 2 : 1 + otherLineBreakLength(buffer, at: i + 1))
            }
            let length = byte == 0x0B || byte == 0x0C || byte == 0xC2 || byte == 0xE2 ? otherLineBreakLength(buffer, at: i) : 0
            if length > 0 { return (i, length) }
            i += 1
        }
        return (buffer.count, 0)
    }
}
