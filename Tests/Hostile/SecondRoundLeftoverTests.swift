import Foundation
import TanqiyaKit
import XCTest

/// What the second round of attacks found and left (its log's "not fixed" and "left" cases),
/// fixed afterwards: each test failed on the build before its fix.
final class SecondRoundLeftoverTests: XCTestCase {
    /// A JSONL line that never ends (`clean /dev/zero --input-format jsonl`, a 3 GB record on one
    /// line) was gathered whole by `LineStream`: memory grew without bound. A record longer than a
    /// text page is read to (64 MiB) is skipped, its line named, and the input read on. Fed just
    /// over the cap once (twice: in the middle, and at the end without a newline).
    func testAJSONLRecordOverThePageCapIsSkippedAndTheInputReadOn() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cap = 64 << 20
        let good = try JSONSerialization.data(withJSONObject: ["id": "good", "text": inventedPage(salt: 300)])
        var data = Data()
        data.append(contentsOf: Array("{\"id\":\"huge\",\"text\":\"".utf8))
        data.append(Data(repeating: UInt8(ascii: "a"), count: cap))
        data.append(contentsOf: Array("\"}\n".utf8))
        data.append(good)
        data.append(contentsOf: Array("\n".utf8))
        data.append(contentsOf: Array("{\"text\":\"".utf8))
        data.append(Data(repeating: UInt8(ascii: "b"), count: cap + 1))
        try data.write(to: URL(fileURLWithPath: dir + "/big.jsonl"))
        data = Data()
        let run = try launch(["clean", dir + "/big.jsonl", "--rules", Repo.path("rules"), "--no-learn", "--stats", dir + "/stats.json"],
                             timeout: 300)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try records(run.stdout).map { "\($0["id"] ?? "")" }, ["good#1"], "the record after the long one is read")
        for line in [1, 3] {
            XCTAssertTrue(run.stderr.contains("big.jsonl: line \(line): skipped: record longer than"), run.stderr)
        }
        let stats = try json(dir + "/stats.json")
        XCTAssertEqual(stats["pages_skipped"] as? Int, 2, "\(stats)")
        let skipped = try XCTUnwrap(stats["skipped"] as? [[String: Any]])
        XCTAssertEqual(skipped.compactMap { $0["line"] as? Int }, [1, 3], "\(skipped)")
    }
}
