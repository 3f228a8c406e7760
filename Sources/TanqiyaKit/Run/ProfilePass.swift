import Foundation

/// The profile pass of a run that learns (`Learning.learn`): the pages of the inputs read as the
/// clean pass will read them, each reduced to its `PageFrame` on the workers
/// (`PageScheduler`), the frames fed in input order to a `ProfileBuilder`. Pages that cannot be
/// read are passed over here; the clean pass reports them. A big corpus is profiled on a sample
/// (`ProfileSample`); text dumps and HTML pages outside it are not even read.
public enum ProfilePass {
    /// What the run learns or is given, as the labeller its classifier uses (nil: nothing), with
    /// the stats; the profile written to `options.profileOutput` when asked. Inputs that can be
    /// read only once (standard input, a FIFO) are left to the clean pass, unprofiled.
    public static func learn(_ options: RunOptions, items: [InputItem]) throws -> (LearnedChromeLabeler?, LearningStats) {
        let start = StageCounters.now()
        let profile: SiteProfile
        let mode: String
        var readOnce: [String] = []
        switch options.learning {
        case .off: return (nil, LearningStats())
        case .use(let saved): (profile, mode) = (saved, "use")
        case .learnedInStage(let learned): (profile, mode) = (learned, "learn")
        case .learn(let tunables):
            let scheduler = PageScheduler(jobs: options.jobs, batchPages: options.batchPages, batchBytes: options.batchBytes)
            let rereadable = items.filter(\.isRereadable)
            readOnce = items.filter { !$0.isRereadable }.map(\.path)
            (profile, mode) = (try run(rereadable, tunables: tunables, scheduler: scheduler), "learn")
        }
        if let path = options.profileOutput {
            let file = try OutputFile(path: path)
            file.write([UInt8](profile.json()))
            try file.commit()
        }
        var stats = LearningStats(profile: profile, mode: mode, seconds: Double(StageCounters.now() - start) / 1e9)
        stats.notProfiled = readOnce
        return (LearnedChromeLabeler(profile: profile), stats)
    }

    /// The profile of `items`' pages; `failed` hears of each input that could not be read.
    public static func run(_ items: [InputItem], tunables: LearningTunables,
                           scheduler: PageScheduler = PageScheduler(), failed: (String) -> Void = { _ in }) throws -> SiteProfile {
        let sample = ProfileSample(items: items, tunables: tunables)
        let builder = try ProfileBuilder(tunables: tunables, temporaryDirectory: temporaryDirectory)
        try frames(items, sample: sample, tunables: tunables, scheduler: scheduler, failed: failed) { try builder.add($0) }
        var profile = try builder.build()
        profile.sampleRate = sample.rate
        return profile
    }

    /// The frames of `items`' pages in the sample, in input order, to `body`.
    static func frames(_ items: [InputItem], sample: ProfileSample, tunables: LearningTunables, scheduler: PageScheduler,
                       failed: (String) -> Void = { _ in }, _ body: (PageFrame) throws -> Void) throws {
        let read = items.filter { $0.format == .jsonl || sample.includes($0, record: 0) }
        var failure: Error?
        scheduler.run(read, work: { raw -> PageFrame? in
            if case .jsonl(let line) = raw.kind, !sample.includes(raw.item, record: line) { return nil }
            return PageFrame(raw, tunables: tunables)
        }, consume: { event in
            if case .inputEnd(_, let problem?) = event { failed(problem) }
            guard failure == nil, case .page(_, let frame?) = event else { return }
            do { try body(frame) } catch { failure = error }
        })
        if let failure { throw failure }
    }

    /// `$TMPDIR`, else /tmp.
    static var temporaryDirectory: String {
        let dir = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        return dir.isEmpty ? "/tmp" : dir
    }
}
