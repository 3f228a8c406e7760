import Foundation

/// Where `tanqiya clean` writes.
public enum OutputTarget: Sendable, Equatable {
    case stdout
    /// Everything into one file.
    case file(String)
    /// One output per input, at the input's relative path with the format's extension.
    case directory(String)
}

/// Owns the loop of a run: reads each input, runs its pages through the pipeline, writes the
/// outputs, and counts. A failing input is reported and the run goes on.
public struct CleanRunner {
    public let pipeline: Pipeline
    public let format: OutputFormat
    public let output: OutputTarget
    /// Where explain traces go (`nil`: none). A directory target writes `<input>.explain` files.
    public let explain: OutputTarget?

    public init(pipeline: Pipeline, format: OutputFormat, output: OutputTarget, explain: OutputTarget? = nil) {
        self.pipeline = pipeline
        self.format = format
        self.output = output
        self.explain = explain
    }

    public struct Summary: Sendable, Equatable {
        public var inputs = 0
        public var pages = 0
        public var articles = 0
        public var failures: [String] = []
        public var warnings: [String] = []
    }

    public func run(_ items: [InputItem]) -> Summary {
        var summary = Summary()
        let writer = format.writer()
        var shared: OutputFile?
        var sharedExplain: OutputFile?
        do {
            shared = try Self.openShared(output)
            if let explain { sharedExplain = try Self.openShared(explain) }
        } catch {
            summary.failures.append("\(error)")
            return summary
        }
        for item in items {
            summary.inputs += 1
            var own: OutputFile?
            var ownExplain: OutputFile?
            do {
                if case .directory(let dir) = output {
                    own = try OutputFile(path: Self.path(in: dir, for: item, extension: format.fileExtension))
                }
                if case .directory(let dir)? = explain {
                    ownExplain = try OutputFile(path: Self.path(in: dir, for: item, extension: "explain"))
                }
                let out = own ?? shared!
                let trace = ownExplain ?? sharedExplain
                try forEachDocument(in: item) { document in
                    let done = pipeline.run(document)
                    var bytes: [UInt8] = []
                    writer.write(done, to: &bytes)
                    out.write(bytes)
                    if let trace {
                        var lines: [UInt8] = []
                        ExplainWriter().write(done, to: &lines)
                        trace.write(lines)
                    }
                    summary.pages += 1
                    summary.articles += done.articles.count
                    summary.warnings += done.warnings.map { "\(done.source): \($0)" }
                } onProblem: { problem in
                    summary.warnings.append("\(item.path): \(problem)")
                }
                try own?.commit()
                try ownExplain?.commit()
            } catch {
                own?.discard()
                ownExplain?.discard()
                summary.failures.append("\(error)")
            }
        }
        do {
            try shared?.commit()
            try sharedExplain?.commit()
        } catch {
            summary.failures.append("\(error)")
        }
        return summary
    }

    /// Reads an input's pages: a text dump is one page, a JSONL file one page per record.
    public func forEachDocument(in item: InputItem, _ body: (Document) -> Void,
                                onProblem: (String) -> Void) throws {
        switch item.format {
        case .text:
            let bytes = try Self.readAll(item)
            body(TextDumpReader().read(bytes: bytes, source: item.path, idPrefix: item.stem))
        case .jsonl:
            let handle = try Self.open(item)
            defer { if !item.isStdin { try? handle.close() } }
            let stream = LineStream(handle: handle)
            var number = 0
            while let line = stream.next() {
                number += 1
                switch JSONLReader().document(line: line, number: number, inputStem: item.stem) {
                case .success(let document?): body(document)
                case .success(nil): continue
                case .failure(let problem): onProblem("\(problem)")
                }
            }
        case .html:
            throw InputProblem.unsupported(item.path, "HTML input is not supported yet; give the page's visible text")
        }
    }

    public enum InputProblem: Error, CustomStringConvertible {
        case unreadable(String, String)
        case unsupported(String, String)

        public var description: String {
            switch self {
            case .unreadable(let path, let why): return "\(path): cannot read: \(why)"
            case .unsupported(let path, let why): return "\(path): \(why)"
            }
        }
    }

    static func open(_ item: InputItem) throws -> FileHandle {
        if item.isStdin { return FileHandle.standardInput }
        guard let handle = FileHandle(forReadingAtPath: item.path) else {
            throw InputProblem.unreadable(item.path, String(cString: strerror(errno)))
        }
        return handle
    }

    static func readAll(_ item: InputItem) throws -> [UInt8] {
        let handle = try open(item)
        defer { if !item.isStdin { try? handle.close() } }
        do {
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch {
            throw InputProblem.unreadable(item.path, (error as NSError).localizedDescription)
        }
    }

    static func openShared(_ target: OutputTarget) throws -> OutputFile? {
        switch target {
        case .stdout: return OutputFile()
        case .file(let path): return try OutputFile(path: path)
        case .directory: return nil
        }
    }

    /// `dir/<relative path without its extension>.<ext>`
    static func path(in directory: String, for item: InputItem, extension ext: String) -> String {
        var relative = item.relativePath
        for suffix in [".gz"] where relative.hasSuffix(suffix) { relative = String(relative.dropLast(suffix.count)) }
        let base = (relative as NSString).deletingPathExtension
        let dir = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        return "\(dir)/\(base).\(ext)"
    }
}
