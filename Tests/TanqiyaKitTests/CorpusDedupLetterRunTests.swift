import XCTest
@testable import TanqiyaKit

/// The folding scan hands runs of Arabic letters to the sink in one call
/// (`TextScanSink.arabicLetters`); `WordHasher` folds them in a tight loop of its own. Its word
/// hashes must equal hashing the folded words one scalar at a time.
final class CorpusDedupLetterRunTests: XCTestCase {
    private let folding = FoldingKey()

    /// Hashes of `foldedWords` (whose sink takes the default, letter-by-letter path).
    private func referenceHashes(_ text: String) -> [UInt64] {
        folding.foldedWords(text).map { word in
            var hasher = WordHasher()
            for scalar in word.unicodeScalars { hasher.letter(scalar.value) }
            return hasher.finishWord()!
        }
    }

    func testRunsBrokenByMarksDigitsAndOtherScriptsHashAsLetterByLetter() {
        let pieces = ["الحكومة", "أعلنت", "ى", "ة", "ک", "ھ", "\u{064E}", "\u{0651}", "\u{0640}", "١٥", "2024",
                      "\u{FEFB}", "\u{FE91}", "abc", "É", " ", "\n", "،", "«", "\u{200F}", "\u{066C}", "\u{0674}",
                      "\u{06D6}", "\u{0600}", "ڪ", "ۀ"]
        var state: UInt64 = 0x5255_4E53
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for trial in 0..<600 {
            let text = (0..<next(16)).map { _ in pieces[next(pieces.count)] }.joined()
            XCTAssertEqual(folding.wordHashes(text), referenceHashes(text), "trial \(trial): \(text.debugDescription)")
        }
    }

    /// Word hashes of raw bytes; `runs` picks `WordHasher`'s run loop or the letter-by-letter path.
    private func hashes(_ bytes: [UInt8], runs: Bool) -> [UInt64] {
        var sink = WordHashCollector(letterRuns: runs)
        bytes.withUnsafeBufferPointer { folding.scan($0, into: &sink) }
        sink.wordBreak()
        return sink.hashes
    }

    func testInvalidAndTruncatedBytesEndARun() {
        // Lone lead bytes, a lead followed by ASCII, and a truncated sequence at the very end.
        let cases: [[UInt8]] = [[0xD8, 0xA7, 0xD9], [0xD8, 0xA7, 0xD8, 0x41, 0xD8, 0xA8], [0xD8], [0xD9, 0x84, 0xFF, 0xD8, 0xA7],
                                [0xD9, 0x84, 0xD9, 0x8E, 0xD9, 0x84], [0xDB, 0x80, 0xDB, 0xBF, 0xD8, 0xA7, 0x80, 0xD8, 0xA7]]
        for bytes in cases {
            XCTAssertEqual(hashes(bytes, runs: true), hashes(bytes, runs: false), "\(bytes)")
            if bytes.count > 1 { XCTAssertFalse(hashes(bytes, runs: true).isEmpty, "\(bytes)") }
        }
    }
}
