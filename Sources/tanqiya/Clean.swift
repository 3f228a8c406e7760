import ArgumentParser
import Foundation
import TanqiyaKit

struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Clean page dumps into articles (JSONL or plain text).",
        discussion: """
        INPUT is a file, a directory (read recursively, in sorted order) or - for standard input. \
        Files ending in .jsonl hold one page per line: {"text": …, "id": …, "url": …}; other files \
        are text dumps (the visible text of a page).

        Output: without -o, everything goes to standard output. -o FILE writes one file. \
        -o DIR/ (an existing directory, or a path ending in /) writes one output per input at the \
        same relative path with the format's extension, so a Makefile rule such as \
        `out/%.jsonl: dumps/%.txt` can call `tanqiya clean $< -o $@`. Outputs are written to a \
        temporary name and renamed when complete.

        Text format: title, blank line, one paragraph per line; each article ends with a line \
        holding a single form feed (\\f).
        """
    )

    @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "input"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file, or directory (ending in /) for one output per input.",
                                                     valueName: "path"))
    var output: String?

    @Option(name: .long, help: "Output format: jsonl or text.")
    var format: OutputFormat = .jsonl

    @Option(name: .long, help: ArgumentHelp("Read every input as this format (text, jsonl, html) instead of by extension.",
                                            valueName: "format"))
    var inputFormat: InputItem.Format?

    @Option(name: .long, help: ArgumentHelp("Also write the explain trace (every line's label and rule) to this file or directory/.",
                                            valueName: "path"))
    var explain: String?

    @OptionGroup var ruleOptions: RuleOptions
    @OptionGroup var normalizer: NormalizerFlags

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one input (a file, a directory, or -)") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    func run() throws {
        let rules = try ruleOptions.load()
        let (items, problems) = InputLocator(forcedFormat: inputFormat).locate(inputs)
        let pipeline = Pipeline(rules: rules, options: PipelineOptions(outlet: ruleOptions.outlet, normalizer: normalizer.options))
        let runner = CleanRunner(pipeline: pipeline, format: format, output: Self.target(output),
                                 explain: explain.map(Self.target))
        let summary = runner.run(items)
        for warning in summary.warnings { warn(warning) }
        for problem in problems { warn("\(problem)") }
        for failure in summary.failures { warn(failure) }
        if !problems.isEmpty || !summary.failures.isEmpty { throw Failure(code: ExitStatus.inputsFailed) }
    }

    /// "-o DIR/" or an existing directory: one output per input; anything else: one file.
    static func target(_ path: String?) -> OutputTarget {
        guard let path, path != "-" else { return .stdout }
        var isDir: ObjCBool = false
        if path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue) {
            return .directory(path)
        }
        return .file(path)
    }
}
