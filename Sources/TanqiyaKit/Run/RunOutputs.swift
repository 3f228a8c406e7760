import Foundation

/// Where `tanqiya clean` writes.
public enum OutputTarget: Sendable, Equatable {
    case stdout
    /// Everything into one file.
    case file(String)
    /// One output per input, at the input's relative path with the format's extension.
    case directory(String)
}

/// The files of a run: the records, the explain trace and the duplicates, each to standard
/// output, one file, or (records and trace) one file per input. Every file appears whole or not
/// at all (`OutputFile`: a temporary renamed when complete, removed on a signal); an input's own
/// files are committed at its end, or dropped when it failed, and so are its duplicate lines: a
/// failed input leaves nothing of its own in any output.
struct RunOutputs {
    private let items: [InputItem]
    private let records: OutputTarget?
    private let explain: OutputTarget?
    private let fileExtension: String
    private var sharedRecords: OutputFile?
    private var sharedExplain: OutputFile?
    private var duplicates: OutputFile?
    private var ownRecords: OutputFile?
    private var ownExplain: OutputFile?
    /// The current input's duplicate lines, when the duplicates go to a stream (standard output,
    /// a device): held until the input ends, written if it succeeded. A named duplicates file
    /// takes them as they come: when an input fails, the whole file is dropped anyway.
    private var ownDuplicates: [UInt8] = []
    private let holdsDuplicates: Bool
    /// The input whose own files are open.
    private var current: Int?
    /// Why the current input's own files could not be created (it fails at its end).
    private var openFailure: String?

    /// Opens the run's shared files (not the per-input ones).
    init(items: [InputItem], records: OutputTarget?, explain: OutputTarget?, duplicates: String?, format: OutputFormat) throws {
        self.items = items
        self.records = records
        self.explain = explain
        fileExtension = format.fileExtension
        sharedRecords = try records.flatMap(Self.openShared)
        sharedExplain = try explain.flatMap(Self.openShared)
        self.duplicates = try duplicates.map { try OutputFile.open($0) }
        holdsDuplicates = self.duplicates != nil && self.duplicates?.path == nil
    }

    /// Whether each input gets its own records file (`-o DIR/`).
    var perInput: Bool {
        if case .directory = records { return true }
        return false
    }

    /// Opens input `item`'s own files, if the run writes any and they are not open yet.
    mutating func begin(_ item: Int) {
        guard current != item else { return }
        current = item
        openFailure = nil
        do {
            if case .directory(let dir) = records {
                ownRecords = try OutputFile(path: OutputPlan.path(in: dir, for: items[item], extension: fileExtension), below: dir)
            }
            if case .directory(let dir) = explain {
                ownExplain = try OutputFile(path: OutputPlan.path(in: dir, for: items[item], extension: "explain"), below: dir)
            }
        } catch {
            openFailure = "\(error)"
        }
    }

    func write(record bytes: [UInt8]) { (ownRecords ?? sharedRecords)?.write(bytes) }
    func write(explain bytes: [UInt8]) { (ownExplain ?? sharedExplain)?.write(bytes) }
    mutating func write(duplicate line: [UInt8]) {
        if holdsDuplicates { ownDuplicates += line } else { duplicates?.write(line) }
    }
    var writesDuplicates: Bool { duplicates != nil }

    /// Input `item` ended (`failure`: why its reading stopped early): its own files are committed,
    /// or dropped when it failed. An input without pages (empty, skipped) still gets its empty
    /// files, so `make` sees it done. Returns why the input failed, if it did.
    mutating func end(_ item: Int, failure: String?) -> String? {
        var failure = failure
        if failure == nil { begin(item) }
        if failure == nil { failure = openFailure }
        if failure == nil {
            do {
                try ownRecords?.commit()
                try ownExplain?.commit()
            } catch {
                failure = "\(error)"
            }
        }
        if failure != nil {
            ownRecords?.discard()
            ownExplain?.discard()
        } else {
            duplicates?.write(ownDuplicates)
        }
        ownDuplicates.removeAll(keepingCapacity: true)
        ownRecords = nil
        ownExplain = nil
        current = nil
        openFailure = nil
        return failure
    }

    /// Whether the current input's own files could not be created: it will fail, so its
    /// articles go to no output (and into no corpus index).
    var currentInputCannotBeWritten: Bool { openFailure != nil }

    /// What became of the shared files at the end of a run.
    struct Ending {
        /// What could not be written (disk full…).
        var problems: [String] = []
        /// The files not written because an input failed.
        var dropped: [String] = []
        /// Whether the records reached their file (or standard output): false, and the articles
        /// counted as written are in no file.
        var recordsWritten = true
    }

    /// Commits the shared files — or, when an input failed (`inputsFailed`), drops every one
    /// that has a name (`-o FILE`, `--explain FILE`, `--duplicates FILE`): such a file gathers
    /// every input's output, so it is whole or not written, an older file under its name is left
    /// as it was, and `make` tries again. Standard output and devices were written through.
    func finish(inputsFailed: Bool) -> Ending {
        var ending = Ending()
        for file in [sharedRecords, sharedExplain, duplicates] {
            guard let file else { continue }
            let isRecords = file === sharedRecords
            if inputsFailed, let path = file.path {
                file.discard()
                ending.dropped.append(path)
                if isRecords { ending.recordsWritten = false }
                continue
            }
            do {
                try file.commit()
            } catch {
                ending.problems.append("\(error)")
                if isRecords { ending.recordsWritten = false }
            }
        }
        return ending
    }

    /// Drops every file open (the run stopped before its inputs were read).
    func discard() {
        for file in [sharedRecords, sharedExplain, duplicates, ownRecords, ownExplain] { file?.discard() }
    }

    static func openShared(_ target: OutputTarget) throws -> OutputFile? {
        switch target {
        case .stdout: return OutputFile()
        case .file(let path): return try OutputFile(path: path)
        case .directory: return nil
        }
    }
}
