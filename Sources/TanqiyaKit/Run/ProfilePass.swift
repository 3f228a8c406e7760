import Foundation

/// The profile pass of a run that learns (`Learning.learn`): the pages of the inputs read as the
/// clean pass will read them, each reduced to its `PageFrame` on the workers
/// (`PageScheduler`), the frames fed in input order to a `ProfileBuilder`. Pages that cannot be
/// read are passed over here; the clean pass reports them. A big corpus is profiled on a sample
/// (`ProfileSample`); text dumps and HTML pages outside it are not even read. The pages it parses
/// (HTML) are kept for the clean pass, up to a memory budget (`ProfiledPages`): a page is parsed once.
public enum ProfilePass {
    /// What the run learns or is given, as the labeller its classifier uses (nil: nothing), with
    /// the stats; the profile written to `options.profileOutput` when asked. Inputs that can be
    /// read only once (standard input, a FIFO) are left to the clean pass, unprofiled.
    /// The documents of the pages read whole go to `profiled`, when given (indexed by their place in `items`).
    public static func learn(_ options: RunOptions, items: [InputItem],
                             keeping profiled: ProfiledPages? = nil) throws -> (LearnedChromeLabeler?, LearningStats) {
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
            let rereadable = items.indices.filter { items[$0].isRereadable }
            readOnce = items.filter { !$0.isRereadable }.map(\.path)
            let keeping = profiled.map { Keeping(pages: $0, runIndex: rereadable) }
            (profile, mode) = (try run(rereadable.map { items[$0] }, tunables: tunables, scheduler: scheduler, keeping: keeping), "learn")
        }
        if let path = options.profileOutput {
            let file = try OutputFile.open(path)  // "-": standard output
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
        try run(items, tunables: tunables, scheduler: scheduler, keeping: nil, failed: failed)
    }

    /// Where the documents of the pages read whole go: `pages`, under the index `runIndex[i]` for `items[i]`.
    struct Keeping {
        let pages: ProfiledPages
        let runIndex: [Int]
    }

    static func run(_ items: [InputItem], tunables: LearningTunables, scheduler: PageScheduler, keeping: Keeping?,
                    failed: (String) -> Void = { _ in }) throws -> SiteProfile {
        let sample = ProfileSample(items: items, tunables: tunables)
        if tooFewToLearn(items, sample: sample, tunables) {
            // No site can be learned: the pages are only counted (the profile says how many were
            // read), without a frame; HTML pages are still parsed once and kept for the clean pass.
            var pages = 0
            try frames(items, sample: sample, tunables: tunables, scheduler: scheduler, keeping: keeping, framed: false,
                       failed: failed) { _ in pages += 1 }
            var profile = SiteProfile(tunables: tunables, pages: pages, pagesLearnedFrom: 0, sites: [])
            profile.sampleRate = sample.rate
            return profile
        }
        let builder = try ProfileBuilder(tunables: tunables, temporaryDirectory: temporaryDirectory)
        try frames(items, sample: sample, tunables: tunables, scheduler: scheduler, keeping: keeping, failed: failed) { try builder.add($0) }
        var profile = try builder.build()
        profile.sampleRate = sample.rate
        return profile
    }

    /// Whether no site can be learned from `items`, whatever their pages hold: fewer pages in the
    /// sample than a site needs (`minSitePages`: one text dump of a million lines, a handful of
    /// pages). A JSONL input's pages are its records, known only by reading it: never too few.
    static func tooFewToLearn(_ items: [InputItem], sample: ProfileSample, _ t: LearningTunables) -> Bool {
        guard !items.contains(where: { $0.format == .jsonl }) else { return false }
        return items.lazy.filter { sample.includes($0, record: 0) }.prefix(t.minSitePages).count < t.minSitePages
    }

    /// The frames of `items`' pages in the sample, in input order, to `body` (`framed` false: an
    /// empty frame for each page the profile would count, none built).
    static func frames(_ items: [InputItem], sample: ProfileSample, tunables: LearningTunables, scheduler: PageScheduler,
                       keeping: Keeping? = nil, framed: Bool = true, failed: (String) -> Void = { _ in },
                       _ body: (PageFrame) throws -> Void) throws {
        let reading = items.indices.filter { items[$0].format == .jsonl || sample.includes(items[$0], record: 0) }
        let keeps = keeping != nil
        var failure: Error?
        scheduler.run(reading.map { items[$0] }, work: { raw -> PageFrame.Read? in
            if case .jsonl(let line) = raw.kind, !sample.includes(raw.item, record: line) { return nil }
            return PageFrame.read(raw, tunables: tunables, keepingDocument: keeps, framed: framed)
        }, consume: { event in
            if case .inputEnd(_, let problem?) = event { failed(problem) }
            guard failure == nil, case .page(let item, let read?) = event else { return }
            if let keeping, let document = read.document {
                keeping.pages.keep(document, item: keeping.runIndex[reading[item]], record: read.record)
            }
            do { try body(read.frame) } catch { failure = error }
        })
        if let failure { throw failure }
    }

    /// `$TMPDIR`, else /tmp.
    static var temporaryDirectory: String {
        let dir = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        return dir.isEmpty ? "/tmp" : dir
    }
}
