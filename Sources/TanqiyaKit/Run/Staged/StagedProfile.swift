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

    /// Shard `shard`'s frames, from the whole input list `items` (its range is taken here). A
    /// profile learns from every input: when one fails — one of `failedBefore` (found unusable
    /// while listing, which shard 0 accounts for) or one that cannot be read here — the frames
    /// are not written (`profile merge` then says the shard is missing). Returns the failures
    /// (empty: written), those met here in the order met.
    public static func writeFrames(_ items: [InputItem], shard: Shard, directory: String, tunables: LearningTunables,
                                   scheduler: PageScheduler, failedBefore: [String] = []) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = framesPath(directory, shard)
        let partial = path + ".partial-\(getpid())"
        let sample = ProfileSample(items: items, tunables: tunables)
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
        let missing = (0..<count).filter { !have.contains($0) }
        guard missing.isEmpty else {
            throw StageProblem.malformed(directory, "frames of shards \(missing.map(String.init).joined(separator: ", ")) of \(count) not written yet")
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
        let file = try OutputFile(path: profilePath(in: directory))
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
