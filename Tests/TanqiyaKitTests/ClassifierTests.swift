import XCTest
@testable import TanqiyaKit

/// The classifier's mechanisms, each on a hand-built page and a hand-built rule file.
final class ClassifierTests: XCTestCase {
    /// An outlet with every mechanism: marker split, title repeat, printed-twice captions,
    /// header rules, a credit that ends the body, a widget with its headline, sections.
    static let yaml = """
    outlet: demo
    name: Demo
    detect:
      hosts: [demo.example]
      signatures:
        - {id: demo.sig.marker, exact: "MARK", weight: 2}
        - {id: demo.sig.related, exact: "RELATED", weight: 1}
      min_score: 2
    article:
      marker: {id: demo.marker, exact: "MARK", label: marker}
      title: {id: demo.title}
      title_repeat: {id: demo.title-repeat, within: 6}
      lead: {id: demo.lead}
      captions:
        - {id: demo.caption-twice, kind: printed-twice}
      body: {id: demo.body}
      tail: {id: demo.tail, label: boilerplate}
      header: {id: demo.header, label: navigation}
    lines:
      - {id: demo.menu, label: navigation, zone: header, exact: ["HOME", "NEWS"]}
      - {id: demo.credit, label: credit, zone: body, pattern: '^Source: (.+)$', field: credit, ends_body: true}
      - {id: demo.more, label: related, zone: body, exact: "READ MORE", also_next: 1}
    sections:
      - {id: demo.related, label: related, start: {exact: "RELATED"}, end: article-end}
      - {id: demo.footer, label: footer, start: {exact: "FOOTER"}, end: {exact: "END FOOTER"}}
    """

    func page(_ lines: [String]) throws -> Document { clean(lines, rules: try rules(Self.yaml)) }

    func testMarkerSplitsArticlesAtTheTitlePrintedBeforeIt() throws {
        let doc = try page(["HOME", "First title", "Cap one", "Cap one", "MARK", "First title", "Body one.",
                            "RELATED", "Other headline", "Second title", "MARK", "Second title", "Body two."])
        XCTAssertEqual(doc.outlet, "demo")
        XCTAssertEqual(doc.articles.map(\.title), ["First title", "Second title"])
        XCTAssertEqual(doc.articles.map(\.paragraphs), [["Body one."], ["Body two."]])
        XCTAssertEqual(doc.articles[0].captions, ["Cap one"])
        XCTAssertEqual(doc.decision(1), "navigation demo.menu")
        XCTAssertEqual(doc.decision(5), "marker demo.marker")
        XCTAssertEqual(doc.decision(6), "title demo.title-repeat")
        XCTAssertEqual(doc.decision(9), "related demo.related")
        XCTAssertEqual(doc.decision(10), "title demo.title")
        XCTAssertEqual(doc.blocks.map(\.article), [0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2])
    }

    func testLinesBetweenTitleAndItsRepeatAreTheLead() throws {
        let doc = try page(["Title", "The lead.", "MARK", "Title", "Body."])
        XCTAssertEqual(doc.decision(2), "lead demo.lead")
        XCTAssertEqual(doc.articles[0].paragraphs, ["The lead.", "Body."])
    }

    func testCreditEndsTheBodyAndTheTailIsDropped() throws {
        let doc = try page(["Title", "MARK", "Title", "Body.", "Source: Agency X", "Share this"])
        XCTAssertEqual(doc.articles[0].credit, "Agency X")
        XCTAssertEqual(doc.decision(5), "credit demo.credit")
        XCTAssertEqual(doc.decision(6), "boilerplate demo.tail")
        XCTAssertEqual(doc.articles[0].paragraphs, ["Body."])
    }

    func testAlsoNextTakesTheWidgetsHeadline() throws {
        let doc = try page(["Title", "MARK", "Title", "Body.", "READ MORE", "Another story", "More body."])
        XCTAssertEqual(doc.decision(6), "related demo.more")
        XCTAssertEqual(doc.articles[0].paragraphs, ["Body.", "More body."])
    }

    func testSectionEndsAtItsEndLine() throws {
        let doc = try page(["Title", "MARK", "Title", "Body.", "FOOTER", "links", "END FOOTER", "Tail body."])
        XCTAssertEqual(doc.decision(6), "footer demo.footer")
        XCTAssertEqual(doc.decision(7), "body demo.body")
    }

    func testCaptionPrintedTwiceInsideTheBody() throws {
        let doc = try page(["Title", "MARK", "Title", "Body.", "", "Photo: a river", "Photo: a river", "", "More."])
        XCTAssertEqual(doc.decision(6), "caption demo.caption-twice")
        XCTAssertEqual(doc.articles[0].captions, ["Photo: a river"])
        XCTAssertEqual(doc.articles[0].paragraphs, ["Body.", "More."])
    }

    func testTitleIsTheFirstRepeatedLineAfterAnUnknownHeaderLine() throws {
        let yaml = Self.yaml.replacingOccurrences(of: "  marker: {id: demo.marker, exact: \"MARK\", label: marker}\n", with: "")
        let doc = clean(["HOME", "New menu entry", "Title", "Lead.", "Title", "Body."], rules: try rules(yaml), outlet: "demo")
        XCTAssertEqual(doc.decision(2), "navigation demo.header")
        XCTAssertEqual(doc.decision(3), "title demo.title")
        XCTAssertEqual(doc.articles[0].paragraphs, ["Lead.", "Body."])
    }

