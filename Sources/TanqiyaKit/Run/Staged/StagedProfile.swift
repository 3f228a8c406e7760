import Foundation

/// The profile stage of a staged run that learns, before the clean stage: each shard writes the
/// frames of its pages in the sample (`<shard>.frames`, `tanqiya profile … --shard I/N
/// --stage-dir DIR`), then one step reads every shard's frames in shard order into one
/// `ProfileBuilder` (`tanqiya profile merge DIR`) and writes `profile.json`, which every clean
/// shard then uses. The builder sees the very frames, in the very order, that one process's
/// profile pass feeds it (shards are contiguous ranges of the sorted inputs; the sample is
/// decided on the whole input list), so the profile — and the output — is one process's.
public enum StagedProfile {
    public static func profilePath(in directory: String) -> String { "\(trimmed(directory))/profile.json" }

    static func framesPath(_ directory: String, _ shard: Shard) -> String { "\(trimmed(directory))/\(shard.stem).frames" }

    static func trimmed(_ directory: String) -> String { directory.hasSuffix("/") ? String(directory.dropLast()) : directory }

    /// `profile-inputs.json`: the input list the profile stage learns from, written by its first
    /// shard. Every later profile shard and every clean shard checks it: a profile learned from
    /// other inputs (the folder reused for another corpus) was taken silently, and the output
    /// was not one process's.
    public struct Inputs: Codable, Equatable, Sendable {
        public var arguments: [String]
        public var inputs: Int
        public var inputsDigest: String

        public init(arguments: [String], items: [InputItem], problems: [InputLocator.Problem]) {
            self.arguments = arguments
            inputs = items.count + problems.count
            inputsDigest = StageManifest.inputsDigest(items: items, problems: problems)
        }

        /// Why `self` (what the profile learned from) is not `other` (this run's inputs); nil: the same.
        func difference(from other: Inputs) -> String? {
            guard self != other else { return nil }
            var text = "learned from \(inputs) inputs listed from \(arguments.joined(separator: " ")), this run has \(other.inputs) from \(other.arguments.joined(separator: " "))"
            if inputs == other.inputs && arguments == other.arguments { text += " (other files or formats)" }
            return text
        }
    }

    static func inputsPath(in directory: String) -> String { "\(trimmed(directory))/profile-inputs.json" }

    /// Checks that the stage folder's profile was learned from `inputs` (a folder made before
    /// `profile-inputs.json` existed is taken as it is); with `record`, writes them when absent.
    public static func checkInputs(_ inputs: Inputs, in directory: String, record: Bool = false) throws {
        let path = inputsPath(in: directory)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        if let data = FileManager.default.contents(atPath: path) {
            guard let recorded = try? decoder.decode(Inputs.self, from: data) else {
                throw StageProblem.malformed(path, "not the profile stage's input list")
            }
            if let difference = recorded.difference(from: inputs) { throw StageProblem.otherProfileInputs(trimmed(directory), difference) }
            return
        }
        guard record else { return }
        let file = try StageFiles.create(path)
        file.write([UInt8](try StageManifest.encoder.encode(inputs)) + [0x0A])
        try file.commit()
    }

    /// Shard `shard`'s frames, from the whole input list `items` (its range is taken here). A
    /// profile learns from every input: when one fails — one of `failedBefore` (found unusable
    /// while listing, which shard 0 accounts for) or one that cannot be read here — the frames
    /// are not written (`profile merge` then says the shard is missing). Returns the failures
    /// (empty: written), those met here in the order met.
    public static func writeFrames(_ items: [InputItem], shard: Shard, directory: String, tunables: LearningTunables,
                                   scheduler: PageScheduler, failedBefore: [String] = [], inputs: Inputs? = nil) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if let inputs { try checkInputs(inputs, in: directory, record: true) }
        let path = framesPath(directory, shard)
        let partial = path + ".partial-\(getpid())"
        let sample = ProfileSample(items: items, tunables: tunables)
        guard OutputFile.track(partial) else { throw FrameLog.Problem.unwritable(path, "the run was interrupted") }
        defer { OutputFile.forget(partial) }
        let writer = try FrameLog.Writer(path: partial, sampleRate: sample.rate)
        var failures = failedBefore
        do {
            try ProfilePass.frames(Array(items[shard.range(of: items.count)]), sample: sample, tunables: tunables,
                                   scheduler: scheduler, failed: { failures.append($0) }) { try writer.write($0) }
            try writer.finish()
            if !failures.isEmpty {
                unlink(partial)
                return failures
            }
            guard rename(partial, path) == 0 else { throw FrameLog.Problem.unwritable(path, String(cString: strerror(errno))) }
        } catch {
            unlink(partial)
            throw error
        }
        return []
    }

    /// Where shard `shard` of a staged run writes its frames in `directory`.
    public static func framesPath(in directory: String, shard: Shard) -> String { framesPath(directory, shard) }

    /// The shards' frames, in shard order, into one profile, written to `profile.json`.
    public static func merge(directory: String, tunables: LearningTunables) throws -> SiteProfile {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let shards = names.compactMap { Shard(framesName: $0) }.sorted { $0.index < $1.index }
        guard let count = shards.first?.count else {
            throw StageProblem.malformed(directory, "no shard's frames (*.frames): run `tanqiya profile … --shard I/N --stage-dir \(directory)` first")
        }
        let have = Set(shards.filter { $0.count == count }.map(\.index))
        let missing = Shard.missing(from: have, of: count)
        guard missing.total == 0 else {
            throw StageProblem.malformed(directory, "frames of shards \(Shard.list(missing)) of \(count) not written yet")
        }
        let builder = try ProfileBuilder(tunables: tunables, temporaryDirectory: ProfilePass.temporaryDirectory)
        var sampleRate = 1.0
        for index in 0..<count {
            let reader = try FrameLog.Reader(path: framesPath(directory, Shard(index: index, count: count)))
            while let frame = reader.next() { try builder.add(frame) }
            if let problem = reader.problem { throw problem }
            sampleRate = reader.sampleRate ?? sampleRate
        }
        var profile = try builder.build()
        profile.sampleRate = sampleRate
        let file = try StageFiles.create(profilePath(in: directory))
        file.write([UInt8](profile.json()))
        try file.commit()
        return profile
    }
}

extension Shard {
    /// The shard of a `shard-0003-of-0008.frames` file name.
    init?(framesName name: String) {
        guard name.hasPrefix("shard-"), name.hasSuffix(".frames") else { return nil }
        let parts = name.dropFirst(6).dropLast(7).split(separator: "-")
        guard parts.count == 3, parts[1] == "of", let i = Int(parts[0]), let n = Int(parts[2]), n >= 1, i < n else { return nil }
        self.init(index: i, count: n)
    }
}
