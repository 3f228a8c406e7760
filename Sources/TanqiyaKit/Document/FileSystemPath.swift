import Glibc

/// File system paths kept as Swift strings, byte for byte, with plain string logic for their
/// parts (Foundation's path helpers trap on one-character paths and standardise what they touch).
///
/// A Linux file name is any bytes but `/` and NUL; a Swift `String` holds only valid UTF-8. A
/// name that is not valid UTF-8 (a Latin-1 or Windows-1256 name from an old archive) is held
/// with each byte that is not part of a valid sequence as one private-use code point,
/// U+10FF80 + (byte − 0x80), and turned back into that byte whenever the path reaches the
/// kernel (`withCString`). A valid name that itself holds one of those 128 code points has its
/// bytes escaped the same way, so every byte string maps to one string and back unchanged.
/// Paths without such code points (nearly all) pass through as their UTF-8 bytes.
public enum FileSystemPath {
    /// Code point of the escape for byte 0x80; bytes 0x80…0xFF map to U+10FF80…U+10FFFF.
    static let escapeBase: UInt32 = 0x10FF80 - 0x80

    /// The path for the bytes of a file system path (from `readdir`, `argv`, …).
    public static func string<C: Collection>(fromBytes bytes: C) -> String where C.Element == UInt8 {
        let array = Array(bytes)
        return array.withUnsafeBufferPointer { p -> String in
            if TextDecoding.isValidUTF8(p), !containsEscapeRange(p) { return String(decoding: p, as: UTF8.self) }
            var scalars = String.UnicodeScalarView()
            var i = 0
            while i < p.count {
                if p[i] < 0x80 {
                    scalars.append(Unicode.Scalar(p[i]))
                    i += 1
                    continue
                }
                let length = EncodingDetector.validSequenceLength(p, i)
                if length > 0 {
                    let scalar = String(decoding: UnsafeBufferPointer(rebasing: p[i..<i + length]), as: UTF8.self).unicodeScalars.first!
                    if !isEscape(scalar.value) {
                        scalars.append(scalar)
                        i += length
                        continue
                    }
                }
                scalars.append(Unicode.Scalar(escapeBase + UInt32(p[i]))!)
                i += 1
            }
            return String(scalars)
        }
    }

