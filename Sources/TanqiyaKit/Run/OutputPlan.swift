import Glibc

/// Everything a command is about to write, checked before it reads or writes anything: no two
/// outputs are one file, no output is one of the files the command reads, no two inputs write
/// one per-input output, no output folder is an input folder, and every output can be written
/// (not a folder, not under a file, in a folder the command may create files in). Every command that writes a
/// file goes through it (`clean`, `dedup apply`, `explain --html`, `profile -o`, `stats merge -o`);
/// a problem is a usage error (status 2), with nothing written.
///
/// Files are compared as the file system sees them: an existing file by device and inode (so
/// `./x`, `x`, a symbolic link to `x` and a hard link are one file), a new one by its folder's
/// device and inode and its name (by its absolute path, made plain, when the folder does not
/// exist yet either). Standard output (`-`) and a target that is not a regular file (`/dev/null`,
/// a FIFO, a terminal) are written through, never replaced: they are exempt.
public struct OutputPlan: Sendable {
    /// One file the command writes: the option that names it, and its path.
    struct File: Sendable {
        let option: String
        let path: String
    }

    /// A folder that gets one output per input (`-o DIR/`, `--explain DIR/`), with the extension
    /// those outputs take.
    struct PerInputFolder: Sendable {
        let option: String
        let path: String
        let fileExtension: String
    }

    private var files: [File] = []
    private var perInput: [PerInputFolder] = []
    /// Folders the command fills with files of its own (a staged run's `--stage-dir`).
    private var ownFolders: [File] = []
    /// Files the command reads besides its inputs (a saved profile, rule files, stage files).
    private var reads: [File] = []

    public init() {}

    /// The command writes `path` (nothing for `nil`; `-` is standard output), named by `option`.
    public mutating func writes(_ path: String?, as option: String) {
        if let path { files.append(File(option: option, path: path)) }
    }

    /// The command writes `target`: standard output, one file, or one file per input inside a
    /// folder with `fileExtension`.
    public mutating func writes(_ target: OutputTarget?, as option: String, fileExtension: String) {
        switch target {
        case .file(let path)?: writes(path, as: option)
        case .directory(let path)?: perInput.append(PerInputFolder(option: option, path: path, fileExtension: fileExtension))
        case .stdout?, nil: break
        }
    }

    /// The command fills `folder` with files of its own (a stage folder).
    public mutating func writesFolder(_ folder: String?, as option: String) {
        if let folder { ownFolders.append(File(option: option, path: folder)) }
    }

    /// The command reads `path` besides its inputs (`what` names it in messages).
    public mutating func reads(_ path: String?, as what: String) {
        if let path, path != "-" { reads.append(File(option: what, path: path)) }
    }

    /// The command reads the rule files of `folder` (the rules folder it loaded, if any).
    public mutating func readsRuleFiles(in folder: String?) {
        guard let folder else { return }
        for name in RuleLoader.ruleFiles(in: folder) { reads(FileSystemPath.joining(folder, name), as: "rule file") }
    }

    /// The folders whose contents are this run's own outputs: `InputLocator` does not walk them.
    public var outputFolders: [String] { perInput.map(\.path) + ownFolders.map(\.path) }

    /// Where input `item`'s own output goes in `-o DIR/`: `DIR/<its relative path without the
    /// extension>.<ext>` (`.gz` and then one extension dropped).
    public static func path(in directory: String, for item: InputItem, extension ext: String) -> String {
        var relative = item.relativePath
        if relative.hasSuffix(".gz") { relative = String(relative.dropLast(3)) }
        return FileSystemPath.joining(directory, FileSystemPath.removingExtension(relative) + "." + ext)
    }

    /// Why the plan cannot be carried out.
    public enum Problem: Error, CustomStringConvertible, Equatable {
        /// Two options write one file.
        case sameOutput(String, String, path: String)
        /// An output is one of the files the command reads.
        case overwritesInput(String, path: String, input: String)
        /// Two inputs would write one per-input output.
        case collidingInputs(String, String, output: String)
        /// An output folder is one of the folders the inputs are read from.
        case outputFolderIsInputFolder(String, path: String)
        /// An output that cannot be created where it is named (`why`): found out only when it
        /// was written, it cost the whole run first.
        case cannotWrite(String, path: String, why: String)

