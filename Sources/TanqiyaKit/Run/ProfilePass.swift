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
    public var pagesProfiled = 0
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
        sites = profile.sites.count
        pagesLearnedFrom = profile.pagesLearnedFrom
        linesLearned = profile.sites.reduce(0) { $0 + $1.lines.count }
        shapesLearned = profile.sites.reduce(0) { $0 + $1.shapes.count }
        slotsLearned = profile.sites.reduce(0) { $0 + $1.lines.filter { $0.slot != nil }.count }
        self.seconds = seconds
    }
}

/// The profile pass: every page of the inputs read (as the clean pass will read it), reduced to
/// its `PageFrame`, and fed in input order to a `ProfileBuilder`. Pages that cannot be read are
/// passed over here; the clean pass reports them.
public enum ProfilePass {
    public static func run(_ items: [InputItem], tunables: LearningTunables) throws -> SiteProfile {
        let builder = try ProfileBuilder(tunables: tunables, temporaryDirectory: temporaryDirectory)
        let source = PageSource(items: items)
        while true {
            switch source.next() {
            case .page(_, let raw):
                if let frame = PageFrame(raw, tunables: tunables) { try builder.add(frame) }
            case .warning, .itemEnd:
                continue
            case .end:
                return try builder.build()
            }
        }
    }

    /// `$TMPDIR`, else /tmp.
    static var temporaryDirectory: String {
        let dir = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        return dir.isEmpty ? "/tmp" : dir
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
