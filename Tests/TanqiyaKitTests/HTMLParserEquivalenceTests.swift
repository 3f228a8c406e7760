import Foundation
import XCTest
@testable import TanqiyaKit

/// The reader builds its DOM from libxml2's SAX events (`LibXML2.parse`); it must be the tree that
/// libxml2's own tree builder gives, walked (`LibXML2.parseViaTree`, in LibXML2TreeReference.swift),
/// node for node — including on tag soup, where the parser closes, reopens and re-parents elements.
final class HTMLParserEquivalenceTests: XCTestCase {
    func assertSameTree(_ html: [UInt8], limits: HTMLParseLimits = HTMLParseLimits(), _ name: String,
                        file: StaticString = #filePath, line: UInt = #line) {
        let sax = LibXML2.parse(utf8: html, limits: limits)
        let tree = LibXML2.parseViaTree(utf8: html, limits: limits)
        guard sax != tree else { return }
        var detail = "nodes \(sax.nodes.count) vs \(tree.nodes.count)"
        if let i = (0..<min(sax.nodes.count, tree.nodes.count)).first(where: { sax.nodes[$0] != tree.nodes[$0] }) {
            detail += "; first difference at node \(i): \(sax.nodes[i]) vs \(tree.nodes[i])"
        } else if sax.text != tree.text {
            detail += "; text differs"
        } else if sax.attributes != tree.attributes || sax.attributeBytes != tree.attributeBytes {
            detail += "; attributes differ"
        } else {
            detail += "; skipped \(sax.skippedDeepSubtrees) vs \(tree.skippedDeepSubtrees), truncated \(sax.truncated) vs \(tree.truncated), names \(sax.extraNames) vs \(tree.extraNames)"
        }
        if ProcessInfo.processInfo.environment["SOUP_DUMP"] != nil { print("DUMP<<" + String(decoding: html, as: UTF8.self) + ">>DUMP") }
        XCTFail("\(name): SAX tree differs from libxml2's tree: \(detail)", file: file, line: line)
    }

