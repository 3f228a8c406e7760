import Foundation
import XCTest
@testable import TanqiyaKit

final class CorpusDedupSignatureTests: XCTestCase {
    let computer = SignatureComputer()

    func testSignaturesAreDeterministicAcrossInstancesAndThreads() {
        var generator = ArabicNewsGenerator(seed: 7)
        let texts = (0..<64).map { _ in ArabicNewsGenerator.text(generator.article(words: 200)) }
        let serial = texts.map { SignatureComputer().signature(of: $0) }
        let parallel = ParallelBox(count: texts.count)
        let shared = computer
        DispatchQueue.concurrentPerform(iterations: texts.count) { i in
            parallel.set(i, shared.signature(of: texts[i]))
        }
        XCTAssertEqual(parallel.values, serial)
    }

    /// Pinned values: a change here means signatures are no longer comparable with ones written
    /// by earlier builds or other machines (bump `FoldingKey.version` if it is intended).
    func testSignatureOfAFixedTextIsPinned() {
        let signature = computer.signature(of: "أعلن الرئيس اليوم عن خطة جديدة لدعم الاقتصاد الوطني.")
        XCTAssertEqual(signature.shingleCount, 5)
        XCTAssertEqual(signature.scheme, DedupOptions().schemeTag)
        XCTAssertEqual(String(signature.exactHash, radix: 16), Pinned.exactHash)
        XCTAssertEqual(signature.sketch.prefix(4).map { String($0, radix: 16) }, Pinned.sketchPrefix)
    }

    func testExactHashIgnoresWhitespaceLayoutAndInvisibleMarksOnly() {
        let base = computer.signature(of: "قال الوزير: الاتفاق جديد.\nوأضاف أن الحكومة ستعمل.")
        let spaced = computer.signature(of: "  قال  الوزير:\tالاتفاق جديد.\n\nوأضاف\u{00A0}أن الحكـومة\u{200F} ستعمل. ")
        XCTAssertEqual(base.exactHash, spaced.exactHash)
        XCTAssertEqual(base, spaced)
        let voweled = computer.signature(of: "قالَ الوزير: الاتفاق جديد.\nوأضاف أن الحكومة ستعمل.")
        XCTAssertNotEqual(base.exactHash, voweled.exactHash, "diacritics change the text, so not exact")
        XCTAssertEqual(base.sketch, voweled.sketch, "…but the folded words are the same")
    }

