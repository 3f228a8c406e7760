import Foundation

/// Standard input can be read only once: its first bytes are peeked to tell its format (when
/// `--input-format` does not say it), then handed back, in front of the rest, to whichever
/// reader reads it.
public enum StandardInput {
    /// Enough to see the first tag of an HTML page or the first record of a JSONL stream.
    public static let sniffBytes = 64 * 1024

    private final class Peeked: @unchecked Sendable {
        let lock = NSLock()
        var bytes: [UInt8] = []
    }
    private static let peeked = Peeked()

    /// Reads up to `sniffBytes` (less at the end of input, or once a whole first line is in) and
    /// keeps them for `takePeeked()`.
    public static func peek() -> [UInt8] {
        peeked.lock.lock()
        defer { peeked.lock.unlock() }
        while peeked.bytes.count < sniffBytes {
            guard let chunk = try? FileHandle.standardInput.read(upToCount: sniffBytes - peeked.bytes.count), !chunk.isEmpty else { break }
            peeked.bytes.append(contentsOf: chunk)
            if peeked.bytes.count >= 1024, peeked.bytes.contains(0x0A) { break }
        }
        return peeked.bytes
    }

    /// The peeked bytes (once; empty after that or when nothing was peeked).
    public static func takePeeked() -> [UInt8] {
        peeked.lock.lock()
        defer { peeked.lock.unlock() }
        let bytes = peeked.bytes
        peeked.bytes = []
        return bytes
    }
}
