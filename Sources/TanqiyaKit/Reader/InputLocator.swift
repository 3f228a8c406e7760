import Foundation

/// Expands the inputs named on the command line into files: a file as given, a directory
/// walked recursively in sorted order (hidden entries skipped, symlink loops not followed),
/// "-" for standard input.
public struct InputLocator: Sendable {
    /// Forces one format for every input instead of the one implied by the file name.
    public var forcedFormat: InputItem.Format?

    public init(forcedFormat: InputItem.Format? = nil) { self.forcedFormat = forcedFormat }

    public enum Problem: Error, CustomStringConvertible, Equatable {
        case notFound(String)
        case unreadableDirectory(String, String)

        public var path: String {
            switch self {
            case .notFound(let path), .unreadableDirectory(let path, _): return path
            }
        }

        public var description: String {
            switch self {
            case .notFound(let path): return "\(path): no such file or directory"
            case .unreadableDirectory(let path, let why): return "\(path): cannot list the directory: \(why)"
            }
        }
    }

    /// Every input file, in a deterministic order; problems (missing paths) are returned beside them.
    public func locate(_ arguments: [String]) -> (items: [InputItem], problems: [Problem]) {
        var items: [InputItem] = []
        var problems: [Problem] = []
        for argument in arguments {
            if argument == "-" {
                items.append(InputItem(path: "-", relativePath: "stdin", format: forcedFormat ?? .text))
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
                items.append(InputItem(path: argument, relativePath: name, format: forcedFormat ?? InputItem.format(ofPath: name)))
            }
        }
        return (items, problems)
    }

    private func walk(directory: String, relative: String, into items: inout [InputItem], problems: inout [Problem],
                      visited: inout Set<String>) {
        let real = (directory as NSString).resolvingSymlinksInPath
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
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                walk(directory: path, relative: rel, into: &items, problems: &problems, visited: &visited)
            } else {
                items.append(InputItem(path: path, relativePath: rel, format: forcedFormat ?? InputItem.format(ofPath: name)))
            }
        }
    }
}