    /// The bytes the kernel gets for `path` (escapes turned back into their bytes).
    public static func bytes(_ path: String) -> [UInt8] {
        guard path.utf8.contains(0xF4) else { return Array(path.utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        for scalar in path.unicodeScalars {
            if isEscape(scalar.value) {
                out.append(UInt8(scalar.value - escapeBase))
            } else {
                out.append(contentsOf: String(scalar).utf8)
            }
        }
        return out
    }

    /// Calls `body` with `path` as the NUL-terminated bytes system calls take.
    public static func withCString<R>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        guard path.utf8.contains(0xF4) else { return try path.withCString(body) }
        return try (bytes(path) + [0]).withUnsafeBufferPointer { p in
            try p.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// File names sorted by their bytes (not by Unicode canonical equivalence: two names that
    /// differ only in NFC/NFD are different files, in a fixed order). Each name's bytes are taken
    /// once, not in every comparison: a folder of 16,000 pages is sorted in a few milliseconds.
    public static func sortedByBytes(_ names: [String]) -> [String] {
        names.map { (bytes: bytes($0), name: $0) }
            .sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
            .map(\.name)
    }

    /// The last component: "c" for "a/b/c", "a/b/c/" and "c"; "/" for "/"; "" for "".
    public static func lastComponent(of path: String) -> String {
        let u = Array(path.utf8)
        var end = u.count
        while end > 1, u[end - 1] == slash { end -= 1 }
        if end == 1, u[0] == slash { return "/" }
        var start = end
        while start > 0, u[start - 1] != slash { start -= 1 }
        return String(decoding: u[start..<end], as: UTF8.self)
    }

    /// The directory holding the last component: "a/b" for "a/b/c", "/" for "/x", "" for "x"
    /// (the current directory), "." for "./x".
    /// Whether the path names a folder by its spelling, whatever is there: it ends in `/`, or
    /// its last part is `.` or `..` (`-o out/.` is the folder `out`, never a file named `.`).
    public static func namesFolder(_ path: String) -> Bool {
        path.hasSuffix("/") || path == "." || path == ".." || path.hasSuffix("/.") || path.hasSuffix("/..")
    }

    public static func directory(of path: String) -> String {
        let u = Array(path.utf8)
        var end = u.count
        while end > 1, u[end - 1] == slash { end -= 1 }
        while end > 0, u[end - 1] != slash { end -= 1 }
        if end == 0 { return "" }
        while end > 1, u[end - 1] == slash { end -= 1 }
        return String(decoding: u[0..<end], as: UTF8.self)
    }

    /// `name` without its last extension: "page" for "page.txt", "a.b" for "a.b.c"; a name that
    /// starts with its only dot (".profile") or ends with one keeps it.
    public static func removingExtension(_ name: String) -> String {
        let u = Array(name.utf8)
        var start = u.count
        while start > 0, u[start - 1] != slash { start -= 1 }
        guard let dot = u[start...].lastIndex(of: UInt8(ascii: ".")), dot > start, dot < u.count - 1 else { return name }
        return String(decoding: u[..<dot], as: UTF8.self)
    }

    /// `directory/name`, with one slash between them ("name" alone for an empty directory).
    public static func joining(_ directory: String, _ name: String) -> String {
        if directory.isEmpty { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// Creates `directory` and any missing parent (`mkdir -p`); throws the `errno` message.
    public static func createDirectories(_ directory: String) throws(PathError) {
        guard !directory.isEmpty else { return }
        var info = Glibc.stat()
        if Self.stat(directory, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { return }
            throw PathError(path: directory, message: "not a directory")
        }
        let parent = Self.directory(of: directory)
        if !parent.isEmpty && parent != directory { try createDirectories(parent) }
        let status = withCString(directory) { mkdir($0, 0o777) }
        if status != 0 && errno != EEXIST { throw PathError(path: directory, message: String(cString: strerror(errno))) }
    }

    /// `stat(2)` on a path (following symbolic links): 0, or -1 with `errno` saying why.
    public static func stat(_ path: String, _ info: inout Glibc.stat) -> Int32 {
        withCString(path) { systemStat($0, &info) }
    }

    /// A settings file — a profile (`--use-profile`), a run's stats (`stats merge`) — is read whole
    /// up to this, so one naming a device or a pipe that never ends (`/dev/zero`) stops there
    /// instead of filling memory: a profile is a summary a person can review (its lines at most
    /// `LearningTunables.maxChromeBytes` each), a run's stats list its skipped and failed inputs a
    /// line each.
    public static let maxSettingsFileBytes = 256 << 20

    /// A file's whole contents, read with `read(2)` (a device or FIFO is read to its end:
    /// `/dev/null` is empty); why it cannot be read in errno's words ("No such file or
    /// directory", "Is a directory"). `FileManager.contents(atPath:)` gave nil for `/dev/null`
    /// and left no reason. Past `limit` bytes it stops and says so: a file handed to a run as a
    /// setting (`--use-profile /dev/zero`, a link to a disk) is not held in memory without end.
    public static func contents(of path: String, limit: Int = .max) throws(PathError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw PathError(path: path, message: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = Glibc.stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { throw PathError(path: path, message: String(cString: strerror(EISDIR))) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw PathError(path: path, message: String(cString: strerror(errno)))
            }
            if n == 0 { return bytes }
            if n > limit - bytes.count {
                throw PathError(path: path, message: limit >= 1 << 20 ? "longer than \(limit >> 20) MiB" : "longer than \(limit) bytes")
            }
            bytes.append(contentsOf: chunk[..<n])
        }
    }

    /// `open(2)` on a path.
    public static func open(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
        withCString(path) { Glibc.open($0, flags, mode) }
    }

    /// A failed file system call: the path and `strerror`.
    public struct PathError: Error, CustomStringConvertible {
        public let path: String
        public let message: String
        public var description: String { "\(path): \(message)" }
    }

    private static let slash = UInt8(ascii: "/")

    @inline(__always)
    private static func isEscape(_ value: UInt32) -> Bool { value >= escapeBase + 0x80 && value <= escapeBase + 0xFF }

    /// Whether valid UTF-8 holds a code point of the escape range (bytes F4 8F BE/BF …).
    private static func containsEscapeRange(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard p.count >= 4 else { return false }
        for i in 0..<(p.count - 3) where p[i] == 0xF4 && p[i + 1] == 0x8F && (p[i + 2] == 0xBE || p[i + 2] == 0xBF) {
            return true
        }
        return false
    }
}

/// `stat(2)`, out of `FileSystemPath`'s scope (where `stat` names its own method).
private func systemStat(_ path: UnsafePointer<CChar>, _ info: inout stat) -> Int32 { stat(path, &info) }
