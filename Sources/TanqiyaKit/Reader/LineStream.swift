import Foundation

/// Reads a file (or standard input) line by line in large chunks, so a JSONL input of any size
/// is processed without holding it whole in memory. A line longer than a chunk is assembled
/// without rescanning what was already searched (a 50 MB line costs one pass, not fifty).
public final class LineStream {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    /// Bytes from `position` up to here hold no newline.
    private var scanned = 0
    private var atEnd = false
    /// Set when reading failed: the stream then ends early.
    public private(set) var error: Error?
    public static let chunkSize = 1 << 20

    /// `prefix`: bytes already taken from the handle (peeked standard input), read first.
    public init(handle: FileHandle, prefix: [UInt8] = []) {
        self.handle = handle
        buffer = prefix
    }

    /// The next line without its "\n" (and without a final "\r"), or nil at the end.
    public func next() -> [UInt8]? {
        while true {
            if let nl = newline(from: max(position, scanned)) {
                var end = nl
                if end > position, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[position..<end])
                position = nl + 1
                scanned = position
                return line
            }
            scanned = buffer.count
            if atEnd {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                scanned = position
                return line
            }
            // Drop consumed bytes before growing the buffer (only when they are worth moving).
            if position > 0 && position >= buffer.count / 2 {
                buffer.removeFirst(position)
                scanned -= position
                position = 0
            }
            do {
                let chunk = try handle.read(upToCount: Self.chunkSize) ?? Data()
                if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
            } catch {
                self.error = error
                atEnd = true
            }
        }
    }

    private func newline(from start: Int) -> Int? {
        guard start < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { p -> Int? in
            guard let hit = memchr(p.baseAddress! + start, 0x0A, p.count - start) else { return nil }
            return p.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }
}
