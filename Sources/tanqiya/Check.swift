import ArgumentParser
import Foundation
import TanqiyaKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare every fixture with its committed expectation and its human gold under the current rules.",
        discussion: """
        For a rule change under review: prints, per fixture, the lines whose decision changed \
        (label, kept/dropped, rule), articles gained, lost or re-split, paragraphs added or \
        removed and metadata changed; a per-rule summary (which rules now fire on more or fewer \
        lines, in how many pages); each fixture's score against its human gold where one exists \
        (committed expectation → now); then a one-line summary, and the rules that fired on no \
        fixture. A page without an expectation is listed as such, and so is an expectation file \
        without a page (renamed or removed). Expectations are kept by the page's path: \
        <expected>/<page path without extension>.jsonl and .explain.

        --html OUT.html writes the same review as one self-contained page: the per-rule \
        summary, then each changed fixture's lines before and after side by side.

        Exit status: 0 nothing changed; 1 something changed, a page has no expectation, or \
        (with --strict) a rule fired on no fixture, a page an outlet's rules decide falls short \
        of its gold (generic-path pages are reported only) or an expectation has no page; 2 usage \
        or rule-file error.
        """
    )

    @OptionGroup var rulesFolder: RulesFolderOptions

    @Option(name: .long, help: ArgumentHelp(
        "A directory of fixture pages (repeatable). Default: \(Fixture.defaultDirectories.joined(separator: ", ")).",
        valueName: "dir"))
    var fixtures: [String] = []

    @Option(name: .long, help: ArgumentHelp("Where the expectations live.", valueName: "dir"))
    var expected: String = Fixture.defaultExpected

    @Option(name: .long, help: ArgumentHelp(
        "A directory of human gold files (repeatable; {\"input\": page file name, \"articles\": […]}). Default: \(GoldSet.defaultDirectories.joined(separator: ", ")), those present.",
        valueName: "dir"))
    var gold: [String] = []

    @Option(name: .long, help: ArgumentHelp("Also write the review as one HTML page to this file.", valueName: "file"))
    var html: String?

    @Flag(name: .long, help: "Re-record the expectations from the current rules and print what was rewritten.")
    var update = false

    @Flag(name: .long, help: "Fail when a rule fires on no fixture or a rule-decided page falls short of its gold.")
    var strict = false

    func validate() throws {
        // "-" is standard output elsewhere; here the review already goes there (it made a file named "-").
        if html == "-" { throw ValidationError("--html -: the review goes to standard output; give the report a file") }
    }

    func run() throws {
        let (set, rulesFound) = try rulesFolder.load(quiet: false)
        let dirs = fixtures.isEmpty ? Fixture.defaultDirectories : fixtures
        let missing = dirs.filter { !FileManager.default.fileExists(atPath: $0) }
        if !missing.isEmpty {
            for dir in missing { warn("\(dir): no such fixture directory") }
            if fixtures.isEmpty {
                warn("the default fixtures are the repository's (\(dirs.joined(separator: ", "))): run check in the repository, or pass --fixtures DIR (and --expected DIR)")
            }
            throw Failure(code: ExitStatus.usage)
        }
        let (found, problems, passedOver) = Fixture.locate(fixtureDirectories: dirs, expected: expected)
        if !problems.isEmpty {
            problems.forEach { warn($0) }
            throw Failure(code: ExitStatus.usage)
        }
        for folder in passedOver { warn("\(folder): not read as fixtures: the expectations are kept there") }
        let goldDirs = gold.isEmpty ? GoldSet.defaultDirectories.filter { FileManager.default.fileExists(atPath: $0) } : gold
        let goldSet: GoldSet
        do {
            goldSet = try GoldSet.load(directories: goldDirs)
        } catch {
            warn("\(error)")
            throw Failure(code: ExitStatus.usage)
        }
        // The report and the expectations go over no fixture page, rule file or gold file (an
        // expectation is read, then rewritten: that is what --update is for).
        var plan = OutputPlan()
        plan.writes(html, as: "--html")
        if update {
            for fixture in found {
                plan.writes(fixture.expectedJSONL, as: "--update")
                plan.writes(fixture.expectedExplain, as: "--update")
            }
        }
        plan.readsRuleFiles(in: rulesFound.path)
        // Gold is written by hand: `--html` on a gold file replaced it with the review.
        for page in goldSet.pages.values { plan.reads(page.file, as: "gold file") }
        try plan.checkOrExit(arguments: dirs, items: found.map(\.item))
        let checker = FixtureChecker(rules: set, gold: goldSet)
        let result = checker.check(found)
        let stale = Fixture.staleExpectations(fixtureDirectories: dirs, expected: expected, fixtures: found)
        let staleReport = stale.isEmpty ? "" : "\(counted(stale.count, "expectation file")) without a fixture (its page renamed or removed? delete it)"
            + (strict ? " (--strict: failing)" : "") + ":\n" + stale.map { "  \($0)\n" }.joined()
        if let html {
            do {
                let file = try OutputFile(path: html)
                file.write(Array(CheckReport(result).html().utf8))
                try file.commit()
            } catch {
                warn("\(error)")
                throw Failure(code: ExitStatus.inputsFailed)
            }
        }
        if update {
            let written = try checker.update(result)
            for path in written { StandardOutput.print("rewrote \(path)") }
            StandardOutput.print("\(counted(written.count, "expectation file")) rewritten for \(result.toRecord.count) of \(counted(result.entries.count, "fixture"))")
            if !result.unusedRules.isEmpty {
                StandardOutput.print("rules that fire on no fixture: " + result.unusedRules.joined(separator: ", "))
            }
            StandardOutput.print(staleReport, terminator: "")
            return
        }
        StandardOutput.print(FixtureChecker.report(result, strict: strict) + staleReport, terminator: "")
        if !result.changed.isEmpty || !result.unrecorded.isEmpty
            || (strict && (!result.unusedRules.isEmpty || !result.rulesShortOfGold.isEmpty || !stale.isEmpty)) {
            throw Failure(code: ExitStatus.inputsFailed)
        }
    }
}
