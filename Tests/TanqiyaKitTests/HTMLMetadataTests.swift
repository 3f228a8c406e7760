import XCTest
@testable import TanqiyaKit

final class HTMLMetadataTests: XCTestCase {
    func meta(_ html: String) -> HTMLMetadata { HTMLReader().read(Array(html.utf8)).metadata }

    func testOgTitleWinsOverH1AndTitle() {
        let m = meta("<head><title>Doc - Site</title><meta property='og:title' content='OG headline'></head><body><h1>H1 headline</h1></body>")
        XCTAssertEqual(m.title, "OG headline")
        XCTAssertEqual(m.documentTitle, "Doc - Site")
    }

    func testTheTitleIsTheHeadsNotAnH1s() {
        // An <h1> may be the site's logo or a section's name: the labeler weighs the page's <h1>s
        // against the head's title (HTMLHeadlineTests), the metadata gives the head's alone.
        XCTAssertEqual(meta("<title>Storm hits the coast | Site</title><h1>H1 <b>headline</b></h1>").title, "Storm hits the coast")
        XCTAssertNil(meta("<body><h1>H1 headline</h1><p>text</p></body>").title)
    }

    func testTitleSiteSuffixIsStripped() {
        XCTAssertEqual(meta("<title>Storm hits the coast | The Daily Site</title>").title, "Storm hits the coast")
        XCTAssertEqual(meta("<title>Storm hits the coast — News</title>").title, "Storm hits the coast")
        // A long tail is part of the headline, not a site name.
        XCTAssertEqual(meta("<title>Trump - Biden debate</title>").title, "Trump - Biden debate")
    }

    func testCanonicalThenOgURL() {
        XCTAssertEqual(meta("<link rel='canonical' href='https://a.example/x'><meta property='og:url' content='https://b.example/y'>").canonicalURL,
                       "https://a.example/x")
        XCTAssertEqual(meta("<meta property='og:url' content='https://b.example/y'>").canonicalURL, "https://b.example/y")
    }

    func testLang() {
        XCTAssertEqual(meta("<html lang='ar'><body><p>x</p></body></html>").language, "ar")
    }

    func testPublishedDateFromMetaItempropAndJSONLD() {
        XCTAssertEqual(meta("<meta property='article:published_time' content='2019-11-18T10:00:00Z'>").publishedDate, "2019-11-18T10:00:00Z")
        XCTAssertEqual(meta("<time itemprop='datePublished' datetime='2019-11-19'>Nov 19</time>").publishedDate, "2019-11-19")
        let ld = """
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
        {"@type":"NewsArticle","headline":"h","datePublished":"2019-11-20T08:00:00+02:00"}]}</script>
        """
        XCTAssertEqual(meta(ld).publishedDate, "2019-11-20T08:00:00+02:00")
    }
}

/// The reader's byte searches answer as the `String` searches they stand for.
final class TextSearchTests: XCTestCase {
    func testByteSearchesAgreeWithStringSearches() {
        let texts = ["", "datePublished", "{\"datePublished\": 1}", "datePublishe", "xdatePublishedx", "datePublished\u{301}",
                     "datePublished\u{301} datePublished", "«datePublished»", "data\u{212A}", "text/javascript",
                     "application/LD+JSON", "application/ld+json\u{301}", "ＬＤ+ＪＳＯＮ", "ld+json", "İld+json", "ld+jsoN;charset"]
        for t in texts {
            let bytes = Array(t.utf8)
            XCTAssertEqual(Text.contains(bytes[...], "datePublished"), t.contains("datePublished"), t)
            XCTAssertEqual(Text.lowercasedContains(bytes[...], "ld+json"), t.lowercased().contains("ld+json"), t)
        }
    }
}
