import ArgumentParser
import Foundation
import TanqiyaKit

extension Rules {
    struct Suggest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draft a rule file for a new outlet from a sample of its pages.",
            discussion: """
            The pages (text dumps, JSONL, HTML; at least 6 of the outlet) are profiled as `clean` \
            learns a site's chrome, and read as `clean` reads them with learning on. The draft \
            holds: detection (the --host names, and signatures: lines on most of the outlet's \
            pages that no other site of the sample prints, no stock phrase, no line of the \
            rules folder's outlets; two must agree); the title's repeat and caption structure \
            the pages show; the recurring lines as exact rules labelled by where they stand; \
            sections for the lists after a recurring line; date and «label: …» lines as \
            patterns; the line that ends the article's body. Each rule carries a comment with \
            its evidence (pages, place). Pages of several sites: the draft is for the --host \
            one, else the one with most pages; the others are used to choose signatures.

            The draft is tried on the same pages: what its detection claims, and how far its \
            reading agrees with learning's (titles, paragraphs), on stderr. Then: \
            `tanqiya rules lint`, `tanqiya check --fixtures PAGES --rules DIR --expected DIR`, \
            edit, commit (rules/README.md, "Adding an outlet").

            Exit status: 0 a draft was written; 1 the pages allow no draft (too few pages of \
            one site, no way to recognise the outlet); 2 usage or rule-file error.
            """
        )

        @Argument(help: ArgumentHelp("Pages of the outlet: text dumps, HTML pages, JSONL files, directories.", valueName: "page"))
        var inputs: [String]

        @Option(name: .long, help: ArgumentHelp("The new outlet's id (lower-case letters, digits, '-', '.'); rule ids start with it.",
                                                valueName: "id"))
        var outlet: String

        @Option(name: .long, help: ArgumentHelp("The outlet's name, for the file's name: key (default: the id).", valueName: "name"))
        var name: String?

        @Option(name: .long, help: ArgumentHelp("A URL host of the outlet (repeatable): detect.hosts, and the site to draft for.",
                                                valueName: "host"))
        var host: [String] = []

        @Option(name: .long, help: ArgumentHelp(
            "The rules folder to compare with: its outlets' lines are no signatures, and the draft must load beside them.",
            discussion: "Default: $TANQIYA_RULES, else ./rules, else the installed rules; none found: no comparison.",
            valueName: "dir"))
        var rules: String?

        @Option(name: .shortAndLong, help: ArgumentHelp("Write the draft to this file (default: standard output).", valueName: "file"))
        var output: String?

        @Flag(name: .long, help: "Replace the -o file if it exists (a draft never replaces a file otherwise).")
        var force = false

        @Option(name: .long, help: ArgumentHelp("Read the inputs as this format (text, jsonl, html) instead of by extension.",
                                                valueName: "format"))
        var inputFormat: InputItem.Format?

        @Option(name: .long, help: ArgumentHelp("Read the inputs in this encoding instead of detecting it.", valueName: "name"))
        var encoding: DetectedEncoding?

        @Flag(name: .shortAndLong, help: "Quiet: only errors on stderr.")
        var quiet = false

        func validate() throws {
            if inputs.isEmpty { throw ValidationError("give the outlet's pages (files or directories)") }
            if inputs.contains("-") { throw ValidationError("the pages are read several times: give files or directories, not standard input (-)") }
            if !RuleDrafter.isValidOutletId(outlet) { throw ValidationError("--outlet \(Quoted.single(outlet)) must be lower-case letters, digits, '-' and '.'") }
            // The check a rule file's detect.hosts gets: the draft must load.
            for host in host {
                if let problem = HostName.problem(host) { throw ValidationError("--host \(Quoted.single(host)) \(problem)") }
            }
            if let output, output != "-", !force, FileManager.default.fileExists(atPath: output) {
                throw ValidationError("\(output) exists: give another file, or --force to replace it")
            }
        }

        func run() throws {
            let (existing, rulesFolder) = try loadRules()
            let (items, problems) = InputLocator(forcedFormat: inputFormat, forcedEncoding: encoding).locate(inputs)
            // The draft goes over no page and no rule file it is compared with (--force or not).
            var plan = OutputPlan()
            plan.writes(output, as: "-o")
            plan.readsRuleFiles(in: rulesFolder)
            try plan.checkOrExit(arguments: inputs, items: items)
            for problem in problems where !quiet || !problem.isSkip { warn("\(problem)") }
            // A missing input was said above; an empty folder is said by the suggester (0 pages read).
            if items.isEmpty && !problems.isEmpty { throw Failure(code: ExitStatus.usage) }
            let suggestion: RuleSuggester.Suggestion
            do {
                suggestion = try RuleSuggester(jobs: ProcessInfo.processInfo.activeProcessorCount).suggest(items, target: .init(outlet: outlet, name: name, hosts: host), existing: existing)
            } catch let problem as RuleSuggester.Problem {
                warn(problem.description)
                switch problem {
                case .outletExists, .clash: throw Failure(code: ExitStatus.usage)
                default: throw Failure(code: ExitStatus.inputsFailed)
                }
            }
            do {
                let file = try OutputFile.open(output ?? "-")
                file.write(Array(suggestion.yaml.utf8))
                try file.commit()
            } catch {
                warn("\(error)")
                throw Failure(code: ExitStatus.inputsFailed)
            }
            if !quiet { report(suggestion) }
        }

        /// The rules to compare with and their folder: `--rules DIR` (which must load), else the
        /// usual lookup (none is fine).
        private func loadRules() throws -> (RuleSet, String?) {
            if rules == nil, (try? RulesLocator().locate()) == nil {
                if !quiet { warn("no rules folder found: the draft is compared with no outlet's rules") }
                return (.empty, nil)
            }
            let (set, path) = try Rules.load(rules)
            if !quiet { warn("comparing with the rules in \(path) (\(counted(set.outlets.count, "outlet")))") }
            return (set, path)
        }

        private func report(_ s: RuleSuggester.Suggestion) {
            let d = s.draft, c = s.check
            warn("\(counted(s.pagesRead, "page")) read; drafting for \(RuleSuggester.describe(s.site)), \(counted(s.site.pages, "page"))"
                + (s.otherSites.isEmpty ? "" : "; other sites: " + s.otherSites.map { "\($0.host ?? $0.key) (\($0.pages))" }.joined(separator: ", ")))
            let lines = d.lines.count, sections = d.sections.count
            warn("draft: \(counted(d.hosts.count, "host")), \(counted(d.signatures.count, "signature")), "
                + "\(counted(lines, "line rule")), \(counted(sections, "section")), "
                + (d.titleRepeatWithin.map { "title printed again within \($0)" } ?? "title printed once")
                + (d.captions.isEmpty ? "" : ", captions: " + d.captions.map(\.kind.rawValue).joined(separator: ", ")))
            warn("on the sample: its detection claims \(c.claimed)/\(c.sitePages) of the site's pages"
                + (c.claimedByOthers.isEmpty ? "" : " (others claimed by " + c.claimedByOthers.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + ")")
                + " and \(c.otherClaimed)/\(c.otherPages) of other sites' pages")
            warn(String(format: "against learning's reading of the site's pages: titles %d/%d the same, paragraphs P %.3f R %.3f",
                        c.sameTitle, c.sitePages, c.precision, c.recall))
            for t in c.titleDifferences {
                warn("  title differs: \(t.page): draft \(Quoted.guillemets(t.draft)), learning \(Quoted.guillemets(t.reference))")
            }
            let file = output ?? "the draft"
            warn("next: tanqiya rules lint DIR (with \(file) in DIR); tanqiya check --fixtures PAGES --rules DIR --expected DIR")
        }
    }
}
