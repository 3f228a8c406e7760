import Foundation
import XCTest
@testable import TanqiyaKit

/// `RuleDrafter` on hand-built evidence: what a site's pages showed (where each recurring line
/// stood, how the pages labelled it) becomes rules, each with its evidence; the draft loads as a
/// rule file and passes the lint's checks.
final class RuleDrafterTests: XCTestCase {
    /// A recurring line's evidence: on `pages` pages, standing at `at` on each, labelled `label`.
    static func item(_ pages: Int, _ at: SiteEvidence.Position, _ label: Label, example: String = "") -> SiteEvidence.Item {
        var item = SiteEvidence.Item()
        item.pages = pages
        for _ in 0..<pages { item.count(at) }
        item.labels = [label: pages]
        item.example = example
        return item
    }

    static func site(_ lines: [String], pages: Int = 10, shapes: [LearnedSite.Shape] = []) -> LearnedSite {
        LearnedSite(key: "template 1", host: nil, pages: pages, linesPerPage: Double(lines.count),
                    lines: lines.map { LearnedSite.Line(text: $0, pages: pages, slot: nil, captionPages: nil) }, shapes: shapes,
                    recirculated: [])
    }

    /// Evidence of a 10-page site with a masthead, a menu, a footer naming the site, and 20 pages
    /// of other sites that print none of them.
    static func evidence() -> (LearnedSite, SiteEvidence) {
        var e = SiteEvidence()
        e.pages = 10
        e.titledPages = 10
        e.otherPages = 20
        e.lines["صحيفة الوادي"] = item(10, .above, .navigation)
        e.lines["محليات"] = item(10, .above, .navigation)
        e.lines["شارك الخبر"] = item(7, .head, .widget)
        e.lines["حقوق النشر محفوظة لصحيفة الوادي"] = item(10, .below, .footer)
        e.lines["اتصل بنا"] = item(10, .below, .footer)
        let site = site(["صحيفة الوادي", "محليات", "شارك الخبر", "حقوق النشر محفوظة لصحيفة الوادي", "اتصل بنا"])
        return (site, e)
    }

    func draft(_ site: LearnedSite, _ e: SiteEvidence, hosts: [String] = [], existing: RuleSet = .empty) throws -> RuleDraft {
        try RuleDrafter().draft(.init(outlet: "wadi", name: "Wadi", hosts: hosts), site: site, evidence: e, existing: existing)
    }

    /// The draft as loaded by the rule loader (it must load).
    func loaded(_ draft: RuleDraft) throws -> OutletRules {
        let set = try RuleLoader.load(sources: [("wadi.yaml", draft.yaml())])
        return try XCTUnwrap(set.outlet(id: "wadi"))
    }

    func rule(_ draft: RuleDraft, labelled label: Label) -> RuleDraft.Rule? { draft.lines.first { $0.label == label } }

    func entries(_ matcher: RuleDraft.Matcher?) -> [String] {
        switch matcher {
        case .exact(let e)?, .prefix(let e)?: return e.map(\.text)
        default: return []
        }
    }

    // MARK: Recurring lines

    func testRecurringLinesBecomeExactRulesLabelledAsThePagesLabelledThemWithTheirEvidence() throws {
        let (site, e) = Self.evidence()
        let d = try draft(site, e)
        XCTAssertEqual(entries(rule(d, labelled: .navigation)?.matcher), ["صحيفة الوادي", "محليات"])
        XCTAssertEqual(entries(rule(d, labelled: .widget)?.matcher), ["شارك الخبر"])
        XCTAssertEqual(entries(rule(d, labelled: .footer)?.matcher), ["حقوق النشر محفوظة لصحيفة الوادي", "اتصل بنا"])
        let yaml = d.yaml()
        XCTAssertTrue(yaml.contains("\"شارك الخبر\"   # on 7/10 pages: in the article's head 7"), yaml)
        let rules = try loaded(d)
        XCTAssertEqual(rules.article.fallback, .generic)
        var block = Block(raw: "محليات", line: 1)
        block.key = "محليات"
        XCTAssertTrue(try XCTUnwrap(rules.lines.first { $0.label == .navigation }).matcher.matches(block))
    }

