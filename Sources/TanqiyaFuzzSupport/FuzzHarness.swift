import Foundation
import TanqiyaKit

/// What the fuzz target (`tanqiya-fuzz`, `make fuzz`) does with one input, and what the
/// regression tests replay: the bytes as every kind of page (a text dump, each line as a JSONL
/// record, an HTML page) through `Pipeline.clean` — outlet detection or a forced outlet, lossy
/// options now and then — checking invariants on what it gives. Returns the invariants violated
/// (empty: all held); a crash is a crash.
public struct FuzzHarness: Sendable {
    let pipelines: [Pipeline]
    let lossy: Pipeline

    /// The pipeline writes everything it can: records, explain rows, signatures, and the document.
    static let writer = WriterOptions(format: .jsonl, explain: true, dedup: DedupOptions(), keepDocument: true)

    public init(rules: RuleSet) {
        let outlets: [String?] = [nil] + rules.outlets.map(\.id).sorted()
        pipelines = outlets.map { Pipeline(rules: rules, options: PipelineOptions(outlet: $0, writer: Self.writer)) }
        lossy = Pipeline(rules: rules, options: PipelineOptions(
            normalizer: NormalizerOptions(stripDiacritics: true, foldLetters: true, asciiDigits: true), writer: Self.writer))
    }

    public func run(_ bytes: [UInt8]) -> [String] {
        var violations: [String] = []
        func check(_ condition: Bool, _ message: @autoclosure () -> String) {
            if !condition { violations.append(message()) }
        }
        let pipeline = pipelines[bytes.count % pipelines.count]
        // 1. A text dump: encoding decided, checked for text, read, cleaned.
        let decoded = TextDecoding.decode(bytes)
        check(String(validating: decoded.utf8, as: UTF8.self) != nil, "decoded text is not UTF-8")
        let text = RawPage(item: InputItem(path: "fuzz.txt", relativePath: "fuzz.txt", format: .text), bytes: bytes, kind: .text)
        violations += Self.checkOutputs(pipeline, text)
        if bytes.count % 7 == 0 { violations += Self.checkOutputs(lossy, text) }
        // Forced encodings always give UTF-8.
        for encoding in [DetectedEncoding.utf16LE, .utf16BE, .windows1256, .iso8859_6] where bytes.count % 3 == 0 {
            check(String(validating: TextDecoding.decode(bytes, as: encoding).utf8, as: UTF8.self) != nil,
                  "\(encoding.rawValue) decoding is not UTF-8")
        }
        // 2. JSONL: each line a record (most are not).
        let jsonl = InputItem(path: "fuzz.jsonl", relativePath: "fuzz.jsonl", format: .jsonl)
        for (n, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).prefix(64).enumerated() {
            violations += Self.checkOutputs(pipeline, RawPage(item: jsonl, bytes: Array(line), kind: .jsonl(line: n + 1)))
        }
        // 3. HTML.
        let html = InputItem(path: "fuzz.html", relativePath: "fuzz.html", format: .html)
        violations += Self.checkOutputs(pipeline, RawPage(item: html, bytes: bytes, kind: .html))
        // 4. The normaliser alone: a second pass changes nothing.
        let normalizer = Normalizer()
        let once = normalizer.normalize(decoded.string)
        check(normalizer.normalize(once).sameBytes(once),
              "normaliser not idempotent: \(once.unicodeScalars.prefix(24).map { String($0.value, radix: 16) })")
        return violations
    }

    /// One page through the pipeline: what it gives is well-formed.
    static func checkOutputs(_ pipeline: Pipeline, _ page: RawPage) -> [String] {
        var violations: [String] = []
        func check(_ condition: Bool, _ message: @autoclosure () -> String) {
            if !condition { violations.append(message()) }
        }
        let cleaned = pipeline.clean(page)
        guard cleaned.outcome == .cleaned, let done = cleaned.document else { return violations }
        cleaned.stages.forEach { n, counters in
            check(counters.pagesIn == 1, "stage \(Pipeline.stageNames[n]) counted \(counters.pagesIn) pages in")
        }
        // The reader's blocks, every one of them, come out of the pipeline.
        var counters = StageCounters()
        if case .page(let read) = pipeline.reader.process(page, counters: &counters) {
            check(done.blocks.count == read.blocks.count, "blocks added or lost")
        }
        for block in done.blocks where block.isKept {
            check(block.clean != nil, "kept block \(block.line) has no clean text")
        }
        check(cleaned.lines.total == done.blocks.count, "\(cleaned.lines.total) lines counted for \(done.blocks.count) blocks")
        let jsonl = cleaned.articles.flatMap(\.bytes)
        check(String(validating: jsonl, as: UTF8.self) != nil, "JSONL output is not UTF-8")
        var records = 0
        for line in jsonl.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
            records += 1
            check(line.starts(with: Array(#"{"id":"#.utf8)), "record does not start with the id key")
            let object = try? JSONSerialization.jsonObject(with: Data(line))
            check(object is [String: Any], "record is not a JSON object: \(String(decoding: line.prefix(200), as: UTF8.self))")
        }
        check(records == done.articles.count, "\(records) records for \(done.articles.count) articles")
        check(cleaned.articles.allSatisfy { $0.signature != nil }, "an article without a signature")
        var text: [UInt8] = []
        TextWriter().write(done, to: &text)
        check(String(validating: text, as: UTF8.self) != nil, "text output is not UTF-8")
        let rows = cleaned.explain.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
            .filter { !$0.starts(with: [0x23]) }.count
        check(rows == done.blocks.count + 1, "explain has \(rows) rows for \(done.blocks.count) blocks")
        return violations
    }
}
