import XCTest

/// tools/quality_gate.py (run by `make test`): a set below its floors fails, floors only go up.
final class QualityGateTests: XCTestCase {
    func gate(_ floors: String, _ extra: [String] = []) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Repo.path("tools/quality_gate.py"), "--bin", Repo.binary, "--floors", floors] + extra
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// A set of one page whose gold asks for a paragraph the page does not have: recall 2/3.
    func scratchSet(floors: String) throws -> String {
        let dir = try temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/pages", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/gold", withIntermediateDirectories: true)
        let body = "أعلنت البلدية اليوم إغلاق الجسر الرئيسي للصيانة ثلاثة أسابيع اعتباراً من مطلع الشهر المقبل."
        try "عنوان الخبر عن الجسر الرئيسي\n\(body)".write(toFile: dir + "/pages/p1.txt", atomically: true, encoding: .utf8)
        let gold = #"{"input": "p1.txt", "outlet": "unknown", "articles": [{"title": "عنوان الخبر عن الجسر الرئيسي", "paragraphs": ["\#(body)", "فقرة غائبة."]}]}"#
        try gold.write(toFile: dir + "/gold/p1.json", atomically: true, encoding: .utf8)
        let config = #"{"sets": {"scratch": {"pages": "\#(dir)/pages", "gold": "\#(dir)/gold", "floors": \#(floors)}}}"#
        try config.write(toFile: dir + "/floors.json", atomically: true, encoding: .utf8)
        return dir + "/floors.json"
    }

    func testASetBelowItsFloorFailsTheGate() throws {
        let (status, out) = try gate(try scratchSet(floors: #"{"recall": 0.9}"#))
        XCTAssertEqual(status, 1, out)
        XCTAssertTrue(out.contains("BELOW recall 0.667 < 0.900"), out)
    }

    func testRaisingNeverLowersAFloorAndLoweringTakesAnExplicitFlag() throws {
        let floors = try scratchSet(floors: #"{"precision": 0.5, "recall": 0.9}"#)
        let (raised, out) = try gate(floors, ["--raise"])
        XCTAssertEqual(raised, 1, out)
        var written = try String(contentsOfFile: floors, encoding: .utf8)
        XCTAssertTrue(written.contains(#""precision": 1.0"#), written)
        XCTAssertTrue(written.contains(#""recall": 0.9"#), "not lowered: \(written)")
        let (lowered, out2) = try gate(floors, ["--lower", "scratch"])
        XCTAssertEqual(lowered, 0, out2)
        written = try String(contentsOfFile: floors, encoding: .utf8)
        XCTAssertTrue(written.contains(#""recall": 0.667"#), written)
    }
}
