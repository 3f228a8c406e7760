import XCTest
@testable import TanqiyaKit

/// The outlet rules written for layouts met on further pages of the three outlets (issue 11):
/// each takes its chrome, and a line of article text of a like shape stays text.
final class OutletLayoutRuleTests: XCTestCase {
    static let paragraph1 = "أعلنت الهيئة العامة للموانئ أن حركة الحاويات ارتفعت خلال الربع الأول بنسبة ملحوظة مقارنة بالفترة نفسها من العام الماضي، مع عودة خطوط الملاحة الكبرى."
    static let paragraph2 = "وقال مسؤولون إن الموانئ تعمل على توسيع أرصفتها وتحديث أنظمة التخليص لاستيعاب الزيادة المتوقعة في الأشهر المقبلة."

    func asharq(_ lines: [String]) throws -> Document {
        clean(["موانئ المنطقة تستعيد حركتها", "TT", "موانئ المنطقة تستعيد حركتها"] + lines, rules: try Repo.rules, outlet: "asharq-alawsat")
    }

    func testAsharqReporterDatelineIsDroppedAndAHeadlineOfItsShapeIsNot() throws {
        let doc = try asharq(["الرياض: فتح الرحمن يوسف وعبد الهادي حبتور", Self.paragraph1,
                              "دراسة: النوم المتقطع يرفع مخاطر أمراض القلب", Self.paragraph2])
        XCTAssertEqual(doc.decision(4), "boilerplate asharq.dateline-reporter")
        // Six words after the colon: a headline or a subheading, not a name.
        XCTAssertEqual(doc.articles[0].paragraphs, [Self.paragraph1, "دراسة: النوم المتقطع يرفع مخاطر أمراض القلب", Self.paragraph2])
    }

    func testAsharqJointDatelineNeedsThePublicationLineOrTheText() throws {
        let doc = try asharq(["بيروت: نذير رضا - لندن: «الشرق الأوسط»", "نُشر: 09:15-21 أبريل 2026 م", Self.paragraph1,
                              "خبراء الملاحة", "تونس: منى الزغلامي", "قصير"])
        XCTAssertEqual(doc.decision(4), "boilerplate asharq.dateline-reporter")
        // A name-like line followed by a short line (a list) is left to the other rules.
        XCTAssertNotEqual(doc.decision(8), "boilerplate asharq.dateline-reporter")
    }

    func testAsharqDatelineOverAnOlderDateLine() throws {
        // The older pages' date line starts with the weekday.
        let doc = try asharq(["القاهرة: محمد نبيل حلمي", "الأحد - 12 رمضان 1447 هـ - 01 مارس 2026 مـ", Self.paragraph1])
        XCTAssertEqual(doc.decision(4), "boilerplate asharq.dateline-reporter")
        XCTAssertEqual(doc.articles[0].paragraphs, [Self.paragraph1])
    }

    func testAsharqTopicsAndReadAlsoBoxAreChrome() throws {
        let doc = try asharq([Self.paragraph1, "اقرأ أيضاً", "خطوط ملاحية تستأنف رحلاتها", Self.paragraph2, "مواضيع", "السعودية", "الشحن البحري"])
        XCTAssertEqual(doc.decision(5), "related asharq.read-also-box")
        XCTAssertEqual(doc.decision(6), "related asharq.read-also-box")
        XCTAssertEqual(doc.decision(9), "navigation asharq.topics")
        XCTAssertEqual(doc.articles[0].paragraphs, [Self.paragraph1, Self.paragraph2])
    }

    func rt(_ lines: [String]) throws -> Document {
        clean(["مباشر", "ممرات التجارة الجديدة", "تتنافس مشاريع الممرات على جذب التجارة.", "ممرات التجارة الجديدة",
               "رافعات حاويات في ميناء / Gettyimages.ru"] + lines, rules: try Repo.rules, outlet: "rt-arabic")
    }

