import XCTest
@testable import TanqiyaKit

final class CorpusDedupFoldingTests: XCTestCase {
    let key = FoldingKey()

    func testHarakatAndTatweelAreRemovedInsideWords() {
        XCTAssertEqual(key.foldedWords("الْحُكُومَةُ"), key.foldedWords("الحكومة"))
        XCTAssertEqual(key.foldedWords("الحكـــومة"), key.foldedWords("الحكومة"))
        XCTAssertEqual(key.foldedWords("هٰذا"), ["هذا"])
    }

    func testAlefYehTehMarbutaVariantsFold() {
        XCTAssertEqual(key.foldedWords("أعلن إعلان آخر ٱلله"), ["اعلن", "اعلان", "اخر", "الله"])
        XCTAssertEqual(key.foldedWords("على مستشفى"), ["علي", "مستشفي"])
        XCTAssertEqual(key.foldedWords("الحكومة"), ["الحكومه"])
        XCTAssertEqual(key.foldedWords("مسؤول رئيس"), ["مسوول", "رييس"])
        XCTAssertEqual(key.foldedWords("کتاب ی"), ["كتاب", "ي"])
    }

    func testPunctuationBreaksWordsAndDisappears() {
        XCTAssertEqual(key.foldedWords("«الرئيس»، قال: هل؟ نعم؛ لا! (غزة) — القدس…"),
                       ["الرييس", "قال", "هل", "نعم", "لا", "غزه", "القدس"])
        XCTAssertEqual(key.foldedWords("word-word"), ["word", "word"])
    }

    func testDigitsOfAnyScriptFoldToOneClass() {
        XCTAssertEqual(key.foldedWords("2024 ٢٠٢٤ ۱۴ 7 ١٬٥٠٠"), ["0", "0", "0", "0", "0"])
        XCTAssertEqual(key.foldedWords("COVID19"), ["covid0"])
    }

    func testAsciiIsLowercasedAndInvisibleMarksIgnored() {
        XCTAssertEqual(key.foldedWords("Reuters AFP"), ["reuters", "afp"])
        XCTAssertEqual(key.foldedWords("\u{200F}غزة\u{200E} \u{FEFF}القدس"), ["غزه", "القدس"])
        XCTAssertEqual(key.foldedWords("غزة\u{00A0}القدس\u{2009}بيروت"), ["غزه", "القدس", "بيروت"])
    }

    func testPresentationFormsFoldToBaseLetters() {
        // ﻏﺰﺓ (Forms-B contextual forms) and the lam-alef ligature ﻻ.
        XCTAssertEqual(key.foldedWords("\u{FECF}\u{FEB0}\u{FE93}"), ["غزه"])
        XCTAssertEqual(key.foldedWords("\u{FEFB} \u{FEF7}"), ["لا", "لا"])
    }

    func testWordHashesAgreeWithFoldedWords() {
        let a = key.wordHashes("أعلنَ الرئيسُ، اليوم 15 قراراً.")
        let b = key.wordHashes("اعلن الرئيس اليوم ٢٠ قرارا")
        XCTAssertEqual(a.count, 5)
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(key.wordHashes("غزة"), key.wordHashes("القدس"))
    }

    func testInvalidUTF8BytesBreakWords() {
        let computer = SignatureComputer()
        let bytes: [UInt8] = Array("غزة".utf8) + [0xFF] + Array("القدس".utf8)
        let signature = bytes.withUnsafeBufferPointer { computer.signature(ofUTF8: $0) }
        XCTAssertEqual(signature.shingleCount, 1)  // two words < shingle size → one shingle
        XCTAssertEqual(signature, computer.signature(of: "غزة القدس").with(exactHash: signature.exactHash))
    }
}

extension ArticleSignature {
    func with(exactHash: UInt64) -> ArticleSignature {
        var copy = self
        copy.exactHash = exactHash
        return copy
    }
}
