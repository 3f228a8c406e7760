import Foundation

/// Reads a file (or standard input) line by line in large chunks, so a JSONL input of any size
/// is processed without holding it whole in memory.
public final class LineStream {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    public static let chunkSize = 1 << 20

    public init(handle: FileHandle) { self.handle = handle }

    /// The next line without its "\n" (and without a final "\r"), or nil at the end.
    public func next() -> [UInt8]? {
        while true {
            if let nl = buffer[position...].firstIndex(of: 0x0A) {
                var line = Array(buffer[position..<nl])
                if line.last == 0x0D { line.removeLast() }
                position = nl + 1
                return line
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                return line
            }
            buffer.removeFirst(position)
            position = 0
            let chunk = handle.readData(ofLength: Self.chunkSize)
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
