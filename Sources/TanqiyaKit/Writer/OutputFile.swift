import Foundation

/// An output that appears whole or not at all: bytes go to a temporary file beside the target,
/// renamed onto it by `commit()`. A run that dies midway leaves no partial file for `make` to
/// take as up to date. Standard output is written through directly.
public final class OutputFile {
    public let path: String?
    private let temporaryPath: String?
    private let handle: FileHandle

    public enum Problem: Error, CustomStringConvertible {
        case cannotCreate(String, String)
        case cannotCommit(String, String)

        public var description: String {
            switch self {
            case .cannotCreate(let path, let why): return "\(path): cannot write: \(why)"
            case .cannotCommit(let path, let why): return "\(path): cannot finish writing: \(why)"
            }
        }
    }

    /// Standard output.
    public init() {
        path = nil
        temporaryPath = nil
        handle = FileHandle.standardOutput
    }

    /// A file at `path`, creating its directory when needed.
    public init(path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw Problem.cannotCreate(path, (error as NSError).localizedDescription)
            }
        }
        let name = (path as NSString).lastPathComponent
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            throw Problem.cannotCreate(path, String(cString: strerror(errno)))
        }
        self.path = path
        self.temporaryPath = temporary
        self.handle = handle
        OutputFile.register(temporary)
    }

    /// Bytes waiting to be written: one system call per `bufferSize` bytes, not per record.
    private var buffer: [UInt8] = []
    public static let bufferSize = 1 << 20

    public func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize { flush() }
    }

    /// Hands the buffered bytes to the file (or standard output).
    public func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { handle.write(Data($0)) }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { if path == nil { flush() } }

    /// Makes the output visible under its name.
    public func commit() throws {
        flush()
        guard let path, let temporaryPath else { return }
        try? handle.close()
        OutputFile.unregister(temporaryPath)
        if rename(temporaryPath, path) != 0 {
            let why = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw Problem.cannotCommit(path, why)
        }
    }

    /// Drops what was written (the target, if it existed, is left as it was).
    public func discard() {
        buffer.removeAll()
        guard let temporaryPath else { return }
        try? handle.close()
        OutputFile.unregister(temporaryPath)
        unlink(temporaryPath)
    }

    // Temporary files still open, removed by `removeAllTemporaries()` when a run is interrupted.
    nonisolated(unsafe) private static var open = Set<String>()
    private static let lock = NSLock()

    private static func register(_ path: String) { lock.lock(); open.insert(path); lock.unlock() }
    private static func unregister(_ path: String) { lock.lock(); open.remove(path); lock.unlock() }

    /// Deletes every temporary output still open (called on SIGINT/SIGTERM).
    public static func removeAllTemporaries() {
        lock.lock()
        for path in open { unlink(path) }
        open.removeAll()
        lock.unlock()
    }
}
