import Foundation
import XCTest
@testable import TanqiyaKit

/// Several jobs read ahead on one thread and clean on workers: batches must still come out whole
/// and in order, results must be taken in input order, and outputs must not depend on it.
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
        while let batch = next() {
            let pages = batch.events.compactMap { event -> Int? in if case .page(let item, _) = event { item } else { nil } }
            XCTAssertEqual(pages.count, batch.pageCount)
            out.append((pages, batch.events.count))
        }
        return out
    }

    func testBatchesHoldAtMostBatchPagesInInputOrder() throws {
        let items = try inputs()
        let reader = BatchReader(items: items, batchPages: 4, batchBytes: .max, failFast: false)
        let got = batches(reader.next)
        XCTAssertEqual(got.flatMap(\.pages), Array(items.indices))
        XCTAssertTrue(got.allSatisfy { $0.pages.count <= 4 })
        XCTAssertEqual(got.dropLast().map(\.pages.count), Array(repeating: 4, count: got.count - 1))
        // Each text page is one `.page` and one `.inputEnd` step.
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
            let pages = batch.events.compactMap { event -> Int? in if case .page(let item, _) = event { item } else { nil } }
            XCTAssertEqual(batch.bytes, pages.map { sizes[$0] }.reduce(0, +))
            // Under the limit before its last page: the last page may take it over, never more.
            XCTAssertLessThan(batch.bytes - (pages.last.map { sizes[$0] } ?? 0), limit)
            seen += pages
        }
        XCTAssertEqual(seen, Array(items.indices))
        let one = BatchReader(items: items, batchPages: 512, batchBytes: 1, failFast: false)
        while let batch = one.next() { XCTAssertLessThanOrEqual(batch.pageCount, 1) }
    }

    func testFailFastStopsAtTheFirstFailingInput() throws {
        let items = try inputs(missingAt: 6)
        let got = batches(BatchReader(items: items, batchPages: 4, batchBytes: .max, failFast: true).next)
        XCTAssertEqual(got.flatMap(\.pages), Array(0..<6))
        let all = batches(BatchReader(items: items, batchPages: 4, batchBytes: .max, failFast: false).next)
        XCTAssertEqual(all.flatMap(\.pages), Array(items.indices).filter { $0 != 6 })
    }

    /// The scheduler hands every page's result and every input's end to the consumer in input
    /// order, whatever the number of workers and however small the window.
    func testSchedulerConsumesInInputOrder() throws {
        let items = try inputs(missingAt: 3)
        func events(jobs: Int, batchPages: Int, batchBytes: Int = .max) -> [String] {
            var seen: [String] = []
            PageScheduler(jobs: jobs, batchPages: batchPages, batchBytes: batchBytes).run(items, work: { raw in
                // A result that names its page; uneven work so pages finish out of order.
                if raw.bytes.count % 3 == 0 { usleep(2000) }
                return raw.item.path
            }, consume: { event in
                switch event {
                case .page(let item, let path):
                    XCTAssertEqual(path, items[item].path)
                    seen.append("page \(item)")
                case .inputEnd(let item, let failure): seen.append("end \(item)" + (failure == nil ? "" : " failed"))
                }
            })
            return seen
        }
        let serial = events(jobs: 1, batchPages: 512)
        XCTAssertEqual(serial.count, 2 * items.count - 1, "a page and an end per input, only an end for the missing one")
        XCTAssertEqual(serial[6], "end 3 failed")
        for (jobs, batchPages, batchBytes) in [(2, 1, Int.max), (2, 3, .max), (4, 100, .max), (2, 100, 1)] {
            XCTAssertEqual(events(jobs: jobs, batchPages: batchPages, batchBytes: batchBytes), serial,
                           "jobs \(jobs), batch \(batchPages) pages, \(batchBytes) bytes")
        }
    }

    /// Small batches, so several are in flight: the same bytes and counts for 1, 2 and 4 jobs.
    func testOutputAndStatsDoNotDependOnJobsAcrossBatches() throws {
        // One output per input (named by its position: seeds and fixtures share names): with a
        // failed input, a file that gathers every input (`-o FILE`, `--duplicates`) is not written.
        let items = try inputs(missingAt: 5).enumerated().map { n, item in
            var item = item
            item.relativePath = "\(n).txt"
            return item
        }
        let pipeline = Pipeline(rules: try Repo.rules)
        let dir = try temporaryDirectory()
        var outputs: [Data] = []
        var stats: [RunStats] = []
        for jobs in [1, 2, 4] {
            var options = RunOptions()
            options.jobs = jobs
            options.batchPages = 3
            options.duplicatesFile = dir + "/dups\(jobs)"
            let runner = CleanRunner(pipeline: pipeline, format: .jsonl, output: .directory(dir + "/out\(jobs)/"), options: options)
            stats.append(runner.run(items))
            var bytes = Data()
            for n in items.indices where n != 5 {
                bytes += try Data(contentsOf: URL(fileURLWithPath: dir + "/out\(jobs)/\(n).jsonl"))
            }
            outputs.append(bytes)
            XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/dups\(jobs)"))
            XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/out\(jobs)/5.jsonl"))
        }
        XCTAssertFalse(outputs[0].isEmpty)
        XCTAssertEqual(outputs[1], outputs[0])
        XCTAssertEqual(outputs[2], outputs[0])
        for s in stats {
            XCTAssertEqual(s.inputs.total, items.count)
            XCTAssertEqual(s.inputs.failed, 1)
            XCTAssertEqual(s.pages, stats[0].pages)
            XCTAssertEqual(s.articles.written, stats[0].articles.written)
            XCTAssertEqual(s.articles.duplicates, stats[0].articles.duplicates)
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
