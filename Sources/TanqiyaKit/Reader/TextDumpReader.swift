/// Pipeline stage 1 for text dumps: the visible text of a page, one block per line. Handles a
/// UTF-8 byte-order mark, CRLF and CR line ends, and a missing final newline; invalid UTF-8
/// is replaced with U+FFFD and counted in a warning.
public struct TextDumpReader: Sendable {
    public init() {}

    public func read(bytes: [UInt8], source: String, idPrefix: String, url: String? = nil) -> Document {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        var blocks: [Block] = []
        blocks.reserveCapacity(bytes.count / 80 + 1)
        var replaced = 0
        bytes.withUnsafeBufferPointer { buffer in
            var lineStart = start
            var i = start
            var line = 1
            func emit(_ end: Int) {
                var e = end
                if e > lineStart, buffer[e - 1] == 0x0D { e -= 1 }
                let slice = UnsafeBufferPointer(rebasing: buffer[lineStart..<e])
                let text: String
                if let valid = String(validating: slice, as: UTF8.self) {
                    text = valid
                } else {
                    text = String(decoding: slice, as: UTF8.self)
                    replaced += Self.invalidByteCount(slice)
                }
                blocks.append(Block(raw: text, line: line))
                line += 1
            }
            while i < buffer.count {
                if buffer[i] == 0x0A {
                    emit(i)
                    lineStart = i + 1
                }
                i += 1
            }
            if lineStart < buffer.count { emit(buffer.count) }
        }
        var document = Document(source: source, idPrefix: idPrefix, url: url, blocks: blocks)
        if replaced > 0 { document.warnings.append("invalid UTF-8: \(replaced) bytes replaced with U+FFFD") }
        return document
    }

    public func read(text: String, source: String, idPrefix: String, url: String? = nil) -> Document {
        read(bytes: Array(text.utf8), source: source, idPrefix: idPrefix, url: url)
    }

    /// Bytes that are not part of a well-formed UTF-8 sequence.
    static func invalidByteCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var it = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue: continue
            case .emptyInput: break loop
            case .error: count += 1
            }
        }
        return count
    }
}
