import ArgumentParser
import Foundation
import TanqiyaKit

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the decision taken on every line of a page: label, rule id, kept or dropped.",
        discussion: """
        One row per input line, tab-separated: line, article, label, rule, action, text. \
        action is keep, drop, or dup:<line> <dedup rule> for a repeat of an earlier line.
        """
    )

    @Argument(help: ArgumentHelp("A page dump, a JSONL file, or - for standard input.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Read the input as this format (text, jsonl, html).", valueName: "format"))
    var inputFormat: InputItem.Format?

    @Option(name: .long, help: ArgumentHelp("Read the input in this encoding instead of detecting it.", valueName: "name"))
    var encoding: DetectedEncoding?

    @OptionGroup var ruleOptions: RuleOptions

    func run() throws {
        let rules = try ruleOptions.load()
        let (items, problems) = InputLocator(forcedFormat: inputFormat, forcedEncoding: encoding).locate([file])
        if let problem = problems.first {
            warn("\(problem)")
            throw Failure(code: ExitStatus.inputsFailed)
        }
        // A clean run that writes only the trace: the same pipeline, no records, no corpus step.
        var options = RunOptions()
        options.dedup = nil
        let runner = CleanRunner(pipeline: Pipeline(rules: rules, options: PipelineOptions(outlet: ruleOptions.outlet)),
                                 format: .jsonl, output: nil, explain: .stdout, options: options)
        let result = runner.run(items)
        for warning in result.warnings { warn(warning) }
        for failure in result.failures { warn(failure.error) }
        if !result.failures.isEmpty { throw Failure(code: ExitStatus.inputsFailed) }
    }
}