        public var description: String {
            switch self {
            case .sameOutput(let a, let b, let path):
                return "\(a) and \(b) both write \(path): give each output its own file"
            case .overwritesInput(let option, let path, let input):
                return path == input
                    ? "\(option) \(path) would overwrite an input of this run: write the output elsewhere"
                    : "\(option) \(path) would overwrite the input \(input) (the same file): write the output elsewhere"
            case .collidingInputs(let a, let b, let output):
                return "\(a) and \(b) would both write \(output): clean them in separate runs, or rename one"
            case .outputFolderIsInputFolder(let option, let path):
                return "\(option) \(path) is a folder the inputs are read from: its outputs would be read as inputs by the next run; write them to another folder"
            case .cannotWrite(let option, let path, let why):
                return "\(option) \(path.isEmpty ? "''" : path) cannot be written: \(why)"
            }
        }
    }

    /// Checks the plan against the command's inputs (`arguments` as given, `items` as located).
    public func check(arguments: [String] = [], items: [InputItem] = []) throws(Problem) {
        // What the command reads, by identity.
        var read: [Identity: String] = [:]
        for item in items where !item.isStdin {
            if let id = Self.identity(item.path), case .node = id { read[id] = read[id] ?? item.path }
        }
        // Standard input redirected from a file (`clean - -o page.txt < page.txt`) is that file:
        // it was replaced by its own cleaned output, status 0.
        var standardInput = stat()
        if items.contains(where: \.isStdin), fstat(0, &standardInput) == 0, standardInput.st_mode & S_IFMT == S_IFREG {
            let id = Identity.node(UInt64(standardInput.st_dev), UInt64(standardInput.st_ino))
            read[id] = read[id] ?? "- (standard input)"
        }
        for file in reads {
            if let id = Self.identity(file.path), case .node = id { read[id] = read[id] ?? file.path }
        }
        // An output folder that is an input folder (or a folder it reads, such as the stage
        // folder `dedup apply` reads) would be read back.
        let inputFolders = arguments.filter { $0 != "-" }.compactMap { path -> (Identity, String)? in
            guard let id = Self.identity(path, directory: true) else { return nil }
            return (id, path)
        }
        for folder in perInput + ownFolders.map({ PerInputFolder(option: $0.option, path: $0.path, fileExtension: "") }) {
            guard let id = Self.identity(folder.path, directory: true) else { continue }
            if inputFolders.contains(where: { $0.0 == id }) { throw .outputFolderIsInputFolder(folder.option, path: folder.path) }
        }
        var written: [Identity: File] = [:]
        for file in files {
            guard let id = Self.identity(file.path) else { continue }
            if let other = written[id] { throw .sameOutput(other.option, file.option, path: file.path) }
            if let input = read[id] { throw .overwritesInput(file.option, path: file.path, input: input) }
            written[id] = file
        }
        for folder in perInput {
            var owners: [[UInt8]: Int] = [:]
            for (n, item) in items.enumerated() {
                let path = Self.path(in: folder.path, for: item, extension: folder.fileExtension)
                if let earlier = owners.updateValue(n, forKey: FileSystemPath.bytes(path)) {
                    throw .collidingInputs(items[earlier].path, item.path, output: path)
                }
                guard let id = Self.identity(path) else { continue }
                if let other = written[id] { throw .sameOutput(other.option, folder.option, path: path) }
                if let input = read[id] { throw .overwritesInput(folder.option, path: path, input: input) }
                written[id] = File(option: folder.option, path: path)
            }
        }
        // Last, so that the problems above, more precise, are said first.
        for file in files {
            if let why = Self.unwritableFile(file.path) { throw .cannotWrite(file.option, path: file.path, why: why) }
        }
        for folder in perInput.map({ File(option: $0.option, path: $0.path) }) + ownFolders {
            if let why = Self.unwritableFolder(folder.path) { throw .cannotWrite(folder.option, path: folder.path, why: why) }
        }
    }

