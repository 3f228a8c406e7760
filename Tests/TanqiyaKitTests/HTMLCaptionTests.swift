import XCTest
@testable import TanqiyaKit

/// A photo's caption printed outside `<figure>` inside an unknown site's article — WordPress'
/// `div.wp-caption > p.wp-caption-text`, Blogger's `td.tr-caption`, a `div.photo-caption` — is the
/// record's caption, not body text and not lost.
final class HTMLCaptionTests: XCTestCase {
    static let paragraphs = [
        "افتتحت البلدية صباح اليوم جسراً جديداً للمشاة فوق الطريق السريع قرب المدرسة الثانوية، بعد عام من أعمال البناء.",
        "وقال رئيس البلدية إن الجسر يخدم أكثر من ألفي طالب يعبرون الطريق كل يوم، وإن الإنارة ستعمل بالطاقة الشمسية.",
    ]
    static let caption = "جسر المشاة الجديد فوق الطريق السريع"

    func page(_ captionHTML: String) -> Document {
        let html = """
        <!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>جسر جديد للمشاة قرب المدرسة</title></head><body>
        <main><article><h1>جسر جديد للمشاة قرب المدرسة</h1>
        <div class="entry-content"><p>\(Self.paragraphs[0])</p>\(captionHTML)<p>\(Self.paragraphs[1])</p></div></article></main></body></html>
        """
        return cleanHTML(Array(html.utf8), rules: RuleSet(outlets: []))
    }

    func testCaptionsNamedByTheirClassAreCaptions() {
        let layouts = [
            #"<div class="wp-caption aligncenter"><img src="/a.jpg"><p class="wp-caption-text">\#(Self.caption)</p></div>"#,
            #"<table class="tr-caption-container"><tr><td><img src="/a.jpg"></td></tr><tr><td class="tr-caption">\#(Self.caption)</td></tr></table>"#,
            #"<div class="photo"><img src="/a.jpg"><div class="photo-caption">\#(Self.caption)</div></div>"#,
        ]
        for layout in layouts {
            let article = page(layout).articles.first
            XCTAssertEqual(article?.paragraphs, Self.paragraphs, layout)
            XCTAssertEqual(article?.captions, [Self.caption], layout)
        }
    }

    /// After the article's last paragraph, a photo in `<figure>` and the source line: short lines
    /// jusText's context drops, but the record's caption and credit.
    func testAFigureAndASourceLineAfterTheTextAreCaptionAndCredit() {
        let body = Self.paragraphs.map { "<p>\($0)</p>" }.joined()
            + #"<figure><img src="/a.jpg"><figcaption>\#(Self.caption)</figcaption></figure><p class="source">المصدر: وكالات</p>"#
        let html = """
        <!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>جسر جديد للمشاة قرب المدرسة</title></head><body>
        <main><article><h1>جسر جديد للمشاة قرب المدرسة</h1><div class="entry-content">\(body)</div></article></main></body></html>
        """
        let d = cleanHTML(Array(html.utf8), rules: RuleSet(outlets: []))
        let article = d.articles.first
        XCTAssertEqual(article?.paragraphs, Self.paragraphs)
        XCTAssertEqual(article?.captions, [Self.caption])
        XCTAssertEqual(article?.credit, "وكالات")
    }
}
