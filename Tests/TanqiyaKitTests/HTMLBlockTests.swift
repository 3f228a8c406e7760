import XCTest
@testable import TanqiyaKit

/// The DOM becomes ordered text blocks with features.
final class HTMLBlockTests: XCTestCase {
    func read(_ html: String) -> HTMLPage { HTMLReader().read(Array(html.utf8)) }
    func block(_ page: HTMLPage, containing s: String, file: StaticString = #filePath, line: UInt = #line) -> Block? {
        let b = page.blocks.first { $0.raw.contains(s) }
        XCTAssertNotNil(b, "no block with \(s): \(page.blocks.map(\.raw))", file: file, line: line)
        return b
    }

    func testNavAndFooterFlags() throws {
        let page = read("""
        <html><body><nav><ul><li><a href="/">Home</a></li></ul></nav>
        <div class="story"><p>Body text here.</p></div>
        <footer><p>Footer words</p></footer></body></html>
        """)
        let home = try XCTUnwrap(block(page, containing: "Home")?.features)
        XCTAssertTrue(home.regions.contains(.nav))
        XCTAssertTrue(home.regions.contains(.listItem))
        XCTAssertEqual(home.tag, "li")
        let body = try XCTUnwrap(block(page, containing: "Body text")?.features)
        XCTAssertFalse(body.regions.contains(.nav))
        XCTAssertFalse(body.regions.contains(.footer))
        XCTAssertTrue(try XCTUnwrap(block(page, containing: "Footer words")?.features).regions.contains(.footer))
    }

    func testLinkDensity() throws {
        let page = read("<p>abcde <a href='x'>fghij</a></p><p><a href='y'>all link</a></p>")
        let half = try XCTUnwrap(block(page, containing: "abcde")?.features)
        XCTAssertEqual(half.charCount, 11)
        XCTAssertEqual(half.linkCharCount, 5)
        XCTAssertEqual(half.linkDensity, 5.0 / 11.0, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(block(page, containing: "all link")?.features).linkDensity, 1.0)
    }

    func testHeadingLevelAndTag() throws {
        let page = read("<h2>Sub <em>title</em></h2><p>para</p>")
        let h = try XCTUnwrap(block(page, containing: "Sub title")?.features)
        XCTAssertEqual(h.headingLevel, 2)
        XCTAssertEqual(h.tag, "h2")
        XCTAssertEqual(try XCTUnwrap(block(page, containing: "para")?.features).headingLevel, 0)
    }

    func testClassAndIdTokensOwnAndAncestors() throws {
        let page = read("<div id='Main' class='post-body  entry'><p class='lead X'>text</p></div>")
        let f = try XCTUnwrap(block(page, containing: "text")?.features)
        XCTAssertEqual(f.ownClassTokens, ["lead", "x"])
        XCTAssertEqual(Array(f.classTokens.prefix(5)), ["lead", "x", "main", "post-body", "entry"])
        XCTAssertEqual(f.tagPath.suffix(2), ["div", "p"])
        XCTAssertEqual(f.ancestorIDs.count, f.tagPath.count)
    }

    func testDoubleBreakSplitsSingleBreakDoesNot() {
        let page = read("<div>one<br>two<br><br>three</div>")
        XCTAssertEqual(page.blocks.map(\.raw), ["one two", "three"])
    }

    /// Text written as lines, a paragraph a line (a `<td>` or a `<div>` with no `<p>`): a single
    /// `<br>` after a sentence's end splits it (Latin, Arabic and CJK marks, inside closing
    /// quotes too); one after a headline, a byline or a lead-in does not.
    func testSingleBreakAfterASentenceSplits() {
        let page = read("<div>A headline<br>By a reporter<br>The first paragraph ends here.<br>"
            + "هل تنتهي الجملة هنا؟<br>«وهذه أيضا.»<br>これは文です。<br>Items:<br>one, two</div>")
        XCTAssertEqual(page.blocks.map(\.raw), ["A headline By a reporter The first paragraph ends here.", "هل تنتهي الجملة هنا؟",
                                                "«وهذه أيضا.»", "これは文です。", "Items: one, two"])
    }

    func testScriptStyleAndFriendsAreNeverText() {
        let page = read("""
        <html><head><style>p{}</style><title>T</title></head><body><script>var x = 1;</script>
        <noscript>enable js</noscript><template><p>tpl</p></template><svg><text>svg</text></svg>
        <p>visible <!-- comment --> text</p><iframe>frame</iframe><div hidden>hidden</div>
        <div style="display: none">gone</div></body></html>
        """)
        XCTAssertEqual(page.blocks.map(\.raw), ["visible text"])
    }

    func testHiddenByStyleIgnoringCaseAndSpaces() {
        let page = read("""
        <div style="color: red; DISPLAY : None">a</div><div style="Visibility:  HIDDEN;">b</div>
        <div style="display:block; dd display:nonex">c</div><div style="visibility: visible">d</div>
        <div style="ddisplay :none">e</div><div style="displa y:no ne">f</div><div style="display: inline">g</div>
        """)
        XCTAssertEqual(page.blocks.map(\.raw), ["d", "g"])
    }

    func testWhiteSpaceCollapsedAndPositions() {
        let page = read("<p>  a \n\t b&nbsp;&nbsp;c </p><li>d</li><td>e</td>")
        XCTAssertEqual(page.blocks.map(\.raw), ["a b c", "d", "e"])
        XCTAssertEqual(page.blocks.map { $0.features?.position }, [0, 1, 2])
    }

    func testFigcaptionFlag() throws {
        let page = read("<figure><img src=a.jpg><figcaption>Photo: someone</figcaption></figure>")
        let f = try XCTUnwrap(block(page, containing: "Photo")?.features)
        XCTAssertTrue(f.regions.contains(.figcaption))
        XCTAssertTrue(f.regions.contains(.figure))
    }

    func testWindows1256PageBecomesArabicBlocks() {
        let bytes = Array("<html><head><meta charset=windows-1256></head><body><p>".utf8)
            + HTMLEncodingTests.arabicWindows1256 + Array("</p></body></html>".utf8)
        let page = HTMLReader().read(bytes)
        XCTAssertEqual(page.encoding, .windows1256)
        XCTAssertEqual(page.blocks.map(\.raw), [HTMLEncodingTests.arabic])
    }
}
