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

    /// `prefix`: bytes already taken from the handle (peeked standard input), read first.
    /// `maxLineBytes`: the longest line given whole; a longer one is given as `.tooLong`.
    public init(handle: FileHandle, prefix: [UInt8] = [], maxLineBytes: Int) {
        self.handle = handle
        self.maxLineBytes = maxLineBytes
        buffer = prefix
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
        do {
            let chunk = try handle.read(upToCount: Self.chunkSize) ?? Data()
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        } catch {
            self.error = error
            atEnd = true
        }
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
