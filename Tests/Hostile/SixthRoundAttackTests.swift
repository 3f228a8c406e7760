import Foundation
@testable import TanqiyaKit
import XCTest

/// A sixth round of attacks from outside: text dumps with Unicode's other line breaks, … ; each
/// test failed on the build it was written against (main at 71713a2) and says what it found there.
final class SixthRoundAttackTests: XCTestCase {
    private var dir = ""

    override func setUpWithError() throws {
        dir = try temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: dir)
    }

    private func write(_ text: String, _ relative: String) throws {
        let path = dir + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    /// A page of an unknown site: menu, headline, byline, the article, a read-more list, a
    /// comment form and the footer, one line each.
    private static let page: [String] = [
        "الرئيسية", "اتصل بنا",
        "مجلس المدينة يقر خطة جديدة لصيانة شبكة المياه في الأحياء القديمة",
        "كتب: سامر الخطيب",
    ] + inventedPage(paragraphs: 4, salt: 601).split(separator: "\n").dropFirst().map(String.init) + [
        "اقرأ أيضا",
        "افتتاح معرض الكتاب السنوي بمشاركة دور نشر من عشرين بلدا",
        "أضف تعليقك",
        "جميع الحقوق محفوظة لموقع المدينة 2026",
    ]
}

extension SixthRoundAttackTests {
    /// A dump whose lines end with LINE SEPARATOR (U+2028), PARAGRAPH SEPARATOR (U+2029), NEL,
    /// VT (a word processor's manual line break) or FF (a page break): each was read as one line,
    /// so the menu, the byline, the read-more list and the footer became one paragraph of the
    /// article with an empty title. Unicode's mandatory breaks end a line as LF does.
    func testUnicodesOtherLineBreaksEndALine() throws {
        try write(Self.page.joined(separator: "\n") + "\n", "lf.txt")
        let expected = try launch(["clean", "lf.txt", "--no-rules", "--no-learn", "-q"], cwd: dir)
        let reference = try records(expected.stdout)
        XCTAssertEqual(reference.count, 1)
        XCTAssertEqual(reference.first?["title"] as? String, Self.page[2])
        for (name, separator) in [("ls", "\u{2028}"), ("ps", "\u{2029}"), ("nel", "\u{85}"), ("vt", "\u{0B}"), ("ff", "\u{0C}"),
                                  ("crls", "\r\u{2028}")] {
            try write(Self.page.joined(separator: separator), name + ".txt")
            let run = try launch(["clean", name + ".txt", "--no-rules", "--no-learn", "-q"], cwd: dir)
            let got = try records(run.stdout)
            XCTAssertEqual(got.count, 1, name)
            XCTAssertEqual(got.first?["title"] as? String, reference.first?["title"] as? String, name)
            XCTAssertEqual(got.first?["text"] as? String, reference.first?["text"] as? String, name)
        }
        // The same in a JSONL record's text.
        let record = try JSONSerialization.data(withJSONObject: ["id": "r", "text": Self.page.joined(separator: "\u{2029}")])
        try write(String(decoding: record, as: UTF8.self) + "\n", "r.jsonl")
        let jsonl = try records(try launch(["clean", "r.jsonl", "--no-rules", "--no-learn", "-q"], cwd: dir).stdout)
        XCTAssertEqual(jsonl.first?["text"] as? String, reference.first?["text"] as? String)
    }
}

extension SixthRoundAttackTests {
    /// Pages whose article is a headline alone (its text commented out, a headline-only page)
    /// give a record with an empty text; every such record after the first was dropped as an
    /// exact duplicate of the first, whatever its title ("duplicate_of" a page of another story).
    func testArticlesOfATitleAloneAreNotDuplicatesOfEachOther() throws {
        let titles = ["بلدية الساحل تفتتح حديقة عامة جديدة في الحي الشرقي",
                      "انطلاق بطولة المدارس لكرة السلة بمشاركة ثلاثين فريقا"]
        for (n, title) in titles.enumerated() {
            try write("<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"></head><body><article><h1>\(title)</h1>"
                      + "<!-- <p>\(inventedPage(paragraphs: 1, salt: 610 + n))</p> --></article></body></html>", "t\(n).html")
        }
        try write(try String(contentsOfFile: dir + "/t0.html", encoding: .utf8), "t0-copy.html")
        let run = try launch(["clean", "t0.html", "t1.html", "t0-copy.html", "--no-rules", "--no-learn", "-q",
                              "--duplicates", "d.jsonl"], cwd: dir)
        XCTAssertEqual(run.status, 0, run.stderr)
        let got = try records(run.stdout)
        XCTAssertEqual(got.compactMap { $0["title"] as? String }, titles, run.stdout)
        // A copy of a page is still its duplicate.
        let duplicates = try records(String(contentsOfFile: dir + "/d.jsonl", encoding: .utf8))
        XCTAssertEqual(duplicates.map { "\($0["id"] ?? "") \($0["duplicate_of"] ?? "")" }, ["t0-copy#1 t0#1"])
    }
}
