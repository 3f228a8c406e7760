import Foundation

/// What the fuzz target (`tanqiya-fuzz`, `make fuzz`) does with one input, and what the
/// regression tests replay: the bytes through every reader (a text dump with encoding detection
/// and the text check, each line as a JSONL record, an HTML page), the pipeline (outlet
/// detection or a forced outlet, lossy options now and then) and every writer, checking
/// invariants on the way. Returns the invariants violated (empty: all held); a crash is a crash.
public struct FuzzHarness: Sendable {
    let pipelines: [Pipeline]
    let lossy: Pipeline

    public init(rules: RuleSet) {
        let outlets: [String?] = [nil] + rules.outlets.map(\.id).sorted()
        pipelines = outlets.map { Pipeline(rules: rules, options: PipelineOptions(outlet: $0)) }
        lossy = Pipeline(rules: rules, options: PipelineOptions(
            normalizer: NormalizerOptions(stripDiacritics: true, foldLetters: true, asciiDigits: true)))
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
        if TextCheck.notTextReason(raw: bytes, decoded: decoded) == nil {
            let document = TextDumpReader().read(decoded: decoded, source: "fuzz.txt", idPrefix: "fuzz")
            violations += Self.checkOutputs(pipeline, document)
            if bytes.count % 7 == 0 { violations += Self.checkOutputs(lossy, document) }
        }
        // Forced encodings always give UTF-8.
        for encoding in [DetectedEncoding.utf16LE, .utf16BE, .windows1256, .iso8859_6] where bytes.count % 3 == 0 {
            check(String(validating: TextDecoding.decode(bytes, as: encoding).utf8, as: UTF8.self) != nil,
                  "\(encoding.rawValue) decoding is not UTF-8")
        }
        // 2. JSONL: each line a record (most are not).
        var number = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).prefix(64) {
            number += 1
            if case .success(let document?) = JSONLReader().document(line: Array(line), number: number, inputStem: "fuzz") {
                violations += Self.checkOutputs(pipeline, document)
            }
        }
        // 3. HTML.
        if let document = try? HTMLDocumentReader().read(bytes: bytes, source: "fuzz.html", idPrefix: "fuzz") {
            violations += Self.checkOutputs(pipeline, document)
        }
        // 4. The normaliser alone: a second pass changes nothing.
        let normalizer = Normalizer()
        let once = normalizer.normalize(decoded.string)
        check(normalizer.normalize(once).sameBytes(once),
              "normaliser not idempotent: \(once.unicodeScalars.prefix(24).map { String($0.value, radix: 16) })")
        return violations
    }

    /// One page through the pipeline and every writer: the outputs are well-formed.
    static func checkOutputs(_ pipeline: Pipeline, _ document: Document) -> [String] {
        var violations: [String] = []
        func check(_ condition: Bool, _ message: @autoclosure () -> String) {
            if !condition { violations.append(message()) }
        }
        let done = pipeline.run(document)
        check(done.blocks.count == document.blocks.count, "blocks added or lost")
        for block in done.blocks where block.isKept {
            check(block.clean != nil, "kept block \(block.line) has no clean text")
        }
        var jsonl: [UInt8] = []
        JSONLWriter().write(done, to: &jsonl)
        check(String(validating: jsonl, as: UTF8.self) != nil, "JSONL output is not UTF-8")
        var records = 0
        for line in jsonl.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
            records += 1
            check(line.starts(with: Array(#"{"id":"#.utf8)), "record does not start with the id key")
            let object = try? JSONSerialization.jsonObject(with: Data(line))
            check(object is [String: Any], "record is not a JSON object: \(String(decoding: line.prefix(200), as: UTF8.self))")
        }
        check(records == done.articles.count, "\(records) records for \(done.articles.count) articles")
        var text: [UInt8] = []
        TextWriter().write(done, to: &text)
        check(String(validating: text, as: UTF8.self) != nil, "text output is not UTF-8")
        var explain: [UInt8] = []
        ExplainWriter().write(done, to: &explain)
        let rows = explain.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
            .filter { !$0.starts(with: [0x23]) }.count
        check(rows == done.blocks.count + 1, "explain has \(rows) rows for \(done.blocks.count) blocks")
        let signatures = SignatureComputer()
        for article in done.articles { _ = signatures.signature(of: article.paragraphs.joined(separator: "\n")) }
        return violations
    }
}
