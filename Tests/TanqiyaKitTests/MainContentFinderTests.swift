import XCTest
@testable import TanqiyaKit

/// The main-content cascade on hand-built blocks: one mechanism per test.
final class MainContentFinderTests: XCTestCase {
    static let stop = GenericLabelerTests.stop

    func labeler(_ tunables: GenericTunables = GenericTunables()) throws -> GenericLabeler {
        let hints = try DOMHints(text: """
            negative-substring: comment
            weak-negative-substring: paywall
            positive-substring: article
            """)
        return GenericLabeler(resources: GenericResources(stopLists: StopLists(texts: [("english", Self.stop.joined(separator: "\n"))]),
                                                           hints: hints), tunables: tunables)
    }

    /// A block under the elements `path` (tag, page-local id, class tokens of that element).
    func b(_ text: String, _ path: [(String, Int, [String])], links: Int = 0, heading: Int = 0) -> Block {
        var tokens: [String] = [], levels: [Int] = []
        for (level, element) in path.enumerated().reversed() { for t in element.2 { tokens.append(t); levels.append(level) } }
        var block = Block(raw: text, line: 1)
        block.key = text
        block.features = BlockFeatures(tag: path.last!.0, tagPath: path.map(\.0), ancestorIDs: path.map(\.1), classTokens: tokens,
                                       classTokenLevels: levels, charCount: text.count, linkCharCount: links, headingLevel: heading)
        return block
    }

    let body = ("body", 0, [String]())
    func prose(_ n: Int) -> String { GenericLabelerTests.prose(n) }

    /// Paragraphs that are children of one element beat as much text spread one per wrapper.
    func testConcentratedParagraphsBeatScatteredOnes() throws {
        var blocks: [Block] = []
        for k in 0..<4 { blocks.append(b(prose(220) + ", and more", [body, ("div", 1, []), ("p", 10 + k, [])])) }
        for k in 0..<6 {
            blocks.append(b(prose(220), [body, ("div", 2, []), ("div", 20 + k, []), ("div", 30 + k, []), ("p", 40 + k, [])]))
        }
        let x = try labeler().extract(blocks: blocks, title: nil)
        XCTAssertEqual(x.mainContainerID, 1)
        XCTAssertEqual(x.decisions.prefix(4).map(\.label), Array(repeating: .body, count: 4))
        XCTAssertEqual(x.decisions.dropFirst(4).map(\.rule), Array(repeating: GenericRule.outsideMain, count: 6))
    }

    /// A paragraph beside the top candidate joins it when longer than `siblingParagraphChars`.
    func testSiblingParagraphJoinsByLength() throws {
        let t = GenericTunables()
        func page(lede: String) -> [Block] {
            [b(lede, [body, ("div", 1, []), ("p", 2, [])])]
                + (0..<4).map { b(prose(220), [body, ("div", 1, []), ("div", 3, []), ("p", 10 + $0, [])]) }
        }
        let long = try labeler().extract(blocks: page(lede: prose(t.siblingParagraphChars + 20)), title: nil)
        XCTAssertEqual(long.mainContainerID, 3)
        XCTAssertEqual(long.decisions[0].label, .body)
        let short = try labeler().extract(blocks: page(lede: prose(t.siblingParagraphChars - 20)), title: nil)
        XCTAssertEqual(short.decisions[0].rule, GenericRule.outsideMain)
    }

