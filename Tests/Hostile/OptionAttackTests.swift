import Foundation
import XCTest
@testable import TanqiyaKit

/// Attacks through option values and through where the binary lives (issue 13, items 9
/// and 10).
final class OptionAttackTests: XCTestCase {
    /// Item 9. `--shard` near `Int.max` overflowed (SIGILL); `--jobs 1000000000` spent minutes
    /// creating threads and `--jobs 9223372036854775807` hung.
    func testExtremeShardAndJobValuesNeitherCrashNorStall() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for n in 0..<5 { try inventedPage(salt: 40 + n).write(toFile: dir + "/p\(n).txt", atomically: false, encoding: .utf8) }
        let all = try launch(["clean", dir, "--rules", Repo.path("rules"), "-q"])
        XCTAssertEqual(try records(all.stdout).count, 5)
        let max = Int.max
        // Shard I of N takes inputs [I·5/N, (I+1)·5/N): the last shard the last input, the others none.
        for (shard, count) in [("0/\(max)", 0), ("\(max - 2)/\(max - 1)", 1), ("\(max - 1)/\(max)", 1),
                               ("4611686018427387904/\(max)", 0), ("\(max / 5 * 2)/\(max)", 1)] {
            let result = try launch(["clean", dir, "--rules", Repo.path("rules"), "-q", "--shard", shard], timeout: 60)
            XCTAssertEqual(result.status, 0, "\(shard): \(result.stderr)")
            XCTAssertEqual(try records(result.stdout).count, count, shard)
        }
        for jobs in ["1000000000", "\(max)"] {
            let start = Date()
            let result = try launch(["clean", dir, "--rules", Repo.path("rules"), "--jobs", jobs], timeout: 60)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stdout, all.stdout, "the same output with any --jobs")
            XCTAssertTrue(result.stderr.contains("--jobs \(jobs) is more than"), result.stderr)
            XCTAssertLessThan(Date().timeIntervalSince(start), 30)
        }
        for bad in [["--jobs", "0"], ["--jobs", "-3"], ["--shard", "5/5"], ["--shard", "-1/2"], ["--shard", "1/0"],
                    ["--jobs", "99999999999999999999"], ["--shard", "1/99999999999999999999"]] {
            let result = try launch(["clean", dir, "-q"] + bad)
            XCTAssertEqual(result.status, 2, "\(bad): \(result.stderr)")
            XCTAssertEqual(result.stdout, "")
        }
    }

    /// Item 9: never more worker threads than pages. Workers are started as pages arrive: a run
    /// of two pages with `--jobs 8` starts the reading thread and two workers, not eight.
    func testNoMoreWorkerThreadsThanPages() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var items: [InputItem] = []
        for n in 0..<2 {
            try inventedPage(salt: 60 + n).write(toFile: dir + "/p\(n).txt", atomically: false, encoding: .utf8)
            items.append(InputItem(path: dir + "/p\(n).txt", relativePath: "p\(n).txt", format: .text))
        }
        @Sendable func threads() -> Int { (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task").count) ?? 0 }
        let before = threads()
        let started = Counter()
        let scheduler = ParallelScheduler(reader: BatchReader(items: items, batchPages: 64, batchBytes: .max, failFast: false), jobs: 8,
                                          window: 128, windowBytes: .max) { raw in
            started.record(threads() - before)
            usleep(100_000)  // both pages in flight at once
            return raw.bytes.count
        }
        var pages = 0
        while let (_, results) = scheduler.next() { pages += results.count }
        XCTAssertEqual(pages, 2)
        XCTAssertLessThanOrEqual(started.maximum, 4, "the reading thread and one worker per page (and a spare), not 8 workers")
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var maximum = 0
        func record(_ value: Int) {
            lock.lock()
            maximum = max(maximum, value)
            lock.unlock()
        }
    }

    /// Item 10. A binary copied out of the build folder crashed ("could not load resource
    /// bundle") at the first page of an unknown outlet. The generic extractor's data is
    /// compiled in: a copy cleans an unknown outlet's page anywhere, and looks up nothing in the
    /// build folder.
    func testACopiedBinaryCleansAnUnknownOutletsPageAnywhere() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let bin = dir + "/bin/tanqiya"
        try FileManager.default.createDirectory(atPath: dir + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.binary, toPath: bin)
        try FileManager.default.createDirectory(atPath: dir + "/work", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.path("rules"), toPath: dir + "/work/rules")
        let html = "<html><head><title>بلدية الساحل</title></head><body><nav><a href=/>الرئيسية</a> <a href=/a>أخبار</a></nav>"
            + "<article><h1>بلدية الساحل تفتتح حديقة جديدة</h1>"
            + inventedPage(paragraphs: 5, salt: 50).split(separator: "\n").dropFirst(2).map { "<p>\($0)</p>" }.joined()
            + "</article><footer>جميع الحقوق محفوظة</footer></body></html>"
        try html.write(toFile: dir + "/work/page.html", atomically: false, encoding: .utf8)
        try inventedPage(salt: 51).write(toFile: dir + "/work/story.txt", atomically: false, encoding: .utf8)
        var tracer: [String] = []
        let strace = "/usr/bin/strace"
        if FileManager.default.isExecutableFile(atPath: strace) {
            tracer = [strace, "-f", "-qq", "-e", "trace=%file", "-o", dir + "/trace.txt", "--"]
        }
        let arguments = ["clean", "page.html", "story.txt", "-o", "out/"]
        // Nothing from the environment that could point at the build (LeakSanitizer cannot run
        // under ptrace: off, for sanitizer builds).
        let environment = ["PATH": "/usr/bin:/bin", "ASAN_OPTIONS": "detect_leaks=0"]
        let result = tracer.isEmpty ? try launch(arguments, executable: bin, cwd: dir + "/work", environment: environment)
            : try launch(Array(tracer.dropFirst()) + [bin] + arguments, executable: tracer[0], cwd: dir + "/work",
                         environment: environment)
        XCTAssertEqual(result.status, 0, result.stderr)
        for name in ["page.jsonl", "story.jsonl"] {
            XCTAssertFalse(try records(String(contentsOfFile: dir + "/work/out/" + name, encoding: .utf8)).isEmpty, name)
        }
        let outlets = try FileManager.default.contentsOfDirectory(atPath: dir + "/work/out").flatMap { name in
            try records(String(contentsOfFile: dir + "/work/out/" + name, encoding: .utf8)).map { $0["outlet"] as? String }
        }
        XCTAssertTrue(outlets.allSatisfy { $0 == "unknown" }, "\(outlets)")
        try XCTSkipIf(tracer.isEmpty, "no strace: what the copy looks up is not checked")
        let trace = try String(contentsOfFile: dir + "/trace.txt", encoding: .utf8)
        let build = Repo.path(".build")
        let lookups = trace.split(separator: "\n").filter { $0.contains(build) || $0.contains(".resources") || $0.contains(".bundle") }
        XCTAssertEqual(lookups, [], "the copy looks for files beside the build")
    }
}