    func testHeadlinesThatRecurInTheSiteListsAndLinesThePagesKeepAreLeftOut() throws {
        var (site, e) = Self.evidence()
        var listed = Self.item(5, .below, .footer)
        listed.listed = 5
        e.lines["وزير المالية يعلن موازنة العام المقبل بزيادة في الإنفاق"] = listed
        var kept = Self.item(6, .within, .body)
        kept.labels = [.body: 4, .widget: 2]
        e.lines["نص يتكرر في المقالات"] = kept
        site.lines += [.init(text: "وزير المالية يعلن موازنة العام المقبل بزيادة في الإنفاق", pages: 5, slot: nil, captionPages: nil),
                       .init(text: "نص يتكرر في المقالات", pages: 6, slot: nil, captionPages: nil)]
        let yaml = try draft(site, e).yaml()
        XCTAssertFalse(yaml.contains("وزير المالية"), yaml)
        XCTAssertFalse(yaml.contains("نص يتكرر"), yaml)
    }

    func testALineWithAYearIsMatchedUpToIt() throws {
        var (site, e) = Self.evidence()
        e.lines["جميع الحقوق محفوظة لصحيفة الوادي © 2025"] = Self.item(10, .below, .footer)
        site.lines.append(.init(text: "جميع الحقوق محفوظة لصحيفة الوادي © 2025", pages: 10, slot: nil, captionPages: nil))
        let d = try draft(site, e)
        let dated = try XCTUnwrap(d.lines.first { $0.id == "wadi.footer-dated" })
        XCTAssertEqual(entries(dated.matcher), ["جميع الحقوق محفوظة لصحيفة الوادي ©"])
        var block = Block(raw: "", line: 1)
        block.key = "جميع الحقوق محفوظة لصحيفة الوادي © 2026"
        XCTAssertTrue(try XCTUnwrap(loaded(d).lines.first { $0.id == "wadi.footer-dated" }).matcher.matches(block))
    }

    // MARK: Detection

    func testSignaturesAreFrequentHereAbsentElsewhereNoStockPhraseAndTwoMustAgree() throws {
        var (site, e) = Self.evidence()
        e.linesElsewhere["محليات"] = 4
        let d = try draft(site, e)
        let signatures = d.signatures.flatMap { entries($0.matcher) }
        XCTAssertFalse(signatures.contains("محليات"), "printed by other sites")
        XCTAssertFalse(signatures.contains("اتصل بنا"), "a stock phrase (data/generic-chrome)")
        XCTAssertFalse(signatures.contains("شارك الخبر"), "on 7/10 pages: below the share a signature needs")
        XCTAssertEqual(Set(signatures), ["صحيفة الوادي", "حقوق النشر محفوظة لصحيفة الوادي"])
        XCTAssertEqual(d.minScore, 2)
        XCTAssertTrue(d.signatures.allSatisfy { $0.weight == 1 })
        XCTAssertTrue(d.detectNotes.joined().contains("«محليات» (also on 4/20 pages of other sites)"), d.detectNotes.joined())
        // Loaded: the lint finds nothing to warn about (no stock phrases reaching min_score, no
        // signature alone), and one of the lines alone does not claim a page.
        let set = try RuleLoader.load(sources: [("wadi.yaml", d.yaml())])
        XCTAssertEqual(SignatureLint.warnings(rules: set), [])
        let detector = OutletDetector(rules: set)
        func page(_ lines: [String]) -> [Block] {
            lines.enumerated().map { var b = Block(raw: $1, line: $0 + 1); b.key = $1; return b }
        }
        XCTAssertNil(detector.detect(blocks: page(["صحيفة الوادي", "عنوان", "نص"]), url: nil).outlet)
        XCTAssertEqual(detector.detect(blocks: page(["صحيفة الوادي", "عنوان", "نص", "حقوق النشر محفوظة لصحيفة الوادي"]), url: nil).outlet?.id, "wadi")
    }

