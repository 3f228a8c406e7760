import Foundation

/// Whether and how a run learns its sites' chrome before cleaning (see `ProfileBuilder`).
public enum Learning: Sendable {
    /// Nothing learned (`--no-learn`): every page as if it were alone.
    case off
    /// A profile pass over the inputs first, then the clean pass with what it learned.
    case learn(LearningTunables)
    /// A profile made earlier (`--use-profile FILE`), no profile pass.
    case use(SiteProfile)
}

/// What the profile pass did, for the run's stats.
public struct LearningStats: Codable, Sendable, Equatable {
    /// `learn`, `use` (a saved profile) or `off`.
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

/// The profile pass: the pages of the inputs read (as the clean pass will read them), each
/// reduced to its `PageFrame` and fed in input order to a `ProfileBuilder`. Pages that cannot be
/// read are passed over here; the clean pass reports them.
///
/// A big corpus is profiled on a sample (`ProfileSample`): every page of the first
/// `LearningTunables.fullProfileBytes`, an eighth of what is beyond, chosen by a hash of each
/// page's place (its input's path and record number), so every shard of a staged run takes the
/// same pages. The profile pass then costs at most about an eighth of reading the corpus.
public enum ProfilePass {
    public static func run(_ items: [InputItem], tunables: LearningTunables) throws -> SiteProfile {
        let sample = ProfileSample(items: items, tunables: tunables)
        let builder = try ProfileBuilder(tunables: tunables, temporaryDirectory: temporaryDirectory)
        // Text dumps and HTML pages outside the sample are not even read.
        let read = items.filter { $0.format == .jsonl || sample.includes($0, record: 0) }
        let source = PageSource(items: read)
        while true {
            switch source.next() {
            case .page(_, let raw):
                if case .jsonl(let line) = raw.kind, !sample.includes(raw.item, record: line) { continue }
                if let frame = PageFrame(raw, tunables: tunables) { try builder.add(frame) }
            case .warning, .itemEnd:
                continue
            case .end:
                var profile = try builder.build()
                profile.sampleRate = sample.rate
                return profile
            }
        }
    }

    /// `$TMPDIR`, else /tmp.
    static var temporaryDirectory: String {
        let dir = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        return dir.isEmpty ? "/tmp" : dir
    }
}

/// Which pages the profile pass reads: all of them when the inputs hold at most
/// `fullProfileBytes`, else a share `rate` of them such that the bytes profiled are about
/// `fullProfileBytes` plus an eighth of the rest. A page is in the sample when a hash of its
/// input's relative path and its record number (0 for a whole file) falls below the rate: the same
/// decision in any process, shard or order.
public struct ProfileSample: Sendable {
    public let rate: Double
    private let threshold: UInt64

    public init(items: [InputItem], tunables: LearningTunables) {
        var total = 0
        for item in items where !item.isStdin {
            var info = stat()
            if stat(item.path, &info) == 0 { total += Int(info.st_size) }
        }
        self.init(totalBytes: total, tunables: tunables)
    }

    public init(totalBytes: Int, tunables: LearningTunables) {
        let full = Double(tunables.fullProfileBytes)
        let total = Double(totalBytes)
        rate = total <= full ? 1 : (full + (total - full) * tunables.sampleShareBeyond) / total
        threshold = rate >= 1 ? UInt64.max : UInt64(rate * 0x1p64)
    }

    public func includes(_ item: InputItem, record: Int) -> Bool {
        guard threshold != UInt64.max else { return true }
        return LineShapes.fingerprint(ofLine: "\(item.relativePath)\u{0}\(record)") < threshold
    }
}

extension PageFrame {
    /// The frame of a page as read, without building its blocks where the bytes suffice (a text
    /// dump, a JSONL record's text); nil for what the clean pass will skip or not read.
    init?(_ raw: RawPage, tunables: LearningTunables) {
        switch raw.kind {
        case .text:
            let decoded = TextDecoding.decode(raw.bytes, forced: raw.item.encoding)
            self = decoded.utf8.withUnsafeBufferPointer { PageFrame(utf8: $0, host: nil, tunables: tunables) }
        case .jsonl(let line):
            guard case .success(let (record, _)?) = JSONLReader().record(line: raw.bytes, number: line, encoding: raw.item.encoding)
            else { return nil }
            if var text = record.text {
                let host = record.url.flatMap(SiteKey.host(of:))
                self = text.withUTF8 { PageFrame(utf8: $0, host: host, tunables: tunables) }
            } else if case .success(let document?) = raw.decode() {
                self = PageFrame(document: document, tunables: tunables)
            } else {
                return nil
            }
        case .html:
            guard case .success(let document?) = raw.decode() else { return nil }
            self = PageFrame(document: document, tunables: tunables)
        }
    }
}
