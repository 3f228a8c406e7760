import Foundation
import XCTest
@testable import TanqiyaKit

/// Every seed through the whole pipeline, compared byte for byte with the JSONL and explain
/// trace committed in Tests/Golden/. Re-record with `TANQIYA_RECORD_GOLDEN=1 swift test
/// --filter GoldenTests` (or `make golden`), then review the diff before committing it.
/// A missing golden file is recorded and the test fails, so nothing passes unseen.
final class GoldenTests: XCTestCase {
    static let record = ProcessInfo.processInfo.environment["TANQIYA_RECORD_GOLDEN"] == "1"

    func testSeedsMatchCommittedGoldens() throws {
        let rules = try Repo.rules
        let pipeline = Pipeline(rules: rules)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Repo.path("seeds")).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertEqual(seeds.count, 5, "the five seeds are in seeds/")
        for name in seeds {
            let item = InputItem(path: "seeds/" + name, relativePath: name, format: .text)
            let bytes = [UInt8](FileManager.default.contents(atPath: Repo.path("seeds/" + name))!)
            let done = pipeline.run(TextDumpReader().read(bytes: bytes, source: item.path, idPrefix: item.stem))
            var jsonl: [UInt8] = [], explain: [UInt8] = []
            JSONLWriter().write(done, to: &jsonl)
            ExplainWriter().write(done, to: &explain)
            try compare(jsonl, golden: "Tests/Golden/\(item.stem).jsonl")
            try compare(explain, golden: "Tests/Golden/\(item.stem).explain")
        }
    }

    func compare(_ actual: [UInt8], golden relative: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let path = Repo.path(relative)
        let expected = FileManager.default.contents(atPath: path)
        if Self.record || expected == nil {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: path, contents: Data(actual))
            if expected == nil { XCTFail("\(relative) was missing; recorded it: review and commit", file: file, line: line) }
            return
        }
        if Data(actual) != expected! {
            let a = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let e = String(decoding: expected!, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            XCTFail("""
                \(relative) differs at line \(first + 1)
                  expected: \(first < e.count ? String(e[first]) : "<end>")
                  actual:   \(first < a.count ? String(a[first]) : "<end>")
                re-record with TANQIYA_RECORD_GOLDEN=1 if the change is intended
                """, file: file, line: line)
        }
    }
}
