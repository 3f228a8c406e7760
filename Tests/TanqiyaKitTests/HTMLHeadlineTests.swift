import XCTest
@testable import TanqiyaKit

/// The headline of an unknown site's HTML page (`HeadlineChoice`): the site's name in a logo
/// `<h1>`, a section's name in another `<h1>`, a `<title>` that is only the site's name.
final class HTMLHeadlineTests: XCTestCase {
    static let body = """
    <div class="entry-content">
    <p>أعلنت بلدية المدينة الساحلية، صباح الثلاثاء، افتتاح ثلاث حدائق عامة جديدة في الأحياء الشرقية، بعد عامين من أعمال التشجير والري.</p>
    <p>وقال رئيس البلدية إن الحدائق تضم ممرات للمشي وملاعب للأطفال، وإنها ستبقى مفتوحة حتى منتصف الليل طوال أيام الأسبوع.</p>
    <p>وأضاف أن البلدية تعتزم زراعة ألفي شجرة أخرى في الشوارع الرئيسية قبل نهاية العام المقبل، بالتعاون مع جمعيات الحي.</p>
    </div>
    """

    func page(head: String, top: String, headline: String) -> Document {
        let html = """
        <!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">\(head)</head><body>
        <header class="site-header">\(top)<ul class="menu"><li><a href="/">الرئيسية</a></li><li><a href="/a">محليات</a></li></ul></header>
        <main><article>\(headline)\(Self.body)</article></main>
        <footer>جميع الحقوق محفوظة © 2025</footer></body></html>
        """
        return cleanHTML(Array(html.utf8), rules: RuleSet(outlets: []))
    }

    static let headline = "بلدية المدينة تفتتح ثلاث حدائق عامة في الأحياء الشرقية"

    func testALogoH1BeforeTheHeadlineIsNotTheTitle() {
        // No og:title, a <title> of the headline alone: the logo is the first <h1> of the page.
        let d = page(head: "<title>\(Self.headline)</title>",
                     top: #"<h1 class="site-title"><a href="/">أخبار الساحل</a></h1>"#,
                     headline: "<h1 class=\"entry-title\">\(Self.headline)</h1>")
        XCTAssertEqual(d.articles.first?.title, Self.headline)
    }

    func testALogoH1IsNotTheTitleWhenTheHeadlineIsNoHeading() {
        // The headline in a <div>, <title> «headline | site»: the block matching the head's title wins.
        let d = page(head: "<title>\(Self.headline) | أخبار الساحل</title>",
                     top: #"<h1 class="logo"><a href="/">أخبار الساحل</a></h1>"#,
                     headline: "<div class=\"news-title\">\(Self.headline)</div>")
        XCTAssertEqual(d.articles.first?.title, Self.headline)
    }

    func testTheNearestH1AboveTheArticleIsTheHeadline() {
        // No head title at all: two <h1>s, the logo's and the headline's.
        let d = page(head: "", top: #"<h1><a href="/">أخبار الساحل</a></h1>"#,
                     headline: "<h1>\(Self.headline)</h1>")
        XCTAssertEqual(d.articles.first?.title, Self.headline)
        let rules = d.blocks.filter { $0.label == .title }.compactMap(\.rule)
        XCTAssertEqual(rules, [GenericRule.titleH1])
    }

    func testTheSiteNameIsNeverTheTitle() {
        // og:site_name names the site; the <title> and the only <h1> print that name: no headline
        // is printed, and the record says so (an empty title) instead of naming the site.
        let d = page(head: #"<meta property="og:site_name" content="أخبار الساحل"><title>أخبار الساحل</title>"#,
                     top: #"<h1 class="logo"><a href="/">أخبار الساحل</a></h1>"#, headline: "")
        XCTAssertEqual(d.articles.first?.title ?? "", "")
        XCTAssertEqual(d.articles.first?.paragraphs.count, 3)
    }

    func testAMenuRowInAnH1IsNotTheTitle() {
        // The only <h1> holds the menu, the <title> lists the menu's entries: the headline is the
        // headline-like block above the article's text.
        let d = page(head: "<title>الرئيسية | محليات | اقتصاد | رياضة | أخبار الساحل</title>",
                     top: "<h1 class=\"title\">الرئيسية | محليات | اقتصاد | رياضة | ثقافة</h1>",
                     headline: "<div class=\"news-head\">\(Self.headline)</div>")
        XCTAssertEqual(d.articles.first?.title, Self.headline)
    }

    func testTheSiteNameBeforeTheHeadlineInTheTitleIsNotTheTitle() {
        // <title> «site - headline», no og: the site's name is first, so stripping a suffix leaves
        // the whole; the logo <h1> is the first <h1>; the headline's part of the <title> finds it.
        let d = page(head: "<title>أخبار الساحل - \(Self.headline)</title>",
                     top: #"<h1 class="logo"><a href="/">أخبار الساحل</a></h1>"#,
                     headline: "<h2 class=\"post-title\">\(Self.headline)</h2>")
        XCTAssertEqual(d.articles.first?.title, Self.headline)
    }

    func testATitleThatIsTheLogosLinkIsTheSiteName() {
        // <title> is the site's name alone, printed as the logo's link above the menu: the
        // headline is the <h1>; with no headline printed the title is empty, not the site's name.
        let logo = #"<a class="logo" href="/">أخبار الساحل</a>"#
        let d = page(head: "<title>أخبار الساحل</title>", top: logo, headline: "<h1>\(Self.headline)</h1>")
        XCTAssertEqual(d.articles.first?.title, Self.headline)
        let none = page(head: "<title>أخبار الساحل</title>", top: logo, headline: "")
        XCTAssertEqual(none.articles.first?.title ?? "", "")
    }
}
