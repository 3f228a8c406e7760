import Foundation

/// What made a stage folder (`run.json`, written by its first shard): the inputs, the rules, the
/// options that change the output, the build of tanqiya, and the shard count. Every shard and
/// every later step checks it, so a folder is never silently reused by another run: a shard
/// finished with other inputs, rules, options or another build would otherwise be taken as done.
public struct StageManifest: Codable, Equatable, Sendable {
    /// The layout of the stage files (`StageFiles`); a folder of another layout is refused.
    public var layout = StageFiles.layout
    public var shards: Int
    /// The inputs as given on the command line, and the files they name (count and digest of
    /// their paths, formats and forced encodings, in order; problems found while listing too).
    public var arguments: [String]
    public var inputs: Int
    public var inputsDigest: String
    /// The rule files' digest (`RuleSet.fingerprint`) and what they hold.
    public var rules: String
    public var rulesSummary: String
    /// Every option that changes what is written, by its flag (`--dedup-threshold` → "0.8").
    public var options: [String: String]
    /// The release and git revision of the tanqiya that made the folder (`tanqiya --version`):
    /// another build reads and labels pages otherwise (its code, its embedded phrase lists), so a
    /// shard run by it — a machine of the cluster not yet upgraded, a task retried after a deploy —
    /// made parts that were not one process's, silently. nil in the folders of builds before it.
    public var build: String?

    public init(shards: Int, arguments: [String], items: [InputItem], problems: [InputLocator.Problem], rules: RuleSet,
                format: OutputFormat, pipeline: PipelineOptions, dedup: DedupOptions, failFast: Bool, learning: Learning,
                build: String) {
        self.shards = shards
        self.build = build
        self.arguments = arguments
        inputs = items.count + problems.count
        inputsDigest = Self.inputsDigest(items: items, problems: problems)
        self.rules = Self.hex(rules.fingerprint)
        let lines = rules.outlets.reduce(0) { $0 + $1.ruleIds.count }
        rulesSummary = "\(rules.outlets.count) outlets, \(lines) rules"
        let n = pipeline.normalizer
        options = [
            "--format": format.rawValue, "--outlet": pipeline.outlet ?? "(detected)",
            "--strip-diacritics": "\(n.stripDiacritics)", "--fold-letters": "\(n.foldLetters)", "--ascii-digits": "\(n.asciiDigits)",
            "--dedup-threshold": "\(dedup.threshold)", "--shingle-size": "\(dedup.shingleSize)", "--bands": "\(dedup.bands)",
            "--rows": "\(dedup.rows)", "--fail-fast": "\(failFast)", "--use-profile": learning.manifestValue,
        ]
    }

    /// The digest of an input list: its files' paths, formats and forced encodings, in order,
    /// and the problems found while listing.
    public static func inputsDigest(items: [InputItem], problems: [InputLocator.Problem]) -> String {
        var digest = StableHash.Streaming(seed: Self.digestSeed)
        func add(_ text: String) {
            var text = text + "\u{0}"
            text.withUTF8 { digest.add($0) }
        }
        for item in items { add("\(item.path)\t\(item.format.rawValue)\t\(item.encoding?.rawValue ?? "-")") }
        for problem in problems { add("\(problem.isSkip ? "skipped" : "failed")\t\(problem.path)") }
        return hex(digest.finish())
    }

    static let digestSeed: UInt64 = 0x7461_6E71_6979_6131  // "tanqiya1"

    static func hex(_ value: UInt64) -> String { String(value, radix: 16).leftPadded(to: 16) }

    /// What differs from the run that made the folder (`self`), said for a person; empty: same run.
    public func differences(from other: StageManifest) -> [String] {
        var out: [String] = []
        if layout != other.layout { out.append("stage file layout \(layout), this build writes \(other.layout)") }
        if shards != other.shards { out.append("it was made for \(shards) shards, this run has \(other.shards)") }
        if inputsDigest != other.inputsDigest || inputs != other.inputs || arguments != other.arguments {
            var text = "inputs: it listed \(inputs) from \(arguments.joined(separator: " ")), this run \(other.inputs) from \(other.arguments.joined(separator: " "))"
            if inputs == other.inputs && arguments == other.arguments { text += " (other files or formats)" }
            out.append(text)
        }
        if build != other.build {
            out.append("made by tanqiya \(build ?? "(a build that did not record itself)"), this is \(other.build ?? "(unknown)")")
        }
        if rules != other.rules {
            out.append("rules: made with other rules (\(rulesSummary), digest \(rules); this run: \(other.rulesSummary), digest \(other.rules))")
        }
        for key in Set(options.keys).union(other.options.keys).sorted() where options[key] != other.options[key] {
            out.append("\(key): \(options[key] ?? "-") → \(other.options[key] ?? "-")")
        }
        return out
    }

    /// A short digest of the whole manifest, recorded in every shard's `.done` and the decisions.
    public var digest: String {
        var hash = StableHash.Streaming(seed: Self.digestSeed)
        let bytes = (try? Self.encoder.encode(self)) ?? Data()
        [UInt8](bytes).withUnsafeBufferPointer { hash.add($0) }
        return Self.hex(hash.finish())
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }()

    /// The folder's manifest; nil when it has none (not a stage folder, or a new one).
    /// The format the stage folder's articles are written in (`clean --format`), when it has a
    /// readable manifest.
    public static func outputFormat(in directory: String) -> OutputFormat? {
        guard let manifest = try? load(from: directory) else { return nil }
        return manifest.options["--format"].flatMap(OutputFormat.init(rawValue:))
    }

    static func load(from directory: String) throws -> StageManifest? {
        let path = StageFiles.manifest(in: directory)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(StageManifest.self, from: data)
        } catch {
            throw StageProblem.malformed(path, "not a stage manifest (\(error))")
        }
    }

    /// Records this run in `directory`, or checks that the folder's run is this one.
    func record(in directory: String) throws {
        if let existing = try Self.load(from: directory) {
            let differences = existing.differences(from: self)
            guard differences.isEmpty else { throw StageProblem.otherRun(directory, differences) }
            return
        }
        let file = try StageFiles.create(StageFiles.manifest(in: directory))
        file.write([UInt8](try Self.encoder.encode(self)) + [0x0A])
        try file.commit()
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
