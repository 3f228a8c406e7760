import Foundation

/// The ordered half of a run: output files, the corpus deduplicator, and the counts.
struct RunState {
    let runner: CleanRunner
    let items: [InputItem]
    var stats = RunStats()
    private var shared: OutputFile?
    private var sharedExplain: OutputFile?
    private var duplicatesFile: OutputFile?
    private var own: OutputFile?
    private var ownExplain: OutputFile?
    private var ownItem: Int?
    private var pagesOfItem = 0
    private var dedup: CorpusDeduplicator?
    /// Article ids by ordinal, for naming what a duplicate duplicates.
    private var ids = IdArena()
    private var ordinal = 0
    private var lastProgress = DispatchTime.now()
    private var stage: StageWriter?
    /// Dropped lines per label and per rule id over the run: counted here without hashing a
    /// string per page, and written into `stats.lines` when the run finishes.
    private var droppedPerLabel = [Int](repeating: 0, count: Label.allCases.count)
    private var droppedPerRule = ByteKeyTable<Int>()

    init(runner: CleanRunner, items: [InputItem]) {
        self.runner = runner
        self.items = items
        if let options = runner.options.dedup, options.enabled { dedup = CorpusDeduplicator(options: options) }
    }

    mutating func open() throws {
        if let files = runner.options.stage {
            stage = try StageWriter(files: files, options: runner.options.dedup ?? DedupOptions())
            return
        }
        shared = try Self.openShared(runner.output)
        if let explain = runner.explain { sharedExplain = try Self.openShared(explain) }
        if let path = runner.options.duplicatesFile { duplicatesFile = try OutputFile.open(path) }
    }

    /// What happened while reading, in input order; `.page` stands for the next page result.
    enum Step {
        case page
        case warning(String)
        case itemEnd(Int, String?)
    }

    /// Applies a batch's steps in input order, with the pages' results.
    mutating func consume(_ steps: [Step], results: [PageResult]) {
        var next = 0
        for step in steps {
            switch step {
            case .page:
                let result = results[next]
                next += 1
                if let skipped = result.skipped {
                    stats.bytesIn += result.bytes
                    if !skipped.isEmpty { skip(result.item, skipped) }
                    continue
                }
                for warning in result.warnings { note(result.item, warning) }
                write(result)
            case .warning(let message):
                stats.warnings.append(message)
            case .itemEnd(let item, let failure):
                endItem(item, failure: failure)
            }
        }
    }

    /// What happened to the current input so far, for its accounting at its end.
    private struct ItemTally {
        var item = -1
        var found = 0
        var written = 0
        var duplicates = 0
        var bytesOut = 0
        var skippedPages = 0
        var firstSkip: String?
        var notes = 0
        /// Pages without a non-blank line.
        var blankPages = 0
    }
    private var tally = ItemTally()

    private mutating func tally(_ item: Int) {
        if tally.item != item { tally = ItemTally(item: item) }
    }

    /// A page of input `item` that is not cleaned; `message` is "path: [line N: ]reason".
    private mutating func skip(_ item: Int, _ message: String) {
        tally(item)
        stats.pagesSkipped += 1
        tally.skippedPages += 1
        let path = items[item].path
        var reason = message.hasPrefix(path + ": ") ? String(message.dropFirst(path.count + 2)) : message
        var line: Int?
        if case .jsonl = items[item].format, reason.hasPrefix("line "),
           let colon = reason.firstIndex(of: ":"), let n = Int(reason.dropFirst(5)[..<colon]) {
            line = n
            reason = String(reason[reason.index(after: colon)...].drop { $0 == " " })
        }
        if tally.firstSkip == nil { tally.firstSkip = line.map { "line \($0): \(reason)" } ?? reason }
        // A whole text dump skipped is accounted for at its end, as a skipped input.
        guard line != nil else { return }
        if tally.skippedPages <= RunStats.listedPerInput { stats.skipped.append(.init(input: path, line: line, reason: reason)) }
        note(item, "\(path): line \(line!): skipped: \(reason)")
    }

    /// A warning about input `item`: listed up to `RunStats.listedPerInput` per input, then counted.
    private mutating func note(_ item: Int, _ message: String) {
        tally(item)
        tally.notes += 1
        if tally.notes <= RunStats.listedPerInput { stats.warnings.append(message) }
    }

