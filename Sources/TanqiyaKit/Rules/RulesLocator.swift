import Foundation

/// Where a run's outlet rules come from. The one place the rules folder is decided, in this
/// order (README "Rules: where they are looked for"):
///
/// 1. `--rules DIR` — must be a folder holding rule files;
/// 2. `$TANQIYA_RULES` — the same;
/// 3. `./rules` — when it holds rule files;
/// 4. the installed rules: `../share/tanqiya/rules` beside the executable's own folder (so a
///    moved install still finds them).
///
/// Nothing found is an error unless the user asked for the generic path (`--no-rules`): a run
/// never silently goes without the outlets' rules.
public struct RulesLocator: Sendable {
    /// `--rules`.
    public var option: String?
    /// How messages name where `option` was given: "--rules DIR", or a command's argument
    /// ("rules lint DIR": the user typed no `--rules`).
    public var optionName = "--rules"
    /// `--no-rules`: every page takes the generic path, on purpose.
    public var none = false
    /// `$TANQIYA_RULES` (empty counts as unset).
    public var environment: String?
    /// The running executable's path, for the installed rules.
    public var executable: String?

    public static let environmentVariable = "TANQIYA_RULES"
    /// Beside the working directory.
    public static let localDirectory = "rules"
    /// From the executable's folder (`PREFIX/bin`): `PREFIX/share/tanqiya/rules`.
    public static let installedRelativePath = "../share/tanqiya/rules"

    public init(option: String? = nil, none: Bool = false,
                environment: [String: String] = ProcessInfo.processInfo.environment,
                executable: String? = RulesLocator.currentExecutable) {
        self.option = option
        self.none = none
        self.environment = environment[Self.environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
        self.executable = executable
    }

    /// What was found, and why that one.
    public enum Found: Sendable, Equatable {
        /// No rules, on request.
        case none
        case directory(String, Origin)

        public var path: String? {
            if case .directory(let path, _) = self { return path }
            return nil
        }
    }

    public enum Origin: String, Sendable {
        case option = "--rules"
        case environment = "$TANQIYA_RULES"
        case workingDirectory = "./rules"
        case installed = "installed"
    }

    /// A folder the user named is missing, is a file or holds no rule file; or nothing was found.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Decides the folder (without loading it).
    public func locate() throws -> Found {
        if none {
            if option != nil { throw Problem(description: "--rules and --no-rules contradict each other: give one") }
            return .none
        }
        if let option {
            try Self.requireRuleFolder(option, named: "\(optionName) \(option)")
            return .directory(option, .option)
        }
        if let environment {
            try Self.requireRuleFolder(environment, named: "$\(Self.environmentVariable)=\(environment)")
            return .directory(environment, .environment)
        }
        if Self.holdsRuleFiles(Self.localDirectory) { return .directory(Self.localDirectory, .workingDirectory) }
        if let installed = installedDirectory, Self.holdsRuleFiles(installed) { return .directory(installed, .installed) }
        var looked = ["--rules", "$\(Self.environmentVariable)", "./\(Self.localDirectory)"]
        if let installed = installedDirectory { looked.append(installed) }
        throw Problem(description: "no outlet rules found (looked at: \(looked.joined(separator: ", "))): "
            + "pass --rules DIR, set $\(Self.environmentVariable), or --no-rules to clean every page with the generic path")
    }

    /// Decides and loads. `RuleError` for rule files that do not load.
    public func load() throws -> (RuleSet, Found) {
        let found = try locate()
        guard let path = found.path else { return (.empty, found) }
        return (try RuleLoader.load(directory: path), found)
    }

    /// `PREFIX/share/tanqiya/rules` for an executable in `PREFIX/bin` (its links resolved).
    public var installedDirectory: String? {
        guard let executable, let slash = executable.lastIndex(of: "/") else { return nil }
        let folder = String(executable[..<slash])
        return Self.lexicallyNormalized((folder.isEmpty ? "/" : folder) + "/" + Self.installedRelativePath)
    }

    /// The running program's real path (`/proc/self/exe`), else `argv[0]`.
    public static var currentExecutable: String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 { return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        return CommandLine.arguments.first
    }

    /// A folder with at least one `*.yaml` or `*.yml` file.
    public static func holdsRuleFiles(_ path: String) -> Bool {
        guard isDirectory(path) else { return false }
        return !RuleLoader.ruleFiles(in: path).isEmpty
    }

    static func requireRuleFolder(_ path: String, named: String) throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw Problem(description: "\(named): no such rules directory")
        }
        guard isDir.boolValue else {
            let parent = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
            throw Problem(description: "\(named) is a file; give the folder that holds the rule files (here: \(parent.isEmpty ? "/" : parent))")
        }
        if RuleLoader.ruleFiles(in: path).isEmpty {
            throw Problem(description: "\(named): \(RuleLoader.emptyFolderMessage(path))")
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// `a/bin/../share` → `a/share`, on the string (no Foundation path helpers: their edge cases).
    static func lexicallyNormalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}
