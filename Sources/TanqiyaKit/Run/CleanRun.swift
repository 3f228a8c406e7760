/// The ordered half of a clean run: each page's result, in input order, through the corpus
/// step (`Pipeline.corpusStep()`) into the outputs — or, in stage 1 of a staged run, into the
/// stage files, the corpus step coming later — and into the accounting.
struct CleanRun {
    private var outputs: RunOutputs?
    private var stage: StageWriter?
    private let itemOffset: Int
    private var corpus: CorpusStep
    private var fates: [CorpusStep.Fate] = []
    private var accounting: RunAccounting
    private var progress: RunProgress
    /// The current input, and how many of its pages were cleaned (a staged run's ordinals).
    private var item = -1
    private var pagesOfItem = 0
    /// The corpus index's mark before the current input's first article: should the input fail
    /// and its own output be dropped, its articles leave the index.
    private var keptBeforeItem = 0

    /// What the run's profile pass learned (for its stats).
    var learning = LearningStats()

    private let runner: CleanRunner
    private let items: [InputItem]

    init(runner: CleanRunner, pipeline: Pipeline, items: [InputItem]) {
        let options = runner.options
        self.runner = runner
        self.items = items
        accounting = RunAccounting(items: items, failedBefore: options.failedBeforeRun, skippedBefore: options.skippedBeforeRun)
        accounting.stats.jobs = min(max(1, options.jobs), PageScheduler.maxJobs)
        accounting.stats.dedup = options.dedup
        corpus = pipeline.corpusStep()
        progress = RunProgress(enabled: options.progress, items: items)
        itemOffset = options.itemOffset
    }

    /// Opens what the run writes to (before any input is read).
    mutating func open() throws {
        let options = runner.options
        if let target = options.stage {
            stage = try StageWriter(files: target.files, dedup: options.dedup ?? DedupOptions(), run: target.manifest.digest)
        } else {
            outputs = try RunOutputs(items: items, records: runner.output, explain: runner.explain,
                                     duplicates: options.duplicatesFile, format: runner.format)
        }
    }

    /// The stats of a run that stopped before reading its inputs (its outputs or its profile
    /// pass failed): what it had opened is dropped.
    func abandoned(because error: String) -> RunStats {
        outputs?.discard()
        stage?.discard()
        var stats = accounting.stats
        stats.failures.append(.init(input: nil, error: error))
        return stats
    }

    mutating func consume(_ event: PageScheduler.Event<CleanedPage>) {
        switch event {
        case .page(let item, let page):
            accounting.page(item, page)
            if page.outcome == .cleaned { write(item, page) }
        case .inputEnd(let item, var failure):
            if outputs != nil { failure = outputs!.end(item, failure: failure) }
            if failure != nil, outputs?.perInput == true, item == self.item { corpus.forgetKept(since: keptBeforeItem) }
            // Stage 1: a failed input's articles leave the stage files (as its own output is
            // dropped with `-o DIR/`): no later step sees them.
            if failure != nil, let stage, item == self.item { stage.dropInput() }
            let outcome = accounting.inputEnded(item, failure: failure, discarded: outputs?.perInput ?? (stage != nil))
            if let stage, case .written(let position) = outcome {
                // Stage 1: whether the input ends up written is for the corpus step to say.
                stage.inputWritten(item: itemOffset + item, droppedPosition: position, path: items[item].path)
            }
        }
        progress.report(accounting.stats)
    }

    private mutating func write(_ item: Int, _ page: CleanedPage) {
        if item != self.item {
            (self.item, pagesOfItem, keptBeforeItem) = (item, 0, corpus.keptMark)
            stage?.beginInput()
        }
        pagesOfItem += 1
        if let stage {
            // Staged: `tanqiya dedup global` decides later.
            for article in page.articles { stage.add(item: itemOffset + item, page: pagesOfItem - 1, article: article) }
            accounting.deferred(articles: page.articles.count)
            return
        }
        outputs!.begin(item)
        if outputs!.currentInputCannotBeWritten {
            // Its output cannot be created: the input fails, its articles go nowhere, and no
            // later article is dropped as a repeat of one of them.
            accounting.discarded(articles: page.articles.count)
            return
        }
        corpus.process(page, into: &fates)
        for (article, fate) in zip(page.articles, fates) {
            switch fate {
            case .kept:
                outputs!.write(record: article.bytes)
                accounting.written(bytes: article.bytes.count)
            case .duplicate(let of, let kind, let similarity):
                accounting.duplicate(kind)
                if outputs!.writesDuplicates {
                    outputs!.write(duplicate: DuplicateLine.make(id: article.id, duplicateOf: of, kind: kind.rawValue, similarity: similarity))
                }
            }
        }
        if !page.explain.isEmpty { outputs!.write(explain: page.explain) }
    }

    /// The run's stats (`started`: when it started, on `StageCounters.now()`); stage 1 writes
    /// its files, the other runs commit their shared outputs.
    mutating func finish(started: UInt64) -> RunStats {
        // The shared outputs first: whether the records reached their file decides what the
        // stats say was written.
        if let outputs {
            let failed = accounting.stats.inputs.failed
            let ending = outputs.finish(inputsFailed: failed > 0)
            for problem in ending.problems { accounting.runFailed(problem) }
            for path in ending.dropped {
                accounting.stats.warnings.append("\(path): not written: \(failed == 1 ? "an input" : "\(failed) inputs") failed (a file that holds every input is written whole or not at all)")
            }
            if !ending.recordsWritten { accounting.recordsNotWritten() }
        }
        var stats = accounting.finish(corpus: corpus.counters)
        stats.learning = learning
        for path in learning.notProfiled {
            // Standard input is read once whatever it is (a pipe, or a file redirected to it).
            let what = path == "-" ? "standard input" : "not a regular file: a pipe or a device"
            stats.warnings.append("\(path): read once (\(what)): cleaned but not learned from; to learn from it, give it as a file by its name")
        }
        stats.dedupIndexBytes = corpus.indexBytes
        let seconds = Double(StageCounters.now() - started) / 1e9
        stats.wallSeconds = seconds
        stats.megabytesPerSecond = seconds > 0 ? Double(stats.bytesIn) / 1e6 / seconds : 0
        stats.pagesPerSecond = seconds > 0 ? Double(stats.pages) / seconds : 0
        if let stage, let target = runner.options.stage {
            var staged = stats
            staged.staged = RunStats.Staged(shard: "\(target.files.shard)", run: target.manifest.digest, step: "clean")
            do { try stage.finish(stats: staged) } catch { stats.failures.append(.init(input: nil, error: "\(error)")) }
        }
        return stats
    }
}
