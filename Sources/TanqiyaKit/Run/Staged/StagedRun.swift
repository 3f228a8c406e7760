import Foundation

/// What one `tanqiya clean` process runs of the located inputs: `--shard I/N` takes the I-th of
/// N contiguous ranges of the sorted input list (concatenated in shard order, the shards'
/// outputs are one process's output); with a stage folder the process is stage 1 of a staged
/// run (`StageFiles`, then `StagedDedup`). The folder records what made it (`StageManifest`): a
/// shard of another run is refused, one already done for this run is not redone — unless it was
/// done with failed inputs: those may be readable now, so it is redone (and the global step's
/// decisions, made with the shard as it was, are removed). Inputs found unusable while listing
/// belong to no shard's range: shard 0 accounts for them.
public struct StagedRun: Sendable {
    public let shard: Shard
    /// Stage 1's files and run (nil: an ordinary run of the shard's inputs).
    public let stage: Target?

    /// An ordinary run of the shard's inputs.
    public init(shard: Shard = Shard(index: 0, count: 1)) {
        self.shard = shard
        stage = nil
    }

    /// Stage 1 of a staged run into `stageDirectory`, for the run `manifest` describes.
    public init(shard: Shard, stageDirectory: String, manifest: StageManifest) {
        self.shard = shard
        stage = Target(files: StageFiles(directory: stageDirectory, shard: shard), manifest: manifest)
    }

    /// Where stage 1 writes, and for which run.
    public struct Target: Sendable {
        public let files: StageFiles
        public let manifest: StageManifest
    }

    public enum Plan: Sendable {
        /// Clean these inputs with these options (`redo`: the shard was done with failed inputs).
        case run([InputItem], RunOptions, redo: Redo?)
        /// The shard is already done for this run (its marker's path): nothing to do.
        case alreadyDone(String)
        /// `--fail-fast` and an input failed while listing: the run stops before it starts.
        case stopped(InputLocator.Problem)
    }

    /// A shard done with failed inputs, redone: its earlier failures, and whether the global
    /// step's decisions were removed with its marker (`dedup global` has to run again).
    public struct Redo: Sendable {
        public var failures: [RunStats.Failure]
        public var decisionsRemoved: Bool
    }

    /// This process's inputs and options, from all located inputs and the run's options. A stage
    /// folder made by another run (`manifest` differs) is refused with what differs.
    public func plan(items: [InputItem], problems: [InputLocator.Problem], options: RunOptions) throws -> Plan {
        var options = options
        var redo: Redo?
        if let stage {
            let files = stage.files
            try stage.manifest.record(in: files.directory)
            if files.isDone {
                let done = try StageDone.read(files.path("done"))
                guard done.run == stage.manifest.digest else {
                    throw StageProblem.otherRun(files.directory, ["\(files.path("done")) was written by another run"])
                }
                let failures = try StagedDedup.readStats(files.path("stats.json"), done: done).failures
                guard !failures.isEmpty else { return .alreadyDone(files.path("done")) }
                redo = Redo(failures: failures, decisionsRemoved: try Self.undo(files))
            }
            options.stage = stage
        }
        if options.failFast, let problem = problems.first(where: { !$0.isSkip }) { return .stopped(problem) }
        let range = shard.range(of: items.count)
        options.itemOffset = range.lowerBound
        if shard.index == 0 {
            options.failedBeforeRun = problems.filter { !$0.isSkip }.map { RunStats.Failure(input: $0.path, error: "\($0)") }
            options.skippedBeforeRun = problems.filter(\.isSkip).map { RunStats.Skip(input: $0.path, reason: $0.reason) }
        }
        return .run(Array(items[range]), options, redo: redo)
    }

    /// Before a shard done with failures is redone: its marker goes first (a redo cut short
    /// leaves the shard not done, never done with files that are not what the marker says), and
    /// the global step's marker with it (its decisions counted the shard's articles as they
    /// were). Returns whether there were decisions.
    static func undo(_ files: StageFiles) throws -> Bool {
        try remove(files.path("done"))
        let decisions = StageFiles.decisionsDone(in: files.directory)
        guard FileManager.default.fileExists(atPath: decisions) else { return false }
        try remove(decisions)
        return true
    }

    private static func remove(_ path: String) throws {
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            throw StageProblem.malformed(path, "cannot be removed to redo the shard: \((error as NSError).localizedDescription)")
        }
    }
}