    func testRTAuthorBoxDisclaimerAndCreditedCaption() throws {
        let doc = try rt(["كمال الدين يوسف", "مراسل سابق وباحث في الاقتصاد السياسي", Self.paragraph1,
                          "سفينة شحن في مضيق البوسفور. / Yasin Akgul / AFP", Self.paragraph2,
                          "المقالة تعبر فقط عن رأي الكاتب", "الأوسمة: اقتصاد"])
        XCTAssertEqual(doc.decision(6), "boilerplate rt.author-box")
        XCTAssertEqual(doc.decision(7), "boilerplate rt.author-box")
        XCTAssertEqual(doc.decision(9), "caption rt.caption-credited")
        XCTAssertEqual(doc.decision(11), "boilerplate rt.opinion-disclaimer")
        XCTAssertEqual(doc.articles[0].paragraphs, ["تتنافس مشاريع الممرات على جذب التجارة.", Self.paragraph1, Self.paragraph2])
        XCTAssertEqual(doc.articles[0].captions.count, 2)
    }

    func testRTTextOfTheSameShapesStaysText() throws {
        // A subheading over a paragraph that starts with a profession, a sentence ending in an
        // Arabic word after a slash, and one about an article: all text.
        let expert = "خبير عسكري روسي يرى أن المناورات الأخيرة تحمل رسالة واضحة إلى دول الجوار، وأن نتائجها ستظهر في الأشهر المقبلة."
        let slash = "وتراوحت الأسعار بين مئة ومئتي روبل / للكيلوغرام الواحد في أسواق العاصمة"
        let about = "المقال الذي نشرته الصحيفة يعبر عن قلق متزايد في الأوساط الاقتصادية من تراجع الاستثمار."
        let doc = try rt(["موقف موسكو", expert, slash, about, Self.paragraph2])
        XCTAssertEqual(doc.articles[0].paragraphs, ["تتنافس مشاريع الممرات على جذب التجارة.", "موقف موسكو", expert, slash, about, Self.paragraph2])
    }

    func trt(_ lines: [String]) throws -> Document {
        clean(["رأي", "5 دقائق قراءة", "الاقتصاد الأزرق في البحر الأسود: فرص مؤجلة بانتظار الاستقرار", "يملك البحر الأسود ثروات كبيرة.",
               "الاقتصاد الأزرق في البحر الأسود: فرص مؤجلة بانتظار الاستقرار", "سفن صيد في ميناء سامسون / AA"] + lines,
              rules: try Repo.rules, outlet: "trt-arabi")
    }

    func testTRTAuthorsOverADateVideoBlockAndDisclaimer() throws {
        let doc = try trt(["مراد أوزكان وليلى حداد", "22.05.2026", Self.paragraph1, "شاهد", "02:45", "صيادون يستعدون للموسم",
                           Self.paragraph2, "الآراء الواردة في هذا المقال لا تعبّر بالضرورة عن رأي TRT عربي.",
                           "مراد أوزكان", "أكاديمي متخصص في اقتصاديات النقل البحري"])
        XCTAssertEqual(doc.decision(7), "boilerplate trt.author")
        XCTAssertEqual(doc.decision(10), "related trt.watch-box")
        XCTAssertEqual(doc.decision(12), "related trt.watch-box")
        XCTAssertEqual(doc.decision(14), "boilerplate trt.opinion-disclaimer")
        XCTAssertEqual(doc.articles[0].paragraphs, ["يملك البحر الأسود ثروات كبيرة.", Self.paragraph1, Self.paragraph2])
    }

    func testTRTParagraphAboutAnArticleDoesNotEndTheBody() throws {
        let about = "المقال الذي نشرته الصحيفة التركية أمس يعكس تحولاً في موقف الحكومة من ملف الطاقة."
        let doc = try trt([Self.paragraph1, about, Self.paragraph2, "مصدر:AA"])
        XCTAssertEqual(doc.articles[0].paragraphs, ["يملك البحر الأسود ثروات كبيرة.", Self.paragraph1, about, Self.paragraph2])
    }
}
