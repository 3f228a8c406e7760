import ArgumentParser
import Foundation
import TanqiyaKit

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work with the JSON stats of runs (--stats).",
        subcommands: [Merge.self]
    )

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge several runs' stats into one.",
            discussion: """
            The shards of a staged run (the stats `tanqiya dedup apply --stats` writes) are taken \
            in shard order whatever order they are given in, and must be every shard of one run: \
            their merge is the stats of one process over the same inputs (times aside). Stats of \
            separate runs are merged in the order given. Counts are summed, lists joined; every \
            input must be cleaned, skipped or failed and every article written, dropped or \
            discarded, in each file and in the result.

            Exit status: 0 merged; 1 the stats cannot be merged (what is wrong is said).
            """
        )

        @Argument(help: ArgumentHelp("Stats files (JSON, as --stats writes them).", valueName: "stats"))
        var files: [String]

        @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the merged stats (default: standard output).", valueName: "file"))
        var output: String?

        func validate() throws {
            if files.isEmpty { throw ValidationError("give the stats files to merge") }
        }

        func run() throws {
            var plan = OutputPlan()
            plan.writes(output, as: "-o")
            for path in files { plan.reads(path, as: "stats") }
            try plan.checkOrExit()
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            do {
                var parts: [(name: String, stats: RunStats)] = []
                // One run's stats file given twice (`stats.json stats.json`, `./stats.json`, a link
                // to it) would count the run twice; a shard given twice is named by `StatsMerge`.
                var seen: [[UInt64]: String] = [:]
                for path in files {
                    let data: Data
                    do throws(FileSystemPath.PathError) {
                        data = Data(try FileSystemPath.contents(of: path, limit: FileSystemPath.maxSettingsFileBytes))
                    } catch {
                        throw ValidationError("\(path): cannot read: \(error.message)")
                    }
                    do {
                        parts.append((path, try decoder.decode(RunStats.self, from: data)))
                    } catch {
                        throw ValidationError("\(path): not a run's stats (\(JSONDecodingProblem.describe(error, data: data, as: RunStats.self, decoder: decoder)))")
                    }
                    var info = stat()
                    if parts.last!.stats.staged == nil, FileSystemPath.stat(path, &info) == 0 {
                        if let first = seen[[UInt64(info.st_dev), UInt64(info.st_ino)]] {
                            throw ValidationError("\(path): the same file as \(first), given twice: each run's stats count once")
                        }
                        seen[[UInt64(info.st_dev), UInt64(info.st_ino)]] = path
                    }
                }
                let merged = try StatsMerge.merge(parts)
                let file = try OutputFile.open(output ?? "-")
                file.write([UInt8](merged.json()))
                try file.commit()
            } catch {
                warn("\(error)")
                throw Failure(code: ExitStatus.inputsFailed)
            }
        }
    }
}
