/// What one `tanqiya clean` process runs of the located inputs: `--shard I/N` takes the I-th of
/// N contiguous ranges of the sorted input list (concatenated in shard order, the shards'
/// outputs are one process's output); with a stage directory the process is stage 1 of a staged
/// run (`StageFiles`, then `StagedDedup`), and a shard already done there is not redone. Inputs
/// found unusable while listing belong to no shard's range: shard 0 accounts for them.
public struct StagedRun: Sendable {
    public let shard: Shard
    /// Stage 1's files (nil: an ordinary run of the shard's inputs).
    public let stage: StageFiles?

    public init(shard: Shard = Shard(index: 0, count: 1), stageDirectory: String? = nil) {
        self.shard = shard
        stage = stageDirectory.map { StageFiles(directory: $0, shard: shard) }
    }

    public enum Plan: Sendable {
        /// Clean these inputs with these options.
        case run([InputItem], RunOptions)
        /// The shard is already done (its marker's path): nothing to do.
        case alreadyDone(String)
        /// `--fail-fast` and an input failed while listing: the run stops before it starts.
        case stopped(InputLocator.Problem)
    }

    /// This process's inputs and options, from all located inputs and the run's options.
    public func plan(items: [InputItem], problems: [InputLocator.Problem], options: RunOptions) -> Plan {
        if let stage, stage.isDone { return .alreadyDone(stage.path("done")) }
        if options.failFast, let problem = problems.first(where: { !$0.isSkip }) { return .stopped(problem) }
        let range = shard.range(of: items.count)
        var options = options
        options.stage = stage
        options.itemOffset = range.lowerBound
        if shard.index == 0 {
            options.failedBeforeRun = problems.filter { !$0.isSkip }.map { RunStats.Failure(input: $0.path, error: "\($0)") }
            options.skippedBeforeRun = problems.filter(\.isSkip).map { RunStats.Skip(input: $0.path, reason: $0.reason) }
        }
        return .run(Array(items[range]), options)
    }
}
