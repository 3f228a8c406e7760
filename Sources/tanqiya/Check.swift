import ArgumentParser
import Foundation
import TanqiyaKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare every fixture with its committed expectation under the current rules.",
        discussion: """
        For a rule change under review: prints, per fixture, the lines whose decision changed \
        (label, kept/dropped, rule), articles gained, lost or re-split, paragraphs added or \
        removed and metadata changed, then a one-line summary, and the rules that fired on no \
        fixture. Expectations live in <expected>/<fixture dir name>/<page>.jsonl and .explain.

        Exit status: 0 nothing changed; 1 something changed (or, with --strict, a rule fired on \
        no fixture); 2 usage or rule-file error.
        """
    )

    @Option(name: .long, help: ArgumentHelp("Rules directory (default: $TANQIYA_RULES, else ./rules).", valueName: "dir"))
    var rules: String?

    @Option(name: .long, help: ArgumentHelp("A directory of fixture pages (repeatable). Default: seeds, Tests/Fixtures/pages and Tests/Fixtures/html.",
                                            valueName: "dir"))
    var fixtures: [String] = []

    @Option(name: .long, help: ArgumentHelp("Where the expectations live.", valueName: "dir"))
    var expected: String = "Tests/Golden"

    @Flag(name: .long, help: "Re-record the expectations from the current rules and print what was rewritten.")
    var update = false

    @Flag(name: .long, help: "Fail when a rule fires on no fixture.")
    var strict = false

    func run() throws {
        let set = try loadRules(directory: rules)
        let dirs = fixtures.isEmpty ? ["seeds", "Tests/Fixtures/pages", "Tests/Fixtures/html"] : fixtures
        let (found, problems) = Fixture.locate(fixtureDirectories: dirs, expected: expected)
        if !problems.isEmpty {
            problems.forEach { warn($0) }
            throw Failure(code: ExitStatus.usage)
        }
        let checker = FixtureChecker(rules: set)
        let result = checker.check(found)
        if update {
            let written = try checker.update(result)
            for path in written { print("rewrote \(path)") }
            print("\(written.count) expectation files rewritten for \(result.changed.count) of \(result.entries.count) fixtures")
            if !result.unusedRules.isEmpty {
                print("rules that fire on no fixture: " + result.unusedRules.joined(separator: ", "))
            }
            return
        }
        print(FixtureChecker.report(result, strict: strict), terminator: "")
        if !result.changed.isEmpty || (strict && !result.unusedRules.isEmpty) {
            throw Failure(code: ExitStatus.inputsFailed)
        }
    }
}
