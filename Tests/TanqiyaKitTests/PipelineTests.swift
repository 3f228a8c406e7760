import Foundation
import XCTest
@testable import TanqiyaKit

/// `Pipeline.clean` is a page's whole path: one call gives everything a run writes of the page,
/// and every command (clean, explain, check) takes what it writes from that one call.
final class PipelineTests: XCTestCase {
    static let seed = "seeds/000_dfce995c2dbc26b4.txt"

    func seedPage() throws -> RawPage {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Repo.path(Self.seed))))
        return RawPage(item: InputItem(path: Self.seed, relativePath: "000_dfce995c2dbc26b4.txt", format: .text), bytes: bytes,
                       kind: .text)
    }

    func testOneCleanGivesTheRecordsTraceSignaturesAndCountsOfThePage() throws {
        let writer = WriterOptions(format: .jsonl, explain: true, dedup: DedupOptions(), keepDocument: true)
        let page = Pipeline(rules: try Repo.rules, options: PipelineOptions(writer: writer)).clean(try seedPage())
        XCTAssertEqual(page.outcome, .cleaned)
        let document = try XCTUnwrap(page.document)
        XCTAssertEqual(page.articles.count, 2)
        XCTAssertEqual(page.articles.map(\.id), document.articles.map(\.id))
        var records: [UInt8] = []
        JSONLWriter().write(document, to: &records)
        XCTAssertEqual(page.articles.flatMap(\.bytes), records)
        var trace: [UInt8] = []
        ExplainWriter().write(document, to: &trace)
        XCTAssertEqual(page.explain, trace)
        XCTAssertTrue(String(decoding: page.explain, as: UTF8.self).contains("# articles: 2\n"))
        XCTAssertTrue(page.articles.allSatisfy { $0.signature != nil })
        XCTAssertEqual(page.lines.total, document.blocks.count)
        page.stages.forEach { n, counters in
            XCTAssertEqual(counters.pagesIn, 1, Pipeline.stageNames[n])
            XCTAssertEqual(counters.pagesOut, 1, Pipeline.stageNames[n])
        }
        XCTAssertEqual(page.stages.classifier.linesDropped + page.stages.inPageDedup.linesDropped,
                       page.lines.total - page.lines.kept - page.lines.blank)
    }

    func testTheWriterMakesOnlyWhatTheRunWrites() throws {
        let rules = try Repo.rules
        let bare = Pipeline(rules: rules).writing(WriterOptions(format: nil)).clean(try seedPage())
        XCTAssertEqual(bare.articles.count, 2)
        XCTAssertTrue(bare.articles.allSatisfy { $0.bytes.isEmpty && $0.signature == nil })
        XCTAssertEqual(bare.explain, [])
        XCTAssertNil(bare.document)
        let text = Pipeline(rules: rules).writing(WriterOptions(format: .text)).clean(try seedPage())
        XCTAssertTrue(text.articles.allSatisfy { $0.bytes.suffix(2) == [0x0C, 0x0A] })
    }

    func testAPageTheReaderCannotReadStopsThereWithItsReason() {
        let item = InputItem(path: "x.jsonl", relativePath: "x.jsonl", format: .jsonl)
        let pipeline = Pipeline(rules: .empty)
        let broken = pipeline.clean(RawPage(item: item, bytes: Array("{oops".utf8), kind: .jsonl(line: 7)))
        guard case .skipped(let skip) = broken.outcome else { return XCTFail("\(broken.outcome)") }
        XCTAssertEqual(skip.line, 7)
        XCTAssertTrue(skip.reason.hasPrefix("not a JSON record: "), skip.reason)
        XCTAssertEqual(broken.stages.reader.pagesIn, 1)
        XCTAssertEqual(broken.stages.reader.pagesOut, 0)
        XCTAssertEqual(broken.stages.classifier.pagesIn, 0)
        let blank = pipeline.clean(RawPage(item: item, bytes: Array("  ".utf8), kind: .jsonl(line: 8)))
        XCTAssertEqual(blank.outcome, .blankLine)
        XCTAssertEqual(blank.stages.reader.pagesIn, 0, "a blank line is no page")
    }

    /// `clean --explain` runs the pipeline once per page for both outputs (the stats' stage
    /// counters say how many times each stage ran), and what it writes is what `explain` and a
    /// plain `clean` write.
    func testExplainTraceAndRecordsComeFromOneRunOfThePipeline() throws {
        let dir = try temporaryDirectory()
        let (status, _, err) = try runTool(["clean", Self.seed, "-o", dir + "/page.jsonl", "--explain", dir + "/page.explain",
                                            "--stats", dir + "/stats.json", "--jobs", "1", "-q"])
        XCTAssertEqual(status, 0, err)
        let stats = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/stats.json"))) as? [String: Any]
        let stages = try XCTUnwrap(stats?["stages"] as? [[String: Any]])
        XCTAssertEqual(stages.map { $0["name"] as? String }, Pipeline.stageNames)
        for stage in stages.dropLast() { XCTAssertEqual(stage["pages_in"] as? Int, 1, "\(stage)") }
        let (_, explained, _) = try runTool(["explain", Self.seed])
        XCTAssertEqual(try String(contentsOfFile: dir + "/page.explain", encoding: .utf8), explained)
        let (_, records, _) = try runTool(["clean", Self.seed, "-q"])
        XCTAssertEqual(try String(contentsOfFile: dir + "/page.jsonl", encoding: .utf8), records)
    }

    /// Over a run, each stage takes what the one before gave on, the reader every page (read or
    /// skipped), and the lines the classifier and the in-page deduplicator dropped are the run's
    /// dropped lines.
    func testStageCountersChainAndAddUpToTheRunsCounts() throws {
        let dir = try temporaryDirectory()
        let (status, _, err) = try runTool(["clean", BadInputTests.inputs, "seeds", "-o", dir + "/out.jsonl", "--stats", dir + "/stats.json", "-q"])
        XCTAssertEqual(status, 0, err)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let stats = try decoder.decode(RunStats.self, from: Data(contentsOf: URL(fileURLWithPath: dir + "/stats.json")))
        XCTAssertEqual(stats.stages.map(\.name), Pipeline.stageNames)
        XCTAssertEqual(stats.stages[0].pagesIn, stats.pages + stats.pagesSkipped)
        XCTAssertEqual(stats.stages[0].pagesOut, stats.pages)
        for (before, after) in zip(stats.stages, stats.stages.dropFirst()) {
            XCTAssertEqual(after.pagesIn, before.pagesOut, "\(before.name) → \(after.name)")
        }
        XCTAssertLessThan(stats.stages[5].pagesOut, stats.stages[5].pagesIn, "the planted duplicate page is dropped")
        XCTAssertEqual(stats.stages[1].linesDropped + stats.stages[2].linesDropped, stats.lines.droppedByLabel.values.reduce(0, +))
        XCTAssertGreaterThan(stats.stages[2].linesDropped, 0)
    }
}