    static let cases: [String] = [
        "<html><body><p>one two three</p></body></html><p>after the end, some words</p><div class='x'>more</div>",
        "<!DOCTYPE html><html><body><p>one two three</p></body></html><p>after the end</p>text tail",
        "<!-- c --><html><body><p>one</p></body></html><p>after</p>",
        "<?xml version='1.0'?><html><body><p>x</p></body></html><p>y</p>",
        "<html><body><p>one</p><!DOCTYPE html><p>two</p></body></html><p>three</p>",
        "<html><body><div class='a'<p>text one</p><span id=x<b>bold</b> tail</div><p>end",
        "<p>Fish &amp; chips <a href='#'>link &amp; more</a> &copy; 2020 &nbsp; x &#169; &#0; &#x110000; &unknown; AT&T</p>",
        "<html><head><script type='application/ld+json'>{\"datePublished\":\"2020\"}</script><script type='X'>s</script><title>T</title></head><body><h1>H</h1></body></html>",
        "<html><body><fb:like href='x'>fb</fb:like><o:p>office</o:p><xml:foo>xf</xml:foo><a:b:c>abc</a:b:c><:odd>odd</:odd><x-y>c</x-y><x-y>d</x-y></body></html>",
        "<html><body><p>one</p><html lang='fr'><head><title>t2</title></head><body class='b2'><p>two</p></body></html><p>three</p>",
        "<p>alpha<!-- x -->beta<?php echo 1; ?>gamma</p><div>a<b>b</b>c</div>",
        "<div hidden>h1</div><div style='DISPLAY : none'>h2</div><p>shown</p><link rel=canonical href=x><a href=y>l</a>",
        "just some text without tags", "   \n\t  ", "<", "</", "<!--", "&amp;",
        "<table><tr><td>a<td>b<tr><td>c</table><ul><li>one<li>two</ul><dl><dt>t<dd>d</dl>",
        "<form><input value='x'><select><option>o1<option>o2</select><textarea>ta</textarea></form><p>after</p>",
        "<p>a<script>var x='<p>no</p>';</script>b<style>p{}</style>c<noscript>ns</noscript>d</p>",
        "<p>a<![CDATA[cdata text]]>b</p>", "<body><title>in body</title><p>x</p></body>",
        "<html><head>head text<meta name=x content=y></head><body>b</body></html>",
        "<div class='a' class='b' id='i' ID='j'><p>t</p></div>", "<body><p>1</p><body><p>2</p></body><p>3</p>",
        "<body><head><p>x</p></head></body>", "<div><span>a</div>b</span>c</p>d", "</div></p></html>text<p>p</p>",
        "<frameset><frame src=a></frameset><p>x</p>", "<p>" + String(repeating: "word ", count: 500) + "&amp;"
            + String(repeating: "more ", count: 500) + "</p>",
        String(repeating: "<div>", count: 300) + "deep<!--c-->" + String(repeating: "</div>", count: 300) + "<p>shallow</p>",
        String(repeating: "<div>", count: 256) + "<span> </span>" + String(repeating: "</div>", count: 256),
        "<html><body>x</body></html><script type='application/ld+json'>{}</script><!--c--><p>t</p></html><p>u</p>",
        // Raw text (script, style) and the constructs around it that InputTrimmer follows.
        "<p>a<script>if (a < b && c > d) { x = '</div>'; }</script>b<style>p > a { color: red }</style>c</p>",
        "<script>var s = '</scr' + 'ipt>';</script><p>after</p><script></script><script/><p>x</p><style></style>",
        "<script>document.write('<script></script>');</script><p>tail text</p>",
        "<script>a</scriptx>still script</script><p>p</p>", "<script>a</SCRIPT >b<p>c", "<script>x</script foo>y<p>z</p>",
        "<script><p>starts with a tag</p></script><p>after</p>", "<script></div>x</script><div>d</div>",
        "<script>unterminated <p>never", "<style>unterminated", "<script src=a/>text after<p>x</p></script><p>y</p>",
        "<div title='a > b <script>x</script>'>t</div><script>s</script><p>p</p>",
        "<div title=\"<style>\" data-x=unquoted>t</div><style>st</style><p>p</p>",
        "<!-- <script>c</script> --><p>x</p><script>y</script><!--a--!><script>z</script><p>q</p>",
        "<!---><script>in comment</script>--><p>x</p><script>s</script>", "<!----><script>a</script><p>b</p>",
        "<?php echo '<script>'; ?><script>x</script><p>y</p><? x><script>z</script>", "<?é x><script>s</script><p>p</p>",
        "<!DOCTYPE html><script>x</script><p>y</p>", "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"http://x\"><script>x</script>",
        "<!doctype html><!-- c --><?pi?><html><script>x</script></html>", "<p>t</p><!DOCTYPE html><script>x</script><p>y</p>",
        "<script type=\"application/ld+json\">{\"datePublished\": \"2020-01-01\"}</script><p>x</p>",
        "<script type=\"application/ld&#43;json\">{\"datePublished\": \"2021\"}</script><p>x</p>",
        "<script type=APPLICATION/LD+JSON>{}</script><script type=text/javascript>var a</script><p>x</p>",
        "<scriptx>not raw <b>bold</b></scriptx><script:x>no</script:x><p>p</p>", "<SCRIPT>upper</SCRIPT><STYLE>s</STYLE><p>x</p>",
        "a < b <script>x</script> c <_x> d <:y> e </ f </3> g <!x> h <p>i</p>", "<script\n  type='text/javascript'\n>x</script><p>y</p>",
        "<script a=\"unclosed>x</script><p>y</p>", "<script a='x' b c=d e = \"f\" / >x</script><p>y</p>",
        "<p " + String(repeating: "a", count: 120) + "-x>long name</p><script>s</script><p>t</p>",
        "<" + String(repeating: "s", count: 105) + "><script>s</script><p>t</p>",
        // Raw text that starts with '<' but no tag: still raw text.
        "<script><!-- var a = '<p>x</p>'; //--></script><p>after</p><style><!-- p { } --></style><p>y</p>",
        "<script type='text/javascript'><!--//<![CDATA[ var m = '</div>'; //]]>--></script><p>z</p>",
        "<script>< b</script><p>a</p><script><_x>t</script><p>b</p><script><:y>u</script><p>c</p><script><1></script>",
        "<script><!-- unterminated script", "<style><!-- unterminated style <p>x</p>",
    ]

