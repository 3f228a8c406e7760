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
        // Only the generic chrome phrases judge the lines left to the body (a menu word here), not
        // the title.
        XCTAssertTrue(doc.decision(5).hasPrefix("navigation generic."), doc.decision(5))
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

    /// An opinion page prints its columnist's name twice (the byline, then the box about him): a
    /// name the rules' title-and-repeat structure finds is no title; the generic path chooses.
    func testANamePrintedTwiceIsNoTitleFoundByItsRepeat() throws {
        let lines = ["جريدة الوادي", "الرئيسية", "محليات", "", "افتتاح الطريق الساحلي قبل الصيف", "", "سامر الحلبي", "",
                     "الأحد 14 ديسمبر 2025 | 03:12 م", "", "سامر الحلبي", ""] + Self.text.flatMap { [$0, ""] }
        let doc = try clean(lines, fallback: "generic", repeatTitle: true)
        XCTAssertEqual(doc.articles.first?.title, "افتتاح الطريق الساحلي قبل الصيف")
        XCTAssertEqual(doc.articles.first?.paragraphs, Self.text)
        XCTAssertFalse(doc.decision(7).hasPrefix("title"), doc.decision(7))
        XCTAssertFalse(doc.decision(11).hasPrefix("title"), doc.decision(11))
    }

    func testTheLayoutDefaultsTheGenericPathReplacesAreNotExpectedToFire() throws {
        let generic = try rules(Self.yaml(fallback: "generic")).outlets[0]
        XCTAssertEqual(generic.firingRuleIds, ["partial.masthead", "partial.ticker", "partial.list"])
        let repeated = try rules(Self.yaml(fallback: "generic", repeatTitle: true)).outlets[0]
        XCTAssertEqual(repeated.firingRuleIds, ["partial.title", "partial.title-repeat", "partial.masthead", "partial.ticker", "partial.list"])
        let layout = try rules(Self.yaml(fallback: "layout")).outlets[0]
        XCTAssertEqual(layout.firingRuleIds, layout.ruleIds)
    }

    // MARK: What the rules name besides lines and sections

    /// Captions printed twice, a credit line that ends the body with its value, and the tail.
    static let namingYAML = """
        outlet: partial
        name: Partial
        detect: {hosts: [partial.example], min_score: 2}
        article:
          title: {id: partial.title}
          lead: {id: partial.lead}
          captions:
            - {id: partial.caption-twice, kind: printed-twice}
          body: {id: partial.body}
          tail: {id: partial.tail, label: boilerplate}
          header: {id: partial.header, label: navigation}
          fallback: generic
        lines:
          - {id: partial.masthead, label: navigation, exact: "جريدة الوادي"}
          - {id: partial.credit, label: credit, zone: body, pattern: '^المصدر\\s*:\\s*(.+)$', field: credit, ends_body: true}
        """

    static let caption = "عمال يرصفون الطريق الساحلي صباح أمس"

    func testCaptionsCreditAndTailStayTheRulesOnAPageWithoutATitleStructure() throws {
        let lines = ["جريدة الوادي", "الرئيسية", "محليات", "",
                     "افتتاح الطريق الساحلي قبل الصيف", "الأحد 14 ديسمبر 2025 | 03:12 م", "",
                     Self.caption, Self.caption, ""] + Self.text.flatMap { [$0, ""] }
            + ["المصدر: وكالة أنباء الوادي", "شارك الخبر", "تابعونا على الشبكات"]
        let doc = TanqiyaKitTests.clean(lines, rules: try rules(Self.namingYAML), outlet: "partial")
        XCTAssertEqual(doc.decision(1), "navigation partial.masthead")
        XCTAssertEqual(doc.decision(8), "caption partial.caption-twice", "a caption printed twice needs no title structure")
        XCTAssertEqual(doc.decision(9), "caption partial.caption-twice")
        XCTAssertEqual(doc.decision(15), "credit partial.credit")
        XCTAssertEqual(doc.blocks[14].value, "وكالة أنباء الوادي", "the rule's field survives the generic path")
        XCTAssertEqual(doc.decision(16), "boilerplate partial.tail")
        XCTAssertEqual(doc.decision(17), "boilerplate partial.tail")
        let article = try XCTUnwrap(doc.articles.first)
        XCTAssertEqual(article.title, "افتتاح الطريق الساحلي قبل الصيف", "chosen by the generic path")
        XCTAssertEqual(article.paragraphs, Self.text, "no caption, credit or tail line in the text")
        XCTAssertEqual(article.captions, [Self.caption])
        XCTAssertEqual(article.credit, "وكالة أنباء الوادي")
        // Every rule the file names fires, as `check` expects.
        let fired = Set(doc.blocks.compactMap(\.rule))
        let outlet = try rules(Self.namingYAML).outlets[0]
        XCTAssertEqual(outlet.firingRuleIds.filter { !fired.contains($0) }, [])
    }

    func testAPageTheRulesNameWhollyHasNoArticleAndNoRuleLineForTitle() throws {
        let lines = ["جريدة الوادي", "", "الأكثر قراءة", "عنوان آخر في القائمة", "عنوان ثالث في القائمة", "من نحن"]
        let doc = try clean(lines, fallback: "generic")
        XCTAssertEqual(doc.decision(1), "navigation partial.masthead")
        XCTAssertEqual(doc.decision(4), "related partial.list")
        XCTAssertEqual(doc.articles.map(\.title), [], "no article text on the page")
        XCTAssertFalse(doc.blocks.contains { $0.label == .title })
    }

    // MARK: With learning

    /// Rules for the learning tests' fictional site that name only its masthead.
    static let wahaYAML = """
        outlet: waha
        name: Waha
        detect: {hosts: [alwaha.test], min_score: 2}
        article:
          title: {id: waha.title}
          lead: {id: waha.lead}
          body: {id: waha.body}
          header: {id: waha.header, label: navigation}
          fallback: FALLBACK
        lines:
          - {id: waha.masthead, label: navigation, exact: "الواحة اليوم"}
        """

    /// The site's short widget line under its menu, which no phrase list knows. (A learned line
    /// of headline shape is left to the generic path above the article, by learning's design: a
    /// page's own title stands there.)
    static let siteLine = "الواحة بلس"

    static func wahaPage(_ n: Int) -> [String] {
        var page = FictionalSite.page(n)
        page.insert(siteLine, at: FictionalSite.menu.count)
        return page
    }

    func testLearnedChromeDecidesTheLinesTheRulesLeaveBeforeTheGenericPath() throws {
        let builder = try ProfileBuilder(tunables: LearningTunables(), temporaryDirectory: NSTemporaryDirectory())
        for n in 0..<16 { try builder.add(FictionalSite.frame(Self.wahaPage(n))) }
        let learned = LearnedChromeLabeler(profile: try builder.build())
        let page = Self.wahaPage(20)
        let generic = try rules(Self.wahaYAML.replacingOccurrences(of: "FALLBACK", with: "generic"))
        let doc = TanqiyaKitTests.clean(page, rules: generic, outlet: "waha", learned: learned)
        XCTAssertEqual(doc.outlet, "waha")
        XCTAssertEqual(doc.decision(1), "navigation waha.masthead", "the rules' line stays theirs")
        let siteLine = try XCTUnwrap(page.firstIndex(of: Self.siteLine))
        XCTAssertEqual(doc.blocks[siteLine].rule, LearnedChromeLabeler.recurringLine + " 16/16", doc.decision(siteLine + 1))
        let listed = try XCTUnwrap(page.firstIndex(of: "الأكثر قراءة")) + 1
        XCTAssertTrue(doc.blocks[listed].rule?.hasPrefix(LearnedChromeLabeler.slot) ?? false, doc.decision(listed + 1))
        let article = try XCTUnwrap(doc.articles.first)
        XCTAssertEqual(doc.articles.count, 1)
        XCTAssertEqual(article.title, FictionalSite.titles[20])
        XCTAssertEqual(article.paragraphs, (0..<4).map { FictionalSite.paragraph(20, $0) })

        // The masthead is learned too (16/16): without the rules it is learning's line.
        XCTAssertEqual(TanqiyaKitTests.clean(page, rules: .empty, learned: learned).blocks[0].rule,
                       LearnedChromeLabeler.recurringLine + " 16/16")
        // The same rules with the layout's defaults: learning only refines the body, and the
        // first unnamed line (the menu's first word) is the title.
        let layout = try rules(Self.wahaYAML.replacingOccurrences(of: "FALLBACK", with: "layout"))
        let byLayout = TanqiyaKitTests.clean(page, rules: layout, outlet: "waha", learned: learned)
        XCTAssertEqual(byLayout.articles.first?.title, "الرئيسية")
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
