import Foundation
import XCTest
@testable import TanqiyaKit

/// One parse per page: the pages the profile pass parses are kept for the clean pass
/// (`ProfiledPages`), within a memory budget, and the output is the same as reading them again.
final class ProfiledPagesTests: XCTestCase {
    /// `FictionalSite`'s page `n` as HTML, its lines in the site's template, with the site's canonical URL.
    static func htmlPage(_ n: Int) -> String {
        let lines = FictionalSite.page(n)
        var body = ""
        for line in lines where !line.isEmpty {
            let escaped = line.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            body += line.count > 80 ? "<p>\(escaped)</p>\n" : "<div class=\"row\">\(escaped)</div>\n"
        }
        return """
        <!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>\(FictionalSite.titles[n])</title>
        <link rel="canonical" href="https://alwaha.example/news/\(n)"></head>
        <body><main>\(body)</main></body></html>
        """
    }

    /// A corpus of every input kind: 14 HTML pages of one site (enough to learn its chrome), 3 of
    /// them gzipped, a JSONL file whose records hold HTML (4 pages) or text, and a text dump.
    func corpus() throws -> [InputItem] {
        let dir = try temporaryDirectory() + "/corpus"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for n in 0..<14 {
            try Self.htmlPage(n).write(toFile: dir + "/page\(n).html", atomically: true, encoding: .utf8)
        }
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "gzip '\(dir)/page4.html' '\(dir)/page9.html' '\(dir)/page13.html'"]
        try gzip.run()
        gzip.waitUntilExit()
        XCTAssertEqual(gzip.terminationStatus, 0)
        var records = ""
        for n in 14..<18 {
            let object: [String: String] = ["id": "rec\(n)", "html": Self.htmlPage(n)]
            records += String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self) + "\n"
        }
        let text: [String: String] = ["id": "rec-text", "text": FictionalSite.page(18).joined(separator: "\n")]
        records += String(decoding: try JSONSerialization.data(withJSONObject: text, options: [.sortedKeys]), as: UTF8.self) + "\n"
        try records.write(toFile: dir + "/records.jsonl", atomically: true, encoding: .utf8)
        try FictionalSite.page(19).joined(separator: "\n").write(toFile: dir + "/dump.txt", atomically: true, encoding: .utf8)
        return InputLocator().locate([dir]).items
    }

    /// Records and explain trace of a learning run.
    func run(_ items: [InputItem], jobs: Int, budget: Int) throws -> (records: String, explain: String, stats: RunStats) {
        let dir = try temporaryDirectory()
        var options = RunOptions()
        options.jobs = jobs
        options.dedup = nil
        options.profiledPagesBudget = budget
        let runner = CleanRunner(pipeline: Pipeline(rules: try Repo.rules), format: .jsonl, output: .file(dir + "/out.jsonl"),
                                 explain: .file(dir + "/out.explain"), options: options)
        let stats = runner.run(items)
        return (try String(contentsOfFile: dir + "/out.jsonl", encoding: .utf8),
                try String(contentsOfFile: dir + "/out.explain", encoding: .utf8), stats)
    }

    func testKeptPagesGiveTheSameOutputAsReadingThemAgainForAnyJobs() throws {
        let items = try corpus()
        let reread = try run(items, jobs: 1, budget: 0)
        XCTAssertEqual(reread.stats.learning.sites, 1, "the site is learned: the output depends on the profile")
        XCTAssertEqual(reread.stats.pages, 20)
        XCTAssertTrue(reread.records.contains(FictionalSite.paragraph(3, 1).prefix(40)))
        XCTAssertFalse(reread.records.contains(FictionalSite.footer[3]), "learned chrome is dropped")
        let onePage = ProfiledPages.footprint(of: try XCTUnwrap(PageFrame.read(RawPage(
            item: items[0], bytes: Array(Self.htmlPage(0).utf8), kind: .html))))
        for jobs in [1, 2, 3] {
            for budget in [ProfiledPages.defaultBudgetBytes, 3 * onePage] {
                let kept = try run(items, jobs: jobs, budget: budget)
                XCTAssertEqual(kept.records, reread.records, "jobs \(jobs), budget \(budget)")
                XCTAssertEqual(kept.explain, reread.explain, "jobs \(jobs), budget \(budget)")
                XCTAssertEqual(kept.stats.pages, reread.stats.pages)
                XCTAssertEqual(kept.stats.stages.map(\.pagesOut), reread.stats.stages.map(\.pagesOut))
            }
        }
    }

    func testTheProfilePassKeepsWhatItParsedWithinItsBudgetAndTheCleanPassTakesItAll() throws {
        let items = try corpus()
        var options = RunOptions()
        options.jobs = 2
        let all = ProfiledPages()
        _ = try ProfilePass.learn(options, items: items, keeping: all)
        // The HTML pages and the JSONL records holding HTML; not the text dump nor the text record.
        XCTAssertEqual(all.kept, 18)
        XCTAssertEqual(all.count, 18)
        var readAgain = 0
        PageScheduler(jobs: 2).run(items, profiled: all, work: { raw in raw.document == nil && raw.kind != .text }) { event in
            if case .page(_, true) = event { readAgain += 1 }
        }
        XCTAssertEqual(all.taken, 18)
        XCTAssertEqual(all.count, 0, "the clean pass empties the store")
        XCTAssertEqual(readAgain, 1, "only the JSONL text record is read by the clean pass")

        // A budget of three pages keeps three, whatever the number of pages.
        let size = ProfiledPages.footprint(of: try XCTUnwrap(PageFrame.read(RawPage(
            item: items[0], bytes: Array(Self.htmlPage(0).utf8), kind: .html))))
        let small = ProfiledPages(budgetBytes: 3 * size + size / 2)
        _ = try ProfilePass.learn(options, items: items, keeping: small)
        XCTAssertEqual(small.kept, 3)
        let none = ProfiledPages(budgetBytes: 0)
        _ = try ProfilePass.learn(options, items: items, keeping: none)
        XCTAssertEqual(none.kept, 0)
    }
}