    /// A weak hint is void on a region holding most of the page's good text; a strong one is not
    /// (the region holds less than `maxHintedRegionShare` of all text, so it is not a wrapper).
    func testWeakHintVoidOnMostOfTheContentStrongHintKept() throws {
        func page(_ token: String) -> [Block] {
            [b(prose(250), [body, ("div", 1, []), ("p", 2, [])])]
                + (0..<4).map { b(prose(230), [body, ("div", 3, [token]), ("p", 10 + $0, [])]) }
                + (0..<4).map { b(prose(250), [body, ("div", 4, []), ("p", 20 + $0, [])], links: 250) }
        }
        let weak = try labeler().extract(blocks: page("paywall"), title: nil)
        XCTAssertEqual(weak.decisions[1...4].map(\.label), Array(repeating: .body, count: 4))
        let strong = try labeler().extract(blocks: page("comment"), title: nil)
        XCTAssertEqual(strong.decisions[1...4].map(\.rule), Array(repeating: GenericRule.outsideMain, count: 4))
        var never = GenericTunables()
        never.weakHintVoidContentShare = 1.01
        let kept = try labeler(never).extract(blocks: page("paywall"), title: nil)
        XCTAssertEqual(kept.decisions[1...4].map(\.rule), Array(repeating: GenericRule.outsideMain, count: 4))
    }

    /// Text split over two children of one element: the parent, scoring more, is taken.
    func testContentSplitOverChildrenClimbsToTheParent() throws {
        var blocks: [Block] = []
        for k in 0..<3 { blocks.append(b(prose(220), [body, ("div", 1, []), ("div", 2, []), ("p", 10 + k, [])])) }
        for k in 0..<3 { blocks.append(b(prose(220), [body, ("div", 1, []), ("div", 3, []), ("p", 20 + k, [])])) }
        for k in 0..<3 { blocks.append(b(prose(220), [body, ("div", 1, []), ("p", 30 + k, [])])) }
        let x = try labeler().extract(blocks: blocks, title: nil)
        XCTAssertEqual(x.mainContainerID, 1)
        XCTAssertTrue(x.decisions.allSatisfy { $0.label == .body })
    }

    /// A best candidate with less text than `minMainChars` gives the whole page to jusText.
    func testTooShortCandidateFallsBackToTheWholePage() throws {
        var t = GenericTunables()
        t.minMainChars = 10_000
        let blocks = (0..<3).map { b(prose(220), [body, ("div", 1, []), ("p", 10 + $0, [])]) }
        let x = try labeler(t).extract(blocks: blocks, title: nil)
        XCTAssertNil(x.mainContainerID)
        XCTAssertEqual(x.mainContent, "whole page (\(GenericRule.mainTooShort))")
        XCTAssertTrue(x.decisions.allSatisfy { $0.label == .body })
    }

    /// Between the first and last good block, low-stop-word lines (a list) are article; after the
    /// last good block, jusText's context decides.
    func testArticleSpanKeepsListsButNotTheFringe() throws {
        var blocks = [b(prose(240), [body, ("div", 1, []), ("p", 2, [])])]
        for k in 0..<3 { blocks.append(b("Zucchini 2 cups chopped", [body, ("div", 1, []), ("ul", 3, []), ("li", 4 + k, [])])) }
        blocks.append(b(prose(240), [body, ("div", 1, []), ("p", 8, [])]))
        blocks.append(b("Share Tweet Email", [body, ("div", 1, []), ("p", 9, [])]))
        let x = try labeler().extract(blocks: blocks, title: nil)
        XCTAssertEqual(x.decisions[1...3].map(\.rule), Array(repeating: GenericRule.articleSpan, count: 3))
        XCTAssertEqual(x.decisions[5].label, .boilerplate)
    }

