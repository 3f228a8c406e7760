import XCTest
@testable import TanqiyaKit

/// A table's rows printed with menu separators inside an unknown site's article («المدينة |
/// العظمى | الصغرى», a row per list item or paragraph) are no menu rows, nor prose: figures,
/// set apart as on a text dump (`generic.table-row`), the text going on after them.
final class HTMLTableRowTests: XCTestCase {
    static let intro = "توقعت دائرة الأرصاد الجوية أن تنخفض درجات الحرارة غداً الخميس في معظم المدن، مع فرصة لهطول أمطار متفرقة في الشمال والوسط."
    static let rows = [
        "المدينة | العظمى | الصغرى",
        "المدينة الأولى | 14 | 6",
        "المدينة الثانية | 12 | 5",
        "المدينة الثالثة | 21 | 12",
    ]
    static let outro = "ونصحت الدائرة السائقين بتوخي الحذر على الطرق الجبلية في ساعات الصباح الباكر بسبب الضباب."

    func page(rowTag: String) -> Document {
        let rows = Self.rows.map { "<\(rowTag)>\($0)</\(rowTag)>" }.joined()
        let table = rowTag == "li" ? "<ul>\(rows)</ul>" : rows
        let html = """
        <!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>انخفاض على درجات الحرارة غداً</title></head><body>
        <div class="top"><p>أخبار | طقس | رياضة | اقتصاد</p></div>
        <article><h1>انخفاض على درجات الحرارة غداً</h1>
        <div class="entry-content"><p>\(Self.intro)</p>\(table)<p>\(Self.outro)</p></div></article>
        <div class="bottom"><p>من نحن | اتصل بنا | سياسة الخصوصية</p></div></body></html>
        """
        return cleanHTML(Array(html.utf8), rules: RuleSet(outlets: []))
    }

    func testTableRowsInAListAreSetApart() {
        let doc = page(rowTag: "li")
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.intro, Self.outro])
        XCTAssertEqual(doc.blocks.filter { $0.rule == GenericRule.tableRow }.count, Self.rows.count)
    }

    func testTableRowsInParagraphsAreSetApart() {
        let doc = page(rowTag: "p")
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.intro, Self.outro])
        XCTAssertEqual(doc.blocks.filter { $0.rule == GenericRule.tableRow }.count, Self.rows.count)
    }
}