    private mutating func write(_ page: PageResult) {
        do {
            try openOwn(for: page.item)
        } catch {
            // The input's output cannot be created: the input fails (reported at its end).
            ownFailure = "\(error)"
        }
        pagesOfItem += 1
        stats.add(page)
        tallyDropped(page.lines)
        tally(page.item)
        tally.found += page.articles.count
        if page.lines.total == page.lines.blank { tally.blankPages += 1 }
        if let stage {
            // Staged: `tanqiya dedup apply` decides later; for this input, the articles are out.
            let ordinals = page.articles.indices.map {
                ArticleOrdinal.make(item: runner.options.itemOffset + page.item, page: pagesOfItem - 1, article: $0)
            }
            guard !ordinals.contains(nil) else {
                ownFailure = "\(items[page.item].path): page \(pagesOfItem) has \(page.articles.count) articles: "
                    + ArticleOrdinal.limitMessage
                stats.articles.discarded += page.articles.count
                return
            }
            tally.written += page.articles.count
            for (article, ordinal) in zip(page.articles, ordinals) {
                stage.add(ordinal: ordinal!, id: article.id, bytes: article.bytes, signature: article.signature!)
            }
            return
        }
        let out = own ?? shared
        for article in page.articles {
            let verdict = check(article)
            ids.append(article.id)
            ordinal += 1
            if let kind = verdict.kind, let of = verdict.duplicateOf {
                stats.articles.duplicates[kind.rawValue, default: 0] += 1
                tally.duplicates += 1
                let similarity = verdict.similarity ?? 1
                if let duplicatesFile {
                    duplicatesFile.write(DuplicateLine.make(id: article.id, duplicateOf: ids[of], kind: kind.rawValue,
                                                            similarity: similarity))
                }
                continue
            }
            stats.articles.written += 1
            stats.bytesOut += article.bytes.count
            tally.written += 1
            tally.bytesOut += article.bytes.count
            out?.write(article.bytes)
        }
        if !page.explain.isEmpty { (ownExplain ?? sharedExplain)?.write(page.explain) }
    }

    private var ownFailure: String?

    private mutating func check(_ article: PageResult.ArticleOut) -> DedupVerdict {
        guard var deduplicator = dedup, let signature = article.signature else { return .unique }
        dedup = nil  // keep the index uniquely referenced while it is mutated
        let verdict = deduplicator.check(signature, ordinal: ordinal)
        dedup = deduplicator
        return verdict
    }

    private mutating func openOwn(for item: Int) throws {
        guard ownItem != item else { return }
        ownItem = item
        pagesOfItem = 0
        ownFailure = nil
        if case .directory(let dir) = runner.output {
            own = try OutputFile(path: Self.path(in: dir, for: items[item], extension: runner.format.fileExtension), below: dir)
        }
        if case .directory(let dir)? = runner.explain {
            ownExplain = try OutputFile(path: Self.path(in: dir, for: items[item], extension: "explain"), below: dir)
        }
    }

    private mutating func endItem(_ item: Int, failure: String?) {
        tally(item)
        var failure = failure
        if failure == nil, ownItem != item {
            // An input without pages (empty, or skipped) still gets its (empty) output, so
            // `make` sees it done.
            do { try openOwn(for: item) } catch { failure = "\(error)" }
        }
        if failure == nil { failure = ownFailure }
        let path = items[item].path
        if tally.notes > RunStats.listedPerInput {
            stats.warnings.append("\(path): \(tally.notes - RunStats.listedPerInput) more warnings and skipped records not listed")
        }
        var committed = false
        if let failure {
            own?.discard()
            ownExplain?.discard()
            stats.inputs.failed += 1
            stats.failures.append(.init(input: path, error: failure))
        } else {
            do {
                try own?.commit()
                try ownExplain?.commit()
                committed = true
            } catch {
                stats.inputs.failed += 1
                stats.failures.append(.init(input: path, error: "\(error)"))
            }
        }
        if committed {
            account(item, path: path)
        } else if case .directory = runner.output {
            // Its own output was not written: what it counted as written is not anywhere.
            stats.articles.written -= tally.written
            stats.articles.discarded += tally.written
            stats.bytesOut -= tally.bytesOut
        }
        own = nil
        ownExplain = nil
        ownItem = nil
        pagesOfItem = 0
        ownFailure = nil
    }

    /// Sorts a cleaned input into skipped, empty, written, or dropped (with the reason).
    private mutating func account(_ item: Int, path: String) {
        if pagesOfItem == 0, let reason = tally.firstSkip {
            stats.inputs.skipped += 1
            let why = tally.skippedPages == 1 ? reason
                : "no readable record (\(tally.skippedPages) skipped; the first: \(reason))"
            stats.skipped.append(.init(input: path, reason: why))
            stats.warnings.append("\(path): skipped: \(why)")
            return
        }
        stats.inputs.cleaned += 1
        if pagesOfItem == tally.blankPages {
            stats.inputs.empty += 1
        } else if tally.written > 0 {
            stats.inputs.written += 1
        } else if tally.found == 0 {
            stats.inputs.noArticles += 1
            stats.dropped.append(.init(input: path, reason: "no article found"))
        } else {
            stats.inputs.onlyDuplicates += 1
            stats.dropped.append(.init(input: path, reason: "every article a duplicate (\(tally.duplicates))"))
        }
    }

