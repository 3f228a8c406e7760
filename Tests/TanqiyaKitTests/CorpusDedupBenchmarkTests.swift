import Foundation
import XCTest
@testable import TanqiyaKit

/// Hand-run micro benchmark, skipped unless TANQIYA_MICROBENCH=1:
///
///     TANQIYA_MICROBENCH=1 swift test -c release --filter CorpusDedupBenchmark
///
/// Generates ~50 MB of Arabic-looking articles (with 10 % near and 10 % exact copies), then
/// times signature computation on one thread, the in-order index on one thread, and prints the
/// index's bytes per kept article.
final class CorpusDedupBenchmarkTests: XCTestCase {
    func testMicroBenchmark() throws {
        guard ProcessInfo.processInfo.environment["TANQIYA_MICROBENCH"] == "1" else {
            throw XCTSkip("set TANQIYA_MICROBENCH=1 (and use -c release) to run the micro benchmark")
        }
        let targetBytes = Int(ProcessInfo.processInfo.environment["TANQIYA_MICROBENCH_MB"] ?? "50")! * 1_000_000
        var generator = ArabicNewsGenerator(seed: 50)
        var texts: [String] = []
        var originals: [[String]] = []
        var total = 0
        while total < targetBytes {
            let roll = generator.int(0..<10)
            let text: String
            if roll == 0, !originals.isEmpty {
                text = ArabicNewsGenerator.text(generator.nearDuplicate(of: generator.pick(originals)))
            } else if roll == 1, !originals.isEmpty {
                text = ArabicNewsGenerator.text(generator.pick(originals))
            } else {
                let sentences = generator.article(words: generator.int(150..<900))
                if originals.count < 5_000 { originals.append(sentences) }
                text = ArabicNewsGenerator.text(sentences)
            }
            total += text.utf8.count
            texts.append(text)
        }

        let signer = SignatureComputer()
        var signatures: [ArticleSignature] = []
        signatures.reserveCapacity(texts.count)
        let signStart = DispatchTime.now().uptimeNanoseconds
        for text in texts { signatures.append(signer.signature(of: text)) }
        let signSeconds = Double(DispatchTime.now().uptimeNanoseconds - signStart) / 1e9

        var dedup = CorpusDeduplicator()
        let checkStart = DispatchTime.now().uptimeNanoseconds
        var dropped = 0
        for (ordinal, signature) in signatures.enumerated() where dedup.check(signature, ordinal: ordinal).isDuplicate {
            dropped += 1
        }
        let checkSeconds = Double(DispatchTime.now().uptimeNanoseconds - checkStart) / 1e9
        let stats = dedup.statistics

        let mb = Double(total) / 1e6
        print(String(format: "[dedup-bench] corpus: %d articles, %.1f MB (avg %.0f B/article)",
                     texts.count, mb, Double(total) / Double(texts.count)))
        print(String(format: "[dedup-bench] signatures (1 thread): %.2f s, %.0f signatures/s, %.1f MB/s",
                     signSeconds, Double(texts.count) / signSeconds, mb / signSeconds))
        print(String(format: "[dedup-bench] index check (1 thread): %.3f s, %.0f articles/s, %.0f MB/s-equivalent",
                     checkSeconds, Double(texts.count) / checkSeconds, mb / checkSeconds))
        print("[dedup-bench] kept \(stats.kept), exact \(stats.exactDuplicates), near \(stats.nearDuplicates)")
        print(String(format: "[dedup-bench] index: %d bytes, %.1f B per kept article, %.1f B per article",
                     stats.indexBytes, Double(stats.indexBytes) / Double(stats.kept),
                     Double(stats.indexBytes) / Double(stats.articles)))
        XCTAssertGreaterThan(dropped, 0)

        // The index at scale: 1M short distinct texts (cheap to sign), all kept.
        var big = CorpusDeduplicator()
        var vocabulary = ArabicNewsGenerator(seed: 51)
        let shortSignatures = (0..<1_000_000).map { _ in
            signer.signature(of: (0..<10).map { _ in vocabulary.pick(ArabicNewsGenerator.vocabulary) }.joined(separator: " "))
        }
        let bigStart = DispatchTime.now().uptimeNanoseconds
        for (ordinal, signature) in shortSignatures.enumerated() { _ = big.check(signature, ordinal: ordinal) }
        let bigSeconds = Double(DispatchTime.now().uptimeNanoseconds - bigStart) / 1e9
        let bigStats = big.statistics
        print(String(format: "[dedup-bench] index at scale: %d articles, %d kept, %.2f s (%.0f articles/s), %.1f B per kept article",
                     bigStats.articles, bigStats.kept, bigSeconds, Double(bigStats.articles) / bigSeconds,
                     Double(bigStats.indexBytes) / Double(bigStats.kept)))
    }
}
