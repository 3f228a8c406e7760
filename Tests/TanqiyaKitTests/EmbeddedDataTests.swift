import XCTest
@testable import TanqiyaKit

/// The data compiled into the binary is the data in `data/generic-extractor/`.
final class EmbeddedDataTests: XCTestCase {
    func testGeneratedSwiftMatchesTheDataFiles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("tools/embed_data.py").path, "--check"]
        let stderr = Pipe()
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0, message)
    }

    func testEveryStopListAndTheHintsAreEmbedded() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
        let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("data/generic-extractor/stoplists").path)
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
        XCTAssertEqual(GenericResources.embedded.stopLists.languages, names)
        XCTAssertNoThrow(try DOMHints(text: EmbeddedData.domHints))
        let chrome = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("data/generic-chrome").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertEqual(EmbeddedData.chromeLists.map(\.name), chrome)
        XCTAssertNoThrow(try ChromePhrases(files: EmbeddedData.chromeLists))
    }

    /// `ChromePhrases` looks a line's words up by their bytes (`FoldedWordMap`): that is the
    /// `String` answer only while the lists are in NFC, as the lines' NFKC keys are.
    func testChromeListsAreNFC() {
        for (name, text) in EmbeddedData.chromeLists {
            for line in text.split(separator: "\n") {
                let nfc = String(line).precomposedStringWithCanonicalMapping
                XCTAssertEqual(Array(nfc.utf8), Array(line.utf8), "data/generic-chrome/\(name): not NFC: \(line)")
            }
        }
    }
}
