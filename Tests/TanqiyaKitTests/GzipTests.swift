import CZlib
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
                                   outcome { try Self.decompressChunked(v, limit: limit) }, "\(name), \(v.count) bytes, limit \(limit)")
                }
            }
        }
    }

    /// The plain chunked loop `Gzip.decompress` follows once its first buffer is full: the
    /// reference it is compared with.
    static func decompressChunked(_ input: [UInt8], limit: Int) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Gzip.Problem.corrupt("cannot initialise zlib")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var status: Int32 = Z_OK
        try input.withUnsafeBufferPointer { inBuf in
            stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
            stream.avail_in = UInt32(inBuf.count)
            repeat {
                try chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = UInt32(outBuf.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    guard status == Z_OK || status == Z_STREAM_END || (status == Z_BUF_ERROR && stream.avail_in == 0) else {
                        throw Gzip.Problem.corrupt(stream.msg.map { String(cString: $0) } ?? "zlib status \(status)")
                    }
                    let produced = outBuf.count - Int(stream.avail_out)
                    guard output.count + produced <= limit else { throw Gzip.Problem.tooLarge(limit) }
                    output.append(contentsOf: outBuf[0..<produced])
                }
                if status == Z_BUF_ERROR { throw Gzip.Problem.corrupt("truncated") }
            } while status != Z_STREAM_END
        }
        return output
    }
}
