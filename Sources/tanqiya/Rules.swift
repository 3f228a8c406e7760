import ArgumentParser
import Foundation
import TanqiyaKit

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check and list outlet rule files.",
        subcommands: [Lint.self, List.self]
    )

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every rule file of a directory; report all problems with file:line:column.",
            discussion: """
                Errors: a rule file that does not load, or an outlet whose signatures would claim another outlet's \
                fixture. Warnings (printed, exit status 0): a signature that reaches min_score alone, stock \
                phrases that reach it together.
                Exit status: 0 the rules load (warnings or not); 2 they do not.
                """
        )

        @Argument(help: ArgumentHelp("The rules directory (default: $TANQIYA_RULES, else ./rules).", valueName: "dir"))
        var directory: String?

        @Option(name: .long, help: ArgumentHelp(
            "Fixture pages to check detection against (repeatable; default: seeds, Tests/Fixtures/pages and Tests/Fixtures/html when present).",
            valueName: "dir"))
        var fixtures: [String] = []

        func run() throws {
            let dir = directory ?? ProcessInfo.processInfo.environment["TANQIYA_RULES"] ?? "rules"
            do {
                let set = try RuleLoader.load(directory: dir)
                // Detection must not let one outlet claim another's pages.
                let dirs = fixtures.isEmpty
                    ? ["seeds", "Tests/Fixtures/pages", "Tests/Fixtures/html"].filter { FileManager.default.fileExists(atPath: $0) } : fixtures
                let found = Fixture.locate(fixtureDirectories: dirs, expected: "").fixtures
                let overlap = DetectionOverlap.problems(rules: set, fixtures: found)
                if !overlap.isEmpty { throw RuleError(overlap) }
                let warnings = SignatureLint.warnings(rules: set)
                for w in warnings { FileHandle.standardError.write(Data((w.description + "\n").utf8)) }
                let count = set.outlets.reduce(0) { $0 + $1.ruleIds.count }
                let advice = warnings.isEmpty ? "" : ", \(warnings.count) warning(s)"
                print("\(dir): \(set.outlets.count) outlets, \(count) rules, no problems\(advice) (detection checked on \(found.count) fixtures)")
            } catch let error as RuleError {
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                warn("\(error.diagnostics.count) problem(s) in \(dir)")
                throw Failure(code: ExitStatus.usage)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the outlets and their rule ids.")

        @Argument(help: ArgumentHelp("The rules directory (default: $TANQIYA_RULES, else ./rules).", valueName: "dir"))
        var directory: String?

        func run() throws {
            let dir = directory ?? ProcessInfo.processInfo.environment["TANQIYA_RULES"] ?? "rules"
            do {
                for outlet in try RuleLoader.load(directory: dir).outlets {
                    print("\(outlet.id)\t\(outlet.name)\t\(outlet.file)")
                    for id in outlet.ruleIds { print("  \(id)") }
                }
            } catch let error as RuleError {
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                throw Failure(code: ExitStatus.usage)
            }
        }
    }
}
