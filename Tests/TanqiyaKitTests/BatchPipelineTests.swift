import Foundation
import XCTest
@testable import TanqiyaKit

/// Runs read ahead on one thread and write the previous batch on a worker while the next is
/// cleaned: batches must still come out whole and in order, and outputs must not depend on it.
final class BatchPipelineTests: XCTestCase {
    /// The seeds and fixture pages as inputs, with one missing file in the middle.
    func inputs(missingAt missing: Int? = nil) throws -> [InputItem] {
        var items: [InputItem] = []
        for source in ["seeds", "Tests/Fixtures/pages"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: Repo.path(source)).sorted()
            where name.hasSuffix(".txt") {
                items.append(InputItem(path: Repo.path(source + "/" + name), relativePath: name, format: .text))
            }
        }
        if let missing { items.insert(InputItem(path: "/nonexistent/x.txt", relativePath: "x.txt", format: .text), at: missing) }
        return items
    }

    func batches(_ next: () -> ReadBatch?) -> [(pages: [Int], steps: Int)] {
        var out: [(pages: [Int], steps: Int)] = []
        while let batch = next() { out.append((batch.pages.map(\.item), batch.steps.count)) }
        return out
    }

    func testBatchesHoldAtMostBatchPagesInInputOrder() throws {
        let items = try inputs()
        let reader = BatchReader(items: items, batchPages: 4, batchBytes: .max, failFast: false)
        let got = batches(reader.next)
        XCTAssertEqual(got.flatMap(\.pages), Array(items.indices))
        XCTAssertTrue(got.allSatisfy { $0.pages.count <= 4 })
        XCTAssertEqual(got.dropLast().map(\.pages.count), Array(repeating: 4, count: got.count - 1))
        // Each text page is one `.page` and one `.itemEnd` step.
        XCTAssertEqual(got.map(\.steps).reduce(0, +), 2 * items.count)
        XCTAssertNil(reader.next())
    }

    /// Memory is bounded in bytes, not only pages: a batch ends once its pages hold
    /// `batchBytes`, so a run of big pages is read a few at a time (one, when each is bigger).
    func testBatchesEndOnceTheyHoldBatchBytes() throws {
        let items = try inputs()
        let sizes = try items.map { try FileManager.default.attributesOfItem(atPath: $0.path)[.size] as! Int }
        let limit = 3 * sizes.max()!
        var seen: [Int] = []
        let reader = BatchReader(items: items, batchPages: 512, batchBytes: limit, failFast: false)
        while let batch = reader.next() {
            XCTAssertEqual(batch.bytes, batch.pages.map { sizes[$0.item] }.reduce(0, +))
            // Under the limit before its last page: the last page may take it over, never more.
            XCTAssertLessThan(batch.bytes - (batch.pages.last.map { sizes[$0.item] } ?? 0), limit)
            seen += batch.pages.map(\.item)
        }
        XCTAssertEqual(seen, Array(items.indices))
        let one = BatchReader(items: items, batchPages: 512, batchBytes: 1, failFast: false)
        while let batch = one.next() { XCTAssertLessThanOrEqual(batch.pages.count, 1) }
    }

    func testFailFastStopsAtTheFirstFailingInput() throws {
        let items = try inputs(missingAt: 6)
        let got = batches(BatchReader(items: items, batchPages: 4, batchBytes: .max, failFast: true).next)
        XCTAssertEqual(got.flatMap(\.pages), Array(0..<6))
        let all = batches(BatchReader(items: items, batchPages: 4, batchBytes: .max, failFast: false).next)
        XCTAssertEqual(all.flatMap(\.pages), Array(items.indices).filter { $0 != 6 })
    }

    /// The parallel cleaner hands back every chunk, in input order, with each page's result in
    /// place, whatever the number of workers and however small the window.
    func testParallelCleanerReturnsChunksInInputOrder() throws {
        let items = try inputs(missingAt: 3)
        let direct = batches(BatchReader(items: items, batchPages: 3, batchBytes: .max, failFast: false).next)
        for (jobs, window, windowBytes) in [(1, 1, Int.max), (2, 3, .max), (4, 100, .max), (2, 100, 1)] {
            let cleaner = ParallelCleaner(reader: BatchReader(items: items, batchPages: 3, batchBytes: .max, failFast: false), jobs: jobs,
                                          window: window, windowBytes: windowBytes) { item, raw in
                // A result that names its page; uneven work so pages finish out of order.
                if item % 3 == 0 { usleep(2000) }
                return PageResult(item: item, source: raw.item.path, outlet: nil, articles: [], explain: [], lines: .init(),
                                  warnings: [], bytes: raw.bytes.count)
            }
            var chunks: [(pages: [Int], steps: Int)] = []
            while let (steps, results) = cleaner.next() {
                XCTAssertEqual(results.map(\.source), results.map { items[$0.item].path })
                chunks.append((results.map(\.item), steps.count))
            }
            XCTAssertEqual(chunks.map(\.pages), direct.map(\.pages), "jobs \(jobs), window \(window) pages, \(windowBytes) bytes")
            XCTAssertEqual(chunks.map(\.steps), direct.map(\.steps))
            XCTAssertNil(cleaner.next())
        }
    }

    /// Small batches, so several are in flight: the same bytes and counts for 1, 2 and 4 jobs.
    func testOutputAndStatsDoNotDependOnJobsAcrossBatches() throws {
        let items = try inputs(missingAt: 5)
        let pipeline = Pipeline(rules: try Repo.rules)
        let dir = try temporaryDirectory()
        var outputs: [Data] = []
        var stats: [RunStats] = []
        for jobs in [1, 2, 4] {
            var options = RunOptions()
            options.jobs = jobs
            options.batchPages = 3
            options.duplicatesFile = dir + "/dups\(jobs)"
            let runner = CleanRunner(pipeline: pipeline, format: .jsonl, output: .file(dir + "/out\(jobs)"), options: options)
            stats.append(runner.run(items))
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: dir + "/out\(jobs)"))
                + Data(contentsOf: URL(fileURLWithPath: dir + "/dups\(jobs)")))
        }
        XCTAssertFalse(outputs[0].isEmpty)
        XCTAssertEqual(outputs[1], outputs[0])
        XCTAssertEqual(outputs[2], outputs[0])
        for s in stats {
            XCTAssertEqual(s.inputs.total, items.count)
            XCTAssertEqual(s.inputs.failed, 1)
            XCTAssertEqual(s.pages, stats[0].pages)
            XCTAssertEqual(s.articles.written, stats[0].articles.written)
            XCTAssertEqual(s.lines.droppedByRule, stats[0].lines.droppedByRule)
        }
    }

    /// Pages are read into a buffer of the file's size: a file whose size says 0 (a /proc file)
    /// or that grows is still read whole, and an ordinary file byte for byte.
    func testReadAllDoesNotTrustTheSize() throws {
        let status = try PageSource.readAll(InputItem(path: "/proc/self/status", relativePath: "status", format: .text))
        XCTAssertTrue(String(decoding: status, as: UTF8.self).contains("Name:"))
        let seed = Repo.path("seeds/000_dfce995c2dbc26b4.txt")
        let read = try PageSource.readAll(InputItem(path: seed, relativePath: "000.txt", format: .text))
        XCTAssertEqual(Data(read), try Data(contentsOf: URL(fileURLWithPath: seed)))
        let empty = try temporaryDirectory() + "/empty.txt"
        XCTAssertTrue(FileManager.default.createFile(atPath: empty, contents: Data()))
        XCTAssertEqual(try PageSource.readAll(InputItem(path: empty, relativePath: "empty.txt", format: .text)), [])
    }
}