    /// JSON-LD articleBody: the candidate holding none of it gives way to the element holding it.
    func testStructuredEvidenceOverrulesACandidateWithoutIt() throws {
        var blocks: [Block] = []
        let article = (0..<3).map { "Statement \($0): " + prose(110) }
        for (k, text) in article.enumerated() {
            blocks.append(b(text, [body, ("div", 1, []), ("div", 10 + k, []), ("div", 20 + k, []), ("p", 30 + k, [])]))
        }
        // Readers' letters, in other words than the article's.
        let letter = "in my view the plan is a mistake, and the money should go to schools, roads, parks and the harbour, as it always has"
        for k in 0..<4 { blocks.append(b(letter + " \(k), " + letter, [body, ("div", 2, []), ("p", 40 + k, [])])) }
        let without = try labeler().extract(blocks: blocks, title: nil)
        XCTAssertEqual(without.mainContainerID, 2)
        let with = try labeler().extract(blocks: blocks, title: nil, articleBody: article.joined(separator: " "))
        XCTAssertEqual(with.mainContainerID, 1)
        XCTAssertEqual(with.mainContent, "div (\(GenericRule.mainStructured))")
        XCTAssertEqual(with.decisions.prefix(3).map(\.label), [.body, .body, .body])
    }
    /// A body cut in two by a photo: the wrapper of each part sits more levels above its
    /// paragraphs than scores reach. The part with the same tag and class as the top candidate
    /// joins it; as much prose in a wrapper of another class (a teaser box) does not.
    func testBodyCutInTwoJoinsItsSameClassSibling() throws {
        func part(_ wrapper: Int, _ token: String, _ paragraphs: Int) -> [Block] {
            let path = [body, ("div", 1, []), ("div", wrapper, [token]), ("div", wrapper + 1, []), ("div", wrapper + 2, []),
                        ("section", wrapper + 3, []), ("div", wrapper + 4, []), ("div", wrapper + 5, [])]
            return (0..<paragraphs).map { b(prose(230) + ", and then \($0)", path + [("p", wrapper + 10 + $0, [])]) }
        }
        func page(_ firstToken: String) -> [Block] {
            part(100, firstToken, 3)
                + [b("A photo of the harbour at dawn", [body, ("div", 1, []), ("figure", 50, []), ("figcaption", 51, [])])]
                + part(200, "body-part", 6)
        }
        let same = try labeler().extract(blocks: page("body-part"), title: nil)
        XCTAssertEqual(same.decisions.prefix(3).map(\.label), [.body, .body, .body])
        XCTAssertEqual(same.decisions[3].rule, GenericRule.outsideMain)
        XCTAssertEqual(same.mainContent, "div.body-part + 1 sibling (\(GenericRule.mainCandidate))")
        let other = try labeler().extract(blocks: page("teaser-box"), title: nil)
        XCTAssertEqual(other.decisions.prefix(3).map(\.rule), Array(repeating: GenericRule.outsideMain, count: 3))
        XCTAssertEqual(other.decisions.suffix(6).map(\.label), Array(repeating: .body, count: 6))
    }

    /// The article's paragraphs sit in a body wrapper inside `<article>`; teasers (a linked
    /// headline and a description, one `<article>` each) follow in `<main>`. Climbing from the
    /// body wrapper, `<main>` scores more than `<article>` above it only by the teasers'
    /// descriptions: the climb stops there. The same page with the parts opening with text
    /// (a body split over children) climbs to `<main>`.
    func testClimbStopsWhereOnlyTeasersAddToTheScore() throws {
        func page(teaserHeadlineLinks: Int) -> [Block] {
            let main = ("main", 1, [String]()), article = ("article", 2, [String]()), wrapper = ("div", 3, [String]())
            var blocks = (0..<3).map { b(prose(230) + ", and more \($0)", [body, main, article, wrapper, ("p", 10 + $0, [])]) }
            for k in 0..<6 {
                let teaser = ("article", 20 + 3 * k, [String]())
                blocks.append(b("A headline of another story \(k)", [body, main, teaser, ("h3", 21 + 3 * k, [])],
                                links: teaserHeadlineLinks, heading: 3))
                blocks.append(b(prose(200) + ", then, at last, \(k)", [body, main, teaser, ("p", 22 + 3 * k, [])]))
            }
            return blocks
        }
        let teasers = try labeler().extract(blocks: page(teaserHeadlineLinks: 30), title: nil)
        XCTAssertEqual(teasers.mainContainerID, 2)
        XCTAssertEqual(teasers.decisions.prefix(3).map(\.label), [.body, .body, .body])
        XCTAssertEqual(Set(teasers.decisions.dropFirst(3).map(\.rule)), [GenericRule.outsideMain])
        let parts = try labeler().extract(blocks: page(teaserHeadlineLinks: 0), title: nil)
        XCTAssertEqual(parts.mainContainerID, 1)
    }
}
