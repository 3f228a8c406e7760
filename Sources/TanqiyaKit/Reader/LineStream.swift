import Foundation

/// Reads a file (or standard input) line by line in large chunks, so a JSONL input of any size
/// is processed without holding it whole in memory. A line longer than a chunk is assembled
/// without rescanning what was already searched (a 50 MB line costs one pass, not fifty).
/// A line longer than `maxLineBytes` is not held at all: it is read on to its end and only its
/// length is given, so one endless line (`/dev/zero`, a 3 GB record) costs no more memory than
/// a line at the limit.
///
/// Lines end with "\n" ("\r\n" too), or — when the first line end of the input is a "\r" not
/// followed by "\n" — with "\r" alone (old Mac OS files): such a file is read line by line, not
/// as one line. JSON text holds no raw CR inside a string, so a JSON Lines record is never cut.
public final class LineStream {
    /// What `next()` gives: a line, or the length of one too long to hold.
    public enum Line: Equatable {
        /// A line without its line end ("\n", "\r\n", or "\r" in a CR-only input).
        case bytes([UInt8])
        /// A line of more than `maxLineBytes` bytes (this many, without its "\n"): not kept.
        case tooLong(byteCount: Int)
    }

    private let handle: FileHandle
    /// Lines longer than this are skipped, not held (the caller's page limit).
    public let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var position = 0
    /// Bytes from `position` up to here hold no newline.
    private var scanned = 0
    private var atEnd = false
    /// The byte lines end with, decided at the first line end (nil before it).
    private var lineEnd: UInt8?
    /// Set when reading failed: the stream then ends early.
    public private(set) var error: Error?
    public static let chunkSize = 1 << 20
    /// UTF-16LE or UTF-16BE when the stream is UTF-16 (its byte order mark says so, or the
    /// caller did): its lines are given in UTF-8. Cut at the byte 0x0A, UTF-16 lines lost their
    /// alignment (every record but one "not valid JSON").
    public private(set) var utf16: DetectedEncoding?
    /// Whether the first bytes were looked at for a UTF-16 byte order mark.
    private var decided = false
    /// UTF-16 bytes not decoded yet: an odd byte, or a high surrogate, at a chunk's end.
    private var pendingUTF16: [UInt8] = []
    /// A gzip stream (`.jsonl.gz`: its first bytes are gzip's magic number), decompressed as it is
    /// read: the lines are the decompressed text's.
    private var gzip: GzipStream?
    /// Whether the first bytes were looked at for gzip's magic number.
    private var checkedGzip = false

    /// `prefix`: bytes already taken from the handle (peeked standard input), read first.
    /// `maxLineBytes`: the longest line given whole; a longer one is given as `.tooLong`.
    /// `utf16`: the stream is UTF-16 in that byte order (`--encoding`), with or without a byte
    /// order mark; without it, a UTF-16 byte order mark decides.
    public init(handle: FileHandle, prefix: [UInt8] = [], maxLineBytes: Int, utf16: DetectedEncoding? = nil) {
        self.handle = handle
        self.maxLineBytes = maxLineBytes
        if utf16 == .utf16LE || utf16 == .utf16BE { self.utf16 = utf16 }
        // Peeked standard input is the stream's start: decided on now, before a line is cut from
        // it (standard input is not decompressed: it was judged on these bytes already).
        if prefix.isEmpty { return }
        decided = true
        checkedGzip = true
        take(decidingOn: prefix)
    }

    /// The next line, or nil at the end.
    public func next() -> Line? {
        while true {
            if lineEnd == nil && !decideLineEnd() {
                read()
                continue
            }
            if let nl = newline(from: max(position, scanned)) {
                var end = nl
                if lineEnd == 0x0A, end > position, buffer[end - 1] == 0x0D { end -= 1 }
                guard end - position <= maxLineBytes else {
                    let length = nl - position
                    position = nl + 1
                    scanned = position
                    return .tooLong(byteCount: length)
                }
                let line = Array(buffer[position..<end])
                position = nl + 1
                scanned = position
                return .bytes(line)
            }
            scanned = buffer.count
            if buffer.count - position > maxLineBytes { return .tooLong(byteCount: skipRestOfLine()) }
            if atEnd {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                scanned = position
                return .bytes(line)
            }
            // Drop consumed bytes before growing the buffer (only when they are worth moving).
            if position > 0 && position >= buffer.count / 2 {
                buffer.removeFirst(position)
                scanned -= position
                position = 0
            }
            read()
        }
    }

