import Foundation

/// Whether and how a run learns its sites' chrome before cleaning (see `ProfileBuilder`).
public enum Learning: Sendable {
    /// Nothing learned (`--no-learn`): every page as if it were alone.
    case off
    /// A profile pass over the inputs first, then the clean pass with what it learned.
    case learn(LearningTunables)
    /// A profile made earlier (`--use-profile FILE`), no profile pass.
    case use(SiteProfile)
    /// The profile a staged run learned from these same inputs in its profile stage (`tanqiya
    /// profile --stage-dir`, then `tanqiya profile merge`): used like a saved one, reported as
    /// learned, as one process over the inputs would report it.
    case learnedInStage(SiteProfile)

    /// How a staged run's manifest records it (a saved profile by its digest: shards cleaned with
    /// other profiles are not one run).
    public var manifestValue: String {
        switch self {
        case .off: return "off (--no-learn)"
        case .learn: return "learned by each run"
        case .use(let profile), .learnedInStage(let profile):
            var hash = StableHash.Streaming(seed: StageManifest.digestSeed)
            [UInt8](profile.json()).withUnsafeBufferPointer { hash.add($0) }
            return "profile " + StageManifest.hex(hash.finish())
        }
    }
}

/// What the profile pass did, for the run's stats.
public struct LearningStats: Codable, Sendable, Equatable {
    /// `learn`, `use` (a saved profile) or `off`; `mixed` in merged stats of runs that differ.
    public var mode = "off"
    /// Pages read by the profile pass (all of them, or the sample of a big corpus), and the share sampled.
    public var pagesProfiled = 0
    public var sampleRate = 0.0
    /// Sites with enough pages to learn from, and their pages.
    public var sites = 0
    public var pagesLearnedFrom = 0
    public var linesLearned = 0
    public var shapesLearned = 0
    public var slotsLearned = 0
    public var seconds = 0.0
    /// Inputs that can be read only once (standard input, a FIFO): cleaned, not profiled.
    public var notProfiled: [String] = []

    public init() {}

    init(profile: SiteProfile, mode: String, seconds: Double) {
        self.mode = mode
        pagesProfiled = profile.pages
        sampleRate = profile.sampleRate
        sites = profile.sites.count
        pagesLearnedFrom = profile.pagesLearnedFrom
        linesLearned = profile.sites.reduce(0) { $0 + $1.lines.count }
        shapesLearned = profile.sites.reduce(0) { $0 + $1.shapes.count }
        slotsLearned = profile.sites.reduce(0) { $0 + $1.lines.filter { $0.slot != nil }.count }
        self.seconds = seconds
    }
}
