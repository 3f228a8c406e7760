import Foundation
import XCTest
@testable import TanqiyaKit

/// Hand-run throughput check, not a timed unit test. Skipped unless TANQIYA_MICROBENCH=1:
///
///     TANQIYA_MICROBENCH=1 swift test -c release --filter NormalizerBenchTests
///
/// Prints MB/s of `normalize(utf8:)` over the seed files' lines repeated to ~50 MB.
final class NormalizerBenchTests: XCTestCase {
    func testMicrobenchNormalizeUTF8() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["TANQIYA_MICROBENCH"] == "1",
                          "set TANQIYA_MICROBENCH=1 (and use -c release) to run")
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        var lines: [[UInt8]] = []
        for f in files {
            for l in try Data(contentsOf: f).split(separator: UInt8(ascii: "\n")) { lines.append(Array(l)) }
        }
        XCTAssertFalse(lines.isEmpty)

        // One contiguous buffer of lines, repeated to ~50 MB, with (start, end) offsets.
        let target = 50_000_000
        var buffer: [UInt8] = []
        buffer.reserveCapacity(target + 100_000)
        var ranges: [Range<Int>] = []
        while buffer.count < target {
            for l in lines {
                ranges.append(buffer.count..<(buffer.count + l.count))
                buffer.append(contentsOf: l)
            }
        }
        let mb = Double(buffer.count) / 1e6

        func run(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Int) {
            var best = Double.infinity
            var sink = 0
            for _ in 0..<3 {
                let t0 = DispatchTime.now().uptimeNanoseconds
                buffer.withUnsafeBufferPointer { all in
                    for r in ranges { sink &+= body(UnsafeBufferPointer(rebasing: all[r])) }
                }
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
            }
            print(String(format: "[microbench] %@: %.1f MB in %.3f s = %.0f MB/s (out bytes %d)",
                         name, mb, best, mb / best, sink / 3))
        }

        let plain = Normalizer()
        let lossy = Normalizer(options: NormalizerOptions(stripDiacritics: true, foldLetters: true, asciiDigits: true))
        var fastLines = 0
        buffer.withUnsafeBufferPointer { all in
            for r in ranges.prefix(lines.count) where plain.fastPath(utf8: UnsafeBufferPointer(rebasing: all[r])) != nil {
                fastLines += 1
            }
        }
        print("[microbench] \(lines.count) seed lines, \(fastLines) on the fast path; \(ranges.count) lines total")
        run("normalize(utf8:) default") { plain.normalize(utf8: $0).utf8.count }
        run("normalize(utf8:) all lossy options") { lossy.normalize(utf8: $0).utf8.count }
        run("slow path only (Foundation NFKC + byte pass)") { plain.slowPath(utf8: $0).utf8.count }
    }
}
