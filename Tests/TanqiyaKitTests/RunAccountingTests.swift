import XCTest
@testable import TanqiyaKit

/// The invariants every run's stats keep, checked in one place (`RunAccounting.violations`):
/// each one fails when its totals do not add up.
final class RunAccountingTests: XCTestCase {
    func balanced() -> RunStats {
        var s = RunStats()
        (s.inputs.total, s.inputs.cleaned, s.inputs.skipped, s.inputs.failed) = (6, 4, 1, 1)
        (s.inputs.written, s.inputs.noArticles, s.inputs.onlyDuplicates, s.inputs.empty) = (1, 1, 1, 1)
        (s.articles.found, s.articles.written, s.articles.duplicates, s.articles.discarded) = (5, 2, ["exact": 1, "near": 1], 1)
        s.failures = [.init(input: "f", error: "gone"), .init(input: nil, error: "stdout closed")]
        s.skipped = [.init(input: "s", reason: "binary"), .init(input: "r.jsonl", line: 3, reason: "not JSON")]
        s.dropped = [.init(input: "a", reason: "no article found"), .init(input: "b", reason: "every article a duplicate (2)")]
        (s.pages, s.encodings) = (4, ["UTF-8": 3, "windows-1256": 1])
        return s
    }

    func testBalancedStatsBreakNoInvariant() {
        XCTAssertEqual(RunAccounting.violations(of: balanced()), [])
    }

    func testEachInvariantFailsWhenItsTotalsDoNotAddUp() {
        let breaks: [(String, (inout RunStats) -> Void)] = [
            ("inputs: total", { $0.inputs.total += 1 }),
            ("inputs: cleaned", { $0.inputs.written += 1 }),
            ("articles: found", { $0.articles.duplicates["near"] = 2 }),
            ("failed inputs listed", { $0.failures.removeFirst() }),
            ("skipped, ", { $0.skipped.removeFirst() }),
            ("dropped, ", { $0.dropped.removeLast() }),
            ("by encoding", { $0.pages += 1 }),
        ]
        for (expected, change) in breaks {
            var s = balanced()
            change(&s)
            let problems = RunAccounting.violations(of: s)
            XCTAssertEqual(problems.count, 1, "\(expected): \(problems)")
            XCTAssertTrue(problems.first?.contains(expected) ?? false, "\(expected): \(problems)")
        }
    }

    /// Standard input's path is "-": an input read from it that fails is a failed input like any
    /// other, counted once, and a failure of the run itself (an output not written) is no input's.
    func testAFailedStandardInputIsAFailedInputAndARunFailureIsNoInputs() {
        let stdin = InputItem(path: "-", relativePath: "-", format: .text)
        var accounting = RunAccounting(items: [stdin], failedBefore: [], skippedBefore: [])
        accounting.inputEnded(0, failure: "-: cannot read: Bad file descriptor", discarded: false)
        accounting.runFailed("out.jsonl: cannot write: No space left on device")
        let stats = accounting.finish(corpus: StageCounters())
        XCTAssertEqual(RunAccounting.violations(of: stats), [])
        XCTAssertEqual(stats.inputs.failed, 1)
        XCTAssertEqual(stats.failures.map(\.input), ["-", nil])
        // In the JSON a failure of the run names no input.
        let object = try? JSONSerialization.jsonObject(with: stats.json()) as? [String: Any]
        let failures = object?["failures"] as? [[String: String]]
        XCTAssertEqual(failures, [["input": "-", "error": "-: cannot read: Bad file descriptor"],
                                  ["error": "out.jsonl: cannot write: No space left on device"]])
    }
}
