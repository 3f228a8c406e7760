import ArgumentParser
import Foundation
import TanqiyaKit

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check, list and draft outlet rule files.",
        subcommands: [Lint.self, List.self, Suggest.self]
    )

    /// `[DIR]`, else the run's lookup order (`RulesLocator`).
    /// The rules of `directory` (`--rules`, or `command`'s argument: messages name it so), else of
    /// the usual places.
    static func load(_ directory: String?, command: String? = nil) throws -> (RuleSet, String) {
        do {
            var locator = RulesLocator(option: directory)
            if let command { locator.optionName = "rules \(command)" }
            let found = try locator.locate()
            let path = found.path ?? "-"
            return (try RuleLoader.load(directory: path), path)
        } catch let problem as RulesLocator.Problem {
            warn(problem.description)
            throw Failure(code: ExitStatus.usage)
        } catch let error as RuleError {
            StandardError.write(error.description + "\n")
            warn("\(counted(error.diagnostics.count, "problem")) in \(directory ?? "the rules")")
            throw Failure(code: ExitStatus.usage)
        }
    }

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every rule file of a directory; report all problems with file:line:column.",
            discussion: """
            A folder without rule files (*.yaml, *.yml) is a problem too. Detection is also run \
            on the fixture pages: an outlet whose signatures could claim another outlet's page is \
            reported. Warnings (printed, exit status 0): a signature that reaches min_score alone, \
            stock phrases (data/generic-chrome/) that reach it together.

            Exit status: 0 the rules load (with warnings or not); 2 they do not.
            """
        )

        @Argument(help: ArgumentHelp("The rules directory (default: $TANQIYA_RULES, else ./rules, else the installed rules).", valueName: "dir"))
        var directory: String?

        @Option(name: .long, help: ArgumentHelp(
            "Fixture pages to check detection against (repeatable; default: \(Fixture.defaultDirectories.joined(separator: ", ")) when present).",
            valueName: "dir"))
        var fixtures: [String] = []

        func run() throws {
            let (set, dir) = try Rules.load(directory, command: "lint")
            // Detection must not let one outlet claim another's pages.
            let dirs = fixtures.isEmpty ? Fixture.defaultDirectories.filter { FileManager.default.fileExists(atPath: $0) } : fixtures
            let found = Fixture.locate(fixtureDirectories: dirs, expected: "").fixtures
            let overlap = DetectionOverlap.problems(rules: set, fixtures: found)
            if !overlap.isEmpty {
                StandardError.write(RuleError(overlap).description + "\n")
                warn("\(counted(overlap.count, "problem")) in \(dir)")
                throw Failure(code: ExitStatus.usage)
            }
            let warnings = SignatureLint.warnings(rules: set)
            for w in warnings { StandardError.write(w.description + "\n") }
            let count = set.outlets.reduce(0) { $0 + $1.ruleIds.count }
            let advice = warnings.isEmpty ? "" : ", \(counted(warnings.count, "warning"))"
            StandardOutput.print("\(dir): \(counted(set.outlets.count, "outlet")), \(counted(count, "rule")), no problems\(advice) (detection checked on \(counted(found.count, "fixture")))")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the outlets and their rule ids.")

        @Argument(help: ArgumentHelp("The rules directory (default: $TANQIYA_RULES, else ./rules, else the installed rules).", valueName: "dir"))
        var directory: String?

        func run() throws {
            for outlet in try Rules.load(directory, command: "list").0.outlets {
                StandardOutput.print("\(outlet.id)\t\(outlet.name)\t\(outlet.file)")
                for id in outlet.ruleIds { StandardOutput.print("  \(id)") }
            }
        }
    }
}