    private mutating func tallyDropped(_ lines: PageResult.LineCounts) {
        for (n, count) in lines.droppedPerLabel.enumerated() { droppedPerLabel[n] += count }
        for (n, rule) in lines.ruleIDs.enumerated() {
            let (entry, inserted) = droppedPerRule.insert(ByteKey(rule), lines.ruleCounts[n])
            if !inserted { droppedPerRule.setValue(droppedPerRule.values[entry] + lines.ruleCounts[n], at: entry) }
        }
    }

    mutating func finish() {
        for (label, count) in zip(Label.allCases, droppedPerLabel) {
            stats.lines.droppedByLabel[label.rawValue] = count
        }
        for (key, count) in zip(droppedPerRule.keys, droppedPerRule.values) { stats.lines.droppedByRule[key.string] = count }
        if let stage {
            do { try stage.finish(stats: stats) } catch { stats.failures.append(.init(input: "-", error: "\(error)")) }
        }
        for file in [shared, sharedExplain, duplicatesFile] {
            do { try file?.commit() } catch { stats.failures.append(.init(input: "-", error: "\(error)")) }
        }
        stats.dedupIndexBytes = dedup?.indexBytes ?? 0
    }

    /// `\r… pages, pages/s, MB read of the total, ETA` on a terminal, at most twice a second.
    /// Progress is measured in bytes (the inputs' sizes are known before reading), so a single
    /// big JSONL input shows its progress and an ETA too; standard input has no size: pages only.
    mutating func reportProgress(start: DispatchTime) {
        guard runner.options.progress else { return }
        let now = DispatchTime.now()
        guard now.uptimeNanoseconds - lastProgress.uptimeNanoseconds > 500_000_000 else { return }
        lastProgress = now
        if totalBytes == nil { totalBytes = Self.totalSize(items) }
        let seconds = Double(now.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let rate = Double(stats.pages) / max(seconds, 0.001)
        var line = String(format: "\r%d pages, %.0f pages/s", stats.pages, rate)
        let done = stats.bytesIn
        if let total = totalBytes ?? nil, total > 0 {
            let fraction = min(1, Double(done) / Double(total))
            line += String(format: ", %.1f/%.1f MB (%.0f%%)", Double(done) / 1e6, Double(total) / 1e6, fraction * 100)
            if fraction > 0, fraction < 1 { line += String(format: ", ETA %.0f s", seconds / fraction * (1 - fraction)) }
        } else {
            line += ", \(stats.inputs.cleaned + stats.inputs.failed)/\(items.count) inputs"
        }
        FileHandle.standardError.write(Data((line + "   ").utf8))
    }

    /// Bytes of all inputs, `nil` when one is standard input (or cannot be sized).
    private var totalBytes: Int??

    static func totalSize(_ items: [InputItem]) -> Int? {
        var total = 0
        for item in items {
            var info = stat()
            guard !item.isStdin, stat(item.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            total += Int(info.st_size)
        }
        return total
    }

    static func openShared(_ target: OutputTarget) throws -> OutputFile? {
        switch target {
        case .stdout: return OutputFile()
        case .file(let path): return try OutputFile(path: path)
        case .directory: return nil
        }
    }

    /// `dir/<relative path without its extension>.<ext>`
    static func path(in directory: String, for item: InputItem, extension ext: String) -> String {
        var relative = item.relativePath
        if relative.hasSuffix(".gz") { relative = String(relative.dropLast(3)) }
        return FileSystemPath.joining(directory, FileSystemPath.removingExtension(relative) + "." + ext)
    }
}

/// Article ids in ordinal order, packed in one byte array (a few bytes per article). Ends are
/// full integers: 32-bit ones trapped once a corpus's ids passed 4 GiB.
struct IdArena {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    mutating func append(_ id: String) {
        bytes.append(contentsOf: id.utf8)
        ends.append(bytes.count)
    }

    subscript(ordinal: Int) -> String {
        let start = ordinal == 0 ? 0 : ends[ordinal - 1]
        return String(decoding: bytes[start..<ends[ordinal]], as: UTF8.self)
    }
}
