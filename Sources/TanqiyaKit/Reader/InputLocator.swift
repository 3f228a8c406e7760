import Glibc

/// Expands the inputs named on the command line into files: a file as given, a directory
/// walked recursively in the byte order of its names (hidden entries skipped, symlink loops not followed),
/// "-" for standard input. Inside a directory, only regular files are inputs: a FIFO, socket
/// or device found there (reading it could block forever) and a broken symbolic link are
/// skipped with the reason. Named on the command line, a FIFO is read (`<(…)` in a shell).
public struct InputLocator: Sendable {
    /// Forces one format for every input instead of the one implied by the file name.
    public var forcedFormat: InputItem.Format?
    /// Reads every input in this encoding instead of deciding it.
    public var forcedEncoding: DetectedEncoding?

    public init(forcedFormat: InputItem.Format? = nil, forcedEncoding: DetectedEncoding? = nil) {
        self.forcedFormat = forcedFormat
        self.forcedEncoding = forcedEncoding
    }

    public enum Problem: Error, CustomStringConvertible, Equatable {
        case notFound(String)
        case unreadableDirectory(String, String)
        /// Found under a directory, but its type cannot be told (permissions).
        case unreadable(String, String)
        /// Found under a directory, not read: a broken link, a FIFO, socket or device.
        case skipped(String, String)

        public var path: String {
            switch self {
            case .notFound(let path), .unreadableDirectory(let path, _), .unreadable(let path, _), .skipped(let path, _):
                return path
            }
        }

        /// A deliberate skip (the run's status stays 0), not a failure.
        public var isSkip: Bool {
            if case .skipped = self { return true }
            return false
        }

        /// The reason alone, without the path.
        public var reason: String {
            switch self {
            case .notFound: return "no such file or directory"
            case .unreadableDirectory(_, let why): return "cannot list the directory: \(why)"
            case .unreadable(_, let why): return "cannot read: \(why)"
            case .skipped(_, let why): return why
            }
        }

        public var description: String {
            // An empty argument (`clean ""`, an unset shell variable) is named, not printed as nothing.
            let shown = path.isEmpty ? "'' (an empty argument)" : path
            switch self {
            case .skipped(_, let why): return "\(shown): skipped: \(why)"
            default: return "\(shown): \(reason)"
            }
        }
    }

    /// Every input file, in a deterministic order; problems (missing paths) are returned beside them.
    public func locate(_ arguments: [String]) -> (items: [InputItem], problems: [Problem]) {
        let found = locate(arguments, passingOver: [])
        return (found.items, found.problems)
    }

    /// What `locate(_:passingOver:)` found.
    public struct Located: Sendable {
        /// The inputs, in order, each with an id prefix no other has (`InputItem.uniqueIDPrefixes`).
        public var items: [InputItem]
        /// Paths that are not inputs (missing, unreadable) or were skipped while walking.
        public var problems: [Problem]
        /// The folders of `passingOver` met while walking a directory, as found there: not read.
        public var passedOver: [String]
    }

    /// Every input file, in a deterministic order, without the contents of `folders` (the run's
    /// own output folders: a folder inside an input directory that a previous run wrote is not
    /// read back as input). A folder that does not exist is not met.
    public func locate(_ arguments: [String], passingOver folders: [String]) -> Located {
        var found = Located(items: [], problems: [], passedOver: [])
        // Directories walked so far, by device and inode: one reached again (a symbolic-link
        // loop, or a second path to it) is not walked again.
        var visited = Set<DirectoryIdentity>()
        var outputFolders = Set<DirectoryIdentity>()
        for folder in folders {
            var info = stat()
            if FileSystemPath.stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { outputFolders.insert(DirectoryIdentity(info)) }
        }
        for argument in arguments {
            if argument == "-" {
                let format = forcedFormat ?? InputItem.format(ofContent: StandardInput.peek())
                found.items.append(InputItem(path: "-", relativePath: "stdin", format: format, encoding: forcedEncoding))
                continue
            }
            var info = stat()
            guard FileSystemPath.stat(argument, &info) == 0 else {
                found.problems.append(errno == ENOENT ? .notFound(argument) : .unreadable(argument, String(cString: strerror(errno))))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(argument, identity: DirectoryIdentity(info), outputFolders: outputFolders, into: &found, visited: &visited)
            } else {
                let name = FileSystemPath.lastComponent(of: argument)
                found.items.append(InputItem(path: argument, relativePath: name,
                                             format: forcedFormat ?? format(of: argument, name: name, regular: (info.st_mode & S_IFMT) == S_IFREG),
                                             encoding: forcedEncoding))
            }
        }
        InputItem.uniqueIDPrefixes(&found.items)
        return found
    }