    func testRawTextIsDroppedWhereLibxml2ReadsRawText() throws {
        try XCTSkipUnless(LibXML2.trimsInput, "libxml2 is not 2.9.14: pages are parsed whole")
        func strip(_ s: String) -> String? {
            InputTrimmer.strip(Array(s.utf8), attributes: false).map { String(decoding: $0, as: UTF8.self) }
        }
        XCTAssertEqual(strip("<p>a<script>if (a < b) x = '</p>';</script>b<style>p>a{}</style>c"),
                       "<p>a<script></script>b<style></style>c")
        XCTAssertEqual(strip("<div title='<script>x</script>'>t</div><script>s</script>"),
                       "<div title='<script>x</script>'>t</div><script></script>")
        XCTAssertEqual(strip("<!-- <script>c</script> --><script>s</SCRIPT >x"), "<!----><script></SCRIPT >x")
        XCTAssertEqual(strip("<!--a--!><!---><p>x</p>-->"), "<!----!><!---->")  // comments end at --> or --!>
        XCTAssertEqual(strip("<script type='application/ld+json'>{}</script><style>s</style>"),
                       "<script type='application/ld+json'>{}</script><style></style>")
        // Dropping stops where the tokenizer is not followed: raw text starting with a tag, a
        // misplaced DOCTYPE, an end tag of another name.
        XCTAssertNil(strip("<script><p>x</p></script><style>s</style>"))
        XCTAssertEqual(strip("<script><!-- x = '<p>'; --></script><style>s</style>"), "<script></script><style></style>")
        XCTAssertNil(strip("<p>t</p><!DOCTYPE html><style>s</style>"))
        XCTAssertEqual(strip("<style>a</stylex>b</style><style>c</style>"), "<style></stylex>b</style><style>c</style>")
        XCTAssertNil(strip("<p>no raw text</p>"))
    }

    func testUnkeptAttributesAreDropped() throws {
        try XCTSkipUnless(LibXML2.trimsInput, "libxml2 is not 2.9.14: pages are parsed whole")
        func trim(_ s: String) -> String? { InputTrimmer.strip(Array(s.utf8)).map { String(decoding: $0, as: UTF8.self) } }
        XCTAssertEqual(trim("<a href='x' class=c TITLE=\"a > b\" data-x = y disabled>t</a>"), "<a  class=c   >t</a>")
        XCTAssertEqual(trim("<link REL=canonical HREF=u><fb:link href=v><LINK2 href=w>"), "<link REL=canonical HREF=u><fb:link href=v><LINK2 >")
        XCTAssertEqual(trim("<img src=a/><p onclick=\"x\"/>"), "<img ><p />")
        XCTAssertNil(trim("<p class=x id='y' style=z>t</p>"))
        XCTAssertEqual(trim("<p a=1 b='2"), nil)  // the page ends inside the tag: nothing dropped there
    }