    func testLinesNamingTheOutletAreTheFirstSignatures() throws {
        var (site, e) = Self.evidence()
        e.lines["منصة رقمية للأخبار المحلية"] = Self.item(10, .below, .footer)
        site.lines.append(.init(text: "منصة رقمية للأخبار المحلية", pages: 10, slot: nil, captionPages: nil))
        var tunables = SuggestTunables()
        tunables.maxSignatures = 2
        let drafter = RuleDrafter(tunables: tunables)
        // Otherwise lines the generic path does not call chrome come first (the copyright line
        // is one of its phrases), the longest first.
        let unnamed = try drafter.draft(.init(outlet: "wadi"), site: site, evidence: e)
        XCTAssertEqual(unnamed.signatures.flatMap { entries($0.matcher) }, ["منصة رقمية للأخبار المحلية", "صحيفة الوادي"])
        let named = try drafter.draft(.init(outlet: "wadi", name: "صحيفة الوادي"), site: site, evidence: e)
        XCTAssertEqual(named.signatures.flatMap { entries($0.matcher) }, ["صحيفة الوادي", "حقوق النشر محفوظة لصحيفة الوادي"])
    }

    func testALineAnOutletOfTheRulesFolderHasIsNoSignature() throws {
        let (site, e) = Self.evidence()
        let existing = try rules("""
        outlet: other
        name: Other
        detect: {signatures: [{id: other.sig, exact: "صحيفة الوادي"}], min_score: 1}
        article: {title: {id: other.title}, lead: {id: other.lead}, body: {id: other.body}, header: {id: other.header}}
        """)
        let d = try draft(site, e, existing: existing)
        XCTAssertFalse(d.signatures.flatMap { entries($0.matcher) }.contains("صحيفة الوادي"))
        XCTAssertTrue(d.detectNotes.joined().contains("outlet other has it"))
    }

    func testWithoutTwoSignaturesTheHostAloneRecognisesTheOutletAndWithoutAHostThereIsNoDraft() throws {
        let (site, base) = Self.evidence()
        var e = base
        e.linesElsewhere = ["صحيفة الوادي": 1, "حقوق النشر محفوظة لصحيفة الوادي": 1]
        XCTAssertThrowsError(try draft(site, e)) { error in
            XCTAssertEqual(error as? RuleDrafter.Problem, .noDetection(found: 1), "«محليات» alone is left")
            XCTAssertTrue("\(error)".contains("--host"))
        }
        let d = try draft(site, e, hosts: ["www.Wadi.example"])
        XCTAssertEqual(d.hosts, ["wadi.example"])
        XCTAssertEqual(d.signatures, [])
        XCTAssertEqual(try loaded(d).detection.hosts, ["wadi.example"])
    }

    func testTheHostMostPagesNameJoinsTheHosts() throws {
        let (site, base) = Self.evidence()
        var e = base
        e.hosts = ["wadi.example": 8, "cdn.example": 2]
        let d = try draft(site, e)
        XCTAssertEqual(d.hosts, ["wadi.example"])
    }

    // MARK: Lists

    func testAListBelowTheTextBecomesASectionEndingWhereTheNextRecurringLineStands() throws {
        var (site, e) = Self.evidence()
        var list = Self.item(10, .below, .related)
        list.slotPages = 9
        list.slotEnds = ["اتصل بنا": 9]
        e.lines["الأكثر قراءة"] = list
        site.lines.insert(.init(text: "الأكثر قراءة", pages: 10, slot: nil, captionPages: nil), at: 3)
        let d = try draft(site, e)
        let section = try XCTUnwrap(d.sections.first)
        XCTAssertEqual(section.label, .related)
        XCTAssertEqual(entries(section.start), ["الأكثر قراءة"])
        XCTAssertEqual(entries(section.end), ["اتصل بنا"])
        XCTAssertTrue(section.notes[0].contains("9/10"))
        let loadedSection = try XCTUnwrap(loaded(d).sections.first)
        XCTAssertNotNil(loadedSection.end)
    }

    func testAListAmongTheParagraphsIsASectionOnlyWhenItsEndLineIsAlwaysThere() throws {
        var (site, e) = Self.evidence()
        var box = Self.item(10, .within, .related)
        box.slotPages = 10
        box.slotEnds = ["نهاية القائمة": 8, "": 2]
        e.lines["اقرأ في الموضوع"] = box
        site.lines.append(.init(text: "اقرأ في الموضوع", pages: 10, slot: nil, captionPages: nil))
        XCTAssertTrue(try draft(site, e).sections.isEmpty, "a section that may not end would take the article's text")
        box.slotEnds = ["نهاية القائمة": 10]
        e.lines["اقرأ في الموضوع"] = box
        XCTAssertEqual(try draft(site, e).sections.count, 1)
    }

