import XCTest
@testable import TanqiyaKit

/// `fallback: generic`: an outlet's rules name what they know; the lines they leave are judged as
/// on a site without rules (the generic path chooses the headline, recognises chrome by its
/// phrases and shapes), and the rules' lines stand as they named them.
final class GenericFallbackTests: XCTestCase {
    static func yaml(fallback: String, repeatTitle: Bool = false) -> String {
        """
        outlet: partial
        name: Partial
        detect: {hosts: [partial.example], min_score: 2}
        article:
          title: {id: partial.title}
        \(repeatTitle ? "  title_repeat: {id: partial.title-repeat, within: 3}\n" : "")  lead: {id: partial.lead}
          body: {id: partial.body}
          header: {id: partial.header, label: navigation}
          fallback: \(fallback)
        lines:
          - {id: partial.masthead, label: navigation, exact: "جريدة الوادي"}
          - {id: partial.ticker, label: related, exact: "عاجل", also_next: 1}
        sections:
          - {id: partial.list, label: related, start: {exact: "الأكثر قراءة"}, end: {exact: "من نحن"}}
        """
    }

    static let text = [
        "وقال رئيس البلدية في مؤتمر صحفي إن أعمال الطريق الساحلي ستنتهي قبل الصيف المقبل بعد تأخير دام أشهراً بسبب الأمطار.",
        "وأضاف أن الطريق سيخفف الزحام عن وسط المدينة ويختصر زمن الرحلة إلى الميناء إلى النصف تقريباً حسب تقديرات المهندسين.",
    ]

    /// A page whose title is not the first line the rules leave: a ticker and a menu come first.
    static let page = ["جريدة الوادي", "عاجل", "خبر سريع عن الطقس وآخر عن المباريات وثالث عن الأسعار", "الرئيسية", "محليات", "",
                       "افتتاح الطريق الساحلي قبل الصيف", "الأحد 14 ديسمبر 2025 | 03:12 م", ""] + text.flatMap { [$0, ""] }
        + ["الأكثر قراءة", "عنوان آخر في القائمة", "عنوان ثالث في القائمة", "من نحن"]

    func clean(_ lines: [String], fallback: String, repeatTitle: Bool = false) throws -> Document {
        TanqiyaKitTests.clean(lines, rules: try rules(Self.yaml(fallback: fallback, repeatTitle: repeatTitle)), outlet: "partial")
    }

    func testTheGenericPathChoosesTheTitleAndJudgesTheLinesTheRulesLeave() throws {
        let doc = try clean(Self.page, fallback: "generic")
        XCTAssertEqual(doc.outlet, "partial")
        let article = try XCTUnwrap(doc.articles.first)
        XCTAssertEqual(doc.articles.count, 1)
        XCTAssertEqual(article.title, "افتتاح الطريق الساحلي قبل الصيف")
        XCTAssertEqual(article.paragraphs, Self.text)
        // The rules' lines, as they named them, before and after the title.
        XCTAssertEqual(doc.decision(1), "navigation partial.masthead")
        XCTAssertEqual(doc.decision(2), "related partial.ticker")
        XCTAssertEqual(doc.decision(3), "related partial.ticker", "also_next before the title")
        XCTAssertEqual(doc.decision(14), "related partial.list")
        XCTAssertEqual(doc.decision(15), "related partial.list")
        // What they left: the generic path's phrases and shapes.
        XCTAssertTrue(doc.decision(4).hasPrefix("navigation generic."), doc.decision(4))
        XCTAssertTrue(doc.decision(8).hasPrefix("timestamp generic."), doc.decision(8))
        XCTAssertTrue(doc.decision(10).hasPrefix("body generic."), doc.decision(10))
    }

    func testWithTheLayoutFallbackTheFirstUnnamedLineIsTheTitleAsBefore() throws {
        let doc = try clean(Self.page, fallback: "layout")
        // The ticker is claimed by `also_next`, so the menu's first line is taken for the title:
        // the layout's default, what the key exists to avoid.
        XCTAssertEqual(doc.decision(3), "related partial.ticker")
        XCTAssertEqual(doc.articles.first?.title, "الرئيسية")
        XCTAssertEqual(doc.decision(5), "body partial.body")
    }

    func testATitleTheRulesFindByItsRepeatStaysTheirs() throws {
        var lines = Self.page
        lines.insert("افتتاح الطريق الساحلي قبل الصيف", at: 8)  // printed again under the date
        let doc = try clean(lines, fallback: "generic", repeatTitle: true)
        XCTAssertEqual(doc.decision(7), "title partial.title")
        XCTAssertEqual(doc.decision(9), "title partial.title-repeat")
        XCTAssertEqual(doc.articles.first?.title, "افتتاح الطريق الساحلي قبل الصيف")
        XCTAssertEqual(doc.articles.first?.paragraphs, Self.text)
        XCTAssertEqual(doc.blocks.filter { $0.label == .title && $0.duplicateOf == nil }.count, 1)
    }

    func testTheLayoutDefaultsTheGenericPathReplacesAreNotExpectedToFire() throws {
        let generic = try rules(Self.yaml(fallback: "generic")).outlets[0]
        XCTAssertEqual(generic.firingRuleIds, ["partial.masthead", "partial.ticker", "partial.list"])
        let repeated = try rules(Self.yaml(fallback: "generic", repeatTitle: true)).outlets[0]
        XCTAssertEqual(repeated.firingRuleIds, ["partial.title", "partial.title-repeat", "partial.masthead", "partial.ticker", "partial.list"])
        let layout = try rules(Self.yaml(fallback: "layout")).outlets[0]
        XCTAssertEqual(layout.firingRuleIds, layout.ruleIds)
    }

    func testTheLoaderReadsTheKeyAndRefusesItWithAMarker() throws {
        XCTAssertEqual(try rules(Self.yaml(fallback: "generic")).outlets[0].article.fallback, .generic)
        XCTAssertEqual(try rules(Self.yaml(fallback: "layout")).outlets[0].article.fallback, .layout)
        XCTAssertThrowsError(try rules(Self.yaml(fallback: "generik"))) { error in
            XCTAssertTrue("\(error)".contains("did you mean 'generic'"), "\(error)")
        }
        let marker = Self.yaml(fallback: "generic").replacingOccurrences(
            of: "  title: {id: partial.title}", with: "  marker: {id: partial.marker, exact: \"TT\"}\n  title: {id: partial.title}")
        XCTAssertThrowsError(try rules(marker)) { error in
            XCTAssertTrue("\(error)".contains("cannot go with a marker"), "\(error)")
        }
    }
}
