import XCTest
@testable import TanqiyaKit

/// The record's date, author, lang and site_name: where each is read and which source wins.
final class RecordMetadataTests: XCTestCase {
    func meta(_ html: String) -> HTMLMetadata { HTMLReader().read(Array(html.utf8)).metadata }

    /// A whole HTML page through the pipeline, its address (`url`) as its canonical link; the
    /// first record's metadata.
    func record(_ html: String, url: String? = nil) throws -> RecordMetadata {
        let body = "<p>" + String(repeating: "The council said that it was ready to act on the report and its findings. ", count: 4) + "</p>"
        let canonical = url.map { "<link rel='canonical' href='\($0)'>" } ?? ""
        let page = canonical + html.replacingOccurrences(of: "BODY", with: body)
        let out = cleanHTML(Array(page.utf8), name: "p", rules: try RuleLoader.load(sources: []))
        return try XCTUnwrap(out.articles.first).metadata
    }

    // MARK: Reading the page

    func testAuthorSourcesInOrder() {
        let ld = #"<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"A One"},{"name":"B Two"}]}</script>"#
        XCTAssertEqual(meta(ld + "<meta name='author' content='Meta Name'>").author, SourcedValue("A One, B Two", from: "json-ld author"))
        XCTAssertEqual(meta("<meta name='author' content='Meta Name'><span itemprop='author'>Item</span>").author?.source, "meta author")
        XCTAssertEqual(meta("<div itemprop='author'><span itemprop='name'>Item Name</span> (staff)</div>").author?.value, "Item Name")
        XCTAssertEqual(meta("<a rel='author' href='/u/1'>Rel Author</a>").author, SourcedValue("Rel Author", from: "rel=author"))
    }

    func testSiteNameSourcesInOrder() {
        XCTAssertEqual(meta("<meta property='og:site_name' content='OG Site'><title>Headline of the day | Title Site</title>").siteName?.value, "OG Site")
        let ld = #"<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"LD Site"}}</script>"#
        XCTAssertEqual(meta(ld + "<title>Headline of the day | Title Site</title>").siteName?.value, "LD Site")
        XCTAssertEqual(meta("<title>Headline of the day | Title Site</title>").siteName, SourcedValue("Title Site", from: "<title> suffix"))
        XCTAssertNil(meta("<title>Just a headline</title>").siteName)
    }

    func testLanguageSourcesInOrder() {
        XCTAssertEqual(meta("<html lang='ar'><meta property='og:locale' content='en_US'></html>").declaredLanguage?.source, "<html lang>")
        XCTAssertEqual(meta("<meta property='og:locale' content='en_US'>").declaredLanguage, SourcedValue("en_US", from: "meta og:locale"))
    }

    func testJSONLDPrefersTheArticleObject() {
        let ld = #"""
        <script type="application/ld+json">{"@graph":[{"@type":"WebSite","datePublished":"2001-01-01","publisher":{"name":"Site"}},
        {"@type":"NewsArticle","datePublished":"2019-11-20","articleBody":"The body."}]}</script>
        """#
        let m = meta(ld)
        XCTAssertEqual(m.markupDate, SourcedValue("2019-11-20", from: "json-ld datePublished"))
        XCTAssertEqual(m.articleBody, "The body.")
        XCTAssertEqual(m.siteName?.value, "Site")
    }

    func testBrokenJSONLDIsIgnored() {
        XCTAssertNil(meta(#"<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>"#).markupDate)
    }

    // MARK: Precedence in the record

    func testDatePrecedenceMarkupURLTimeLine() throws {
        let time = "<time datetime='2020-02-02'>2 Feb</time>"
        let metaDate = "<meta property='article:published_time' content='2021-01-01T10:00:00Z'>"
        let url = "https://news.example/2019/03/03/story"
        XCTAssertEqual(try record(metaDate + time + "BODY", url: url).date, SourcedValue("2021-01-01T10:00:00Z", from: "meta article:published_time"))
        XCTAssertEqual(try record(time + "BODY", url: url).date, SourcedValue("2019-03-03", from: "url"))
        XCTAssertEqual(try record(time + "BODY").date, SourcedValue("2020-02-02", from: "<time datetime>"))
        XCTAssertEqual(try record("<h1>A headline</h1><div>Posted 4 April 2018</div>BODY").date?.value, "2018-04-04")
        XCTAssertNil(try record("BODY").date)
    }

    func testUnreadableMarkupDateFallsThrough() throws {
        XCTAssertEqual(try record("<meta name='date' content='yesterday'>BODY", url: "https://x.example/2019/03/03/s").date?.source, "url")
    }

    func testDeclaredLanguageThatDoesNotFitTheTextIsReplaced() throws {
        XCTAssertEqual(try record("<html lang='en_gb'>BODY").language, SourcedValue("en-GB", from: "<html lang>"))
        let arabic = "<html lang='en'><p>" + String(repeating: "أعلنت الحكومة أن المشروع سيبدأ في الربيع المقبل بعد موافقة البرلمان. ", count: 4) + "</p></html>"
        XCTAssertEqual(try record(arabic).language, SourcedValue("ar", from: "detected"))
    }

    func testAuthorIsCleaned() throws {
        XCTAssertEqual(try record("<meta name='author' content='  By   Jane  Doe '>BODY").author?.value, "Jane Doe")
        XCTAssertNil(try record("<meta name='author' content='https://social.example/janedoe'>BODY").author)
    }

    // MARK: Text dumps

    /// A rule labels a date line `timestamp`: it becomes the record's date.
    func testTextDumpDateLineBecomesTheDate() throws {
        let yaml = """
        outlet: dated
        name: Dated News
        detect: {signatures: [{id: d.sig, exact: "DATED NEWS", weight: 3}], min_score: 3}
        article: {title: {id: d.title}, lead: {id: d.lead, label: lead}, body: {id: d.body}, header: {id: d.header, label: navigation}}
        lines:
          - {id: d.site, exact: "DATED NEWS", label: navigation}
          - {id: d.date, pattern: '^نشر في', label: timestamp}
        """
        let doc = clean(["DATED NEWS", "عنوان الخبر", "نشر في ٥ كانون الثاني ٢٠٢٥", "نص الخبر الأول الذي يتحدث عن الحدث بالتفصيل."],
                        rules: try rules(yaml), outlet: "dated")
        let article = try XCTUnwrap(doc.articles.first)
        XCTAssertEqual(article.metadata.date, SourcedValue("2025-01-05", from: "date line 3"))
        XCTAssertEqual(article.metadata.siteName, SourcedValue("Dated News", from: "rule file"))
        XCTAssertEqual(article.metadata.language?.value, "ar")
    }

    func testJSONLKeysComeAfterSectionAndOnlyWhenFound() {
        var article = Article(id: "p#1", title: "T", paragraphs: ["x"])
        let document = Document(source: "p.txt", idPrefix: "p", blocks: [])
        var out: [UInt8] = []
        JSONLWriter().write(article, of: document, to: &out)
        XCTAssertTrue(String(decoding: out, as: UTF8.self).hasSuffix(#""section":null}"# + "\n"))
        article.metadata = RecordMetadata(date: SourcedValue("2019-11-19", from: "url"), author: SourcedValue("A", from: "m"),
                                          language: SourcedValue("ar", from: "d"), siteName: SourcedValue("S", from: "m"))
        out = []
        JSONLWriter().write(article, of: document, to: &out)
        XCTAssertTrue(String(decoding: out, as: UTF8.self).hasSuffix(
            #""section":null,"date":"2019-11-19","author":"A","lang":"ar","site_name":"S"}"# + "\n"))
    }
}
