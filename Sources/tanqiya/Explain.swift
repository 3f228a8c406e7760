import ArgumentParser
import Foundation
import TanqiyaKit

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the decision taken on every line of a page: label, rule id, kept or dropped.",
        discussion: """
        One row per input line, tab-separated: line, article, label, rule, action, text. \
        action is keep, drop, or dup:<line> <dedup rule> for a repeat of an earlier line. \
        Each page starts with # header lines (source, outlet and why, article count). For an \
        HTML page, line is the number of the text block in document order (a header line says \
        so), not a line of the HTML source. Pages are read without learning (as clean \
        --no-learn): for the decisions of a run that learned its sites' chrome, run \
        `tanqiya clean INPUTS --explain FILE`.

        --html OUT.html writes the same decisions as one self-contained page for a browser: \
        every line coloured by its label, dropped lines struck through, the rule on each line, \
        and filters by label and rule.
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: ArgumentHelp("Also write the report as one HTML page (no network assets) to this file.", valueName: "file"))
    var html: String?

    @Flag(name: .shortAndLong, help: "Quiet: only errors on stderr.")
    var quiet = false

    @OptionGroup var ruleOptions: RuleOptions

    func validate() throws {
        // "-" is standard output elsewhere; here the trace already goes there (it made a file named "-").
        if html == "-" { throw ValidationError("--html -: the trace goes to standard output; give the report a file") }
    }

    func run() throws {
        let (rules, rulesFound) = try ruleOptions.loadFound(quiet: quiet)
        let located = input.locate()
        let (items, problems) = (located.items, located.problems)
        var plan = OutputPlan()
        plan.writes(html, as: "--html")
        plan.readsRuleFiles(in: rulesFound.path)
        try plan.checkOrExit(arguments: input.inputs, items: items)
        var failed = false
        for problem in problems {
            if problem.isSkip { if !quiet { warn("\(problem)") } } else { warn("\(problem)"); failed = true }
        }
        // Every page through the pipeline, the trace (and the report's documents) from that one run.
        let writer = WriterOptions(format: nil, explain: true, keepDocument: html != nil)
        let pipeline = Pipeline(rules: rules, options: PipelineOptions(outlet: ruleOptions.outlet, writer: writer))
        let out = OutputFile()
        var report = ExplainReport()
        PageScheduler(jobs: ProcessInfo.processInfo.activeProcessorCount).run(items, work: pipeline.clean) { event in
            switch event {
            case .page(let n, let page):
                switch page.outcome {
                case .cleaned:
                    out.write(page.explain)
                    if let document = page.document { report.add(document) }
                case .skipped(let skip): if !quiet { warn(skip.message(path: items[n].path)) }
                case .blankLine: break
                }
            case .inputEnd(_, let failure?):
                warn(failure)
                failed = true
            case .inputEnd: break
            }
        }
        // The page gathers every input: written whole or not at all, like `clean -o FILE`.
        if let html, failed {
            warn("\(html): not written: an input failed (a file that holds every input is written whole or not at all)")
        } else if let html {
            do {
                let file = try OutputFile(path: html)
                file.write(Array(report.html().utf8))
                try file.commit()
            } catch {
                warn("\(error)")
                failed = true
            }
        }
        // The trace on standard output: a write error (`> /dev/full`) is a failure, not status 0.
        do {
            try out.commit()
        } catch {
            warn("\(error)")
            failed = true
        }
        if failed { throw Failure(code: ExitStatus.inputsFailed) }
    }
}
