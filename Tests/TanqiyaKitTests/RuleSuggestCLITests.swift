import Foundation
import XCTest
@testable import TanqiyaKit

/// A fictional outlet, «النخيل نيوز», for `rules suggest`: every page has its masthead and menu,
/// its category, a title, a date line in the site's format, an author line, a share line, the
/// article, a source line, a «اقرأ أيضاً» list of its other headlines, and its footer. The text is
/// composed for these tests from word lists (no page's text is any real site's).
enum NakheelNews {
    static let menu = ["النخيل نيوز", "الرئيسية", "أخبار محلية", "اقتصاد", "رياضة", "ثقافة", "آراء"]
    static let categories = ["أخبار محلية", "اقتصاد", "رياضة", "ثقافة"]
    static let footer = ["النشرة البريدية", "اشترك ليصلك ملخص الأخبار كل صباح من فريق النخيل نيوز",
                         "جميع الحقوق محفوظة لموقع النخيل نيوز © 2025"]
    static let authors = ["سلمى الراشد", "يوسف الحارثي", "منى العطار", "خالد بن سالم"]
    static let months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
    static let days = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]

    static let subjects = ["بلدية الواحة", "جمعية المزارعين", "نادي الشروق", "مجلس الحي القديم", "إدارة الميناء", "فرقة المسرح الشعبي",
                           "لجنة المعرض", "مديرية التعليم", "غرفة التجارة", "مركز الشباب", "هيئة النقل", "مكتبة المدينة"]
    static let actions = ["تعلن عن", "تبدأ تنفيذ", "تناقش", "تفتتح", "تراجع", "تستعد لإطلاق", "تؤجل", "تكرم"]
    static let topics = ["خطة لتوسيع الحدائق العامة", "موسم حصاد التمور", "بطولة الشاطئ الصيفية", "مهرجان الحكايات",
                         "مشروع تحلية المياه", "دورات تدريبية للحرفيين", "جدول الحافلات الجديد", "معرض الكتب المستعملة",
                         "ترميم السوق القديم", "حملة نظافة الأحياء", "مسابقة القراءة للأطفال", "سوق المنتجات المنزلية"]
    static let details = ["بمشاركة عدد كبير من السكان والمتطوعين", "بعد أشهر من التحضير والاجتماعات", "وسط ترحيب من أصحاب المحال",
                          "على أن تستمر الأعمال حتى نهاية الموسم", "بتمويل مشترك من القطاع الخاص", "في إطار خطة تمتد ثلاث سنوات",
                          "مع تخصيص مساحات للعائلات والزوار", "وفق جدول زمني أعلنته الجهات المختصة"]

    static func title(_ n: Int) -> String {
        "\(subjects[n % subjects.count]) \(actions[(n * 3) % actions.count]) \(topics[(n * 5 + 1) % topics.count])"
    }

    static func paragraph(_ n: Int, _ k: Int) -> String {
        "وقال مسؤول في \(subjects[(n + k) % subjects.count]) إن \(topics[(n + 2 * k) % topics.count]) يأتي \(details[(n + k) % details.count])، "
            + "مضيفاً أن الفقرة \(k + 1) من هذا الخبر رقم \(n) تشرح الخطوات التالية \(details[(n * 2 + k + 3) % details.count])."
    }

    static func page(_ n: Int) -> String {
        var lines = menu + ["", categories[n % categories.count], "", title(n),
                            "\(days[n % 7]) \(1 + n % 28) \(months[n % 12]) 2025 - \(10 + n % 12):\(10 + n % 50)",
                            "كتب: \(authors[n % authors.count])", "شارك عبر واتساب", ""]
        for k in 0..<(3 + n % 2) { lines += [paragraph(n, k), ""] }
        lines += ["المصدر: وكالة النخيل", "", "اقرأ أيضاً"]
        lines += (1...3).map { title((n + 7 * $0) % 40 + 40) }
        lines += [""] + footer
        return lines.joined(separator: "\n") + "\n"
    }

    /// Another fictional site's page, to compare with.
    static func otherPage(_ n: Int) -> String {
        var lines = ["مرآة الساحل", "الصفحة الأولى", "محليات", "عالم", "", "خبر \(topics[n % topics.count]) في الساحل رقم \(n)",
                     "نشر بتاريخ \(1 + n)/12/2025", ""]
        for k in 0..<3 { lines += [paragraph(n + 100, k), ""] }
        lines += ["الأكثر مشاهدة"] + (1...3).map { title(n * 2 + $0 + 60) } + ["", "مرآة الساحل — كل الحقوق محفوظة"]
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `tanqiya rules suggest` end to end: drafted from a sample, the rules lint clean, and a page of
/// the outlet nobody showed it is cleaned by the draft to its article.
final class RuleSuggestCLITests: XCTestCase {
    var dir = ""

    override func setUpWithError() throws {
        dir = try temporaryDirectory()
        for sub in ["sample", "rules", "fresh"] { try FileManager.default.createDirectory(atPath: "\(dir)/\(sub)", withIntermediateDirectories: true) }
        for name in try FileManager.default.contentsOfDirectory(atPath: Repo.path("rules")) where name.hasSuffix(".yaml") {
            try FileManager.default.copyItem(atPath: Repo.path("rules/" + name), toPath: "\(dir)/rules/\(name)")
        }
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: dir) }

    func writeSample(outletPages: Int, otherPages: Int) throws {
        for n in 0..<outletPages { try NakheelNews.page(n).write(toFile: "\(dir)/sample/nakheel-\(n).txt", atomically: true, encoding: .utf8) }
        for n in 0..<otherPages { try NakheelNews.otherPage(n).write(toFile: "\(dir)/sample/other-\(n).txt", atomically: true, encoding: .utf8) }
    }

    func testADraftFromASampleLintsAndCleansAFreshPageOfTheOutletToItsArticle() throws {
        try writeSample(outletPages: 8, otherPages: 6)
        let draft = "\(dir)/rules/nakheel.yaml"
        let (status, out, err) = try runTool(["rules", "suggest", "\(dir)/sample", "--outlet", "nakheel", "--name", "النخيل نيوز",
                                              "--rules", Repo.path("rules"), "-o", draft])
        XCTAssertEqual(status, 0, err)
        XCTAssertEqual(out, "", "the draft goes to -o; the report to stderr")
        XCTAssertTrue(err.contains("14 pages read; drafting for a site without URLs"), err)
        XCTAssertTrue(err.contains("other sites:"), err)
        XCTAssertTrue(err.contains("its detection claims 8/8 of the site's pages and 0/6 of other sites' pages"), err)
        let yaml = try String(contentsOfFile: draft, encoding: .utf8)
        XCTAssertTrue(yaml.hasPrefix("# Drafted by `tanqiya rules suggest` from 8 pages"), yaml)
        XCTAssertTrue(yaml.contains("fallback: generic"), yaml)
        XCTAssertFalse(yaml.contains("مرآة الساحل"), "the other site's lines are no rules here")

        // It lints clean beside the repository's rules (detection checked on the repository's fixtures).
        let (lint, lintOut, lintErr) = try runTool(["rules", "lint", "\(dir)/rules"])
        XCTAssertEqual(lint, 0, lintErr)
        XCTAssertTrue(lintOut.contains("4 outlets"), lintOut)
        XCTAssertFalse(lintErr.contains("nakheel"), "no warning about the draft: \(lintErr)")

        // A page of the outlet the sample did not hold, alone (nothing to learn from).
        let n = 21
        try NakheelNews.page(n).write(toFile: "\(dir)/fresh/page.txt", atomically: true, encoding: .utf8)
        let (clean, jsonl, cleanErr) = try runTool(["clean", "\(dir)/fresh/page.txt", "--rules", "\(dir)/rules", "--no-learn", "-q"])
        XCTAssertEqual(clean, 0, cleanErr)
        let record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(jsonl.utf8)) as? [String: Any])
        XCTAssertEqual(record["outlet"] as? String, "nakheel")
        XCTAssertEqual(record["title"] as? String, NakheelNews.title(n))
        XCTAssertEqual(record["text"] as? String, (0..<(3 + n % 2)).map { NakheelNews.paragraph(n, $0) }.joined(separator: "\n"))
        XCTAssertEqual(record["credit"] as? String, "وكالة النخيل")

        // Line by line: the draft's rules name the site's chrome.
        let (_, explain, _) = try runTool(["explain", "\(dir)/fresh/page.txt", "--rules", "\(dir)/rules", "-q"])
        func decision(_ text: String) -> String? {
            explain.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
                .first { $0.count == 6 && $0[5] == Substring(text) }.map { "\($0[2]) \($0[3])" }
        }
        XCTAssertEqual(decision("النخيل نيوز")?.hasPrefix("navigation nakheel."), true, decision("النخيل نيوز") ?? "-")
        XCTAssertEqual(decision("كتب: \(NakheelNews.authors[n % 4])"), "boilerplate nakheel.label")
        XCTAssertEqual(decision("المصدر: وكالة النخيل")?.hasPrefix("credit nakheel."), true)
        XCTAssertEqual(decision("اقرأ أيضاً"), "related nakheel.list")
        XCTAssertEqual(decision(NakheelNews.title((n + 7) % 40 + 40)), "related nakheel.list", "the list's changing headlines")
        XCTAssertEqual(decision("جميع الحقوق محفوظة لموقع النخيل نيوز © 2025")?.hasPrefix("footer nakheel."), true, explain)
        let date = explain.split(separator: "\n").first { $0.contains("\t2025 - ") || $0.contains(" 2025 - ") }.map(String.init) ?? ""
        XCTAssertTrue(date.contains("\ttimestamp\tnakheel.date"), date)

        // The usual review: check reports the page without an expectation, records it, then nothing changed.
        let expected = "\(dir)/expected"
        let first = try runTool(["check", "--fixtures", "\(dir)/fresh", "--rules", "\(dir)/rules", "--expected", expected])
        XCTAssertEqual(first.0, 1)
        XCTAssertTrue(first.1.contains("without an expectation"), first.1)
        XCTAssertEqual(try runTool(["check", "--fixtures", "\(dir)/fresh", "--rules", "\(dir)/rules", "--expected", expected, "--update"]).0, 0)
        let again = try runTool(["check", "--fixtures", "\(dir)/fresh", "--rules", "\(dir)/rules", "--expected", expected])
        XCTAssertEqual(again.0, 0, again.1 + again.2)
    }

    func testTooFewPagesOfOneSiteIsSaidAndFails() throws {
        try writeSample(outletPages: 3, otherPages: 2)
        let (status, out, err) = try runTool(["rules", "suggest", "\(dir)/sample", "--outlet", "nakheel", "--rules", Repo.path("rules")])
        XCTAssertEqual(status, 1)
        XCTAssertEqual(out, "")
        XCTAssertTrue(err.contains("5 pages read, and no site has the 6 pages needed"), err)
    }

    func testUsageErrors() throws {
        try writeSample(outletPages: 8, otherPages: 0)
        let existing = "\(dir)/rules/asharq-alawsat.yaml"
        var (status, _, err) = try runTool(["rules", "suggest", "\(dir)/sample", "--outlet", "nakheel", "-o", existing])
        XCTAssertEqual(status, 2)
        XCTAssertTrue(err.contains("exists"), err)
        (status, _, err) = try runTool(["rules", "suggest", "\(dir)/sample", "--outlet", "Nakheel News"])
        XCTAssertEqual(status, 2)
        XCTAssertTrue(err.contains("lower-case"), err)
        (status, _, err) = try runTool(["rules", "suggest", "\(dir)/sample", "--outlet", "rt-arabic", "--rules", Repo.path("rules")])
        XCTAssertEqual(status, 2)
        XCTAssertTrue(err.contains("outlet 'rt-arabic' already has rules"), err)
        (status, _, err) = try runTool(["rules", "suggest", "-", "--outlet", "nakheel"])
        XCTAssertEqual(status, 2)
        XCTAssertTrue(err.contains("standard input"), err)
    }

    /// A --host that is no host name would be written into the draft's detect.hosts, where it
    /// could never match a page (and the draft would not load): refused before any page is read.
    func testAHostThatIsNoHostNameIsAUsageError() throws {
        try writeSample(outletPages: 8, otherPages: 0)
        for (host, says) in [("nakheel news.test", "holds a space"), ("nakheel.test\n - other.test", "line break"),
                             ("https://nakheel.test/", "give the host alone"), ("nakheel.test:8080", "a port"), ("", "is empty")] {
            let (status, out, err) = try runTool(["rules", "suggest", "\(dir)/sample", "--outlet", "nakheel", "--host", host])
            XCTAssertEqual(status, 2, "--host \(host): \(err)")
            XCTAssertTrue(err.contains("--host ") && err.contains(says), "--host \(host): \(err)")
            XCTAssertEqual(out, "", "--host \(host)")
        }
    }
}