    /// Text runs and kept attribute values are moved out of libxml2's way and put back: the tree
    /// is libxml2's, on the cases where libxml2 changes text or values or reads them itself.
    func testTextAndValuesMovedOutOfTheParsersWayComeBackUnchanged() throws {
        try XCTSkipUnless(LibXML2.trimsInput, "libxml2 is not 2.9.14: pages are parsed whole")
        let page = "<html><head><title>A title of words</title></head><body><div class=\"post-body main\" id='x1'>"
            + "<p>Some text of the article, long enough.</p>\n    <p>نص عربي طويل بما يكفي</p></div></body></html>"
        let trimmed = try XCTUnwrap(InputTrimmer.trim(Array(page.utf8)))
        XCTAssertEqual(trimmed.textSources.count, 4, "the title, two paragraphs and a blank run")
        XCTAssertEqual(trimmed.values.count, 1, "class; id is too short to move")
        XCTAssertLessThan(trimmed.bytes.count, page.utf8.count - 60)
        let trimmedText = String(decoding: trimmed.bytes, as: UTF8.self)
        XCTAssertFalse(trimmedText.contains("article"), trimmedText)
        XCTAssertFalse(trimmedText.contains("post-body"), trimmedText)
        assertSameTree(Array(page.utf8), "moved")
        let cases = [
            "<p>line one\r\nline two\r\n</p><div class='a\r\nb c d'>\r\n\r\n</div>",
            "<p>" + String(repeating: " ", count: 995) + "text after a long blank run</p><p>" + String(repeating: "\n", count: 1200) + "</p>",
            "<html>" + String(repeating: " ", count: 2100) + "text directly in html</html>",
            "   leading text before any tag <p>and a paragraph of text</p>   trailing text after it   ",
            "<head>  text in the head  <meta charset='utf-8'><title>t</title></head><body>body text here</body>",
            "<p>bad \u{1}\u{8} controls here</p><p>form\u{0C}feed text</p><p>non \u{FFFE} char \u{FFFF} here</p>",
            "<p>a DEL \u{7F}12 inside text</p><div class='\u{7F}0'>marker-like value</div><div id='\u{7F}1x'>x</div>",
            "<div class='first value' class='second value' CLASS='third'>duplicated</div><a rel='nofollow noopener'>l</a>",
            "<div class='v &amp; w'>entity value</div><div class='tab\there'>tab</div><p>text &amp; entity</p>",
            "<p>text</p>< not a tag and text <p>more</p></ and then text <b>bold text</b>",
            "<table>  text in a table  <tr>  text in a row  <td>cell text</td></tr></table>",
            "<ul>  <li>item one text</li>  <li>item two text</li>  </ul><select>  <option>opt text</option></select>",
            "<p>text<!-- a comment -->more text<!---->even more</p><p>x<?pi thing?>after the pi</p>",
            "<script type='application/ld+json'>{\"headline\": \"a head line\"}</script><p>after the script text</p>",
            "<meta http-equiv='Content-Type' content='text/html; charset=windows-1256'><p>نص عربي بعد الترميز</p>",
            "<p>unterminated text at the end of the page", "<p>text</p><div class='unterminated value",
            "<p>text</p><div class=unquoted-value-here id='quoted-id-value'>x</div>",
        ]
        for (i, html) in cases.enumerated() {
            assertSameTree(Array(html.utf8), "moved case \(i)")
            var limits = HTMLParseLimits()
            limits.maxNodes = 4
            assertSameTree(Array(html.utf8), limits: limits, "moved case \(i), 4 nodes")
        }
    }

    func testHandWrittenCases() {
        for (i, html) in Self.cases.enumerated() { assertSameTree(Array(html.utf8), "case \(i)") }
    }

    func testLimits() {
        var limits = HTMLParseLimits()
        limits.maxDepth = 3
        for (i, html) in Self.cases.enumerated() { assertSameTree(Array(html.utf8), limits: limits, "depth 3, case \(i)") }
        limits.maxDepth = 0
        for (i, html) in Self.cases.enumerated() { assertSameTree(Array(html.utf8), limits: limits, "depth 0, case \(i)") }
        for cap in [0, 1, 2, 5, 20] {
            limits = HTMLParseLimits()
            limits.maxNodes = cap
            for (i, html) in Self.cases.enumerated() { assertSameTree(Array(html.utf8), limits: limits, "\(cap) nodes, case \(i)") }
        }
    }

