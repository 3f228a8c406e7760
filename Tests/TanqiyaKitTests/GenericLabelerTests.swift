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

    /// A Japanese page quoting English names ("Reader for PC", "the Cloud") has no stop-list
    /// language: its tokens are phrases, not words, and English stop words would find its prose
    /// poor in them. Its paragraphs are judged by length; its short last sentence (ending in
    /// 「。」) stays in the article's span.
    func testUnspacedScriptPageHasNoStopListLanguage() throws {
        let p1 = "週末に新しい電子書籍アプリ Reader for PC を試してみました。起動は速く、画面も見やすいのですが、設定で変えられる項目は少なめです。 the Cloud と同期する機能もあります。"
        let p2 = "困ったのは、起動のショートカットキーが他のソフトと同じだったことです。 Reader for PC をインストールすると自動で設定され、変更する画面はどこにもありません。"
        let p3 = "そこでショートカットの欄を空欄にして、もう一度起動し直しました。設定ファイルを直接書き換える方法もありますが、今回は使いませんでした。"
        let last = "これでようやく元の使い方に戻せました。"
        let html = "<html><body><nav><a href='/'>ホーム</a> <a href='/a'>the App for PC</a></nav><div class='post'><h1>アプリの設定を変える方法</h1>"
            + "<p>\(p1)</p><p>\(p2)</p><p>\(p3)</p><p>\(last)</p></div><div class='sidebar'><a href='/x'>人気の記事 for the week</a></div></body></html>"
        let page = HTMLReader().read(Array(html.utf8))
        let blocks = page.blocks.map { Self.block($0.raw, features: $0.features) }
        let x = try extractor().extract(blocks: blocks, title: nil)
        XCTAssertNil(x.language)
        XCTAssertEqual(x.paragraphs, [p1, p2, p3, last])
        XCTAssertGreaterThanOrEqual(TextMeasure.unspacedScriptShare([p1], sampleLetters: 8000), 0.5)
        XCTAssertEqual(TextMeasure.unspacedScriptShare([Self.prose(200)], sampleLetters: 8000), 0)
    }

    /// A sentence of a script without spaces ends in 「。」 and is long enough to be one.
    func testUnspacedSentence() {
        XCTAssertTrue(GenericLabeler.isSentence("これでようやく元の使い方に戻せました。"))
        XCTAssertTrue(GenericLabeler.isSentence("为什么这个设置在重新启动以后又变回原来的样子？"))
        XCTAssertFalse(GenericLabeler.isSentence("再起動して完了。"))
        XCTAssertFalse(GenericLabeler.isSentence("これでようやく元の使い方に戻せました"))
    }

    /// A question-and-answer page prints the answers inside the question's `<article>`: a header
    /// that opens the page's tail («أفضل إجابة») after the text ends the article there, however
    /// long the answers; the question's short closing line, right after its paragraphs in their
    /// element, stays.
    func testAnswersAfterTheirHeaderInsideTheArticleAreTheTail() throws {
        let p1 = "أزرع الطماطم في شرفة البيت منذ ثلاثة مواسم، وأسقيها كل صباح بكوب من الماء، وأضع لها السماد مرة في الأسبوع كما قرأت في كتاب عن الزراعة المنزلية."
        let p2 = "في هذا الموسم بدأت الأوراق تصفر من الأطراف ثم تذبل، مع أن الشتلات نفسها كانت قوية في أول الأمر، ولم يتغير شيء في طريقة العناية بها."
        let q = "فهل العيب في الماء أم في التربة؟"
        let a1 = "الأرجح أن السبب هو الإفراط في السقي، فالتربة في الأصص لا تجف بسرعة، والجذور التي تبقى في الماء طويلاً تتعفن وتصفر الأوراق من أطرافها."
        let a2 = "جرّب أن تسقي مرة كل يومين وأن تتأكد من وجود ثقوب في أسفل الأصيص، وستلاحظ الفرق خلال أسبوعين، فقد حدث معي الأمر نفسه في الصيف الماضي."
        let html = "<html lang='ar'><body><nav><a href='/'>الرئيسية</a></nav><article><h1>لماذا تصفر أوراق الطماطم في الشرفة؟</h1>"
            + "<div class='question'><p>\(p1)</p><p>\(p2)</p><p>\(q)</p></div>"
            + "<div class='answers'><p>أفضل إجابة</p><p>\(a1)</p><p>\(a2)</p></div></article></body></html>"
        let page = HTMLReader().read(Array(html.utf8))
        let blocks = page.blocks.map { Self.block($0.raw, features: $0.features) }
        let x = GenericLabeler.standard.extract(blocks: blocks, title: page.metadata.title)
        XCTAssertEqual(x.paragraphs, [p1, p2, q])
        XCTAssertEqual(x.decisions.suffix(2).map(\.label), [.comments, .comments])
        XCTAssertEqual(x.decisions.last?.rule, PlainTextLabeler.inTailRule + "comments")
    }

    static let cityNews1 = "أعلنت البلدية أمس عن خطة لتوسيع شبكة الحافلات في الأحياء الشرقية خلال العام المقبل، على أن تبدأ الأعمال في الربيع بعد انتهاء الدراسات الفنية اللازمة."
    static let cityNews2 = "وقال مدير النقل في البلدية إن الخطة تشمل ثلاثة خطوط جديدة ومحطات مظللة، وإن كلفتها ستغطى من ميزانية السنة المقبلة دون فرض رسوم إضافية على الركاب."

    /// A `<title>` that is the site's name alone, printed as plain text in a masthead, is no
    /// headline when the page's copyright line names the site so; the headline, printed in a
    /// `<div>` above the article's wrapper (its photos and their counters in between), is.
    func testTitlePrintedInTheCopyrightLineIsTheSiteName() throws {
        let headline = "البلدية توسع شبكة الحافلات في الأحياء الشرقية"
        var photos = ""
        for k in 1...3 { photos += "<div class='gallery'>\(k) / 3</div><figure><img src='/p.jpg'><figcaption>محطة حافلات رقم \(k) في الحي الشرقي</figcaption></figure>" }
        let html = "<html lang='ar'><body><table><tr><td><font><b>صوت المدينة</b></font><div class='menu'><a href='/a'>محليات</a> <a href='/b'>رياضة</a> <a href='/c'>اقتصاد</a></div></td></tr></table>"
            + "<div class='news'><div class='news-title'>\(headline)</div><div class='date'><span class='byline'><a href='/w'>كتب: سامر الخطيب</a></span></div>"
            + "<div class='text'>\(photos)<div>\(Self.cityNews1)</div><div>\(Self.cityNews2)</div></div></div>"
            + "<div class='bottom'><p>جميع الحقوق محفوظة لصحيفة صوت المدينة 2025</p></div></body></html>"
        let page = HTMLReader().read(Array(html.utf8))
        let blocks = page.blocks.map { Self.block($0.raw, features: $0.features) }
        let x = GenericLabeler.standard.extract(blocks: blocks, title: "صوت المدينة")
        XCTAssertEqual(x.title, headline)
        XCTAssertEqual(x.paragraphs, [Self.cityNews1, Self.cityNews2])
    }

    /// An `<h1>` that is wholly a link's text (a logo linking home) is taken for the headline
    /// only when no other block above the article reads as one (a headline linking to its own
    /// page).
    func testLinkOnlyH1IsALogoNotTheHeadline() throws {
        let headline = "البلدية توسع شبكة الحافلات في الأحياء الشرقية"
        func page(_ h1: String, _ heading: String) -> String {
            "<html lang='ar'><body><div class='header'><h1 class='title'><a href='/'>\(h1)</a></h1></div>"
                + "<div class='post'>\(heading)<div class='post-body'><p>\(Self.cityNews1)</p><p>\(Self.cityNews2)</p></div></div></body></html>"
        }
        for (html, want) in [(page("صوت المدينة", "<h3 class='post-title'>\(headline)</h3>"), headline), (page(headline, ""), headline)] {
            let read = HTMLReader().read(Array(html.utf8))
            let x = GenericLabeler.standard.extract(blocks: read.blocks.map { Self.block($0.raw, features: $0.features) }, title: nil)
            XCTAssertEqual(x.title, want)
        }
    }

    /// The article's own short paragraph and list above its first full paragraph (a lead-in and
    /// the codes it introduces) are text: the paragraphs of the text's element, link-free, and the
    /// list items between, one after the other; a line the chrome phrases name (a byline) ends
    /// that run, and what is above it stays to jusText's context.
    func testShortParagraphAndListAboveTheTextJoinIt() throws {
        let lead = "Running speed in the game can be raised with console codes"
        let codes = ["player.setav speedmult 150", "player.setav stamina 300"]
        let p1 = "Whatever value you enter is the speed your character will have, so it is wise to start with a small change and to raise it step by step until the pace feels right for the way you play the game."
        let p2 = "The change lasts until the game is restarted, and it can be undone at any time by entering the same command again with the value of one hundred, which is the speed the game starts with."
        func page(_ above: String) -> String {
            "<html lang='en'><body><nav><a href='/'>Home</a> <a href='/games'>Games</a></nav><h1>How to run faster in the game</h1>"
                + "<div class='entry-content'>\(above)<p>\(lead)</p><ul><li>\(codes[0])</li><li>\(codes[1])</li></ul><p>\(p1)</p><p>\(p2)</p></div>"
                + "<div class='sidebar'><a href='/x'>Popular posts this week on the site</a></div></body></html>"
        }
        let read = HTMLReader().read(Array(page("").utf8))
        let x = GenericLabeler.standard.extract(blocks: read.blocks.map { Self.block($0.raw, features: $0.features) }, title: nil)
        XCTAssertEqual(x.paragraphs, [lead] + codes + [p1, p2])
        // A byline between the lead-in and the text ends the run: the lead-in is the fringe's.
        let html = page("").replacingOccurrences(of: "</ul>", with: "</ul><p>By Sam Carter</p>")
        let y = GenericLabeler.standard.extract(blocks: HTMLReader().read(Array(html.utf8)).blocks.map { Self.block($0.raw, features: $0.features) },
                                                title: nil)
        XCTAssertFalse(y.paragraphs.contains(lead))
        XCTAssertEqual(y.paragraphs.suffix(2), [p1, p2])
    }

    /// A line learned as the page's own headline is a hint, not chrome: the line the page keeps
    /// as text stays text (no second title), whatever the hint said.
    func testALearnedHeadlineHintTheHeadlineChoiceDoesNotTakeStaysWhatThePageDecides() {
        let text = ["المجلس البلدي يعلن خطة جديدة لتطوير الحدائق العامة",
                    "وقال مسؤول في المجلس إن الخطة تشمل زراعة الأشجار وتجديد المقاعد والإنارة في الحدائق كلها خلال العام المقبل.",
                    "وأضاف أن السكان سيشاركون في اختيار التصاميم عبر استبيان يوزع في المدارس والمراكز الثقافية للمدينة."]
        var known = [ChromeMatch?](repeating: nil, count: text.count)
        known[1] = ChromeMatch(label: .title, rule: LearnedChromeLabeler.ownHeadline)
        let x = GenericLabeler.standard.extract(blocks: text.map { Self.block($0) }, title: nil, known: known)
        XCTAssertEqual(x.decisions[0].label, .title)
        XCTAssertEqual(x.decisions[1].label, .body)
        XCTAssertEqual(x.decisions.filter { $0.label == .title }.count, 1)
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