    func testWithoutARepeatAKickerOverTheTitleIsNotTheTitle() throws {
        let yaml = Self.yaml.replacingOccurrences(of: "  marker: {id: demo.marker, exact: \"MARK\", label: marker}\n", with: "")
        let doc = clean(["HOME", "Breaking", "Storm closes the northern ports", "The lead.", "Body."], rules: try rules(yaml), outlet: "demo")
        XCTAssertEqual(doc.decision(2), "navigation demo.header")
        XCTAssertEqual(doc.articles.map(\.title), ["Storm closes the northern ports"])
        XCTAssertEqual(doc.articles[0].paragraphs, ["The lead.", "Body."])
        // A short title over its lead (a sentence) stays the title.
        let short = clean(["HOME", "Storm warning", "The ports close at noon.", "Body."], rules: try rules(yaml), outlet: "demo")
        XCTAssertEqual(short.articles.map(\.title), ["Storm warning"])
    }

    func testChromeTheRulesDoNotKnowIsNamedByTheGenericPhrasesAndShapes() throws {
        // A layout the rule file does not know yet: a date line and a share row fall to the
        // body's default, and the generic chrome lists name them; the body's text stays.
        let body = "وقالت البلدية إن الأشغال تستمر ثلاثة أسابيع على الجسر الرئيسي."
        let doc = try page(["Title", "MARK", "Title", "الأحد 14 ديسمبر 2025 | 03:12 م", body, "فيسبوك | إكس | واتساب"])
        XCTAssertEqual(doc.decision(4), "timestamp generic.shape.date")
        XCTAssertEqual(doc.decision(6), "widget generic.shape.share-row")
        XCTAssertEqual(doc.articles[0].paragraphs, [body])
    }

    func testRulesMatchTheNormalisedLine() throws {
        // NBSP, bidi marks and surrounding spaces do not hide a chrome line.
        let doc = try page(["\u{200F}HOME\u{00A0}", "Title", "MARK", "Title", "Body."])
        XCTAssertEqual(doc.decision(1), "navigation demo.menu")
    }
}

final class OutletDetectorTests: XCTestCase {
    func testURLHostWinsOverSignatures() throws {
        let set = try Repo.rules
        let doc = clean(["TT", "مقالات ذات صلة"], rules: set, url: "https://arabic.rt.com/world/123")
        XCTAssertEqual(doc.outlet, "rt-arabic")
    }

    func testSignaturesBelowTheMinimumScoreGiveTheGenericPath() throws {
        let doc = clean(["عنوان", "التعليقات", "نص"], rules: try Repo.rules)
        XCTAssertNil(doc.outlet)
        XCTAssertEqual(doc.outletReason, "no outlet's signatures reached its min_score on 2 lines or more")
        XCTAssertEqual(clean(["عنوان", "نص"], rules: try Repo.rules).outletReason, "no outlet's signatures matched")
    }

    func testForcedOutletIsUsed() throws {
        let doc = clean(["عنوان", "نص"], rules: try Repo.rules, outlet: "trt-arabi")
        XCTAssertEqual(doc.outlet, "trt-arabi")
        XCTAssertEqual(doc.outletReason, "--outlet trt-arabi")
    }

    func testEachSeedIsDetectedFromItsContentAlone() throws {
        let expected = ["000": "asharq-alawsat", "001": "rt-arabic", "002": "asharq-alawsat", "003": "trt-arabi", "004": "rt-arabic"]
        let set = try Repo.rules
        for name in try FileManager.default.contentsOfDirectory(atPath: Repo.path("seeds")) {
            let text = try String(contentsOfFile: Repo.path("seeds/" + name), encoding: .utf8)
            let doc = clean(text.components(separatedBy: "\n"), rules: set)
            XCTAssertEqual(doc.outlet, expected[String(name.prefix(3))], name)
        }
    }
}

final class GenericPathTests: XCTestCase {
    static let body1 = "أعلنت وزارة الصحة اليوم إطلاق حملة وطنية واسعة للتطعيم تستهدف الأطفال في جميع المحافظات خلال الأسابيع المقبلة."
    static let body2 = "وقال المتحدث باسم الوزارة إن الفرق الطبية ستعمل في المراكز الصحية والمدارس وفق جدول زمني معلن مسبقاً للأهالي."

    func testUnknownOutletKeepsItsTextAndDropsTheMenu() throws {
        let doc = clean(["الرئيسية", "أخبار", "رياضة", "اتصل بنا", "", "حملة وطنية للتطعيم في المحافظات", "",
                         Self.body1, "", Self.body2, "", Self.body1, "", "من نحن", "سياسة الخصوصية"], rules: try Repo.rules)
        XCTAssertNil(doc.outlet)
        XCTAssertEqual(doc.articles.count, 1)
        XCTAssertEqual(doc.articles[0].title, "حملة وطنية للتطعيم في المحافظات")
        XCTAssertEqual(doc.articles[0].paragraphs, [Self.body1, Self.body2], "the repeat goes, the text stays")
        XCTAssertEqual(doc.decision(1), "navigation generic.phrase.navigation.line")
        XCTAssertEqual(doc.decision(2), "navigation generic.shape.section-word")
        XCTAssertEqual(doc.decision(6), "title generic.headline")
    }

    func testEmptyPageHasNoArticle() {
        XCTAssertEqual(clean(["", "  "], rules: .empty).articles.count, 0)
    }
}