    /// What a file's name says it holds; a regular file named as a text dump that starts as an
    /// HTML document is HTML (a FIFO or device is not peeked at: it can be read only once).
    private func format(of path: String, name: String, regular: Bool) -> InputItem.Format {
        let named = InputItem.format(ofPath: name)
        return named == .text && regular ? InputItem.format(ofTextFile: path) : named
    }

    private struct DirectoryIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// An entry found in a directory and not yet taken, with what `fstatat` said about it.
    private struct Entry {
        enum Kind {
            case directory(DirectoryIdentity)
            case file
            case problem(Problem)
        }
        let path: String
        let relative: String
        let kind: Kind
    }

    /// Walks `root` depth first, each directory's entries sorted by the bytes of their names
    /// (names that differ only in Unicode normalisation are two files, in a fixed order): one
    /// `opendir` by path per directory and one `fstatat` per entry, relative to the open
    /// directory, so a chain of directories thousands deep costs time in proportion to its
    /// entries (resolving every path from the root, as `realpath(3)` does, was quadratic in the
    /// depth). An explicit stack, not recursion: any depth fits.
    private func walk(_ root: String, identity: DirectoryIdentity, outputFolders: Set<DirectoryIdentity>, into found: inout Located,
                      visited: inout Set<DirectoryIdentity>) {
        var stack = [Entry(path: root, relative: "", kind: .directory(identity))]
        while let entry = stack.popLast() {
            switch entry.kind {
            case .file:
                let name = FileSystemPath.lastComponent(of: entry.relative)
                found.items.append(InputItem(path: entry.path, relativePath: entry.relative,
                                             format: forcedFormat ?? format(of: entry.path, name: name, regular: true), encoding: forcedEncoding))
            case .problem(let problem):
                found.problems.append(problem)
            case .directory(let identity):
                guard visited.insert(identity).inserted else { continue }
                if outputFolders.contains(identity) {
                    found.passedOver.append(entry.path)
                    continue
                }
                switch list(entry) {
                case .success(let entries): stack.append(contentsOf: entries.reversed())
                case .failure(let problem): found.problems.append(problem)
                }
            }
        }
    }

    /// The entries of a directory in name order (hidden ones left out).
    private func list(_ directory: Entry) -> Result<[Entry], Problem> {
        guard let dir = FileSystemPath.withCString(directory.path, { opendir($0) }) else {
            return .failure(.unreadableDirectory(directory.path, String(cString: strerror(errno))))
        }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        var names: [String] = []
        while let found = readdir(dir) {
            let name = withUnsafeBytes(of: found.pointee.d_name) { raw -> String in
                let bytes = raw.bindMemory(to: UInt8.self)
                return FileSystemPath.string(fromBytes: bytes[..<(bytes.firstIndex(of: 0) ?? bytes.count)])
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return .success(FileSystemPath.sortedByBytes(names).map { name in
            let path = FileSystemPath.joining(directory.path, name)
            let relative = directory.relative.isEmpty ? name : directory.relative + "/" + name
            var info = stat()
            guard FileSystemPath.withCString(name, { fstatat(fd, $0, &info, 0) }) == 0 else {
                let why = String(cString: strerror(errno))
                var link = stat()
                if FileSystemPath.withCString(name, { fstatat(fd, $0, &link, AT_SYMLINK_NOFOLLOW) }) == 0,
                   link.st_mode & S_IFMT == S_IFLNK {
                    let target = Self.linkTarget(fd, name)
                    return Entry(path: path, relative: relative,
                                 kind: .problem(.skipped(path, "broken symbolic link to \(target) (\(why))")))
                }
                return Entry(path: path, relative: relative, kind: .problem(.unreadable(path, why)))
            }
            let kind: Entry.Kind
            switch info.st_mode & S_IFMT {
            case S_IFDIR: kind = .directory(DirectoryIdentity(info))
            case S_IFREG: kind = .file
            case S_IFIFO: kind = .problem(.skipped(path, "not a regular file (a FIFO)"))
            case S_IFSOCK: kind = .problem(.skipped(path, "not a regular file (a socket)"))
            default: kind = .problem(.skipped(path, "not a regular file (a device)"))
            }
            return Entry(path: path, relative: relative, kind: kind)
        })
    }

    /// Where the symbolic link `name` in the directory `fd` points ("?" if it cannot be read).
    private static func linkTarget(_ fd: Int32, _ name: String) -> String {
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX))
        let n = FileSystemPath.withCString(name) { readlinkat(fd, $0, &buffer, buffer.count) }
        return n < 0 ? "?" : FileSystemPath.string(fromBytes: buffer[..<n])
    }
}
