import ArgumentParser
import Foundation
import TanqiyaKit

/// Options every command that reads pages shares.
struct RuleOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Directory of outlet rule files (*.yaml).",
                                            discussion: "Default: $TANQIYA_RULES, else ./rules.",
                                            valueName: "dir"))
    var rules: String?

    @Option(name: .long, help: ArgumentHelp("Use this outlet's rules for every page instead of detecting the outlet.",
                                            valueName: "id"))
    var outlet: String?

    func load() throws -> RuleSet { try loadRules(directory: rules, outlet: outlet) }
}

/// Loads the rules (`--rules`, else $TANQIYA_RULES, else ./rules). A rule error is printed —
/// every problem, with file:line:column — and ends the run with status 2, before any input is read.
func loadRules(directory given: String?, outlet: String? = nil) throws -> RuleSet {
    let explicit = given ?? ProcessInfo.processInfo.environment["TANQIYA_RULES"]
    let directory = explicit ?? "rules"
    var set = RuleSet.empty
    if explicit == nil && !FileManager.default.fileExists(atPath: directory) {
        warn("no rules directory (./rules); every page takes the generic path. Pass --rules DIR.")
    } else {
        do {
            set = try RuleLoader.load(directory: directory)
        } catch let error as RuleError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw Failure(code: ExitStatus.usage)
        }
    }
    if let outlet, set.outlet(id: outlet) == nil {
        let known = set.outlets.map(\.id).joined(separator: ", ")
        warn("unknown outlet '\(outlet)' (rules in \(directory): \(known.isEmpty ? "none" : known))")
        throw Failure(code: ExitStatus.usage)
    }
    return set
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
