import Foundation

/// An output that appears whole or not at all: bytes go to a new temporary file beside the
/// target (an unguessable name, created exclusively), renamed onto it by `commit()`. A run that dies midway leaves no partial file for `make` to
/// take as up to date. Standard output is written through directly.
public final class OutputFile {
    public let path: String?
    private let temporaryPath: String?
    private let handle: FileHandle
    /// How messages name the output.
    private let label: String

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
        label = "standard output"
    }

    /// Standard output for "-", else the file at `path`.
    public static func open(_ path: String) throws -> OutputFile {
        path == "-" ? OutputFile() : try OutputFile(path: path)
    }

    /// A file at `path`, creating its directory when needed.
    ///
    /// With `root` (the folder of `-o DIR/`, which `path` lies under), the folders between
    /// `root` and the file are the run's own: a symbolic link planted among them is not followed
    /// (the output fails instead of landing outside the folder), and whatever sits at `path`
    /// itself is replaced, never written through.
    public init(path: String, below root: String? = nil) throws {
        // A path that names one of this process's open descriptors (/dev/stdout, /dev/fd/2, a
        // link to /proc/self/fd/1) is that descriptor, whatever it is open on: with standard
        // output redirected to a file, following the path would find a regular file and rename
        // a temporary onto the *link* (as root, replacing /dev/stdout itself).
        if root == nil, let descriptor = Self.openDescriptor(named: path) {
            let fd = dup(descriptor)
            guard fd >= 0 else { throw Problem.cannotCreate(path, String(cString: strerror(errno))) }
            self.path = nil
            self.temporaryPath = nil
            self.handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            self.label = path
            return
        }
        // A target named by the user that exists and is not a regular file (/dev/null,
        // /dev/stdout, a FIFO, a terminal) is written straight through: renaming a temporary
        // over it would replace the device. Never a block device (a disk).
        var info = stat()
        if root == nil, FileSystemPath.stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: throw Problem.cannotCreate(path, "is a directory")
            case S_IFBLK: throw Problem.cannotCreate(path, "is a block device; not written")
            default: break
            }
            let fd = FileSystemPath.open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw Problem.cannotCreate(path, String(cString: strerror(errno))) }
            self.path = nil
            self.temporaryPath = nil
            self.handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            self.label = path
            return
        }
        if path.isEmpty || FileSystemPath.namesFolder(path) { throw Problem.cannotCreate(path, "not a file name") }
        // A symbolic link named by the user (`-o latest.jsonl`, a link to this month's file) is
        // the file it names, as `OutputPlan` takes it: the output is renamed onto the link's
        // target. Renamed onto the link, it replaced the link and left the target as it was.
        let target = root == nil ? Self.linkTarget(of: path) : path
        let directory = FileSystemPath.directory(of: target)
        do {
            if let root {
                try FileSystemPath.createDirectories(root)
                try Self.createOwnDirectories(directory, below: root)
            } else {
                try FileSystemPath.createDirectories(directory)
            }
        } catch {
            throw Problem.cannotCreate(path, error.description)
        }
        // Created and registered under the lock: an interruption removes it, or comes after.
        OutputFile.lock.lock()
        defer { OutputFile.lock.unlock() }
        guard !OutputFile.interrupted else { throw Problem.cannotCreate(path, "the run was interrupted") }
        let (fd, temporary) = try Self.createTemporary(beside: target, in: directory)
        self.path = target
        self.label = path
        self.temporaryPath = temporary
        self.handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        OutputFile.temporaries.insert(temporary)
    }

    /// The number of the open descriptor of this process that `path` names through /proc
    /// (`/proc/self/fd/N`, `/dev/fd/N`, `/dev/stdout`, or a chain of links ending at one), else nil.
    static func openDescriptor(named path: String) -> Int32? {
        var current = path
        for _ in 0..<40 {  // SYMLOOP_MAX: a longer chain names no file
            let directory = FileSystemPath.directory(of: current)
            let folder = FileSystemPath.withCString(directory.isEmpty ? "." : directory) { realpath($0, nil) }
            if let folder {
                defer { free(folder) }
                let parts = String(cString: folder).split(separator: "/")
                let own = parts.count >= 3 && parts[0] == "proc" && parts[1] == "\(getpid())" && parts.last == "fd"
                    && (parts.count == 3 || (parts.count == 5 && parts[2] == "task"))
                if own, let n = Int32(FileSystemPath.lastComponent(of: current)), n >= 0 { return n }
            }
            var info = stat()
            guard FileSystemPath.withCString(current, { lstat($0, &info) }) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return nil }
            var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = FileSystemPath.withCString(current) { readlink($0, &target, Int(PATH_MAX)) }
            guard n > 0 else { return nil }
            let link = FileSystemPath.string(fromBytes: target[..<n].map { UInt8(bitPattern: $0) })
            current = link.hasPrefix("/") ? link : FileSystemPath.joining(FileSystemPath.directory(of: current), link)
        }
        return nil
    }

    /// Where the chain of symbolic links at `path` ends: `path` itself when it is no link.
    static func linkTarget(of path: String) -> String {
        var current = path
        for _ in 0..<40 {  // SYMLOOP_MAX: a longer chain names no file
            var info = stat()
            guard FileSystemPath.withCString(current, { lstat($0, &info) }) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = FileSystemPath.withCString(current) { readlink($0, &target, Int(PATH_MAX)) }
            guard n > 0 else { return current }
            let link = FileSystemPath.string(fromBytes: target[..<n].map { UInt8(bitPattern: $0) })
            current = link.hasPrefix("/") ? link : FileSystemPath.joining(FileSystemPath.directory(of: current), link)
        }
        return current
    }

    /// Creates the folders from `root` down to `directory`, one at a time, refusing to follow
    /// a symbolic link among them.
    static func createOwnDirectories(_ directory: String, below root: String) throws(FileSystemPath.PathError) {
        let rootBytes = FileSystemPath.bytes(root).reversed().drop { $0 == UInt8(ascii: "/") }.reversed()
        let bytes = FileSystemPath.bytes(directory)
        guard bytes.starts(with: rootBytes), bytes.count > rootBytes.count else { return }
        var current = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        for name in FileSystemPath.string(fromBytes: bytes[rootBytes.count...]).split(separator: "/") {
            current += "/" + name
            var info = stat()
            if FileSystemPath.withCString(current, { lstat($0, &info) }) != 0 {
                if FileSystemPath.withCString(current, { mkdir($0, 0o777) }) != 0 && errno != EEXIST {
                    throw FileSystemPath.PathError(path: current, message: String(cString: strerror(errno)))
                }
                guard FileSystemPath.withCString(current, { lstat($0, &info) }) == 0 else {
                    throw FileSystemPath.PathError(path: current, message: String(cString: strerror(errno)))
                }
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: continue
            case S_IFLNK: throw FileSystemPath.PathError(path: current, message: "a symbolic link inside the output folder; not followed")
            default: throw FileSystemPath.PathError(path: current, message: "not a directory")
            }
        }
    }

    /// Tries before giving up on finding an unused temporary name (each try is a new random one).
    static let temporaryNameTries = 16

    /// A new file beside `path` under a name nobody can guess in advance
    /// (`.NAME.tmp-PID-RANDOM`), created with `O_EXCL | O_NOFOLLOW`: a file or symbolic link
    /// planted at that name makes the call fail (and another name is tried) instead of being
    /// written through.
    static func createTemporary(beside path: String, in directory: String) throws -> (Int32, String) {
        var name = FileSystemPath.lastComponent(of: path)
        // NAME_MAX is 255 bytes: a long name is shortened in the temporary's (the target keeps it).
        if name.utf8.count > 160 { name = "output" }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<temporaryNameTries {
            let random = String(generator.next() as UInt64, radix: 16)
            let temporary = FileSystemPath.joining(directory, ".\(name).tmp-\(getpid())-\(random)")
            let fd = FileSystemPath.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if fd >= 0 { return (fd, temporary) }
            if errno != EEXIST && errno != ELOOP { throw Problem.cannotCreate(path, String(cString: strerror(errno))) }
        }
        throw Problem.cannotCreate(path, "no unused temporary name beside it after \(temporaryNameTries) tries")
    }

    /// Bytes waiting to be written: one system call per `bufferSize` bytes, not per record.
    private var buffer: [UInt8] = []
    public static let bufferSize = 1 << 20
    /// The first write error (disk full…): `commit()` then fails, so a short output never gets
    /// the final name.
    private var writeError: String?

    public func write(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize { flush() }
    }

    /// Hands the buffered bytes to the file (or standard output).
    public func flush() {
        guard !buffer.isEmpty else { return }
        if writeError == nil {
            // write(2) itself, for errno's own words ("No space left on device", "File too
            // large") where FileHandle says "NSCocoaErrorDomain error 512".
            let fd = handle.fileDescriptor
            writeError = buffer.withUnsafeBytes { raw -> String? in
                var offset = 0
                while offset < raw.count {
                    let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        return String(cString: strerror(errno))
                    }
                    offset += n
                }
                return nil
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { if path == nil { flush() } }

    /// Cuts a file being written back to its first `byteCount` bytes (what was written after is
    /// dropped: a staged run's input that failed after some of its articles were written). Only
    /// a temporary can be cut: standard output and devices were written through.
    func truncate(to byteCount: Int) throws {
        precondition(temporaryPath != nil, "only a file written to a temporary can be cut")
        flush()
        if let problem = writeError { throw Problem.cannotCommit(label, problem) }
        let fd = handle.fileDescriptor
        guard ftruncate(fd, off_t(byteCount)) == 0, lseek(fd, off_t(byteCount), SEEK_SET) >= 0 else {
            throw Problem.cannotCommit(label, String(cString: strerror(errno)))
        }
    }

    /// Makes the output visible under its name: the whole file, or (on an error) nothing.
    public func commit() throws {
        flush()
        guard let path, let temporaryPath else {
            if let problem = writeError { throw Problem.cannotCommit(label, problem) }
            return
        }
        if let problem = writeError {
            discard()
            throw Problem.cannotCommit(path, problem)
        }
        do {
            try handle.close()
        } catch {
            discard()
            throw Problem.cannotCommit(path, (error as NSError).localizedDescription)
        }
        // Renamed under the lock: an interruption either removed the temporary first, or sees it gone.
        OutputFile.lock.lock()
        defer { OutputFile.lock.unlock() }
        OutputFile.temporaries.remove(temporaryPath)
        guard !OutputFile.interrupted else {
            Self.unlink(temporaryPath)
            throw Problem.cannotCommit(path, "the run was interrupted")
        }
        let renamed = FileSystemPath.withCString(temporaryPath) { from in FileSystemPath.withCString(path) { rename(from, $0) } }
        if renamed != 0 {
            let why = String(cString: strerror(errno))
            Self.unlink(temporaryPath)
            throw Problem.cannotCommit(path, why)
        }
    }

    /// Drops what was written (the target, if it existed, is left as it was).
    public func discard() {
        buffer.removeAll()
        guard let temporaryPath else { return }
        try? handle.close()
        OutputFile.lock.lock()
        OutputFile.temporaries.remove(temporaryPath)
        Self.unlink(temporaryPath)
        OutputFile.lock.unlock()
    }

    // Temporary files still open, removed by `removeAllTemporaries()` when a run is interrupted.
    nonisolated(unsafe) private static var temporaries = Set<String>()
    nonisolated(unsafe) private static var interrupted = false
    private static let lock = NSLock()

    private static func unlink(_ path: String) {
        _ = FileSystemPath.withCString(path) { Glibc.unlink($0) }
    }

    /// A file this run creates and renames itself (a staged profile shard's frames), removed like
    /// an output's temporary when the run is interrupted, until `forget(_:)`: SIGTERM left it in
    /// the stage folder. False when the run is being interrupted already (do not create it).
    public static func track(_ path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !interrupted else { return false }
        temporaries.insert(path)
        return true
    }

    /// `path` (given to `track(_:)`) was renamed or removed: an interruption leaves it alone now.
    public static func forget(_ path: String) {
        lock.lock()
        temporaries.remove(path)
        lock.unlock()
    }

    /// Deletes every temporary output still open, and refuses to create or commit any after
    /// (called on SIGINT/SIGTERM/SIGHUP, before the process exits).
    public static func removeAllTemporaries() {
        lock.lock()
        interrupted = true
        for path in temporaries { unlink(path) }
        temporaries.removeAll()
        lock.unlock()
    }
}
