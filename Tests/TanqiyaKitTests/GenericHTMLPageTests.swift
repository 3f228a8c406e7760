import Foundation
import XCTest
@testable import TanqiyaKit

/// The generic path on whole HTML pages written for the cases the extraction cascade handles
/// (`Tests/Fixtures/html-generic/`, fictional sites, our own text): each `NAME.html` beside its
/// `NAME.expected.json` — the record's title, paragraphs, captions and metadata keys exactly, the
/// rule that found the main content, and the labels of chosen lines.
final class GenericHTMLPageTests: XCTestCase {
    struct Expected: Decodable {
        var title: String
        var paragraphs: [String]
        var captions: [String]
        var url: String?
        var date: String?
        var author: String?
        var lang: String?
        var site_name: String?
        var main_rule: String
        /// Line text → label, for lines whose label matters (a date line is `timestamp`).
        var labels: [String: String]?
    }

    static let folder = Repo.path("Tests/Fixtures/html-generic")

    func page(_ name: String) throws -> (Document, Expected) {
        let html = try XCTUnwrap(FileManager.default.contents(atPath: "\(Self.folder)/\(name).html"), name)
        let json = try XCTUnwrap(FileManager.default.contents(atPath: "\(Self.folder)/\(name).expected.json"), name)
        let expected = try JSONDecoder().decode(Expected.self, from: json)
        let document = cleanHTML([UInt8](html), name: name, rules: try Repo.rules)
        return (document, expected)
    }

    func check(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let (document, expected) = try page(name)
        XCTAssertEqual(document.outlet, nil, "\(name): generic path", file: file, line: line)
        XCTAssertEqual(document.articles.count, 1, name, file: file, line: line)
        guard let article = document.articles.first else { return }
        XCTAssertEqual(article.title, expected.title, "\(name): title", file: file, line: line)
        XCTAssertEqual(article.paragraphs, expected.paragraphs, "\(name): paragraphs", file: file, line: line)
        XCTAssertEqual(article.captions, expected.captions, "\(name): captions", file: file, line: line)
        if let url = expected.url { XCTAssertEqual(document.url, url, "\(name): url", file: file, line: line) }
        XCTAssertEqual(article.metadata.date?.value, expected.date, "\(name): date", file: file, line: line)
        XCTAssertEqual(article.metadata.author?.value, expected.author, "\(name): author", file: file, line: line)
        XCTAssertEqual(article.metadata.language?.value, expected.lang, "\(name): lang", file: file, line: line)
        XCTAssertEqual(article.metadata.siteName?.value, expected.site_name, "\(name): site_name", file: file, line: line)
        XCTAssertTrue(document.mainContent?.contains("(\(expected.main_rule))") ?? false,
                      "\(name): main content \(document.mainContent ?? "-")", file: file, line: line)
        for (text, label) in expected.labels ?? [:] {
            let block = document.blocks.first { $0.key == text }
            XCTAssertEqual(block?.label.rawValue, label, "\(name): label of \(text)", file: file, line: line)
        }
    }