    /// Why the file `path` cannot be written, or nil: `OutputFile`'s own conditions, checked
    /// before any work. Standard output and a path naming an open descriptor are always
    /// writable; another existing file that is not a regular file (a FIFO, `/dev/null`) is
    /// written through and must be open to writing; anything else is created in its folder.
    static func unwritableFile(_ path: String) -> String? {
        if path == "-" || OutputFile.openDescriptor(named: path) != nil { return nil }
        if path.isEmpty { return "an empty path names no file" }
        var info = stat()
        if FileSystemPath.stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return "it is a directory"
            case S_IFBLK: return "it is a block device"
            case S_IFREG: break
            default: return FileSystemPath.withCString(path, { access($0, W_OK) }) == 0 ? nil : String(cString: strerror(errno))
            }
        } else if FileSystemPath.namesFolder(path) {
            return "a path ending in /, /. or /.. names a folder, not a file"
        }
        return unwritableFolder(FileSystemPath.directory(of: path))
    }

    /// Why files cannot be created in `folder` (made with its missing parents when needed), or
    /// nil: its nearest existing ancestor must be a directory the process may create files in.
    static func unwritableFolder(_ folder: String) -> String? {
        var current = folder.isEmpty ? "." : folder
        while true {
            var info = stat()
            if FileSystemPath.stat(current, &info) == 0 {
                guard (info.st_mode & S_IFMT) == S_IFDIR else { return "\(current) is not a directory" }
                guard FileSystemPath.withCString(current, { access($0, W_OK | X_OK) }) == 0 else {
                    return "\(current): \(String(cString: strerror(errno)))"
                }
                return nil
            }
            // Not there (or under a file, found as the walk goes up); anything else is said.
            guard errno == ENOENT || errno == ENOTDIR else { return "\(current): \(String(cString: strerror(errno)))" }
            let parent = FileSystemPath.directory(of: current)
            let next = parent.isEmpty ? "." : parent
            if next == current { return nil }
            current = next
        }
    }

    /// Who a path is to the file system.
    enum Identity: Hashable {
        /// An existing file or folder: its device and inode.
        case node(UInt64, UInt64)
        /// A name not there yet in an existing folder: the folder's device and inode, the name.
        case entry(UInt64, UInt64, [UInt8])
        /// A path whose folder does not exist yet either: absolute, without `.` and empty parts.
        case path([UInt8])
    }

    /// The identity of `path`, or nil when it is exempt: standard output, an existing target that
    /// is written through rather than replaced (not a regular file). `directory`: the path names
    /// a folder, compared only while it exists.
    static func identity(_ path: String, directory: Bool = false) -> Identity? {
        if path == "-" || path.isEmpty { return nil }
        var info = stat()
        if FileSystemPath.stat(path, &info) == 0 {
            let kind = info.st_mode & S_IFMT
            if directory ? kind != S_IFDIR : (kind != S_IFREG && kind != S_IFDIR) { return nil }
            return .node(UInt64(info.st_dev), UInt64(info.st_ino))
        }
        if directory { return nil }
        let name = FileSystemPath.lastComponent(of: path)
        let folder = FileSystemPath.directory(of: path)
        if FileSystemPath.stat(folder.isEmpty ? "." : folder, &info) == 0 {
            return .entry(UInt64(info.st_dev), UInt64(info.st_ino), FileSystemPath.bytes(name))
        }
        return .path(plain(path))
    }

    /// `path` as an absolute path without `.` or empty components (`..` kept: without the
    /// folders there, what it undoes cannot be known).
    static func plain(_ path: String) -> [UInt8] {
        var absolute = FileSystemPath.bytes(path)
        if absolute.first != UInt8(ascii: "/") {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            if getcwd(&buffer, buffer.count) != nil {
                absolute = Array(buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }) + [UInt8(ascii: "/")] + absolute
            }
        }
        var parts: [ArraySlice<UInt8>] = []
        for part in absolute.split(separator: UInt8(ascii: "/")) where part != [UInt8(ascii: ".")] { parts.append(part) }
        return parts.reduce(into: [UInt8]()) { $0 += [UInt8(ascii: "/")] + $1 }
    }
}
