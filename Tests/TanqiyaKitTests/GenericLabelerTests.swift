import XCTest
@testable import TanqiyaKit

/// The generic extractor on hand-built blocks, one rule or threshold per test (jusText style).
final class GenericLabelerTests: XCTestCase {
    static let stop = ["the", "a", "of", "and", "to", "in", "is", "was", "it", "that", "on", "for", "with", "as", "he", "she", "by", "at"]
    let t = GenericTunables()
    let cf = ContextFreePass(t: GenericTunables())

    func extractor() throws -> GenericLabeler {
        GenericLabeler(resources: GenericResources(stopLists: StopLists(texts: [("english", Self.stop.joined(separator: "\n"))]),
                                                     hints: try DOMHints(text: "negative-substring: comment sidebar\nnegative-part: nav\npositive-substring: article\n")))
    }

    /// A sentence of about `chars` characters with about half stop words.
    static func prose(_ chars: Int) -> String {
        var s = ""
        let words = ["the", "council", "said", "that", "it", "was", "ready", "to", "act", "on", "the", "report", "and", "its", "findings"]
        var i = 0
        while s.count < chars { s += (s.isEmpty ? "" : " ") + words[i % words.count]; i += 1 }
        return s
    }

    func input(_ text: String, links: Double = 0, stopwords: Int? = nil) -> ContextFreePass.Input {
        let words = text.split(separator: " ")
        let sw = stopwords ?? words.filter { Self.stop.contains(String($0)) }.count
        return .init(chars: text.count, linkDensity: links, words: words.count, stopwords: sw, hasStoplist: true, text: text)
    }

    // MARK: context-free ladder

    func testLinkDensityAboveMaximumIsBad() {
        let text = Self.prose(300)
        XCTAssertEqual(cf.classify(input(text, links: t.maxLinkDensity + 0.01)).1, GenericRule.linkDensity)
        XCTAssertNotEqual(cf.classify(input(text, links: t.maxLinkDensity - 0.01)).1, GenericRule.linkDensity)
    }

    func testShorterThanLengthLowIsShort() {
        let text = Self.prose(t.lengthLow - 10)
        XCTAssertEqual(cf.classify(input(text)).0, .short)
        XCTAssertEqual(cf.classify(input(text, links: 0.1)).1, GenericRule.shortWithLinks)
    }

    func testLongStopwordRichBlockIsGood() {
        let r = cf.classify(input(Self.prose(t.lengthHigh + 50)))
        XCTAssertEqual(r.0, .good)
        XCTAssertEqual(r.1, GenericRule.stopwordDensityHigh)
    }

    func testMediumLengthStopwordRichBlockIsNearGood() {
        XCTAssertEqual(cf.classify(input(Self.prose(t.lengthLow + 20))).0, .nearGood)
    }

    func testStopwordDensityBelowLowIsBad() {
        let text = Self.prose(300)
        let words = text.split(separator: " ").count
        let r = cf.classify(input(text, stopwords: Int(Double(words) * t.stopwordsLow) - 1))
        XCTAssertEqual(r.0, .bad)
        XCTAssertEqual(r.1, GenericRule.stopwordDensityLow)
    }

    func testCopyrightSignIsBad() {
        XCTAssertEqual(cf.classify(input(Self.prose(300) + " © 2019")).1, GenericRule.copyright)
    }

    // MARK: context

    func item(_ c: ParagraphClass, heading: Bool = false, chars: Int = 100) -> ContextSmoothing.Item {
        .init(cls: c, cfClass: c, isHeading: heading, chars: chars, rule: "cf", locked: false)
    }

    func testShortBetweenGoodNeighboursIsGood() {
        var items = [item(.good), item(.short), item(.good)]
        ContextSmoothing(t: t).revise(&items)
        XCTAssertEqual(items[1].cls, .good)
        XCTAssertEqual(items[1].rule, GenericRule.goodNeighbours)
    }

    func testShortBetweenBadNeighboursIsBad() {
        var items = [item(.bad), item(.short), item(.bad)]
        ContextSmoothing(t: t).revise(&items)
        XCTAssertEqual(items[1].cls, .bad)
        XCTAssertEqual(items[1].rule, GenericRule.badNeighbours)
    }

    func testNearGoodBetweenBadNeighboursIsBad() {
        var items = [item(.bad), item(.nearGood), item(.bad)]
        ContextSmoothing(t: t).revise(&items)
        XCTAssertEqual(items[1].cls, .bad)
    }

    func testShortHeadingBeforeGoodWithinDistanceIsKept() {
        var near = [item(.bad), item(.short, heading: true), item(.short, chars: t.maxHeadingDistance - 50), item(.good)]
        ContextSmoothing(t: t).revise(&near)
        XCTAssertEqual(near[1].cls, .good)
        var far = [item(.bad), item(.short, heading: true), item(.bad, chars: t.maxHeadingDistance + 50), item(.good)]
        ContextSmoothing(t: t).revise(&far)
        XCTAssertEqual(far[1].cls, .bad)
    }

    // MARK: DOM hints and the main container

    /// Blocks under body(0) > div#article(1) and body(0) > nav(2) / div.comments(3).
    func page() -> [Block] {
        func b(_ text: String, _ ids: [Int], _ tags: [String], tokens: [(String, Int)] = [], links: Int = 0, heading: Int = 0) -> Block {
            Self.block(text, features: BlockFeatures(
                tag: tags.last!, tagPath: tags, ancestorIDs: ids, classTokens: tokens.map(\.0), classTokenLevels: tokens.map(\.1),
                charCount: text.count, linkCharCount: links, headingLevel: heading))
        }
        return [
            b("Home News Sport", [0, 2], ["body", "nav"], links: 15),
            b("Council acts on report", [0, 1, 10], ["body", "div", "h1"], tokens: [("article", 1)], heading: 1),
            b(Self.prose(260), [0, 1, 11], ["body", "div", "p"], tokens: [("article", 1)]),
            b("Short line.", [0, 1, 12], ["body", "div", "p"], tokens: [("article", 1)]),
            b(Self.prose(240), [0, 1, 13], ["body", "div", "p"], tokens: [("article", 1)]),
            b(Self.prose(230), [0, 3, 14], ["body", "div", "p"], tokens: [("comments", 1)]),
        ]
    }