    /// The byte walk keeps single spaces inside runs and trims around marks; it must give the
    /// same key as the plain definition (collapse white space, trim, drop invisible marks).
    func testExactKeyMatchesItsDefinitionOnMessyWhitespace() {
        let pieces = ["غزة", "القدس", "word", "،", "2024", " ", " ", "  ", "\n", "\t", "\r\n", "\u{00A0}",
                      "\u{2009}", "\u{200F}", "\u{200B}", "\u{0640}", "\u{FEFF}", "\u{00AD}", "ـــ"]
        var generator = ArabicNewsGenerator(seed: 17)
        for trial in 0..<500 {
            let messy = (0..<generator.int(0..<14)).map { _ in generator.pick(pieces) }.joined()
            XCTAssertEqual(computer.signature(of: messy).exactHash, computer.signature(of: Self.exactForm(messy)).exactHash,
                           "trial \(trial): \(messy.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// The exact key's definition, written plainly (slow).
    static func exactForm(_ text: String) -> String {
        let dropped: Set<UInt32> = [0xAD, 0x61C, 0x640, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B,
                                    0x202C, 0x202D, 0x202E, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066,
                                    0x2067, 0x2068, 0x2069, 0xFEFF]
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !dropped.contains(scalar.value) {
            scalars.append(scalar.value <= 0x20 || scalar.properties.isWhitespace ? " " : scalar)
        }
        return String(scalars).split(separator: " ").joined(separator: " ")
    }

    func testShortTextsAreOneShingle() {
        let short = computer.signature(of: "عاجل: انفجار")
        XCTAssertEqual(short.shingleCount, 1)
        XCTAssertTrue(short.hasShingles)
        let empty = computer.signature(of: "")
        XCTAssertEqual(empty.shingleCount, 0)
        XCTAssertEqual(empty.sketch, Array(repeating: 0, count: DedupOptions().sketchWords))
        XCTAssertEqual(computer.signature(of: " ... — ! ").shingleCount, 0)
        XCTAssertEqual(computer.signature(of: "واحد اثنان ثلاثة أربعة خمسة").shingleCount, 1)
        XCTAssertEqual(computer.signature(of: "واحد اثنان ثلاثة أربعة خمسة ستة").shingleCount, 2)
    }

    func testJsonRoundTrip() throws {
        let record = SignatureRecord(ordinal: 12, signature: computer.signature(of: "نص تجريبي للتحقق من الترميز"))
        let json = try JSONEncoder().encode(record)
        XCTAssertEqual(try JSONDecoder().decode(SignatureRecord.self, from: json), record)
        let text = String(decoding: json, as: UTF8.self)
        XCTAssertTrue(text.contains("\"exact\":\"\(String(format: "%016llx", record.signature.exactHash))\""), text)
    }

    func testBinaryRoundTripAndErrors() throws {
        var generator = ArabicNewsGenerator(seed: 3)
        let records = (0..<20).map {
            SignatureRecord(ordinal: $0 * 3, signature: computer.signature(of: ArabicNewsGenerator.text(generator.article(words: 60))))
        }
        let bytes = SignatureCodec.encode(records, options: DedupOptions())
        XCTAssertEqual(bytes.count, SignatureCodec.headerSize + 20 * 84)
        let decoded = try SignatureCodec.decode(bytes)
        XCTAssertEqual(decoded.scheme, DedupOptions().schemeTag)
        XCTAssertEqual(decoded.records, records)

        XCTAssertThrowsError(try SignatureCodec.decode(Array(bytes.dropLast(3)))) { error in
            guard case DedupError.malformedSignatureData(let offset, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(offset, SignatureCodec.headerSize + 19 * 84)
        }
        XCTAssertThrowsError(try SignatureCodec.decode(Array("JUNK".utf8)))
    }

    /// The estimate tracks the true Jaccard of the shingle sets (recomputed here from the word
    /// hashes), without bias; and pairs well above the threshold always meet in some band.
    func testEstimatedSimilarityTracksTrueJaccard() {
        var generator = ArabicNewsGenerator(seed: 11)
        let options = DedupOptions()
        var errors: [Double] = []
        for trial in 0..<120 {
            let base = generator.article(words: trial < 40 ? 40 : 250)  // short texts densify bins
            var other = base
            // Replace a varying number of sentences to spread true Jaccard over 0.2–1.
            for _ in 0..<(trial % min(12, base.count)) { other[generator.int(0..<other.count)] = generator.sentence() }
            let a = ArabicNewsGenerator.text(base), b = ArabicNewsGenerator.text(other)
            let truth = Self.trueJaccard(a, b, shingle: options.shingleSize)
            let (sa, sb) = (computer.signature(of: a), computer.signature(of: b))
            let estimate = options.estimatedJaccard(sa, sb)
            errors.append(estimate - truth)
            XCTAssertEqual(estimate, truth, accuracy: 0.15, "trial \(trial)")

            var dedup = CorpusDeduplicator(options: DedupOptions(threshold: 0.01))
            _ = dedup.check(sa, ordinal: 0)
            let verdict = dedup.check(sb, ordinal: 1)
            if truth >= 0.85 { XCTAssertEqual(verdict.similarity, estimate, "J=\(truth) was not a candidate") }
        }
        let meanError = errors.reduce(0, +) / Double(errors.count)
        let meanAbsolute = errors.map(abs).reduce(0, +) / Double(errors.count)
        XCTAssertLessThan(abs(meanError), 0.015, "estimator is biased")
        XCTAssertLessThan(meanAbsolute, 0.04)
    }

    static func trueJaccard(_ a: String, _ b: String, shingle: Int) -> Double {
        func shingles(_ text: String) -> Set<[UInt64]> {
            let words = FoldingKey().wordHashes(text)
            guard words.count >= shingle else { return [words] }
            return Set((0...(words.count - shingle)).map { Array(words[$0..<$0 + shingle]) })
        }
        let x = shingles(a), y = shingles(b)
        return Double(x.intersection(y).count) / Double(x.union(y).count)
    }
}

enum Pinned {
    static let exactHash = "50285a65194f989a"
    static let sketchPrefix = ["51b18add", "2b2c201a", "efd42603", "9efb189d"]
}

/// Collects results written from concurrent iterations (each index written once).
final class ParallelBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [ArticleSignature?]
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: ArticleSignature) { lock.lock(); storage[i] = value; lock.unlock() }
    var values: [ArticleSignature] { storage.map { $0! } }
}
