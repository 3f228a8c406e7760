import ArgumentParser
import Foundation
import TanqiyaKit

/// Exit statuses, documented in `tanqiya --help` and the README.
enum ExitStatus {
    static let ok: Int32 = 0
    /// Some inputs could not be read or cleaned (the others were).
    static let inputsFailed: Int32 = 1
    /// Usage error, or rule files that do not load.
    static let usage: Int32 = 2
}

@main
struct Tanqiya: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tanqiya",
        abstract: "Clean scraped Arabic news page dumps into article records.",
        discussion: """
        Pages go through: reader → classifier (per-outlet rules from rules/*.yaml, or a \
        conservative generic path) → in-page deduplicator → normaliser → writer.

        Exit status: 0 all inputs cleaned; 1 some inputs failed (the others were written); \
        2 usage error or rule files that do not load (nothing is written).
        """,
        version: "0.1.0",
        subcommands: [Clean.self, Explain.self, Check.self, Rules.self, Dedup.self]
    )

    static func main() {
        Interruption.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let status as Failure {
            Glibc.exit(status.code)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Glibc.exit(ExitStatus.ok)
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            // Argument errors are usage errors: 2, like the rest of the tool's usage errors.
            Glibc.exit(code == .validationFailure ? ExitStatus.usage : code.rawValue)
        }
    }
}

/// Ends the run with a status after the message was already printed.
struct Failure: Error {
    var code: Int32
}

func warn(_ message: String) {
    FileHandle.standardError.write(Data(("tanqiya: " + message + "\n").utf8))
}

/// SIGINT and SIGTERM: remove unfinished outputs, say so, and stop.
enum Interruption {
    nonisolated(unsafe) static var sources: [DispatchSourceSignal] = []

    static func install() {
        for (sig, name) in [(SIGINT, "interrupted"), (SIGTERM, "terminated")] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                OutputFile.removeAllTemporaries()
                FileHandle.standardError.write(Data("tanqiya: \(name); unfinished outputs removed\n".utf8))
                _exit(128 + sig)
            }
            source.resume()
            sources.append(source)
        }
    }
}
