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
    /// The release number; `--version` adds the git revision of the build.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "tanqiya",
        abstract: "Clean scraped Arabic news page dumps into article records.",
        discussion: """
        Pages go through five stages: the reader, the classifier (per-outlet rules, or a \
        conservative generic path), the in-page deduplicator, the normaliser and the writer.

        Rules are looked for in this order: --rules DIR, $TANQIYA_RULES, ./rules, the installed \
        rules (PREFIX/share/tanqiya/rules beside PREFIX/bin/tanqiya); --no-rules uses none.

        Exit status: 0 all inputs cleaned; 1 some inputs failed (the others were written); \
        2 usage error or rule files that do not load (nothing is written).
        """,
        version: "\(Tanqiya.version) (\(buildRevision))",
        subcommands: [Clean.self, Explain.self, Check.self, Rules.self, Profile.self, Dedup.self, Stats.self]
    )

    static func main() {
        StandardDescriptors.reserve()
        Interruption.install()
        // A file-size limit (`ulimit -f`) would kill the run with SIGXFSZ, leaving temporaries
        // and no stats: ignored, the write fails with EFBIG and that output fails like any other.
        signal(SIGXFSZ, SIG_IGN)
        HelpWidth.keepWideEnough()
        do {
            var command = try parseAsRoot(splittingJoinedJobs(argumentsAsGiven()))
            try command.run()
            StandardOutput.finish()
        } catch let status as Failure {
            Glibc.exit(status.code)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                StandardOutput.print(message)
                StandardOutput.finish()
                Glibc.exit(ExitStatus.ok)
            }
            let text = DidYouMean.adding(to: message, arguments: Array(CommandLine.arguments.dropFirst()))
            StandardError.write(text + "\n")
            // Argument errors are usage errors: 2, like the rest of the tool's usage errors.
            Glibc.exit(code == .validationFailure ? ExitStatus.usage : code.rawValue)
        }
    }
}

/// The command line's arguments byte for byte: `CommandLine.arguments` replaces bytes that are
/// not UTF-8 with U+FFFD, so a file name given in Latin-1 would name no file. Decoded as
/// `FileSystemPath` keeps them (an argument that is not a path keeps its text).
func argumentsAsGiven() -> [String] {
    (1..<Int(CommandLine.argc)).map { n in
        guard let argument = CommandLine.unsafeArgv[n] else { return "" }
        return FileSystemPath.string(fromBytes: UnsafeBufferPointer(start: UnsafeRawPointer(argument).assumingMemoryBound(to: UInt8.self),
                                                                    count: strlen(argument)))
    }
}

/// `-j2` as `-j 2` (before a `--`): `make -j2`, `xargs -P2` and getopt take the value joined to
/// the short option; swift-argument-parser refused it («Unknown option '-j2'»).
func splittingJoinedJobs(_ arguments: [String]) -> [String] {
    var out: [String] = []
    var options = true
    for argument in arguments {
        if argument == "--" { options = false }
        if options, argument.hasPrefix("-j"), argument.count > 2, argument.dropFirst(2).allSatisfy(\.isASCII), Int(argument.dropFirst(2)) != nil {
            out += ["-j", String(argument.dropFirst(2))]
        } else {
            out.append(argument)
        }
    }
    return out
}

/// The width help is wrapped to: the terminal's (`COLUMNS`, else the window's), but at least
/// `minimum`. swift-argument-parser indents option help by 28 columns and traps on a narrower
/// width ("`columns - wrappingIndent` should be always be greater than 0"): `COLUMNS=20 tanqiya
/// --help`, or `--help` in a narrow terminal pane, crashed with status 132. It reads `COLUMNS`
/// first (in `exitCode(for:)` too), so a narrower width is set there before parsing.
enum HelpWidth {
    static let minimum = 40

    static func keepWideEnough() {
        var width = ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) }
        var window = winsize()
        if width == nil, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0 { width = Int(window.ws_col) }
        if let width, width < minimum { setenv("COLUMNS", String(minimum), 1) }
    }
}

/// Ends the run with a status after the message was already printed.
struct Failure: Error {
    var code: Int32
}

/// Standard input, output and error as the run needs them.
enum StandardDescriptors {
    /// A descriptor among 0, 1 and 2 that the run was started without (`2>&-`, a daemon's
    /// closed streams) gets /dev/null opened on it, before anything else opens a file: else the
    /// first file opened (a rule file, an output's temporary) takes its number, and messages
    /// meant for stderr land in an output. Opened the other way round from the stream's use for
    /// 0 and 1, so reading standard input or writing records to standard output still fails
    /// ("Bad file descriptor", status 1) as on the closed descriptor; for 2, messages are
    /// dropped, as the caller asked.
    static func reserve() {
        for (fd, flags) in [(STDIN_FILENO, O_WRONLY), (STDOUT_FILENO, O_RDONLY), (STDERR_FILENO, O_WRONLY)]
        where fcntl(fd, F_GETFD) < 0 && errno == EBADF {
            let opened = open("/dev/null", flags)
            if opened >= 0 && opened != fd {  // fds below it are open: this one is the lowest free
                dup2(opened, fd)
                close(opened)
            }
        }
    }
}

