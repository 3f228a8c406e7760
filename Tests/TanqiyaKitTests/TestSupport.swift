import Foundation
import XCTest
@testable import TanqiyaKit

/// Paths of the repository, found from this file's location.
enum Repo {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
    static func path(_ relative: String) -> String { root + "/" + relative }
    static var rules: RuleSet { get throws { try RuleLoader.load(directory: path("rules")) } }

    /// The `tanqiya` executable built beside the test bundle.
    static var binary: String {
        let dir = Bundle.main.executableURL?.deletingLastPathComponent().path ?? path(".build/debug")
        for candidate in [dir + "/tanqiya", path(".build/debug/tanqiya")]
        where FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        return path(".build/debug/tanqiya")
    }
}

/// Rules from YAML text, for tests that build their own outlet.
func rules(_ yaml: String, file: String = "test.yaml") throws -> RuleSet {
    try RuleLoader.load(sources: [(file, yaml)])
}

/// A page from lines, run through every stage (`Pipeline.clean`): a text dump `page.txt`, or
/// with a `url` a JSONL record `{"id": "page", "url": …, "text": …}`.
func clean(_ lines: [String], rules: RuleSet, url: String? = nil, outlet: String? = nil,
           learned: LearnedChromeLabeler? = nil) -> Document {
    let text = lines.joined(separator: "\n")
    let page: RawPage
    if let url {
        let record = try! JSONSerialization.data(withJSONObject: ["id": "page", "url": url, "text": text])
        page = RawPage(item: InputItem(path: "page.jsonl", relativePath: "page.jsonl", format: .jsonl), bytes: [UInt8](record),
                       kind: .jsonl(line: 1))
    } else {
        page = RawPage(item: InputItem(path: "page.txt", relativePath: "page.txt", format: .text), bytes: Array(text.utf8), kind: .text)
    }
    let pipeline = Pipeline(rules: rules, options: PipelineOptions(outlet: outlet, writer: WriterOptions(keepDocument: true),
                                                                   learned: learned))
    return pipeline.clean(page).document!
}

/// An HTML page, read as the file `name`.html, run through every stage (`Pipeline.clean`).
func cleanHTML(_ html: [UInt8], name: String = "page", rules: RuleSet) -> Document {
    let item = InputItem(path: "\(name).html", relativePath: "\(name).html", format: .html)
    let pipeline = Pipeline(rules: rules, options: PipelineOptions(writer: WriterOptions(keepDocument: true)))
    return pipeline.clean(RawPage(item: item, bytes: html, kind: .html)).document!
}

extension Document {
    /// "label rule" decided for the line with this 1-based number, e.g. "caption rt.caption".
    func decision(_ line: Int) -> String {
        let block = blocks[line - 1]
        return "\(block.label.rawValue) \(block.rule ?? "-")"
    }
}

/// Runs the CLI; returns status, stdout, stderr.
@discardableResult
func runTool(_ arguments: [String], stdin: String? = nil, cwd: String = Repo.root, binary: String = Repo.binary,
             environment: [String: String?] = [:]) throws -> (Int32, String, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    if !environment.isEmpty {
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
    }
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: cwd)
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

func temporaryDirectory() throws -> String {
    let dir = NSTemporaryDirectory() + "tanqiya-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

extension StableHash.SplitMix64: RandomNumberGenerator {
    /// A number in 0..<n (modulo: a small bias is of no matter to tests).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
