import XCTest
@testable import TanqiyaKit

/// A negative class word on the article body's wrapper: Blogger wraps every post in
/// `div.date-outer > div.date-posts` ("date" names date lines elsewhere).
final class HTMLArticleWrapperTests: XCTestCase {
    static let paragraphs = [
        "افتتحت البلدية صباح اليوم سوقاً أسبوعية جديدة للمزارعين في ساحة الحي القديم.",
        "وقال رئيس البلدية إن السوق ستفتح كل جمعة من السابعة صباحاً حتى الظهر.",
        "ويعرض فيها نحو أربعين مزارعاً من القرى المجاورة خضرهم وفاكهتهم مباشرة.",
        "وأضاف أن أسعار الخضر في السوق ستكون أقل من أسعار المحلات بنحو الخمس، لأن المزارعين يبيعون محاصيلهم دون وسطاء، وأن البلدية ستراقب الأسعار والأوزان كل أسبوع.",
    ]

    func page(wrapper: String) -> Document {
        let body = Self.paragraphs.map { "<p>\($0)</p>" }.joined()
        // Teasers beside the post: more text than the post, in a list the page names as related.
        let teasers = (1...6).map { k in
            "<li><a href=\"/p\(k)\">عنوان مقال آخر رقم \(k) في المدونة عن الحي والسوق</a><p>ملخص قصير لمقال آخر من المدونة يتحدث عن موضوع مختلف رقم \(k).</p></li>"
        }.joined()
        let html = """
        <!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>سوق أسبوعية للمزارعين في الحي القديم</title></head><body>
        <div class="header"><h1 class="title"><a href="/">مدونة الحي</a></h1></div>
        <div class="main"><div class="\(wrapper)"><div class="post hentry">
        <h3 class="post-title entry-title">سوق أسبوعية للمزارعين في الحي القديم</h3>
        <div class="post-body entry-content">\(body)</div>
        </div></div></div>
        <div class="related-posts"><h4>مقالات ذات صلة</h4><ul>\(teasers)</ul></div>
        <div class="footer">جميع الحقوق محفوظة</div></body></html>
        """
        return cleanHTML(Array(html.utf8), rules: RuleSet(outlets: []))
    }

    func testADateNamedWrapperAroundTheArticleBodyIsNotChrome() {
        let d = page(wrapper: "date-outer")
        XCTAssertEqual(d.articles.first?.paragraphs, Self.paragraphs)
        XCTAssertEqual(d.articles.first?.title, "سوق أسبوعية للمزارعين في الحي القديم")
    }

    func testTheSamePageWithAPlainWrapper() {
        XCTAssertEqual(page(wrapper: "outer").articles.first?.paragraphs, Self.paragraphs)
    }
}
