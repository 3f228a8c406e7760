import ArgumentParser
import Foundation
import TanqiyaKit

struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Clean page dumps into articles (JSONL or plain text).",
        discussion: """
        INPUT is a file, a directory (read recursively, in sorted order) or - for standard input. \
        The file name says what an input holds: .html, .htm and .html.gz are HTML pages; .jsonl \
        and .ndjson hold one page per line ({"text": …} or {"html": …}, with optional "id" and \
        "url"); anything else is a text dump (the visible text of a page). Standard input is \
        sniffed: HTML if it starts with a tag, JSONL if its first line is a JSON object, text \
        otherwise. --input-format overrides both.

        Output: without -o, everything goes to standard output. -o FILE writes one file; its \
        extension gives the format when --format is absent (.txt: text; .jsonl, .ndjson and any \
        other name: jsonl). -o DIR/ (an existing directory, or a path ending in /) writes one \
        output per input at the same relative path with the format's extension, so a Makefile rule \
        such as `out/%.jsonl: dumps/%.txt` can call `tanqiya clean $< -o $@` (for many files, one \
        `tanqiya clean dumps -o out/` run is far faster: each process pays its start-up). Outputs \
        are written to a temporary name and renamed when complete. An output that is an input, \
        two outputs on one file, two inputs with one output under -o DIR/, an output folder \
        that is an input folder, or an output that cannot be created where it is named (a \
        folder, a path under a file): status 2, nothing read or written; an output folder inside an input \
        folder is not read as input. With -o FILE (or --explain FILE, --duplicates FILE) and a \
        failed input, that file is not written (status 1), so make tries again.

        Rules: --rules DIR, else $TANQIYA_RULES, else ./rules, else the installed rules \
        (PREFIX/share/tanqiya/rules); the folder used is named once on stderr. Nothing found is \
        an error (status 2); --no-rules cleans every page with the generic path.

        Text format: title, blank line, one paragraph per line; each article ends with a line \
        holding a single form feed (\\f).

        Encodings: UTF-8 (with or without a byte order mark) and UTF-16 with a byte order mark are \
        read; Windows-1256 and ISO-8859-6 dumps are detected and transcoded (the record gets an \
        "encoding" key); other invalid UTF-8 bytes become U+FFFD, counted in a warning.

        Skipped (status 0, reason on stderr and in --stats): inputs that are not text (NUL bytes, \
        binary formats, mostly control codes), non-regular files and broken links found in a \
        directory, JSONL records that cannot be read. Failed (status 1): inputs that cannot be \
        read or whose output cannot be written; their output is not written.
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file, or directory (ending in /) for one output per input.",
                                                     valueName: "path"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Output format: jsonl or text (default: from -o FILE's extension, else jsonl).",
                                            valueName: "format"))
    var format: OutputFormat?

    @Option(name: .long, help: ArgumentHelp("Also write the explain trace (every line's label and rule) to this file or directory/.",
                                            valueName: "path"))
    var explain: String?

    @OptionGroup var ruleOptions: RuleOptions
    @OptionGroup var normalizer: NormalizerFlags
    @OptionGroup var dedup: DedupFlags

    @Option(name: .shortAndLong, help: ArgumentHelp("Pages cleaned in parallel (default: the number of cores). The output is identical for any value.",
                                                     valueName: "n"))
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp("Write the run's statistics as JSON to this file.", valueName: "file"))
    var stats: String?

    @Flag(name: .long, help: "Stop at the first input that fails (default: report it and go on).")
    var failFast = false

    @Flag(name: .shortAndLong, help: "Quiet: only errors on stderr (no rules line, warnings, progress or summary; --stats still has them).")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp(
        "Take only shard I of N of the inputs (0 ≤ I < N): the I-th of N contiguous ranges of the sorted input list.",
        valueName: "I/N"))
    var shard: String?

    @Option(name: .long, help: ArgumentHelp(
        "Staged run, stage 1: write this shard's articles, global ordinals and dedup signatures to DIR (then `tanqiya dedup global DIR` and `tanqiya dedup apply`). A finished shard is not redone, but one done with failed inputs is.",
        valueName: "dir"))
    var stageDir: String?

    @Flag(name: .long, inversion: .prefixedNo, help: "Show a progress line on stderr (default: only on a terminal, never in CI).")
    var progress: Bool?

    @Flag(name: .long, help: ArgumentHelp(
        "Do not learn each site's chrome from the inputs first (by default a profile pass reads every page once before cleaning: lines, line shapes and slots that recur across a site's pages are chrome)."))
    var noLearn = false

    @Option(name: .long, help: ArgumentHelp("Write the learned profile (JSON, reviewable) to this file.", valueName: "file"))
    var profile: String?

    @Option(name: .long, help: ArgumentHelp(
        "Use a profile saved with --profile instead of learning from these inputs (profile a big corpus once, on a sample).",
        valueName: "file"))
    var useProfile: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard takes I/N with 0 ≤ I < N, e.g. 0/4") }
        if stageDir != nil {
            // The articles and the duplicates are known only after `dedup global`; a staged run
            // has no trace (--duplicates was silently ignored, and apply has no --explain).
            if output != nil || dedup.duplicates != nil {
                throw ValidationError("--stage-dir writes stage files; -o and --duplicates come with `tanqiya dedup apply`")
            }
            if explain != nil { throw ValidationError("--stage-dir writes no explain trace: run `tanqiya explain` on the pages") }
            if dedup.noDedup { throw ValidationError("--stage-dir computes dedup signatures; it cannot go with --no-dedup") }
        }
        try dedup.validate()
        if noLearn && (profile != nil || useProfile != nil) { throw ValidationError("--no-learn learns nothing: it cannot go with --profile or --use-profile") }
        _ = try outputFormat()
        // A compressed file's name would get plain text: `zcat out.jsonl.gz` fails later, far away.
        for (option, path) in [("-o", output), ("--explain", explain), ("--duplicates", dedup.duplicates), ("--stats", stats), ("--profile", profile)] {
            guard let path, let suffix = Self.compressedSuffixes.first(where: { path.lowercased().hasSuffix($0) }) else { continue }
            throw ValidationError("\(option) \(path): tanqiya writes no \(suffix) files; write \(path.dropLast(suffix.count)) and compress it, or pipe standard output into the compressor")
        }
        // "-" is standard output for every output option; no -o is too (unless staged).
        let onStdout = [("-o", stageDir == nil ? output ?? "-" : nil), ("--explain", explain), ("--duplicates", dedup.duplicates),
                        ("--stats", stats), ("--profile", profile)].filter { $0.1 == "-" }.map(\.0)
        if onStdout.count > 1 {
            throw ValidationError("\(onStdout.joined(separator: " and ")) \(onStdout.count == 2 ? "both" : "all") go to standard output (- or no -o); give all but one a file")
        }
    }

    func run() throws {
        let (rules, rulesFound) = try ruleOptions.loadFound(quiet: quiet)
        let format = try outputFormat()
        // Every output, checked against the others and the inputs before anything is read.
        var outputs = OutputPlan()
        outputs.writes(stageDir == nil ? Self.target(output) : nil, as: "-o", fileExtension: format.fileExtension)
        outputs.writes(explain.map(Self.target), as: "--explain", fileExtension: "explain")
        outputs.writes(dedup.duplicates, as: "--duplicates")
        outputs.writes(stats, as: "--stats")
        outputs.writes(profile, as: "--profile")
        outputs.writesFolder(stageDir, as: "--stage-dir")
        outputs.reads(useProfile, as: "--use-profile")
        outputs.readsRuleFiles(in: rulesFound.path)
        let located = input.locate(passingOver: outputs.outputFolders)
        try outputs.checkOrExit(arguments: input.inputs, items: located.items)
        if !quiet {
            for folder in located.passedOver { warn("\(folder): not read: this run writes its outputs there") }
        }
        let pipelineOptions = PipelineOptions(outlet: ruleOptions.outlet, normalizer: normalizer.options)
        let learning: Learning
        do {
            // A staged run learns once for all its shards: the stage folder's profile (`tanqiya
            // profile … --stage-dir`, then `tanqiya profile merge`).
            let saved = useProfile ?? stageDir.map(StagedProfile.profilePath(in:))
            if let stageDir, useProfile == nil, !noLearn, !FileManager.default.fileExists(atPath: saved!) {
                throw ValidationError("""
                    a staged run learns once for all its shards, and \(stageDir) has no profile yet: run \
                    `tanqiya profile INPUT… --shard I/N --stage-dir \(stageDir)` for every shard, then \
                    `tanqiya profile merge \(stageDir)`; or pass --use-profile FILE, or --no-learn
                    """)
            }
            if noLearn {
                learning = .off
            } else if let useProfile {
                learning = .use(try SiteProfile.load(path: useProfile))
            } else if let saved {
                if let stageDir {  // learned from this run's inputs, not another corpus's
                    try StagedProfile.checkInputs(StagedProfile.Inputs(arguments: input.inputs, items: located.items, problems: located.problems),
                                                  in: stageDir)
                }
                learning = .learnedInStage(try SiteProfile.load(path: saved))
            } else {
                learning = .learn(LearningTunables())
            }
        } catch {
            warn("\(error)")
            throw Failure(code: ExitStatus.usage)
        }
        let shardSpec = shard.flatMap(Shard.init) ?? Shard(index: 0, count: 1)
        var staged = StagedRun(shard: shardSpec)
        if let stageDir {
            // What made the stage folder: a shard of another run is refused, not reused.
            let manifest = StageManifest(shards: shardSpec.count, arguments: input.inputs, items: located.items, problems: located.problems,
                                         rules: rules, format: format, pipeline: pipelineOptions, dedup: dedup.options ?? DedupOptions(),
                                         failFast: failFast, learning: learning, build: "\(Tanqiya.version) (\(buildRevision))")
            staged = StagedRun(shard: shardSpec, stageDirectory: stageDir, manifest: manifest)
        }
        var options = RunOptions()
        options.jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        if options.jobs > PageScheduler.maxJobs {
            warn("--jobs \(options.jobs) is more than \(PageScheduler.maxJobsPerCore) per core (\(ProcessInfo.processInfo.activeProcessorCount) cores): using \(PageScheduler.maxJobs)")
        }
        options.dedup = dedup.options
        options.duplicatesFile = dedup.duplicates
        options.failFast = failFast
        options.progress = !quiet && (progress ?? Self.isInteractive)
        options.learning = learning
        options.profileOutput = profile
        let items: [InputItem]
        let plan: StagedRun.Plan
        do {
            plan = try staged.plan(items: located.items, problems: located.problems, options: options)
        } catch {
            warn("\(error)")
            throw Failure(code: ExitStatus.usage)
        }
        switch plan {
        case .alreadyDone(let marker):
            if !quiet { warn("shard \(staged.shard) already done in \(stageDir ?? "") (\(marker))") }
            return
        case .stopped(let problem):
            warn("\(problem)")
            throw Failure(code: ExitStatus.inputsFailed)
        case .run(let shardItems, let shardOptions, let redo):
            items = shardItems
            options = shardOptions
            if let redo, let stageDir, !quiet {
                for failure in redo.failures { warn("earlier: \(failure.error)") }
                var line = "shard \(staged.shard) was done with \(counted(redo.failures.count, "failed input")) in \(stageDir): redoing it"
                if redo.decisionsRemoved {
                    line += "; the global step's decisions are removed: run `tanqiya dedup global \(stageDir)` and `dedup apply` again"
                }
                warn(line)
            }
        }
        let pipeline = Pipeline(rules: rules, options: pipelineOptions)
        let runner = CleanRunner(pipeline: pipeline, format: format, output: staged.stage == nil ? Self.target(output) : nil,
                                 explain: explain.map(Self.target), options: options)
        var result = runner.run(items)
        result.warnings += rules.budgetWarnings
        if options.progress { StandardError.write("\r\u{1B}[K") }
        if !quiet { for warning in result.warnings { warn(warning) } }
        for failure in result.failures { warn(failure.error) }
        var statsWritten = true
        if let path = stats {
            do {
                let file = try OutputFile.open(path)
                file.write([UInt8](result.json()))
                try file.commit()
            } catch {
                warn("\(error)")
                statsWritten = false
            }
        }
        if !quiet { warn(result.summary) }
        if !result.failures.isEmpty || !statsWritten { throw Failure(code: ExitStatus.inputsFailed) }
    }

    /// `--format`, else what `-o FILE`'s extension says (.txt: text; .jsonl, .ndjson: jsonl),
    /// else jsonl. `--format` contradicting the extension is a usage error: the file would lie.
    func outputFormat() throws -> OutputFormat {
        let implied = output.flatMap { path -> OutputFormat? in
            guard case .file = Self.target(path) else { return nil }
            return OutputFormat(impliedByPath: path)
        }
        if let format, let implied, format != implied {
            throw ValidationError("-o \(output!) says \(implied.rawValue) but --format is \(format.rawValue): change the extension or drop --format")
        }
        return format ?? implied ?? .jsonl
    }

    /// A person watching: stderr is a terminal and no CI variable is set.
    static var isInteractive: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["CI"] == nil
    }

    /// Names of compressed files: an output so named is refused (its bytes would be plain text).
    static let compressedSuffixes = [".gz", ".bz2", ".xz", ".zst"]

    /// "-o DIR/" (or `DIR/.`) or an existing directory: one output per input; anything else: one file.
    static func target(_ path: String?) -> OutputTarget {
        guard let path, path != "-" else { return .stdout }
        var info = stat()
        if FileSystemPath.namesFolder(path) || (FileSystemPath.stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR) {
            return .directory(path)
        }
        return .file(path)
    }
}
