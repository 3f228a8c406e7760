import Foundation
import XCTest
@testable import TanqiyaKit

/// `Gzip.decompress` (first straight into the result, then chunk by chunk) gives what the plain
/// chunked loop gives: the same bytes, or the same error, for real pages and damaged copies.
final class GzipTests: XCTestCase {
    func outcome(_ f: () throws -> [UInt8]) -> String {
        do { let b = try f(); return "\(b.count) \(b.hashValue)" } catch { return "error: \(error)" }
    }

    func testDecompressAgreesWithTheChunkedLoop() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/benchmarks/scrapinghub/html")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.filter { $0.hasSuffix(".gz") }.sorted() ?? []
        try XCTSkipIf(names.isEmpty, "no gzipped pages here")
        var rng = SplitMix(seed: 7)
        for name in names.prefix(40) {
            let page = [UInt8](try Data(contentsOf: dir.appendingPathComponent(name)))
            var variants: [[UInt8]] = [page, Array(page.prefix(10)), Array(page.prefix(page.count / 2)), Array(page.dropLast(4)),
                                       Array(page.dropLast(9)), page + [0x1F, 0x8B, 0, 1, 2]]
            for _ in 0..<3 {
                var damaged = page
                damaged[rng.next(10...(page.count - 1))] ^= UInt8(rng.next(1...255))
                variants.append(damaged)
            }
            for change in [1, -1, 1 << 20, -(1 << 14)] {  // the trailer's size, wrong
                var trailer = page
                var isize = Int(trailer[trailer.count - 4]) | Int(trailer[trailer.count - 3]) << 8
                    | Int(trailer[trailer.count - 2]) << 16 | Int(trailer[trailer.count - 1]) << 24
                isize = max(0, isize + change)
                for k in 0..<4 { trailer[trailer.count - 4 + k] = UInt8((isize >> (8 * k)) & 0xFF) }
                variants.append(trailer)
            }
            for v in variants {
                for limit in [256 << 20, 1000, 1 << 16, (1 << 16) + 1, 200_000] {
                    XCTAssertEqual(outcome { try Gzip.decompress(v, limit: limit) },
                                   outcome { try Gzip.decompressChunked(v, limit: limit) }, "\(name), \(v.count) bytes, limit \(limit)")
                }
            }
        }
    }
}
