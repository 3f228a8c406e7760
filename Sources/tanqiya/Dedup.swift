import ArgumentParser
import Foundation
import TanqiyaKit

/// Stages 2 and 3 of a staged (sharded, multi-machine) run. Stage 1 is
/// `tanqiya clean INPUT… --shard I/N --stage-dir DIR` on every shard.
struct Dedup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Cross-shard deduplication of a staged run: the global step, then per-shard apply.",
        discussion: """
        1. per shard:  tanqiya clean INPUT… --shard I/N --stage-dir DIR
        2. once:       tanqiya dedup global DIR
        3. per shard:  tanqiya dedup apply DIR --shard I/N -o OUT/part-I.jsonl [--duplicates OUT/dups-I.jsonl] [--stats OUT/stats-I.json]
        4. once:       tanqiya stats merge OUT/stats-*.json -o OUT/stats.json
        The parts, concatenated in shard order, are byte-identical to `tanqiya clean INPUT… -o FILE` \
        in one process, and the merged stats are its stats. Every step is idempotent: a finished \
        shard or global step is not redone (a shard done with failed inputs is, and the global \
        step after it). DIR/run.json records what made the folder (inputs, \
        rules, options, shard count): a shard of another run is refused, and every stage file is \
        checked against the checksum written with it.
        """,
        subcommands: [Global.self, Apply.self]
    )

    struct Global: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Decide, over every shard's signatures, which articles are duplicates (writes DIR/decisions.jsonl).")

        @Argument(help: ArgumentHelp("The stage directory the shards wrote.", valueName: "dir"))
        var directory: String

        @Flag(name: .shortAndLong, help: "Quiet: only errors and failed inputs on stderr (no summary).")
        var quiet = false

        func run() throws {
            do {
                let summary = try StagedDedup.global(directory: directory)
                if quiet {
                    // No summary; failed inputs are still said below, as `clean -q` says them.
                } else if summary.skipped {
                    warn("decisions already made in \(directory) (decisions.done)")
                } else {
                    let dropped = summary.dropped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
                    warn("\(summary.shards) shards, \(summary.articles) articles, dropped: \(dropped.isEmpty ? "none" : dropped)")
                }
                // Decided without them, as one process would; a rerun of the shard retries them.
                for (shard, failures) in summary.failedShards {
                    for failure in failures { warn(failure.error) }
                    warn("shard \(shard) was done with \(counted(failures.count, "failed input")): \(failures.count == 1 ? "its" : "their") "
                         + "articles are in no part; once fixed, rerun its stage 1 (`tanqiya clean … --shard \(shard) --stage-dir \(directory)`: "
                         + "a shard done with failed inputs is redone), then this step and `dedup apply`")
                }
            } catch {
                warn("\(error)")
                throw Failure(code: ExitStatus.inputsFailed)
            }
        }
    }

    struct Apply: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write one shard's output without the articles the global step dropped.")

        @Argument(help: ArgumentHelp("The stage directory.", valueName: "dir"))
        var directory: String

        @Option(name: .long, help: ArgumentHelp("The shard, I/N.", valueName: "I/N"))
        var shard: String

        @Option(name: .shortAndLong, help: ArgumentHelp("Output file (default: standard output).", valueName: "file"))
        var output: String?

        @Option(name: .long, help: ArgumentHelp("This shard's dropped duplicates, one JSON line each.", valueName: "file"))
        var duplicates: String?

        @Option(name: .long, help: ArgumentHelp("This shard's stats as JSON, for `tanqiya stats merge`.", valueName: "file"))
        var stats: String?

        @Flag(name: .shortAndLong, help: "Quiet: only errors and failed inputs on stderr (no summary).")
        var quiet = false

        func validate() throws {
            if Shard(shard) == nil { throw ValidationError("--shard takes I/N with 0 ≤ I < N, e.g. 0/4") }
            let onStdout = [("-o", output ?? "-"), ("--duplicates", duplicates), ("--stats", stats)].filter { $0.1 == "-" }.map(\.0)
            if onStdout.count > 1 {
                throw ValidationError("\(onStdout.joined(separator: " and ")) \(onStdout.count == 2 ? "both" : "all") go to standard output (- or no -o); give all but one a file")
            }
        }

        func run() throws {
            var plan = OutputPlan()
            plan.writes(output, as: "-o")
            plan.writes(duplicates, as: "--duplicates")
            plan.writes(stats, as: "--stats")
            for path in StageFiles.all(in: directory) { plan.reads(path, as: "a stage file") }
            try plan.checkOrExit()
            // The part is written in the stage's format: a file named for the other would lie (as `clean` refuses).
            if let output, let implied = OutputFormat(impliedByPath: output), let format = StageManifest.outputFormat(in: directory), implied != format {
                warn("-o \(output) says \(implied.rawValue) but the stage folder's articles are \(format.rawValue) (clean --format \(format.rawValue)): name the output .\(format.fileExtension)")
                throw Failure(code: ExitStatus.usage)
            }
            var files: [OutputFile] = []
            do {
                let out = try OutputFile.open(output ?? "-")
                let dups = try duplicates.map { try OutputFile.open($0) }
                files = [out] + (dups.map { [$0] } ?? [])
                let summary = try StagedDedup.apply(directory: directory, shard: Shard(shard)!, output: out, duplicates: dups)
                if let stats {
                    let file = try OutputFile.open(stats)
                    files.append(file)
                    file.write([UInt8](summary.stats.json()))
                }
                for file in files { try file.commit() }
                let dropped = summary.dropped.values.reduce(0, +)
                if !quiet { warn("shard \(shard): \(summary.articles) articles, \(summary.written) written, \(dropped) duplicates dropped") }
                // Inputs that failed in stage 1 are in no part: said again here, and status 1,
                // as a one-process run ends (the part holds every other input, whole).
                let failures = summary.stats.failures
                if !failures.isEmpty {
                    for failure in failures { warn(failure.error) }
                    warn("shard \(shard): \(failures.count == 1 ? "1 input" : "\(failures.count) inputs") failed in stage 1: \(failures.count == 1 ? "its" : "their") articles are in no part")
                    throw Failure(code: ExitStatus.inputsFailed)
                }
            } catch let failure as Failure {
                throw failure
            } catch {
                // Nothing of a failed step stays: no part, no duplicates, no stats.
                for file in files { file.discard() }
                warn("\(error)")
                throw Failure(code: ExitStatus.inputsFailed)
            }
        }
    }
}