/// What the commands print to standard output (reports, lists, help), written with write(2) so a
/// write error is seen: `print` goes through C's buffered stream, whose errors nobody checked
/// (`explain > /dev/full` and `check > /dev/full` ended with 0 and nothing written).
enum StandardOutput {
    /// The first write error, reported by `finish()`.
    nonisolated(unsafe) private static var failure: String?

    static func print(_ text: String, terminator: String = "\n") {
        guard failure == nil else { return }
        var text = text + terminator
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let n = Glibc.write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n < 0 {
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += n
            }
        }
    }

    /// Ends the run with status 1 when something printed could not be written.
    static func finish() {
        if let failure {
            warn("standard output: cannot finish writing: \(failure)")
            Glibc.exit(ExitStatus.inputsFailed)
        }
    }
}

/// One line on stderr: the message's control characters (from a file name, a record id) shown.
func warn(_ message: String) {
    StandardError.write("tanqiya: " + Quoted.terminalSafe(message) + "\n")
}

/// SIGINT, SIGTERM, SIGHUP and SIGXCPU: remove unfinished outputs, say so, and stop with 128 + the
/// signal's number; SIGPIPE the same, silently. The signals are blocked in every thread (threads inherit the mask of the
/// main thread, which blocks them first) and taken by one thread waiting in sigwait(2), so the
/// cleanup runs even while every worker is busy. SIGKILL cannot be caught: a killed run may
/// leave a `.NAME.tmp-PID-RANDOM` file beside an output, never a partial file under the output's name.
enum Interruption {
    /// SIGXCPU too: `ulimit -t` (a batch system's CPU limit) sends it before SIGKILL, and a run
    /// it stopped left its temporaries; and the other signals whose default is to end the process
    /// that a user or a tool sends: SIGUSR1 (`kill -USR1`, which makes `dd` print its progress),
    /// SIGUSR2, SIGALRM (`timeout -s ALRM`) left them as well.
    static let signals: [(Int32, String)] = [(SIGINT, "interrupted"), (SIGTERM, "terminated"), (SIGHUP, "hung up"),
                                             (SIGXCPU, "CPU time limit exceeded"), (SIGUSR1, "user signal 1"),
                                             (SIGUSR2, "user signal 2"), (SIGALRM, "alarm clock")]

    static func install() {
        var set = sigset_t()
        sigemptyset(&set)
        for (sig, _) in signals { sigaddset(&set, sig) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
        let blocked = set
        let started = DispatchSemaphore(value: 0)
        let waiter = Thread {
            // SIGPIPE is sent to the thread whose write found the reader gone, so it cannot be
            // blocked there and waited for here: `brokenPipe` hands it over (see below).
            var pipe = sigset_t()
            sigemptyset(&pipe)
            sigaddset(&pipe, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &pipe, nil)
            waiterThread = pthread_self()
            started.signal()
            var wanted = blocked
            sigaddset(&wanted, SIGPIPE)
            var caught: Int32 = 0
            while sigwait(&wanted, &caught) != 0 {}
            OutputFile.removeAllTemporaries()
            if caught != SIGPIPE {  // the reader of a broken pipe wants no message (nor can stderr be it)
                let name = signals.first { $0.0 == caught }?.1 ?? "stopped"
                let message = "tanqiya: \(name); unfinished outputs removed\n"
                message.utf8CString.withUnsafeBufferPointer { _ = write(STDERR_FILENO, $0.baseAddress, $0.count - 1) }
            }
            _exit(128 + caught)
        }
        waiter.name = "tanqiya-signals"
        waiter.start()
        started.wait()
        var action = sigaction()
        action.__sigaction_handler.sa_handler = brokenPipe
        sigemptyset(&action.sa_mask)
        sigaction(SIGPIPE, &action, nil)
    }

    /// The thread waiting for signals.
    nonisolated(unsafe) static var waiterThread: pthread_t = 0

    /// SIGPIPE (standard output's reader is gone: `tanqiya clean … | head -1`): the writing
    /// thread passes it to the waiting thread, which removes the unfinished outputs and stops the
    /// run with 128 + SIGPIPE as the signal itself would, and never returns to a write that would
    /// fail. Only async-signal-safe calls here.
    static let brokenPipe: @convention(c) (Int32) -> Void = { _ in
        pthread_kill(Interruption.waiterThread, SIGPIPE)
        while true { pause() }
    }
}
