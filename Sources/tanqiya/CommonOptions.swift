import ArgumentParser
import Foundation
import TanqiyaKit

/// Where the outlet rules come from: `--rules DIR` or `--no-rules`, else the lookup order of
/// `RulesLocator` ($TANQIYA_RULES, ./rules, the installed rules).
struct RulesFolderOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Folder of outlet rule files (*.yaml, *.yml).",
        discussion: "Default: $TANQIYA_RULES, else ./rules, else the installed rules (PREFIX/share/tanqiya/rules); none found is an error (status 2).",
        valueName: "dir"))
    var rules: String?

    @Flag(name: .customLong("no-rules"), help: "Use no outlet rules: every page takes the generic path.")
    var noRules = false

    var locator: RulesLocator { RulesLocator(option: rules, none: noRules) }

    /// Finds and loads the rules; says once on stderr which folder (unless `quiet`). A missing
    /// folder or a rule error is printed and ends the run with status 2, before any input is read.
    func load(quiet: Bool) throws -> (RuleSet, RulesLocator.Found) {
        do {
            let (set, found) = try locator.load()
            if !quiet { warn(Self.describe(found, set)) }
            return (set, found)
        } catch let problem as RulesLocator.Problem {
            warn(problem.description)
            throw Failure(code: ExitStatus.usage)
        } catch let error as RuleError {
            StandardError.write(error.description + "\n")
            throw Failure(code: ExitStatus.usage)
        }
    }

    /// `rules: rules (./rules), 3 outlets` — the line every run starts with on stderr.
    static func describe(_ found: RulesLocator.Found, _ set: RuleSet) -> String {
        switch found {
        case .none: return "no rules (--no-rules): every page takes the generic path"
        case .directory(let path, let origin):
            return "rules: \(path) (\(origin.rawValue)), \(counted(set.outlets.count, "outlet"))"
        }
    }
}

/// Options every command that reads pages shares.
struct RuleOptions: ParsableArguments {
    @OptionGroup var folder: RulesFolderOptions

    @Option(name: .long, help: ArgumentHelp("Use this outlet's rules for every page instead of detecting the outlet.",
                                            valueName: "id"))
    var outlet: String?

    func validate() throws {
        if folder.noRules, let outlet { throw ValidationError("--outlet \(outlet) needs rules; it cannot go with --no-rules") }
    }

    /// The rules and where they were found.
    func loadFound(quiet: Bool) throws -> (RuleSet, RulesLocator.Found) {
        let (set, found) = try folder.load(quiet: quiet)
        if let outlet, set.outlet(id: outlet) == nil {
            let known = set.outlets.map(\.id)
            var message = "unknown outlet \(Quoted.single(outlet)) (rules in \(found.path ?? "-"): \(known.isEmpty ? "none" : known.joined(separator: ", ")))"
            if let near = DidYouMean.suggest(outlet, among: known) { message += "; did you mean '\(near)'?" }
            warn(message)
            throw Failure(code: ExitStatus.usage)
        }
        return (set, found)
    }
}

/// The inputs and how to read them, as every command that reads pages takes them (`clean`,
/// `profile`, `explain`): one declaration, so their names, help and checks cannot drift apart.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "input"))
    var inputs: [String]

    @Option(name: .long, help: ArgumentHelp(
        "Read every input as this format instead of by its extension (standard input: by its content).",
        valueName: "format"))
    var inputFormat: InputItem.Format?

    @Option(name: .long, help: ArgumentHelp(
        "Read every text dump and JSONL line in this encoding instead of detecting it.",
        valueName: "name"))
    var encoding: DetectedEncoding?

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one input (a file, a directory, or -)") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    /// The inputs found (and the problems met), passing over the run's own output folders.
    func locate(passingOver outputFolders: [String] = []) -> InputLocator.Located {
        InputLocator(forcedFormat: inputFormat, forcedEncoding: encoding).locate(inputs, passingOver: outputFolders)
    }
}

extension InputItem.Format: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

extension DetectedEncoding: ExpressibleByArgument {
    /// IANA names and their usual aliases (cp1256, iso8859-6, utf8…), any case.
    public init?(argument: String) {
        guard let encoding = TextDecoding.encoding(named: argument) else { return nil }
        self = encoding
    }

    public static var allValueStrings: [String] { ["utf-8", "utf-16le", "utf-16be", "windows-1256", "iso-8859-6", "windows-1252"] }
}

struct NormalizerFlags: ParsableArguments {
    @Flag(name: .long, help: "Lossy: remove Arabic diacritics (harakat, superscript alef).")
    var stripDiacritics = false

    @Flag(name: .long, help: "Lossy: fold alef variants to ا, alef maqsura to ي, teh marbuta to ه.")
    var foldLetters = false

    @Flag(name: .long, help: "Lossy: Arabic-Indic and Persian digits to ASCII 0-9.")
    var asciiDigits = false

    var options: NormalizerOptions {
        NormalizerOptions(stripDiacritics: stripDiacritics, foldLetters: foldLetters, asciiDigits: asciiDigits)
    }
}

extension OutputPlan {
    /// Checks what a command is about to write (`OutputPlan.check`); a problem is said on
    /// stderr and ends the command with status 2, before anything is read or written.
    func checkOrExit(arguments: [String] = [], items: [InputItem] = []) throws {
        do {
            try check(arguments: arguments, items: items)
        } catch {
            warn("\(error)")
            throw Failure(code: ExitStatus.usage)
        }
    }
}