    /// Appends the next chunk to the buffer (or marks the end).
    private func read() {
        var data = Data()
        do {
            if let gzip {
                return consume(try gzip.read(upTo: Self.chunkSize))
            }
            data = try handle.read(upToCount: Self.chunkSize) ?? Data()
            if !checkedGzip {
                checkedGzip = true
                if data.count >= 2 && data.starts(with: [0x1F, 0x8B]) {
                    let handle = handle
                    let stream = try GzipStream(first: [UInt8](data)) { [UInt8](try handle.read(upToCount: LineStream.chunkSize) ?? Data()) }
                    gzip = stream
                    return consume(try stream.read(upTo: Self.chunkSize))
                }
            }
        } catch {
            self.error = error
            data = Data()
        }
        consume(data)
    }

    /// The next chunk read (decompressed), appended to the buffer; an empty one marks the end.
    private func consume(_ data: some Collection<UInt8>) {
        if data.isEmpty { atEnd = true }
        if decided && utf16 == nil {
            buffer.append(contentsOf: data)
            return
        }
        if decided {
            take([UInt8](data))
        } else {
            decided = true
            take(decidingOn: [UInt8](data))
        }
    }

    /// The stream's first bytes: a UTF-16 byte order mark (or `utf16` given) makes it UTF-16.
    private func take(decidingOn first: [UInt8]) {
        var first = first
        let bom = TextDecoding.utf16BOM(first)
        if utf16 == nil { utf16 = bom }
        if let utf16, bom == utf16 { first.removeFirst(2) }
        take(first)
    }

    /// Bytes read, appended to the buffer (in UTF-8).
    private func take(_ chunk: [UInt8]) {
        guard let utf16 else {
            buffer.append(contentsOf: chunk)
            return
        }
        // UTF-16 to UTF-8, holding back what the next chunk completes (a pair's first half).
        pendingUTF16 += chunk
        var end = atEnd ? pendingUTF16.count : pendingUTF16.count & ~1
        if !atEnd, end >= 2 {
            let high = utf16 == .utf16BE ? pendingUTF16[end - 2] : pendingUTF16[end - 1]
            if high & 0xFC == 0xD8 { end -= 2 }
        }
        buffer += EncodingDetector.decodeUTF16(pendingUTF16[..<end], bigEndian: utf16 == .utf16BE).0
        pendingUTF16.removeFirst(end)
    }

    /// Drops the line that starts at `position` (no newline in the buffer yet), reading on to its
    /// newline or the end a chunk at a time without keeping it: its length in bytes.
    private func skipRestOfLine() -> Int {
        var length = buffer.count - position
        buffer = []
        position = 0
        scanned = 0
        while !atEnd {
            read()
            if let nl = newline(from: 0) {
                length += nl
                position = nl + 1
                scanned = position
                return length
            }
            length += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
        return length
    }

    /// Decides `lineEnd` from the first "\r" or "\n" in the buffer: "\r" then anything but "\n"
    /// is a CR-only input; else "\n". False when the buffer cannot tell yet (read on).
    private func decideLineEnd() -> Bool {
        let lf = find(0x0A, from: 0), cr = find(0x0D, from: 0)
        if let cr, cr < (lf ?? Int.max) {
            if cr + 1 < buffer.count {
                lineEnd = buffer[cr + 1] == 0x0A ? 0x0A : 0x0D
                return true
            }
            if atEnd { lineEnd = 0x0D }
            return atEnd
        }
        if lf != nil || atEnd || buffer.count > maxLineBytes { lineEnd = 0x0A }
        return lineEnd != nil
    }

    private func newline(from start: Int) -> Int? { find(lineEnd ?? 0x0A, from: start) }

    private func find(_ byte: UInt8, from start: Int) -> Int? {
        guard start < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { p -> Int? in
            guard let hit = memchr(p.baseAddress! + start, Int32(byte), p.count - start) else { return nil }
            return p.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }
}