    func testAListAboveTheTextTakesTheFewestLinesItTook() throws {
        var (site, e) = Self.evidence()
        var ticker = Self.item(10, .above, .navigation)
        ticker.slotPages = 10
        ticker.minSlotSpan = 1
        e.lines["عاجل"] = ticker
        site.lines.append(.init(text: "عاجل", pages: 10, slot: nil, captionPages: nil))
        let d = try draft(site, e)
        XCTAssertTrue(d.sections.isEmpty)
        let rule = try XCTUnwrap(d.lines.first { entries($0.matcher) == ["عاجل"] })
        XCTAssertEqual(rule.alsoNext, 1)
        XCTAssertEqual(try loaded(d).lines.first { $0.id == rule.id }?.alsoNext, 1)
    }

    // MARK: Shapes

    func testADateShapeBecomesALinearPatternThatMatchesTheSiteDateLines() throws {
        let (site, base) = Self.evidence()
        var e = base
        e.dateShapes["@ # @ # | # م"] = Self.item(10, .head, .timestamp, example: "الأحد 14 ديسمبر 2025 | 03:12 م")
        let d = try draft(site, e)
        let rule = try XCTUnwrap(d.lines.first { $0.label == .timestamp })
        guard case .pattern(let source) = rule.matcher else { return XCTFail("\(rule.matcher)") }
        XCTAssertTrue(source.hasPrefix("^") && source.hasSuffix("$"))
        let pattern = try CompiledPattern(source)
        XCTAssertTrue(pattern.matches("الخميس 2 يناير 2026 | 11:05 م"))
        XCTAssertTrue(pattern.matches("الخميس ٢ يناير ٢٠٢٦ | ١١:٠٥ م"))
        XCTAssertFalse(pattern.matches("وزير يزور المدينة 2 مرة | اليوم م"))
        XCTAssertFalse(source.contains(")*") || source.contains(")+"), "no repeated group: linear")
        _ = try loaded(d)
    }

    func testALabelShapeIsAPatternOnItsLabelAndACreditKeepsItsValue() throws {
        let (site, base) = Self.evidence()
        var e = base
        e.labelShapes["المصدر: …"] = Self.item(8, .below, .boilerplate, example: "المصدر: وكالات")
        e.labelShapes["كتب: …"] = Self.item(7, .head, .boilerplate, example: "كتب: سامي")
        let d = try draft(site, e)
        let credit = try XCTUnwrap(d.lines.first { $0.label == .credit })
        XCTAssertEqual(credit.field, .credit, "the phrase lists name «المصدر: …» a credit")
        XCTAssertEqual(credit.matcher, .pattern("^المصدر\\s*:\\s*(.+)$"))
        let byline = try XCTUnwrap(d.lines.first { $0.matcher == .pattern("^كتب\\s*:") })
        XCTAssertNil(byline.field)
        let rules = try loaded(d)
        var block = Block(raw: "", line: 1)
        block.key = "المصدر : رويترز"
        XCTAssertEqual(try XCTUnwrap(rules.lines.first { $0.label == .credit }).matcher.match(block), "رويترز")
    }

    func testDroppedLinesThatBeginAlikeBecomeAPrefixUnlessAKeptLineBeginsSo() throws {
        let (site, base) = Self.evidence()
        var e = base
        var group = SiteEvidence.DroppedLines()
        group.pages = 6
        group.starts = (0..<6).map { ["الرئيسية", "/", ["اقتصاد", "رياضة", "محليات"][$0 % 3]] }
        group.labels = [.navigation: 6]
        e.dropped["الرئيسية"] = group
        let d = try draft(site, e)
        let prefix = try XCTUnwrap(d.lines.first { $0.id == "wadi.prefix" })
        XCTAssertEqual(entries(prefix.matcher), ["الرئيسية /"])
        XCTAssertEqual(prefix.label, .navigation)
        e.keptPrefixes = ["الرئيسية /"]
        XCTAssertNil(try draft(site, e).lines.first { $0.id == "wadi.prefix" })
        // One common word without a separator is no prefix («وزير …» begins headlines).
        var words = SiteEvidence.DroppedLines()
        words.pages = 6
        words.starts = (0..<6).map { ["وزير", ["المالية", "الصحة"][$0 % 2], "يعلن"] }
        words.labels = [.related: 6]
        e.dropped = ["وزير": words]
        XCTAssertNil(try draft(site, e).lines.first { $0.id == "wadi.prefix" })
    }

