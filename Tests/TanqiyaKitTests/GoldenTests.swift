import Foundation
import XCTest
@testable import TanqiyaKit

/// Every fixture — the seeds and Tests/Fixtures/pages — through the whole pipeline, compared with
/// the JSONL and explain trace committed under Tests/Golden/ (byte for byte, and decision by
/// decision for the report). After an intended rule change: `make golden` (= `tanqiya check
/// --update`), review the diff, commit both.
final class GoldenTests: XCTestCase {
    // Relative to the repository, as `make check` names them (the traces record the paths).
    static let fixtureDirectories = ["seeds", "Tests/Fixtures/pages", "Tests/Fixtures/html"]

    override func setUp() {
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(Repo.root))
    }

    func fixtures() -> [Fixture] {
        Fixture.locate(fixtureDirectories: Self.fixtureDirectories, expected: "Tests/Golden").fixtures
    }

    func testEveryFixtureMatchesItsCommittedExpectation() throws {
        let result = FixtureChecker(rules: try Repo.rules).check(fixtures())
        XCTAssertEqual(result.entries.count, 145)
        XCTAssertTrue(result.changed.isEmpty, "\n" + FixtureChecker.report(result, strict: true))
    }

    func testEveryRuleFiresOnSomeFixture() throws {
        let result = FixtureChecker(rules: try Repo.rules).check(fixtures())
        XCTAssertEqual(result.unusedRules, [], "rules no fixture exercises")
    }

    /// Deleting the TT-marker rule from a scratch copy of the rules changes the Asharq fixtures,
    /// and the report names the lines, the fixtures and the rule; restoring it changes nothing.
    func testDeletingTheTTMarkerRuleIsReportedAndRestoringItIsClean() throws {
        let scratch = try temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: Repo.path("rules")) where name.hasSuffix(".yaml") {
            try FileManager.default.copyItem(atPath: Repo.path("rules/" + name), toPath: scratch + "/" + name)
        }
        let asharq = scratch + "/asharq-alawsat.yaml"
        let original = try String(contentsOfFile: asharq, encoding: .utf8)
        let without = original.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("  marker: {id: asharq.tt-marker") }.joined(separator: "\n")
        XCTAssertNotEqual(without, original)
        try without.write(toFile: asharq, atomically: true, encoding: .utf8)

        let (status, out, _) = try runTool(["check", "--rules", scratch])
        XCTAssertEqual(status, 1)
        XCTAssertTrue(out.contains("seeds/000_dfce995c2dbc26b4.txt\n"), out)
        // Without its rule the marker falls to the generic chrome shapes (still dropped, by another rule).
        XCTAssertTrue(out.contains("line 5: marker → widget, was rule asharq.tt-marker, now rule generic.shape.latin-line"), out)
        XCTAssertTrue(out.contains("article 2 lost: «زوكربيرغ يتناول العشاء مع ترمب في فلوريدا»"), out)
        XCTAssertTrue(out.contains(" of 145 fixtures changed: "), out)
        XCTAssertFalse(out.contains("rt-01"), "RT fixtures do not change")

        try original.write(toFile: asharq, atomically: true, encoding: .utf8)
        let (restored, summary, _) = try runTool(["check", "--rules", scratch])
        XCTAssertEqual(restored, 0, summary)
        XCTAssertTrue(summary.hasSuffix("\n0 of 145 fixtures changed: 0 lines, 0 articles\n"), summary)
    }

    func testUpdateRerecordsOnlyWhatChangedAndSaysSo() throws {
        let expected = try temporaryDirectory()
        let (first, out, _) = try runTool(["check", "--fixtures", "seeds", "--expected", expected, "--update"])
        XCTAssertEqual(first, 0)
        XCTAssertTrue(out.contains("rewrote \(expected)/seeds/003_df18ae01772020e4.jsonl"), out)
        XCTAssertTrue(out.contains("10 expectation files rewritten for 5 of 5 fixtures"), out)
        let (again, out2, _) = try runTool(["check", "--fixtures", "seeds", "--expected", expected])
        XCTAssertEqual(again, 0, out2)
    }
}
