import ArgumentParser
import Foundation
import TanqiyaKit

/// `tanqiya profile`: learn the sites' chrome of a corpus without cleaning it (the profile a
/// `clean --use-profile` run takes), and the profile stage of a staged run.
struct Profile: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Learn each site's chrome from pages: a profile for `clean --use-profile`, or a staged run's profile stage.",
        discussion: """
        A site's chrome is what recurs across its pages: lines (menus, footers, widget labels), \
        line shapes (its date lines, «اقرأ أيضا: …» lines) and slots (the changing headlines \
        under a recurring "most read" line). Pages are grouped into sites by their URL's host \
        (a JSONL record's url) or, without one, by the chrome they share. `tanqiya clean` learns \
        by itself; this command writes what it would learn, to review it or to learn once on a \
        sample and clean with --use-profile.

        Staged runs learn once for all shards: run `tanqiya profile INPUT… --shard I/N \
        --stage-dir DIR` for every shard (each writes its pages' frames), then `tanqiya profile \
        merge DIR` (DIR/profile.json), then the clean stage (`tanqiya clean … --shard I/N \
        --stage-dir DIR` takes DIR/profile.json). The profile is the one a single process learns.
        """,
        subcommands: [Build.self, Merge.self],
        defaultSubcommand: Build.self
    )

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Learn from pages: write the profile (JSON), or with --stage-dir a shard's frames."
        )

        @OptionGroup var input: InputOptions

        @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the profile (default: standard output).", valueName: "file"))
        var output: String?

        @Option(name: .shortAndLong, help: ArgumentHelp("Pages read in parallel (default: the number of cores); the profile is the same.",
                                                         valueName: "n"))
        var jobs: Int?

        @Option(name: .long, help: ArgumentHelp("Profile stage of a staged run: this shard (I/N) of the inputs.", valueName: "I/N"))
        var shard: String?

        @Option(name: .long, help: ArgumentHelp("Profile stage of a staged run: write the shard's frames into DIR.", valueName: "dir"))
        var stageDir: String?

        @Flag(name: .shortAndLong, help: "Quiet: only errors on stderr (no skipped inputs, warnings or summary).")
        var quiet = false

        func validate() throws {
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            if let shard, Shard(shard) == nil { throw ValidationError("--shard takes I/N with 0 ≤ I < N, e.g. 0/4") }
            if (shard != nil) != (stageDir != nil) { throw ValidationError("--shard and --stage-dir go together (the profile stage of a staged run)") }
            if stageDir != nil && output != nil { throw ValidationError("--stage-dir writes the shard's frames; `tanqiya profile merge` writes the profile") }
        }

        func run() throws {
            var plan = OutputPlan()
            plan.writes(output, as: "-o")
            plan.writesFolder(stageDir, as: "--stage-dir")
            // The stage folder is passed over as `clean --stage-dir` passes over it: both stages
            // see the same inputs.
            let located = input.locate(passingOver: plan.outputFolders)
            try plan.checkOrExit(arguments: input.inputs, items: located.items)
            for problem in located.problems where !quiet || !problem.isSkip { warn("\(problem)") }
            let jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
            if jobs > PageScheduler.maxJobs && !quiet {
                warn("--jobs \(jobs) is more than \(PageScheduler.maxJobsPerCore) per core (\(ProcessInfo.processInfo.activeProcessorCount) cores): using \(PageScheduler.maxJobs)")
            }
            let scheduler = PageScheduler(jobs: jobs)
            do {
                let failedBefore = located.problems.filter { !$0.isSkip }.map(\.description)
                if let stageDir, let shard = shard.flatMap(Shard.init) {
                    // Inputs found unusable while listing belong to no shard's range: shard 0
                    // accounts for them, as in `clean --stage-dir`.
                    let failures = try StagedProfile.writeFrames(located.items, shard: shard, directory: stageDir, tunables: LearningTunables(),
                                                                 scheduler: scheduler, failedBefore: shard.index == 0 ? failedBefore : [],
                                                                 inputs: StagedProfile.Inputs(arguments: input.inputs, items: located.items, problems: located.problems))
                    try Profile.refuse(failures, StagedProfile.framesPath(in: stageDir, shard: shard), listed: located.problems)
                    return
                }
                var failures = failedBefore
                let profile = try ProfilePass.run(located.items, tunables: LearningTunables(), scheduler: scheduler) { failures.append($0) }
                try Profile.refuse(failures, output ?? "the profile", listed: located.problems)
                let file = try OutputFile.open(output ?? "-")
                file.write([UInt8](profile.json()))
                try file.commit()
                if !quiet { warn("profile: \(profile.pages) \(profile.pages == 1 ? "page" : "pages"), \(profile.sites.count) \(profile.sites.count == 1 ? "site" : "sites") learned") }
            } catch let failure as Failure {
                throw failure
            } catch {
                warn("\(error)")
                throw Failure(code: ExitStatus.inputsFailed)
            }
        }
    }

    /// A profile learns from every input: written whole or not at all, like `clean -o FILE`.
    /// With `failures`, says them (those not `listed` already), that `what` is not written, and
    /// ends the command with status 1.
    static func refuse(_ failures: [String], _ what: String, listed: [InputLocator.Problem]) throws {
        guard !failures.isEmpty else { return }
        for failure in failures where !listed.contains(where: { $0.description == failure }) { warn(failure) }
        warn("\(what): not written: an input failed (a profile learns from every input)")
        throw Failure(code: ExitStatus.inputsFailed)
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A staged run's profile: every shard's frames in DIR, in shard order, into DIR/profile.json."
        )

        @Argument(help: ArgumentHelp("The stage folder the shards wrote their frames into.", valueName: "dir"))
        var directory: String

        @Option(name: .shortAndLong, help: ArgumentHelp("Also write the profile to this file.", valueName: "file"))
        var output: String?

        @Flag(name: .shortAndLong, help: "Quiet: only errors on stderr (no summary).")
        var quiet = false

        func run() throws {
            var plan = OutputPlan()
            plan.writes(StagedProfile.profilePath(in: directory), as: "profile merge")
            plan.writes(output, as: "-o")
            try plan.checkOrExit()
            do {
                let profile = try StagedProfile.merge(directory: directory, tunables: LearningTunables())
                if let output {
                    let file = try OutputFile.open(output)
                    file.write([UInt8](profile.json()))
                    try file.commit()
                }
                if !quiet { warn("profile: \(StagedProfile.profilePath(in: directory)), \(profile.sites.count) \(profile.sites.count == 1 ? "site" : "sites") learned from \(profile.pages) \(profile.pages == 1 ? "page" : "pages")") }
            } catch {
                warn("\(error)")
                throw Failure(code: ExitStatus.inputsFailed)
            }
        }
    }
}
