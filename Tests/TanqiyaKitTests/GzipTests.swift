import Foundation
import XCTest
@testable import TanqiyaKit

/// `Gzip.decompress` against `gzip -dc`: the same bytes for whole streams, the first `limit`
/// of them under a limit (a bomb costs the limit, not its size), an error for a damaged or cut
/// stream; and the same answers when zlib is handed input and output in small slices, as it is
/// (a gigabyte at a time) for inputs over 4 GiB, where a 32-bit count once trapped.
final class GzipTests: XCTestCase {
    /// `gzip -dc` of `bytes`, or nil when gzip finds them damaged.
    func reference(_ bytes: [UInt8]) throws -> [UInt8]? {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(bytes).write(to: URL(fileURLWithPath: dir + "/page.gz"))
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "gzip -dc '\(dir)/page.gz' > '\(dir)/page' 2>/dev/null"]
        try gzip.run()
        gzip.waitUntilExit()
        guard gzip.terminationStatus == 0 else { return nil }
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/page")))
    }

    func compressed(_ bytes: [UInt8]) throws -> [UInt8] {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(bytes).write(to: URL(fileURLWithPath: dir + "/page"))
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "gzip -c '\(dir)/page' > '\(dir)/page.gz'"]
        try gzip.run()
        gzip.waitUntilExit()
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/page.gz")))
    }

    func testWholeStreamsLimitsAndSlicesAgreeWithGzip() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/bin/gzip"), "no gzip here")
        let page = Array(try String(contentsOfFile: Repo.path("seeds/001_b27789dbdc846505.txt"), encoding: .utf8).utf8)
        var random = StableHash.SplitMix64(state: 11)
        let noise = (0..<300_000).map { _ in UInt8(truncatingIfNeeded: random.next()) }  // does not compress
        for original in [page, Array(repeating: page, count: 200).flatMap { $0 }, noise, []] {
            let gz = try compressed(original)
            XCTAssertEqual(try reference(gz), original)
            for slice in [Gzip.maxSlice, 7, 4096] {
                XCTAssertEqual(try Gzip.decompress(gz, limit: .max, slice: slice), original, "slice \(slice)")
                for limit in [1, 1000, 1 << 16, original.count, original.count + 1] where limit > 0 {
                    XCTAssertEqual(try Gzip.decompress(gz, limit: limit, slice: slice), Array(original.prefix(limit)),
                                   "slice \(slice), limit \(limit)")
                }
            }
            // Cut streams are errors, never a trap or a short page taken as whole.
            for cut in [10, gz.count / 2, gz.count - 4] where cut < gz.count && cut > 0 {
                XCTAssertThrowsError(try Gzip.decompress(Array(gz.prefix(cut)), limit: .max), "cut at \(cut)")
            }
        }
    }

    /// `cat a.gz b.gz` is one gzip file of two members, which `gzip -dc` reads whole: only the
    /// first member was read, the rest of the page dropped without a word.
    func testConcatenatedMembersAreReadWholeAsGzipReadsThem() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/bin/gzip"), "no gzip here")
        let page = Array(try String(contentsOfFile: Repo.path("seeds/003_df18ae01772020e4.txt"), encoding: .utf8).utf8)
        let (head, tail) = (Array(page.prefix(page.count / 3)), Array(page.dropFirst(page.count / 3)))
        let two = try compressed(head) + compressed(tail)
        let three = try compressed(head) + compressed([]) + compressed(tail)
        for gz in [two, three] {
            XCTAssertEqual(try reference(gz), page)
            for slice in [Gzip.maxSlice, 7, 4096] {
                XCTAssertEqual(try Gzip.decompress(gz, limit: .max, slice: slice), page, "slice \(slice)")
                XCTAssertEqual(try Gzip.decompress(gz, limit: head.count + 5, slice: slice), Array(page.prefix(head.count + 5)))
            }
            XCTAssertThrowsError(try Gzip.decompress(Array(gz.dropLast(6)), limit: .max), "a cut last member")
        }
    }

    /// Damaged streams: whatever zlib makes of them, `decompress` returns gzip's bytes or throws.
    func testDamagedStreamsNeverGiveOtherBytesThanGzip() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/bin/gzip"), "no gzip here")
        let page = Array(try String(contentsOfFile: Repo.path("seeds/002_18c7ff00dace30bd.txt"), encoding: .utf8).utf8)
        let gz = try compressed(page)
        var random = StableHash.SplitMix64(state: 5)
        for trial in 0..<40 {
            var damaged = gz
            damaged[10 + random.below(gz.count - 10)] ^= UInt8(1 + random.below(255))
            if trial % 4 == 0 {  // the trailer's size, wrong
                damaged[damaged.count - 1 - random.below(4)] ^= 0x40
            }
            let ours = try? Gzip.decompress(damaged, limit: .max, slice: trial % 2 == 0 ? Gzip.maxSlice : 97)
            if let ours { XCTAssertEqual(ours, try reference(damaged), "trial \(trial)") }
        }
    }

    /// A gzip bomb (256 MiB of zeros in 256 KiB) costs the limit, not its size.
    func testABombStopsAtTheLimit() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/bin/gzip"), "no gzip here")
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "head -c 268435456 /dev/zero | gzip -1 > '\(dir)/bomb.gz'"]
        try gzip.run()
        gzip.waitUntilExit()
        let bomb = [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/bomb.gz")))
        let out = try Gzip.decompress(bomb, limit: 1 << 20)
        XCTAssertEqual(out.count, 1 << 20)
        XCTAssertTrue(out.allSatisfy { $0 == 0 })
    }

    /// `GzipStream` (`.jsonl.gz` read as a stream) gives `gzip -dc`'s bytes whatever the sizes of
    /// the compressed chunks it is fed and of the pieces asked for, members one after the other
    /// included; a cut or damaged stream gives the bytes before the damage, then an error.
    func testAStreamReadInPiecesGivesGzipsBytes() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/bin/gzip"), "no gzip here")
        let page = Array(try String(contentsOfFile: Repo.path("seeds/001_b27789dbdc846505.txt"), encoding: .utf8).utf8)
        let big = Array(repeating: page, count: 60).flatMap { $0 }
        func streamed(_ gz: [UInt8], chunk: Int, piece: Int) throws -> [UInt8] {
            var offset = min(chunk, gz.count)
            let stream = try GzipStream(first: Array(gz.prefix(offset))) {
                defer { offset = min(offset + chunk, gz.count) }
                return Array(gz[offset..<min(offset + chunk, gz.count)])
            }
            var out: [UInt8] = []
            while true {
                let next = try stream.read(upTo: piece)
                if next.isEmpty { return out }
                XCTAssertLessThanOrEqual(next.count, piece)
                out += next
            }
        }
        let members = try compressed(Array(big.prefix(5000))) + compressed([]) + compressed(Array(big.dropFirst(5000)))
        for (original, gz) in [(big, try compressed(big)), (big, members), ([], try compressed([]))] {
            XCTAssertEqual(try reference(gz), original)
            for (chunk, piece) in [(1 << 20, 1 << 20), (2, 1 << 20), (1 << 20, 3), (97, 4096), (4096, 97)] {
                XCTAssertEqual(try streamed(gz, chunk: chunk, piece: piece), original, "chunk \(chunk), piece \(piece)")
            }
        }
        let gz = try compressed(big)
        let cut = Array(gz.prefix(gz.count / 2))
        var before: [UInt8] = []
        var offset = 1000
        let stream = try GzipStream(first: Array(cut.prefix(offset))) {
            defer { offset = min(offset + 1000, cut.count) }
            return Array(cut[offset..<min(offset + 1000, cut.count)])
        }
        XCTAssertThrowsError(try { while true { let next = try stream.read(upTo: 1 << 16); if next.isEmpty { break }; before += next } }())
        XCTAssertGreaterThan(before.count, 0, "the bytes before the cut are given")
        XCTAssertEqual(before, Array(big.prefix(before.count)))
    }

    /// A corpus kept gzipped is read as it is: `x.jsonl.gz` record by record (a stream), and a
    /// gzipped text dump as its text; the records are those of the files uncompressed. Before,
    /// both were skipped as "binary file (gzip data)".
    func testGzippedJSONLAndTextDumpsAreReadAsTheirUncompressedFiles() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/bin/gzip"), "no gzip here")
        let dir = try temporaryDirectory()
        for sub in ["plain", "packed"] { try FileManager.default.createDirectory(atPath: dir + "/" + sub, withIntermediateDirectories: true) }
        var records: [String] = []
        for (n, name) in ["seeds/001_b27789dbdc846505.txt", "seeds/002_18c7ff00dace30bd.txt", "seeds/003_df18ae01772020e4.txt"].enumerated() {
            let text = try String(contentsOfFile: Repo.path(name), encoding: .utf8)
            records.append(String(decoding: try JSONSerialization.data(withJSONObject: ["id": "r\(n)", "text": text]), as: UTF8.self))
            try text.write(toFile: dir + "/page\(n).txt", atomically: true, encoding: .utf8)
        }
        let jsonl = Array((records.joined(separator: "\n") + "\n").utf8)
        try Data(jsonl).write(to: URL(fileURLWithPath: dir + "/plain/records.jsonl"))
        try Data(try compressed(Array(jsonl.prefix(999))) + compressed(Array(jsonl.dropFirst(999))))
            .write(to: URL(fileURLWithPath: dir + "/packed/records.jsonl.gz"))
        for n in 0..<3 {
            let text = [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/page\(n).txt")))
            try Data(text).write(to: URL(fileURLWithPath: dir + "/plain/page\(n).txt"))
            try Data(try compressed(text)).write(to: URL(fileURLWithPath: dir + "/packed/page\(n).txt.gz"))
        }
        let plain = try runTool(["clean", dir + "/plain", "--rules", Repo.path("rules"), "--no-dedup"], cwd: dir)
        let packed = try runTool(["clean", dir + "/packed", "--rules", Repo.path("rules"), "--no-dedup"], cwd: dir)
        XCTAssertEqual(packed.0, 0, packed.2)
        XCTAssertFalse(packed.2.contains("skipped"), packed.2)
        func withoutSource(_ out: String) -> [String] {
            out.split(separator: "\n").map { $0.replacingOccurrences(of: #""source":"[^"]*""#, with: "", options: .regularExpression) }
        }
        XCTAssertEqual(withoutSource(packed.1), withoutSource(plain.1))
        XCTAssertGreaterThanOrEqual(withoutSource(plain.1).count, 6, plain.1)
    }
}