    /// Random tag soup from a fixed seed: unclosed, stray and misplaced tags, comments, entities.
    func testTagSoup() {
        var rng = SplitMix(seed: ProcessInfo.processInfo.environment["SOUP_SEED"].flatMap { UInt64($0) } ?? 42)
        let tags = ["div", "p", "span", "a", "b", "li", "ul", "table", "tr", "td", "h1", "h2", "nav", "header", "footer",
                    "section", "article", "form", "br", "img", "script", "style", "title", "head", "body", "html", "em",
                    "blockquote", "figure", "figcaption", "pre", "select", "option", "button", "svg", "iframe", "noscript",
                    "template", "dl", "dt", "dd", "hr", "font", "label", "input", "textarea", "fb:like", "o:p", "x-custom",
                    "time", "meta", "link", "frameset", "caption", "thead", "col"]
        let attrs = ["class='post-body main'", "id='Content'", "role='navigation'", "style='display:none'", "hidden",
                     "itemprop='datePublished'", "type='application/ld+json'", "class=\"Comment &amp; x\"", "id=nav_1",
                     "rel=canonical href='http://e.com/x'", "content=\"x\"", "name=description", "class",
                     "href=\"/a?b=1&amp;c=2\"", "src=x.png/", "data-x='{\"a\": \"<p>\"}'", "onclick=\"f('>')\"", "title=a>b",
                     "alt = 'q'", "disabled", "HREF=X", "CLASS=Y", "data-long-" + String(repeating: "n", count: 100) + "=v",
                     "a=\"unclosed", "x='1'y='2'", "=bogus", "'q'", "/", "ID = i"]
        let bits = ["alpha", "the", "and", "&amp;", "&nbsp;", "&lt;b&gt;", "مرحبا", "عاجل", " ", "\n", "©", "&#",
                    "<!-- c -->", "<?pi x?>", "<![CDATA[cd]]>", "<!DOCTYPE html>", "</div>", "</p>", "</html>", "</body>",
                    "<br><br>", "<p", "<div class='a'", "</", "<>", "&unknown;", "</table>", "</li>",
                    "<script>var a = 1 < 2 && '</p>';</script>", "<script src='x'></script>", "<script/>", "<style>a>b{}</style>",
                    "<script>x</scriptx>", "</script>", "</style>", "<script>", "<style>", "<script type='application/ld+json'>{}</script>",
                    "<!-- <script> -->", "<!--x--!>", "<div title='<script>x</script>'>", "<SCRIPT>y</SCRIPT >", "<script><b>", "'", "\"",
                    "<a href=x/>", "<?x <script>?>", "--", "-->", "<!-->"]
        func fragment(_ depth: Int) -> String {
            var out = ""
            for _ in 0..<rng.next(1...4) {
                let r = rng.next(0...99)
                if r < 55 || depth > 5 {
                    for _ in 0..<rng.next(1...8) { out += bits[rng.next(0...(bits.count - 1))] + " " }
                } else {
                    let t = tags[rng.next(0...(tags.count - 1))]
                    var a = ""
                    for _ in 0..<rng.next(0...2) { a += " " + attrs[rng.next(0...(attrs.count - 1))] }
                    out += "<\(t)\(a)>" + fragment(depth + 1) + (rng.next(0...9) < 2 ? "" : "</\(t)>")
                }
            }
            return out
        }
        var limits = HTMLParseLimits()
        limits.maxDepth = 6
        var stripped = 0
        defer { XCTAssertGreaterThan(stripped, 100, "soups with raw text dropped") }
        for n in 0..<(ProcessInfo.processInfo.environment["SOUP_COUNT"].flatMap { Int($0) } ?? 400) {
            let html = (n % 3 == 0 ? "<!DOCTYPE html>" : "") + (n % 5 == 0 ? "<!-- lead -->" : "") + fragment(0) + fragment(0)
            assertSameTree(Array(html.utf8), "soup \(n)")
            if InputTrimmer.strip(Array(html.utf8)) != nil { stripped += 1 }
            if n % 4 == 0 { assertSameTree(Array(html.utf8), limits: limits, "soup \(n), depth 6") }
            if n % 7 == 0 {
                var capped = HTMLParseLimits()
                capped.maxNodes = 1 + n % 60
                assertSameTree(Array(html.utf8), limits: capped, "soup \(n), \(capped.maxNodes) nodes")
            }
        }
    }

    /// The HTML fixtures, and the scrapinghub pages when the shared folder is there.
    func testRealPages() throws {
        var files: [URL] = []
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/html")
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted() where name.hasSuffix(".html") {
            files.append(fixtures.appendingPathComponent(name))
        }
        let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/benchmarks/scrapinghub/html")
        if let names = try? FileManager.default.contentsOfDirectory(atPath: shared.path) {
            for name in names.sorted() where name.hasSuffix(".html.gz") { files.append(shared.appendingPathComponent(name)) }
        }
        XCTAssertGreaterThan(files.count, 10)
        for file in files {
            var bytes = [UInt8](try Data(contentsOf: file))
            if Gzip.isGzip(bytes) { bytes = try Gzip.decompress(bytes, limit: .max) }
            assertSameTree(EncodingDetector.decode(bytes).utf8, file.lastPathComponent)
        }
    }
}

/// A small deterministic generator (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func next(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
}