    func testMainContainerAndRules() throws {
        let x = try extractor().extract(blocks: page(), title: "Council acts on report")
        XCTAssertEqual(x.mainContainerID, 1)
        XCTAssertEqual(x.decisions.map(\.label), [.boilerplate, .title, .body, .body, .body, .boilerplate])
        XCTAssertEqual(x.decisions[0].rule, GenericRule.outsideMain)
        XCTAssertEqual(x.decisions[1].rule, GenericRule.title)
        XCTAssertEqual(x.decisions[3].rule, GenericRule.articleSpan)
        XCTAssertEqual(x.decisions[5].rule, GenericRule.outsideMain)
        XCTAssertEqual(x.paragraphs.count, 3)
        XCTAssertEqual(x.language, "english")
    }

    func testHintedRegionInsideContainerIsBoilerplate() throws {
        var blocks = page()
        // A nav inside the article container.
        blocks.insert(Self.block(Self.prose(120), features: BlockFeatures(
            tag: "nav", tagPath: ["body", "div", "nav"], ancestorIDs: [0, 1, 20], classTokens: ["article"], classTokenLevels: [1],
            charCount: 120)), at: 3)
        let x = try extractor().extract(blocks: blocks, title: nil)
        XCTAssertEqual(x.decisions[3].label, .boilerplate)
        XCTAssertEqual(x.decisions[3].rule, GenericRule.domNav)
    }

    func testPlainTextLinesKeepArticleText() throws {
        let lines = ["Menu", Self.prose(250), "A short line in the story.", Self.prose(90), "Share"]
        let x = try extractor().extract(blocks: lines.map { Self.block($0) }, title: nil)
        XCTAssertTrue(x.paragraphs.contains(lines[1]))
        XCTAssertTrue(x.paragraphs.contains(lines[3]))
        XCTAssertFalse(x.paragraphs.contains("Share"))
        XCTAssertNil(x.mainContainerID)
    }

    func testEmbeddedResourcesLoad() throws {
        let r = GenericResources.embedded
        XCTAssertTrue(r.stopLists.languages.contains("arabic"))
        XCTAssertTrue(r.stopLists.languages.contains("english"))
        XCTAssertEqual(r.hints.hint(token: "sidebar-left"), .negative)
        XCTAssertEqual(r.hints.hint(token: "entry-content"), .positive)
        XCTAssertEqual(r.hints.hint(token: "content-with-sidebar"), DOMHints.Hint.none)
    }

    func testArabicPageUsesArabicStopList() throws {
        let p = "قال المتحدث باسم الحكومة إن الوزارة ستعمل على تنفيذ الخطة في الأسابيع المقبلة وذلك بعد أن تمت الموافقة عليها من قبل المجلس الذي اجتمع يوم الأحد في العاصمة"
        let html = "<html lang='ar'><body><nav><a href='/'>الرئيسية</a></nav><article><h1>عنوان الخبر</h1><p>\(p)</p><p>\(p) مرة أخرى</p></article></body></html>"
        let page = HTMLReader().read(Array(html.utf8))
        let blocks = page.blocks.map { Self.block($0.raw, features: $0.features) }
        let x = GenericLabeler.standard.extract(blocks: blocks, title: page.metadata.title)
        XCTAssertEqual(x.language, "arabic")
        XCTAssertEqual(x.paragraphs.count, 2)
        XCTAssertEqual(x.title, "عنوان الخبر")
    }

    /// A block whose key (the text the labeler judges) is `text`.
    static func block(_ text: String, features: BlockFeatures? = nil) -> Block {
        var b = Block(raw: text, line: 1)
        b.key = text
        b.features = features
        return b
    }

    /// The labeler reads the non-blank blocks moved out of the page and puts the blank ones back
    /// in place: every block is where it was, with its text, and the labels are those of the same
    /// page without its blank lines (and blank for the blank ones).
    func testBlankBlocksComeBackInPlaceAroundTheLabelledOnes() {
        let text = ["أخبار المدينة اليوم", "الرئيسية", "محليات",
                    "المجلس البلدي يعلن خطة جديدة لتطوير الحدائق العامة في الأحياء القديمة",
                    "وقال مسؤول في المجلس إن الخطة تشمل زراعة الأشجار وتجديد المقاعد والإنارة في الحدائق كلها خلال العام المقبل.",
                    "وأضاف أن السكان سيشاركون في اختيار التصاميم عبر استبيان يوزع في المدارس والمراكز الثقافية للمدينة."]
        let spaced = ["", "  "] + text.flatMap { [$0, ""] } + ["\t"]
        let document = clean(spaced, rules: RuleSet(outlets: []))
        XCTAssertEqual(document.blocks.map(\.raw), spaced)
        XCTAssertEqual(document.blocks.map(\.line), Array(1...spaced.count))
        for block in document.blocks where block.key.isEmpty { XCTAssertEqual(block.label, .blank, "line \(block.line)") }
        let labels = document.blocks.filter { !$0.key.isEmpty }.map(\.label)
        XCTAssertTrue(labels.contains(.body), "\(labels)")
    }
}
