import XCTest
@testable import TanqiyaKit

/// Inside the main content of an unknown site's HTML page, the article's span: its short
/// sentences (a question and its answer), a list between them and the paragraphs jusText finds
/// poor in stop words (Arabic glues its particles to the word) are the article's — up to chrome
/// that closes it (a read-also box's header), whose headlines are another article's.
final class HTMLArticleSpanTests: XCTestCase {
    static let title = "متى يحتاج نبات الزيتون في الحديقة إلى الري؟"

    static let article = [
        "س: زرعت شجرة زيتون صغيرة في حديقة البيت، كم مرة أسقيها؟",
        "ج: في السنة الأولى تحتاج الشجرة إلى الري مرة كل أسبوع في الصيف، لأن جذورها ما زالت قريبة من سطح التربة، ثم تقل الحاجة إلى الماء كلما تعمقت الجذور في الأرض.",
        "س: وما علامات العطش؟",
        "ج: هذه أهم العلامات:",
        "التفاف الأوراق نحو الداخل",
        "اصفرار أطراف الأغصان",
        "تساقط الثمار الصغيرة",
        "وتستطيع الأشجار المعمرة تحمّل الجفاف شهوراً طويلة بفضل جذورها العميقة المنتشرة.",
        "س: هل يضرها الماء الكثير؟",
        "ج: نعم، فالتربة المشبعة بالماء تخنق الجذور وتعفنها.",
    ]

    static let readAlso = [
        "كيف تختار مكان شجرة الليمون في حديقة البيت؟",
        "أفضل مواعيد تقليم أشجار الفاكهة في الشتاء",
    ]

    func page() -> Document {
        var body = Self.article[0..<4].map { "<p>\($0)</p>" }.joined()
        body += "<ul>" + Self.article[4..<7].map { "<li>\($0)</li>" }.joined() + "</ul>"
        body += Self.article[7...].map { "<p>\($0)</p>" }.joined()
        body += "<p>اقرأ أيضاً</p>" + Self.readAlso.map { "<p>\($0)</p>" }.joined()
        let html = """
        <!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>\(Self.title)</title></head><body>
        <header class="site-header"><p class="site-title"><a href="/">حديقة البيت</a></p></header>
        <main><article class="post"><h1 class="entry-title">\(Self.title)</h1>
        <div class="entry-content">\(body)</div></article></main>
        <footer class="site-footer"><p>جميع الحقوق محفوظة لحديقة البيت</p></footer></body></html>
        """
        return cleanHTML(Array(html.utf8), rules: RuleSet(outlets: []))
    }

    func testShortSentencesListsAndStopWordPoorParagraphsAreTheArticles() {
        let d = page()
        XCTAssertEqual(d.articles.first?.title, Self.title)
        XCTAssertEqual(d.articles.first?.paragraphs, Self.article)
    }

    func testTheHeadlinesUnderAReadAlsoHeaderAreNot() {
        let kept = Set(page().articles.first?.paragraphs ?? [])
        for headline in Self.readAlso { XCTAssertFalse(kept.contains(headline), headline) }
    }

    /// A live report: each entry's time on a line of its own inside the article is the entry's
    /// timestamp, not text (a dated line naming something else stays: html-generic/tour-dates).
    func testEntryTimesOfALiveReportAreTimestamps() {
        let entries = [
            "بدأت جلسة مجلس النواب صباح اليوم بمناقشة مشروع قانون الموازنة العامة للسنة المقبلة.",
            "وطالب عدد من النواب بزيادة مخصصات الصحة والتعليم في المحافظات البعيدة عن العاصمة.",
            "ورد وزير المالية بأن الحكومة ستدرس المقترحات قبل التصويت النهائي الأسبوع المقبل.",
        ]
        let times = ["10:40", "11:25"]
        let body = "<p>\(entries[0])</p><p>\(times[0])</p><p>\(entries[1])</p><p>\(times[1])</p><p>\(entries[2])</p>"
        let html = """
        <!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>مجلس النواب يناقش الموازنة</title></head><body>
        <main><article><h1>مجلس النواب يناقش الموازنة: تغطية مباشرة</h1>
        <div class="entry-content">\(body)</div></article></main></body></html>
        """
        let d = cleanHTML(Array(html.utf8), rules: RuleSet(outlets: []))
        XCTAssertEqual(d.articles.first?.paragraphs, entries)
        for time in times { XCTAssertEqual(d.blocks.first { $0.key == time }?.label, .timestamp, time) }
    }

    /// An article closing on lists (conditions, then a table's rows under a heading) keeps them;
    /// a list of links after them (other pages) is not the article's.
    func testListsClosingTheTextAreTheArticles() {
        let lead = "يقدم المصرف قرضاً جديداً لتمويل أنظمة الطاقة الشمسية في البيوت، يسدد من وفر فاتورة الكهرباء."
        let conditions = ["تمويل حتى عشرة آلاف دينار", "فترة سداد حتى سبع سنوات", "دون دفعة أولى"]
        let heading = "مثال توضيحي"
        let rows = ["المبلغ | المدة | القسط", "5,000 | 5 سنوات | 97 ديناراً", "10,000 | 7 سنوات | 148 ديناراً"]
        let links = ["قرض السيارة الكهربائية", "بطاقة الادخار للأطفال"]
        let body = "<p>\(lead)</p><ul>" + conditions.map { "<li>\($0)</li>" }.joined() + "</ul><h2>\(heading)</h2><ul>"
            + rows.map { "<li>\($0)</li>" }.joined() + "</ul><ul>" + links.map { "<li><a href=\"/p\">\($0)</a></li>" }.joined() + "</ul>"
        let html = """
        <!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>قرض الطاقة الشمسية للأفراد</title></head><body>
        <main><article><h1>قرض الطاقة الشمسية للأفراد</h1>
        <div class="entry-content">\(body)</div></article></main></body></html>
        """
        let d = cleanHTML(Array(html.utf8), rules: RuleSet(outlets: []))
        XCTAssertEqual(d.articles.first?.paragraphs, [lead] + conditions + [heading])
        XCTAssertEqual(d.blocks.filter { $0.rule == GenericRule.tableRow }.count, rows.count, "a table's rows are set apart")
    }
}