    // MARK: Layout

    func testATitlePrintedAgainAndItsCaptionsBecomeTheLayout() throws {
        let (site, base) = Self.evidence()
        var e = base
        e.titleRepeatPages = 9
        e.maxTitleRepeatDistance = 3
        e.captionAfterRepeatPages = 7
        e.captionPages = 9
        e.captionTwicePages = 1
        let d = try draft(site, e)
        XCTAssertEqual(d.titleRepeatWithin, 3)
        XCTAssertEqual(d.captions.map(\.kind), [.afterTitleRepeat])
        let layout = try loaded(d).article
        XCTAssertEqual(layout.titleRepeatWithin, 3)
        XCTAssertEqual(layout.captions.map(\.kind), [.afterTitleRepeat])
        e.titleRepeatPages = 4
        let once = try draft(site, e)
        XCTAssertNil(once.titleRepeatWithin, "printed again on 4/10 pages only")
        XCTAssertEqual(once.captions, [])
    }

    func testACaptionAboveAPhotoCreditLineIsNamedByTheLineBelowIt() throws {
        var (site, e) = Self.evidence()
        e.captionPages = 8
        var credit = Self.item(8, .head, .boilerplate)
        credit.captionAbove = 7
        e.lines["صورة أرشيفية"] = credit
        site.lines.append(.init(text: "صورة أرشيفية", pages: 8, slot: nil, captionPages: nil))
        let d = try draft(site, e)
        let caption = try XCTUnwrap(d.lines.first { $0.label == .caption })
        XCTAssertEqual(entries(caption.followedBy), ["صورة أرشيفية"])
        XCTAssertEqual(d.lines.first?.label, .caption, "tried before the other rules")
        credit.textAbove = 1
        e.lines["صورة أرشيفية"] = credit
        XCTAssertNil(try draft(site, e).lines.first { $0.label == .caption }, "a paragraph stood above it once")
    }

    func testTheLineFirstAfterTheTextEndsTheBody() throws {
        var (site, e) = Self.evidence()
        var follow = Self.item(9, .below, .widget)
        follow.firstAfterText = 8
        e.lines["تابعونا على الشبكات"] = follow
        site.lines.append(.init(text: "تابعونا على الشبكات", pages: 9, slot: nil, captionPages: nil))
        let d = try draft(site, e)
        let end = try XCTUnwrap(d.lines.first { $0.endsBody })
        XCTAssertEqual(entries(end.matcher), ["تابعونا على الشبكات"])
        XCTAssertEqual(d.tailLabel, .boilerplate)
        XCTAssertEqual(try loaded(d).article.tailLabel, .boilerplate)
        follow.within = 1
        follow.below = 8
        e.lines["تابعونا على الشبكات"] = follow
        XCTAssertNil(try draft(site, e).lines.first { $0.endsBody }, "it stood among the paragraphs once")
    }

    // MARK: The file

    func testQuotesAndBackslashesInLinesSurviveTheYAML() throws {
        var (site, e) = Self.evidence()
        let odd = "قال \"المحرر\" \\ 'هنا'"
        e.lines[odd] = Self.item(10, .below, .footer)
        site.lines.append(.init(text: odd, pages: 10, slot: nil, captionPages: nil))
        let rules = try loaded(try draft(site, e))
        var block = Block(raw: odd, line: 1)
        block.key = Normalizer.matching.normalize(odd)
        XCTAssertTrue(rules.lines.contains { $0.matcher.matches(block) })
    }

    func testEveryRuleIdStartsWithTheOutletAndIsUnique() throws {
        let (site, base) = Self.evidence()
        var e = base
        e.dateShapes["# @"] = Self.item(10, .head, .timestamp, example: "12 ديسمبر")
        e.dateShapes["@ #"] = Self.item(10, .head, .timestamp, example: "ديسمبر 12")
        let d = try draft(site, e)
        XCTAssertEqual(Set(d.ruleIds).count, d.ruleIds.count)
        XCTAssertTrue(d.ruleIds.allSatisfy { $0.hasPrefix("wadi.") })
        XCTAssertEqual(try loaded(d).ruleIds, d.ruleIds)
    }
}
