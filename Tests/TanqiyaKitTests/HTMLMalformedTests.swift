import XCTest
@testable import TanqiyaKit

/// Hostile pages neither crash nor hang.
final class HTMLMalformedTests: XCTestCase {
    func testUnclosedTags() {
        let page = HTMLReader().read(Array("<html><body><div><p>one<p>two<div><span>three<table><td>four".utf8))
        XCTAssertEqual(page.blocks.map(\.raw), ["one", "two", "three", "four"])
    }

    func testTwentyMegabyteTextNode() {
        var bytes = Array("<html><body><p>".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "a"), count: 20 << 20)
        bytes += Array("</p><p>after</p></body></html>".utf8)
        let start = Date()
        let page = HTMLReader().read(bytes)
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
        XCTAssertEqual(page.blocks.first?.raw.utf8.count, BlockBuilder.maxBlockBytes)
        XCTAssertEqual(page.blocks.last?.raw, "after")
    }

    func testFiveThousandDeepNesting() {
        let html = String(repeating: "<div>", count: 5000) + "deep" + String(repeating: "</div>", count: 5000) + "<p>shallow</p>"
        let page = HTMLReader().read(Array(html.utf8))
        XCTAssertTrue(page.blocks.contains { $0.raw == "shallow" })
        XCTAssertTrue(page.blocks.allSatisfy { ($0.features?.tagPath.count ?? 0) <= HTMLParseLimits().maxDepth + 1 })
    }

    func testRandomBinary() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let bytes = (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let page = HTMLReader().read(bytes)
            for b in page.blocks { XCTAssertFalse(b.raw.isEmpty) }
        }
    }

    func testInputCapIsApplied() {
        var limits = HTMLParseLimits()
        limits.maxInputBytes = 1000
        let html = "<p>" + String(repeating: "word ", count: 1000) + "</p><p>tail</p>"
        let page = HTMLReader(limits: limits).read(Array(html.utf8))
        XCTAssertTrue(page.inputTruncated)
        XCTAssertFalse(page.blocks.contains { $0.raw == "tail" })
    }

    func testEmptyInput() {
        XCTAssertTrue(HTMLReader().read([UInt8]()).blocks.isEmpty)
    }
}
