import XCTest
@testable import TanqiyaKit

final class InPageDeduplicatorTests: XCTestCase {
    func labelled(_ rows: [(String, Label, Int)]) -> Document {
        var doc = Document(source: "s", idPrefix: "s", blocks: rows.enumerated().map { n, row in
            var b = Block(raw: row.0, line: n + 1)
            b.key = row.0
            b.label = row.1
            b.article = row.2
            return b
        })
        InPageDeduplicator().deduplicate(&doc)
        return doc
    }

    func testRepeatedTitleCaptionAndParagraphAreDroppedWithTheLineTheyRepeat() {
        let doc = labelled([("T", .title, 1), ("C", .caption, 1), ("T", .title, 1), ("C", .caption, 1),
                            ("P", .lead, 1), ("P", .body, 1), ("Q", .body, 1)])
        XCTAssertEqual(doc.blocks.map(\.duplicateOf), [nil, nil, 1, 2, nil, 5, nil])
        XCTAssertEqual(doc.blocks[2].dedupRule, InPageDeduplicator.repeatedTitle)
        XCTAssertEqual(doc.blocks[3].dedupRule, InPageDeduplicator.repeatedCaption)
        XCTAssertEqual(doc.blocks[5].dedupRule, InPageDeduplicator.repeatedParagraph)
    }

    func testRepeatsInAnotherArticleAreKept() {
        let doc = labelled([("C", .caption, 1), ("C", .caption, 2), ("P", .body, 1), ("P", .body, 2)])
        XCTAssertEqual(doc.blocks.map(\.duplicateOf), [nil, nil, nil, nil])
    }

    func testATableHeaderRowPrintedOverEachTableIsKept() {
        // Two tables of the text under the same header row; a paragraph printed twice still goes.
        let header = "الصنف | الوحدة | أدنى سعر | أعلى سعر"
        let doc = labelled([(header, .body, 1), ("طماطم | كرتون | 1.800 | 2.400", .body, 1), (header, .body, 1),
                            ("موز | كرتون | 2.900 | 3.400", .body, 1), ("P", .body, 1), ("P", .body, 1)])
        XCTAssertEqual(doc.blocks.map(\.duplicateOf), [nil, nil, nil, nil, nil, 5])
    }

    func testACaptionEqualToAParagraphIsNotADuplicate() {
        let doc = labelled([("X", .caption, 1), ("X", .body, 1)])
        XCTAssertEqual(doc.blocks.map(\.duplicateOf), [nil, nil])
    }
}

final class WriterTests: XCTestCase {
    func document() -> Document {
        var doc = Document(source: "dir/p.txt", idPrefix: "p", blocks: [])
        doc.outlet = "rt-arabic"
        doc.articles = [Article(id: "p#1", title: "عنوان \"مقتبس\"", paragraphs: ["أ", "ب\\ج"], captions: ["ص"],
                                credit: "RT", section: nil)]
        return doc
    }

    func testJSONLRecordHasTheSpecKeysInOrderAndEscapes() throws {
        var out: [UInt8] = []
        JSONLWriter().write(document(), to: &out)
        let line = String(decoding: out, as: UTF8.self)
        XCTAssertEqual(line, #"{"id":"p#1","source":"dir/p.txt","outlet":"rt-arabic","url":null,"title":"عنوان \"مقتبس\"","text":"أ\nب\\ج","captions":["ص"],"credit":"RT","section":null}"# + "\n")
        let object = try JSONSerialization.jsonObject(with: Data(out)) as! [String: Any]
        XCTAssertEqual(object["text"] as? String, "أ\nب\\ج")
    }

    func testUnknownOutletIsWrittenAsUnknown() {
        var doc = document()
        doc.outlet = nil
        var out: [UInt8] = []
        JSONLWriter().write(doc, to: &out)
        XCTAssertTrue(String(decoding: out, as: UTF8.self).contains(#""outlet":"unknown""#))
    }

    func testControlCharactersAreEscaped() {
        var out: [UInt8] = []
        JSONString.append("a\u{1}b\tc", to: &out)
        XCTAssertEqual(String(decoding: out, as: UTF8.self), #""a\u0001b\tc""#)
    }

    func testTextFormatIsTitleBlankLineParagraphsAndAFormFeedLine() {
        var out: [UInt8] = []
        TextWriter().write(document(), to: &out)
        XCTAssertEqual(String(decoding: out, as: UTF8.self), "عنوان \"مقتبس\"\n\nأ\nب\\ج\n\u{0C}\n")
    }

    func testExplainHasOneRowPerInputLine() throws {
        let text = try String(contentsOfFile: Repo.path("seeds/003_df18ae01772020e4.txt"), encoding: .utf8)
        let doc = clean(text.components(separatedBy: "\n"), rules: try Repo.rules)
        var out: [UInt8] = []
        ExplainWriter().write(doc, to: &out)
        let rows = String(decoding: out, as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
        XCTAssertEqual(rows.count, doc.blocks.count)
        XCTAssertTrue(rows.contains { $0.hasPrefix("15\t1\twidget\ttrt.recommended-widget\tdrop\t") })
        XCTAssertTrue(rows.contains { $0.hasPrefix("5\t1\ttitle\ttrt.title-repeat\tdup:3 dedup.repeated-title\t") })
    }
}