    /// Every page in the folder has a test below (a new page needs its own named test).
    func testEveryPageIsCovered() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".html") }
            .map { String($0.dropLast(5)) }.sorted()
        XCTAssertEqual(names, ["arabic-egyptian-date", "arabic-levantine-date", "br-paragraphs", "comments-heavy", "figure-captions",
                               "link-heavy", "list-article", "listicle-linked-headings", "paywall-body", "related-teasers-in-column",
                               "sibling-lede", "structured-evidence",
                               "teaser-list-sibling", "teasers-after-article", "teasers-in-main", "tour-dates"])
    }

    /// A standfirst printed beside the body's wrapper joins it (readability's sibling rule).
    func testLedeOutsideTheBodyWrapperIsKept() throws { try check("sibling-lede") }

    /// Paragraphs split by <br><br> in one element hold their own score there (not in the page's
    /// body), and a footer note further down is no lede.
    func testBreakSeparatedParagraphsAndNoFooterNote() throws { try check("br-paragraphs") }

    /// Headings, short list items and table cells between the article's paragraphs are article.
    func testListsTablesAndHeadingsInsideTheArticleAreKept() throws { try check("list-article") }

    /// A dated list inside the article is content; the dateline above it is the record's date.
    func testDatedListItemsStayAndTheDatelineIsTheDate() throws { try check("tour-dates") }

    /// JSON-LD articleBody overrules a candidate that holds none of it.
    func testStructuredArticleBodyFindsTheArticle() throws { try check("structured-evidence") }

    /// A page of links falls back to the whole page, where jusText keeps the prose.
    func testLinkHeavyCandidateFallsBackToTheWholePage() throws { try check("link-heavy") }

    /// Teasers after the article (a headline link and a description each) are not article.
    func testTeasersAfterTheArticleAreLeftOut() throws { try check("teasers-after-article") }

    /// Teasers printed after the article inside `<main>`, each in an `<article>` of its own (a
    /// linked headline and its description): their descriptions add up in `<main>`, which
    /// outscores the article; the article alone is the main content.
    func testArticleAmongTeasersInMainIsTheMainContent() throws { try check("teasers-in-main") }

    /// Teasers listed under a related header in the article's column (a linked headline and a
    /// description each, the descriptions reading as text) are the list's, descriptions and all.
    func testTeasersUnderARelatedHeaderInTheColumnAreLeftOut() throws { try check("related-teasers-in-column") }

    /// A listicle: its headline and introduction, then items under linked headings, one short
    /// paragraph each, shaped like teasers. The `<h1>` beside them says they are the article's.
    func testListicleItemsUnderLinkedHeadingsAreNoTeasers() throws { try check("listicle-linked-headings") }

    /// A list of teasers after the article, in a wrapper holding most of the page's text (its
    /// hint void) and scoring a fifth of the article: it does not join as a sibling.
    func testTeaserListBesideTheArticleDoesNotJoin() throws { try check("teaser-list-sibling") }

    /// A weak hint ("paywall") on the wrapper of most of the page's prose is void; the URL dates it.
    func testPaywalledBodyIsKept() throws { try check("paywall-body") }

    /// Comments hold more prose than the article, but a strong hint keeps them out.
    func testCommentsAreNotTheArticle() throws { try check("comments-heavy") }

    /// Figure captions go to the record's captions, not its text.
    func testFigureTextIsACaption() throws { try check("figure-captions") }

    /// A Levantine month name and Arabic-Indic digits in the dateline; lang and author from the head.
    func testArabicLevantineDateline() throws { try check("arabic-levantine-date") }

    /// An Egyptian month name in the dateline; authors and publisher from JSON-LD; lang detected.
    func testArabicEgyptianDatelineAndJSONLDAuthors() throws { try check("arabic-egyptian-date") }
    /// A list's items inside the article whose words have a caption's shape (a name and a
    /// remark in parentheses) stay the article's text: on an HTML page captions are where the
    /// markup puts them (`<figure>`, a caption class), never in `<li>`.
    func testListItemsShapedLikeCaptionsStayText() throws {
        let p1 = "يعتمد هذا النظام الغذائي على تقليل النشويات في الأسبوعين الأولين، مع الإكثار من البروتين والخضروات الورقية، وشرب كميات كافية من الماء طوال اليوم."
        let p2 = "وينصح الأطباء باستشارة مختص قبل البدء فيه، خاصة لمن يعانون من أمراض مزمنة، وبالعودة التدريجية إلى الطعام المعتاد بعد انتهاء المرحلة الأولى."
        let items = ["السمك بأنواعه (البحري والنهري)", "الدواجن كلها (بما فيها الطيور البرية)", "البيض بكل أشكاله (المسلوق والمقلي)"]
        let html = "<html lang='ar'><head><title>نظام غذائي منخفض النشويات</title></head><body><nav><a href='/'>الرئيسية</a></nav>"
            + "<article><h1>نظام غذائي منخفض النشويات</h1><div class='entry-content'><p>\(p1)</p><p>الأطعمة المسموح بها:</p><ul>"
            + items.map { "<li>\($0)</li>" }.joined() + "</ul><p>\(p2)</p></div></article></body></html>"
        let document = cleanHTML(Array(html.utf8), rules: try Repo.rules)
        let article = try XCTUnwrap(document.articles.first)
        XCTAssertEqual(article.paragraphs, [p1, "الأطعمة المسموح بها:"] + items + [p2])
        XCTAssertEqual(article.captions, [])
    }

    /// A comment header and a list header in a language other than Arabic, English and French
    /// end the article inside `<article>` as «التعليقات» and «اقرأ أيضا» do: the readers' comments
    /// after a Spanish «Comentarios» are the page's tail, the headlines listed under a Russian
    /// «Читайте также» (read also) are other stories'.
    func testCommentAndListHeadersInOtherLanguagesEndTheArticle() throws {
        func page(lang: String, _ title: String, _ text: [String], after: String) -> [UInt8] {
            Array(("<html lang='\(lang)'><head><title>\(title)</title></head><body><article><h1>\(title)</h1>"
                + text.map { "<p>\($0)</p>" }.joined() + after + "</article></body></html>").utf8)
        }
        let spanish = ["El ayuntamiento abrió el sábado una biblioteca nueva en el barrio del puerto, con más de veinte mil libros y una sala de lectura para cien personas, después de dos años de obras.",
                       "La directora explicó que el carné será gratuito para los estudiantes, y que la biblioteca abrirá todos los días de ocho de la mañana a nueve de la noche, salvo los domingos.",
                       "En verano habrá lecturas de poesía en el jardín del edificio."]
        let comments = "<h3>Comentarios</h3><p>Por fin una buena noticia para el barrio, mis hijos van a estar encantados con la sala de lectura y con el jardín.</p>"
            + "<p>Espero que también pongan más ordenadores, porque los de la biblioteca vieja no funcionaban casi nunca.</p>"
        let es = cleanHTML(page(lang: "es", "Una biblioteca nueva en el puerto", spanish, after: comments), rules: try Repo.rules)
        XCTAssertEqual(try XCTUnwrap(es.articles.first).paragraphs, spanish)
        let russian = ["Городская библиотека открылась в субботу после ремонта, который продолжался два года, и теперь в ней больше двадцати тысяч книг и читальный зал на сто человек.",
                       "Директор библиотеки сказала, что для школьников и студентов абонемент будет бесплатным, а работать библиотека будет каждый день, кроме воскресенья.",
                       "Летом в саду при библиотеке будут проходить вечера поэзии."]
        let list = "<h3>Читайте также</h3><ul><li>Новый автобусный маршрут для северных деревень</li><li>Городской бассейн закроется на лето</li></ul>"
        let ru = cleanHTML(page(lang: "ru", "Библиотека открылась после ремонта", russian, after: list), rules: try Repo.rules)
        XCTAssertEqual(try XCTUnwrap(ru.articles.first).paragraphs, russian)
    }

    /// A post the article quotes, embedded as `blockquote.twitter-tweet` in a frame whose name
    /// says "social", is the article's text (a quotation: its frame's class hint is void); the
    /// sharing bar named the same way is not, nor is the same quotation in an `<aside>`.
    func testEmbeddedPostInASocialFrameIsKept() throws {
        let p1 = "أثار قرار البلدية رفع رسوم مواقف السيارات في وسط المدينة موجة من الانتقادات على مواقع التواصل الاجتماعي خلال اليومين الماضيين، وطالب كثيرون بالتراجع عنه."
        let p0 = "وتضاعفت الرسوم بموجب القرار الذي يبدأ تطبيقه مطلع الشهر المقبل، ويشمل المواقف العامة كلها في الشوارع التجارية والساحات المحيطة بالأسواق القديمة."
        let tweet = "الرسوم الجديدة تعني أن الموظف سيدفع ربع راتبه للموقف، فهل فكرت البلدية في النقل العام قبل ذلك؟"
        let by = "— سامي الحلبي (@sami_h) 12 مارس 2024"
        let p2 = "وردت البلدية في بيان بأن الرسوم ستخصص لتحسين خطوط الحافلات، وأنها ستراجع القرار بعد ستة أشهر من تطبيقه، بحسب ما نقلته الصحف المحلية صباح اليوم."
        let html = "<html lang='ar'><head><title>انتقادات لرفع رسوم المواقف</title></head><body><nav><a href='/'>الرئيسية</a></nav>"
            + "<article><h1>انتقادات لرفع رسوم المواقف</h1><div class='social-share'><a href='#'>فيسبوك</a> <a href='#'>تويتر</a></div>"
            + "<div class='article-body'><p>\(p1)</p><p>\(p0)</p><div class='social-media-embed'><blockquote class='twitter-tweet'><p>\(tweet)</p>"
            + "— سامي الحلبي (@sami_h) <a href='https://x.example/s/1'>12 مارس 2024</a></blockquote></div><p>\(p2)</p></div></article></body></html>"
        let document = cleanHTML(Array(html.utf8), rules: try Repo.rules)
        let article = try XCTUnwrap(document.articles.first)
        XCTAssertEqual(article.paragraphs, [p1, p0, tweet, by, p2])
        // A pull quote in an <aside> (the text printed again) stays out: the tag says it.
        let pullQuote = html.replacingOccurrences(of: "<div class='social-media-embed'>", with: "<aside>")
            .replacingOccurrences(of: "</blockquote></div>", with: "</blockquote></aside>")
        let quoted = try XCTUnwrap(cleanHTML(Array(pullQuote.utf8), rules: try Repo.rules).articles.first)
        XCTAssertEqual(quoted.paragraphs, [p1, p0, p2])
    }

    /// A numbered list written as paragraphs of the text's own element after its last paragraph
    /// («1) …», «2) …»: titles, no full stop) is the article's; the same lines in another element
    /// (a box of numbered headlines after the text) are not.
    func testNumberedParagraphsAfterTheTextAreKept() throws {
        let p1 = "اختارت لجنة التحكيم في معرض الكتاب هذا العام قائمة بالكتب التي تنصح القراء الشباب بقراءتها خلال العطلة الصيفية، وضمت روايات ودواوين وكتبا في التاريخ والعلوم."
        let p2 = "وقالت رئيسة اللجنة إن الاختيار راعى تنوع الموضوعات وسهولة اللغة، وإن الكتب كلها متوفرة في المكتبات العامة بأسعار مخفضة حتى نهاية الشهر، وهذه هي القائمة كاملة."
        let items = ["1) رحلة إلى الجزر البعيدة، رواية، دار الشروق الجديدة", "2) ديوان أغاني البحر", "3) تاريخ المدن القديمة في المشرق",
                     "4) أسرار الكواكب والنجوم للناشئة", "5) حكايات من الريف", "6) قاموس الطيور المهاجرة"]
        func page(_ list: String) -> [UInt8] {
            Array(("<html lang='ar'><head><title>قائمة كتب الصيف للقراء الشباب</title></head><body><nav><a href='/'>الرئيسية</a></nav>"
                + "<article><h1>قائمة كتب الصيف للقراء الشباب</h1><div class='entry-content'><p>\(p1)</p><p>\(p2)</p>\(list)</article>"
                + "<footer>جميع الحقوق محفوظة</footer></body></html>").utf8)
        }
        let paragraphs = items.map { "<p>\($0)</p>" }.joined()
        let own = cleanHTML(page(paragraphs + "</div>"), rules: try Repo.rules)
        XCTAssertEqual(try XCTUnwrap(own.articles.first).paragraphs, [p1, p2] + items)
        let box = cleanHTML(page("</div><div class='box'>" + paragraphs + "</div>"), rules: try Repo.rules)
        XCTAssertEqual(try XCTUnwrap(box.articles.first).paragraphs, [p1, p2])
    }

    /// A roundup's item between the text's paragraphs, a long sentence opening with its linked
    /// headline (most of its words a link's), is the text's; a paragraph wholly a link there (a
    /// teaser) is not.
    func testLinkedProseInsideTheTextIsKept() throws {
        let p1 = "صباح الخير، هذه أبرز أخبار التقنية التي تحتاج إلى معرفتها اليوم، جمعناها لك من الصحف والمواقع المتخصصة حول العالم، مع روابط إلى التفاصيل الكاملة لكل خبر."
        let linked = "أعلنت شركة الاتصالات الوطنية عن إطلاق شبكة الجيل الخامس في ثلاث مدن جديدة قبل نهاية العام الحالي، على أن تصل إلى بقية المدن والضواحي والقرى القريبة منها في العام المقبل"
        let rest = "، وقالت إن الاشتراك لن يكلف أكثر من الباقات الحالية."
        let p3 = "وفي خبر آخر، قررت هيئة تنظيم الاتصالات خفض رسوم التجوال بين دول المنطقة إلى النصف ابتداء من الشهر المقبل، في خطوة رحب بها المسافرون ورجال الأعمال على حد سواء."
        let teaser = "اقرأ التقرير الكامل عن مستقبل شبكات الاتصالات في المنطقة العربية خلال السنوات العشر المقبلة وتأثيرها على الاقتصاد الرقمي والوظائف الجديدة التي ستخلقها في القطاعين العام والخاص"
        let p4 = "وأخيرا، أطلقت جامعة العاصمة برنامجا مجانيا لتعليم البرمجة للطلاب في المرحلة الثانوية، يستمر ستة أشهر ويشمل دروسا عملية في تطوير التطبيقات والمواقع الإلكترونية."
        let html = "<html lang='ar'><head><title>أخبار التقنية اليوم</title></head><body><nav><a href='/'>الرئيسية</a></nav>"
            + "<article><h1>أخبار التقنية اليوم</h1><div class='post-content'><p>\(p1)</p><p><a href='/5g'>\(linked)</a>\(rest)</p><p>\(p3)</p>"
            + "<p><a href='/report'>\(teaser)</a></p><p>\(p4)</p></div></article></body></html>"
        let document = cleanHTML(Array(html.utf8), rules: try Repo.rules)
        XCTAssertEqual(try XCTUnwrap(document.articles.first).paragraphs, [p1, linked + rest, p3, p4])
    }
}
