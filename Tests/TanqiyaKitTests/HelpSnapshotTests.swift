import Foundation
import XCTest

/// Every command's `--help`, pinned (swift-argument-parser's style): the text is compared with
/// `Tests/Snapshots/help/<command>.txt`. A missing snapshot is recorded and the test fails (so a
/// new command's help gets read once); `TANQIYA_RECORD_SNAPSHOTS=1 swift test --filter
/// HelpSnapshotTests` re-records them all after an intended change (review the diff).
final class HelpSnapshotTests: XCTestCase {
    static let commands: [[String]] = [[], ["clean"], ["explain"], ["check"], ["rules"], ["rules", "lint"], ["rules", "list"],
                                       ["rules", "suggest"], ["dedup"], ["dedup", "global"], ["dedup", "apply"], ["stats"], ["stats", "merge"],
                                       ["profile"], ["profile", "build"], ["profile", "merge"]]

    /// Every command the top-level help lists has its snapshot here.
    func testEveryCommandIsPinned() throws {
        let (_, root, _) = try runTool(["--help"], environment: ["COLUMNS": "100"])
        let listed = root.components(separatedBy: "SUBCOMMANDS:").last?.split(separator: "\n")
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") && !$0.hasPrefix("  See ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) } ?? []
        XCTAssertGreaterThan(listed.count, 5, root)
        for command in listed where command != "help" {
            XCTAssertTrue(Self.commands.contains([command]), "`tanqiya \(command)` has no help snapshot")
        }
    }

    func testEveryHelpTextMatchesItsSnapshot() throws {
        let record = ProcessInfo.processInfo.environment["TANQIYA_RECORD_SNAPSHOTS"] != nil
        for command in Self.commands {
            let (status, out, err) = try runTool(command + ["--help"], environment: ["COLUMNS": "100"])
            XCTAssertEqual(status, 0, err)
            let name = command.isEmpty ? "tanqiya" : command.joined(separator: "-")
            let path = Repo.path("Tests/Snapshots/help/\(name).txt")
            let snapshot = try? String(contentsOfFile: path, encoding: .utf8)
            if record || snapshot == nil {
                try out.write(toFile: path, atomically: true, encoding: .utf8)
                if snapshot == nil { XCTFail("no snapshot for `tanqiya \(command.joined(separator: " ")) --help`: recorded \(path), review it") }
                continue
            }
            XCTAssertEqual(out, snapshot, "`tanqiya \(command.joined(separator: " ")) --help` differs from \(path) (re-record with TANQIYA_RECORD_SNAPSHOTS=1)")
        }
    }

    /// What the help must say, whatever the wording: the input kinds, the defaults, no source text.
    func testHelpListsInputKindsAndDefaultsAndNoUninterpolatedText() throws {
        let (_, clean, _) = try runTool(["clean", "--help"])
        for kind in [".html", ".htm", ".html.gz", ".jsonl", ".ndjson", "text dump"] {
            XCTAssertTrue(clean.contains(kind), "clean --help does not mention \(kind)")
        }
        XCTAssertTrue(clean.contains("(default: 0.8)"), clean)
        for command in Self.commands {
            let (_, out, _) = try runTool(command + ["--help"])
            XCTAssertFalse(out.contains("\\("), "`\(command) --help` prints source text: \(out)")
            // An option's default is said once (the parser adds "(default: …)" for a default value).
            let words = out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for option in words.components(separatedBy: " --").dropFirst() {
                XCTAssertLessThanOrEqual(option.components(separatedBy: "(default: ").count, 2, "`\(command) --help`: --\(option)")
            }
        }
        let (_, root, _) = try runTool(["--help"])
        let words = root.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(words.contains("--rules DIR, $TANQIYA_RULES, ./rules, the installed rules"), root)
    }
}
