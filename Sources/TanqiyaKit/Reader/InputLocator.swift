import Foundation

/// Expands the inputs named on the command line into files: a file as given, a directory
/// walked recursively in sorted order (hidden entries skipped, symlink loops not followed),
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
            switch self {
            case .skipped(let path, let why): return "\(path): skipped: \(why)"
            default: return "\(path): \(reason)"
            }
        }
    }

    /// Every input file, in a deterministic order; problems (missing paths) are returned beside them.
    public func locate(_ arguments: [String]) -> (items: [InputItem], problems: [Problem]) {
        var items: [InputItem] = []
        var problems: [Problem] = []
        for argument in arguments {
            if argument == "-" {
                let format = forcedFormat ?? InputItem.format(ofContent: StandardInput.peek())
                items.append(InputItem(path: "-", relativePath: "stdin", format: format, encoding: forcedEncoding))
                continue
            }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDir) else {
                problems.append(.notFound(argument))
                continue
            }
            if isDir.boolValue {
                var visited = Set<String>()
                walk(directory: argument, relative: "", into: &items, problems: &problems, visited: &visited)
            } else {
                let name = (argument as NSString).lastPathComponent
                items.append(InputItem(path: argument, relativePath: name, format: forcedFormat ?? InputItem.format(ofPath: name),
                                       encoding: forcedEncoding))
            }
        }
        return (items, problems)
    }

    private func walk(directory: String, relative: String, into items: inout [InputItem], problems: inout [Problem],
                      visited: inout Set<String>) {
        // The directory's real path (realpath(3): relative links such as `up -> ..` included):
        // a directory already walked is not walked again, so a symlink loop ends here.
        let real = realpath(directory, nil).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        } ?? (directory as NSString).standardizingPath
        guard visited.insert(real).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            problems.append(.unreadableDirectory(directory, (error as NSError).localizedDescription))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else {
                let why = String(cString: strerror(errno))
                var link = stat()
                if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK {
                    let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                    problems.append(.skipped(path, "broken symbolic link to \(target) (\(why))"))
                } else {
                    problems.append(.unreadable(path, why))
                }
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(directory: path, relative: rel, into: &items, problems: &problems, visited: &visited)
            case S_IFREG:
                items.append(InputItem(path: path, relativePath: rel, format: forcedFormat ?? InputItem.format(ofPath: name),
                                       encoding: forcedEncoding))
            case S_IFIFO: problems.append(.skipped(path, "not a regular file (a FIFO)"))
            case S_IFSOCK: problems.append(.skipped(path, "not a regular file (a socket)"))
            default: problems.append(.skipped(path, "not a regular file (a device)"))
            }
        }
    }
}
