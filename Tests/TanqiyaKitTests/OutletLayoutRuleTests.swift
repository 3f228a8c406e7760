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

    // MARK: - Outlet pages in layouts the rule files do not name (fixtures asharq-18…21, rt-17…20, trt-16…19)

    func testAsharqWriterBoxAndTheWritersOtherColumnsAfterTheText() throws {
        let doc = try asharq([Self.paragraph1, Self.paragraph2, "سلوى القحطاني", "كاتبة وأكاديمية سعودية",
                              "المزيد من مقالات الكاتب", "حين تتكلم الأرصفة", "مدن تنام مبكراً"])
        XCTAssertEqual(doc.decision(6), "boilerplate asharq.writer-box")
        XCTAssertEqual(doc.decision(7), "boilerplate asharq.writer-box")
        XCTAssertEqual(doc.decision(9), "related generic.in-list.related")
        XCTAssertEqual(doc.decision(10), "related generic.in-list.related")
        XCTAssertEqual(doc.articles[0].paragraphs, [Self.paragraph1, Self.paragraph2])
    }

    func testAListHeadersItemsEndAtArticleText() throws {
        // «الأكثر قراءة» between the paragraphs: its headline goes, the sentence after it stays.
        let doc = try asharq([Self.paragraph1, "الأكثر قراءة", "هيئة الطيران تعلن مواعيد جديدة لرحلات الصيف", Self.paragraph2,
                              "وأكد المسؤولون أن العمل مستمر."])
        XCTAssertEqual(doc.decision(6), "related generic.in-list.related")
        XCTAssertEqual(doc.articles[0].paragraphs, [Self.paragraph1, Self.paragraph2, "وأكد المسؤولون أن العمل مستمر."])
    }

    func testLatinLinesOnAnArabicOutletPageAreChromeWhateverTheirLength() throws {
        let tweet = "Great to see so many partners from the Arab world at the exhibition today!"
        let doc = try rt([Self.paragraph1, "Your browser does not support the video tag.", tweet, "pic.twitter.com/Qa7LmP2xRt",
                          "— Ministry of Agriculture (@agro_ministry_demo) November 16, 2025", Self.paragraph2,
                          "وقال مدير المعرض إن شركة AgroTech Systems عرضت أنظمة ري جديدة."])
        XCTAssertEqual(doc.decision(8), "widget generic.outlet.latin-text")
        XCTAssertEqual(doc.articles[0].paragraphs, ["تتنافس مشاريع الممرات على جذب التجارة.", Self.paragraph1, Self.paragraph2,
                                                    "وقال مدير المعرض إن شركة AgroTech Systems عرضت أنظمة ري جديدة."])
    }

    func testANewsletterBoxsBlurbBetweenItsCallAndItsField() throws {
        let doc = try trt([Self.paragraph1, "اشترك في نشرتنا البريدية", "احصل على أبرز القصص كل صباح", "البريد الإلكتروني", "اشترك",
                           Self.paragraph2, "مصدر:AA"])
        XCTAssertEqual(doc.decision(9), "widget generic.in-box.widget")
        XCTAssertEqual(doc.articles[0].paragraphs, ["يملك البحر الأسود ثروات كبيرة.", Self.paragraph1, Self.paragraph2])
    }

    func testAGalleryCounterOverItsCaptionAndOverText() throws {
        let doc = try trt([Self.paragraph1, "1 / 3", "صيادون يفرغون حمولتهم في ميناء سامسون", "AA", Self.paragraph2,
                           "2 / 3", "وتراجعت كميات الصيد هذا العام بسبب ارتفاع حرارة المياه.", "مصدر:AA"])
        XCTAssertEqual(doc.decision(9), "caption generic.caption-in-gallery")
        XCTAssertEqual(doc.articles[0].captions, ["سفن صيد في ميناء سامسون / AA", "صيادون يفرغون حمولتهم في ميناء سامسون"])
        // After a counter, a sentence is the text's.
        XCTAssertEqual(doc.articles[0].paragraphs, ["يملك البحر الأسود ثروات كبيرة.", Self.paragraph1, Self.paragraph2,
                                                    "وتراجعت كميات الصيد هذا العام بسبب ارتفاع حرارة المياه."])
    }

    func testTRTInterviewGuestBox() throws {
        let doc = try trt(["ضيفة الحوار", "أيلين كارا", "مديرة متحف الفنون الإسلامية في إسطنبول", "ما الذي دفعكم إلى المشروع؟", Self.paragraph1])
        XCTAssertEqual(doc.decision(7), "boilerplate trt.guest-box")
        XCTAssertEqual(doc.decision(9), "boilerplate trt.guest-box")
        XCTAssertEqual(doc.articles[0].paragraphs, ["يملك البحر الأسود ثروات كبيرة.", "ما الذي دفعكم إلى المشروع؟", Self.paragraph1])
    }

    func testRTProgrammePageTitleAndEarlierEpisodes() throws {
        let doc = clean(["مباشر", "أين يمكنك متابعتنا", "برامج", "على الطاولة", "على الطاولة: هل تنجح المدن في التكيف مع الحر؟",
                         "تابعوا RT على", Self.paragraph1, "حلقات سابقة", "على الطاولة: مستقبل النقل العام"],
                        rules: try Repo.rules, outlet: "rt-arabic")
        XCTAssertEqual(doc.articles[0].title, "على الطاولة: هل تنجح المدن في التكيف مع الحر؟")
        XCTAssertEqual(doc.decision(4), "navigation rt.programme-name")
        XCTAssertEqual(doc.decision(9), "related rt.previous-episodes")
        XCTAssertEqual(doc.articles[0].paragraphs, [Self.paragraph1])
    }

    func testAMPMenuEntriesAreNotTheTitle() throws {
        // RT's AMP page: the menu, the category, then a title printed once (fixture rt-18). The
        // category line is not told from a story tag's repeat by a line rule: navigation, no section.
        let title = "الأردن يطلق منصة رقمية لتسجيل العمالة الزراعية الموسمية"
        let rt = clean(["القائمة", "RT Arabic", "بحث", "العالم العربي", title, "16.11.2025 | 14:22 GMT", Self.paragraph1, Self.paragraph2,
                        "المصدر: وكالات", "انسخ الرابط https://ar.rt.com/r5mz"], rules: try Repo.rules)
        XCTAssertEqual(rt.outlet, "rt-arabic")
        XCTAssertEqual(rt.decision(1), "navigation rt.header-menu")
        XCTAssertEqual(rt.articles[0].title, title)
        XCTAssertEqual(rt.articles[0].paragraphs, [Self.paragraph1, Self.paragraph2])
        XCTAssertEqual(rt.articles[0].metadata.date?.value, "2025-11-16T14:22:00Z")
    }

    func testAGluedGalleryCounterAndABoxOfTwoLines() throws {
        let doc = try trt([Self.paragraph1, "1/3", "صيادون يفرغون حمولتهم في ميناء سامسون", "Reuters",
                           "اشترك في نشرتنا البريدية", "أهم القصص من تركيا", "مرة واحدة كل أسبوع", "البريد الإلكتروني", "اشترك",
                           Self.paragraph2, "12/2025", "مصدر:AA"])
        XCTAssertEqual(doc.decision(8), "widget generic.gallery-counter")
        XCTAssertEqual(doc.decision(9), "caption generic.caption-in-gallery")
        XCTAssertEqual(doc.decision(12), "widget generic.in-box.widget")
        XCTAssertEqual(doc.decision(13), "widget generic.in-box.widget")
        // A month and year is no counter.
        XCTAssertNotEqual(doc.decision(17), "widget generic.gallery-counter")
        XCTAssertEqual(doc.articles[0].paragraphs, ["يملك البحر الأسود ثروات كبيرة.", Self.paragraph1, Self.paragraph2])
    }

    func testABoxHeaderBelowTheTextTakesItsBio() throws {
        let bio = "باحث في شؤون الطاقة، عمل مستشاراً لعدد من الهيئات الإقليمية، وله كتابان عن أسواق النفط."
        let doc = try asharq([Self.paragraph1, Self.paragraph2, "عن الكاتب", bio, "مقالات ذات صلة", "الموانئ تستعيد حركتها"])
        XCTAssertEqual(doc.decision(7), "boilerplate generic.in-box.boilerplate")
        XCTAssertEqual(doc.articles[0].paragraphs, [Self.paragraph1, Self.paragraph2])
        // Above the text's second paragraph, the header is dropped and what follows stays text.
        let early = try asharq(["عن الكاتب", Self.paragraph1, Self.paragraph2])
        XCTAssertEqual(early.articles[0].paragraphs, [Self.paragraph1, Self.paragraph2])
    }

    func testAPhotosCaptionOverItsAgencysName() throws {
        let doc = try trt([Self.paragraph1, "رافعات في ميناء الفاو الكبير جنوبي العراق", "AA", Self.paragraph2,
                           "موقف أنقرة", "Watch on YouTube", "مصدر:AA"])
        XCTAssertEqual(doc.decision(8), "caption generic.caption-above-credit")
        XCTAssertEqual(doc.articles[0].captions, ["سفن صيد في ميناء سامسون / AA", "رافعات في ميناء الفاو الكبير جنوبي العراق"])
        // Over three Latin words (a player's link), a short line stays text.
        XCTAssertEqual(doc.articles[0].paragraphs, ["يملك البحر الأسود ثروات كبيرة.", Self.paragraph1, Self.paragraph2, "موقف أنقرة"])
    }

    func testAListsHeadlinesThatAskQuestionsAreItsItems() throws {
        // A shape header («حلقات أخرى») under the text: its items are headlines, and headlines ask
        // questions; an item ends the list by its full stop only.
        let doc = try asharq([Self.paragraph1, Self.paragraph2, "حلقات أخرى", "«حديث الأربعاء»: هل تعود الإذاعة إلى السيارات الكهربائية في المدن العربية؟",
                              "«حديث الأربعاء»: من يقرأ الصحف الورقية في زمن الهواتف الذكية؟", "وأكد المسؤولون أن العمل في الموانئ مستمر على مدار الساعة."])
        XCTAssertEqual(doc.decision(7), "related generic.in-list.related")
        XCTAssertEqual(doc.decision(8), "related generic.in-list.related")
        XCTAssertEqual(doc.articles[0].paragraphs, [Self.paragraph1, Self.paragraph2, "وأكد المسؤولون أن العمل في الموانئ مستمر على مدار الساعة."])
    }

    func testShortLinesBetweenChromeLinesAreChrome() throws {
        // A podcast's player: its episode number and call under the caption, over the player's
        // time; the platforms' call between the time and the platforms' row.
        let doc = try rt(["الحلقة 9", "حلقة جديدة كل أسبوع", "00:00 / 31:08", "استمعوا إلى الحلقة على", "Apple Podcasts", "Spotify",
                          Self.paragraph1, "موقف الموانئ", Self.paragraph2, "المصدر: RT"])
        XCTAssertEqual(doc.decision(6), "boilerplate generic.outlet.between-chrome")
        XCTAssertEqual(doc.decision(7), "boilerplate generic.outlet.between-chrome")
        XCTAssertEqual(doc.decision(9), "boilerplate generic.outlet.between-chrome")
        // A short line between two paragraphs (a subheading) stays text.
        XCTAssertEqual(doc.articles[0].paragraphs, ["تتنافس مشاريع الممرات على جذب التجارة.", Self.paragraph1, "موقف الموانئ", Self.paragraph2])
    }

    func testAShortSentenceBetweenChromeLinesStaysText() throws {
        // A one-line text under the title's repeat, over the credit: it ends as a sentence does.
        let doc = try trt(["منذ ساعتين", "وصل الوفد إلى أنقرة.", "مصدر:AA"])
        XCTAssertEqual(doc.decision(8), "body trt.body")
        XCTAssertEqual(doc.articles[0].paragraphs, ["يملك البحر الأسود ثروات كبيرة.", "وصل الوفد إلى أنقرة."])
    }

    func testAGalleryCounterInWordsOverItsCaption() throws {
        let doc = try asharq([Self.paragraph1, "الصورة 1 من 3", "سلال الورد قبل نقلها إلى معامل التقطير", Self.paragraph2,
                              "2 من 3", "أوانٍ نحاسية لتقطير ماء الورد", "الصورة 4 من 3", "عام 2025 من جديد"])
        XCTAssertEqual(doc.decision(5), "widget generic.gallery-counter")
        XCTAssertEqual(doc.decision(6), "caption generic.caption-in-gallery")
        XCTAssertEqual(doc.decision(8), "widget generic.gallery-counter")
        XCTAssertEqual(doc.articles[0].captions, ["سلال الورد قبل نقلها إلى معامل التقطير", "أوانٍ نحاسية لتقطير ماء الورد"])
        // An Nth over the count is no counter; nor a year «من» a word.
        XCTAssertEqual(doc.decision(10), "body asharq.body")
        XCTAssertEqual(doc.decision(11), "body asharq.body")
    }

    func testShortLinesBetweenTheTextAndItsCreditAreItsTools() throws {
        let doc = try trt([Self.paragraph1, "تحميل الخريطة بدقة عالية", "رابط الدراسة الكاملة", "مصدر:AA"])
        XCTAssertEqual(doc.decision(8), "boilerplate generic.outlet.between-chrome")
        XCTAssertEqual(doc.decision(9), "boilerplate generic.outlet.between-chrome")
        XCTAssertEqual(doc.articles[0].paragraphs, ["يملك البحر الأسود ثروات كبيرة.", Self.paragraph1])
        // Over another tool the phrases name, before the credit, too.
        let overTool = try trt([Self.paragraph1, "تحميل الخريطة بدقة عالية", "انسخ كود التضمين", "مصدر:AA"])
        XCTAssertEqual(overTool.decision(8), "boilerplate generic.outlet.between-chrome")
        // A list's items there stay text: after its intro's colon, or numbered.
        let listed = try trt([Self.paragraph1, "وتشمل أبرز بنود الاتفاق:", "خفض الرسوم الجمركية", "فتح ممر تجاري جديد", "مصدر:AA"])
        XCTAssertEqual(listed.articles[0].paragraphs.count, 5)
        let numbered = try trt([Self.paragraph1, "1- خفض الرسوم الجمركية", "2- فتح ممر تجاري جديد", "مصدر:AA"])
        XCTAssertEqual(numbered.articles[0].paragraphs.count, 4)
    }

    func testAMatchsBoxOverItsReport() throws {
        let doc = try trt(["منذ ساعتين", "انتهت المباراة", "غلطة سراي 2 - 1 فنربخشة", "الأهداف", "23' أوزان دمير", "45+2' سليم قايا",
                           Self.paragraph1, "مصدر:AA"])
        XCTAssertEqual(doc.decision(9), "widget generic.outlet.match-box")
        XCTAssertEqual(doc.decision(10), "boilerplate generic.outlet.between-chrome")
        XCTAssertEqual(doc.decision(11), "widget generic.outlet.match-box")
        XCTAssertEqual(doc.decision(12), "widget generic.outlet.match-box")
        XCTAssertEqual(doc.articles[0].paragraphs, ["يملك البحر الأسود ثروات كبيرة.", Self.paragraph1])
        // A range between two paragraphs is the text's; years are no score.
        let range = try trt([Self.paragraph1, "ارتفعت الأسعار 12 - 15 في المائة", Self.paragraph2, "مصدر:AA"])
        XCTAssertEqual(range.decision(8), "body trt.body")
        XCTAssertFalse(OutletPageChrome.isMatchScoreLine("الفترة بين 2020 - 2025 شهدت نمواً"))
        // A minute is marked by its prime: «10+ أفكار» is a count, no minute.
        XCTAssertTrue(OutletPageChrome.isMatchMinuteLine("90+3’ هدف ملغى"))
        for line in ["10+ أفكار للهدايا", "18+ للكبار فقط", "23'", "2024 عام الانتخابات"] {
            XCTAssertFalse(OutletPageChrome.isMatchMinuteLine(line), line)
        }
    }

    func testCallsWrittenAsSentencesBetweenLongParagraphsAreChrome() throws {
        // The generic phrases judge a short sentence wherever it stands, not only below the last
        // long paragraph; a short sentence of the text stays.
        let long = Self.paragraph1 + " " + Self.paragraph2
        let later = Self.paragraph2 + " " + Self.paragraph1
        let doc = try trt([long, "اشترك في نشرتنا البريدية لتصلك أهم الأخبار كل صباح.",
                           "وأكد المسؤولون أن العمل في الموانئ مستمر على مدار الساعة.", later, "مصدر:AA"])
        XCTAssertEqual(doc.decision(8), "widget generic.phrase.widget.has")
        XCTAssertEqual(doc.articles[0].paragraphs, ["يملك البحر الأسود ثروات كبيرة.", long,
                                                    "وأكد المسؤولون أن العمل في الموانئ مستمر على مدار الساعة.", later])
    }

    func testACommentBlockBelowTheTextIsTheComments() throws {
        let doc = try asharq([Self.paragraph1, Self.paragraph2, "التعليقات (2)", "سامي من الزرقاء",
                              "خطوة ممتازة ونتمنى أن تنخفض فواتير الكهرباء على المواطنين قريباً.", "منذ ساعتين", "أضف تعليقاً"])
        XCTAssertEqual(doc.decision(7), "comments generic.in-tail.comments")
        XCTAssertEqual(doc.decision(8), "comments generic.in-tail.comments")
        XCTAssertEqual(doc.articles[0].paragraphs, [Self.paragraph1, Self.paragraph2])
        // A comment count heads them too; above two paragraphs, a header takes nothing.
        let counted = try asharq([Self.paragraph1, Self.paragraph2, "3 تعليقات", "ليلى", "أين المحطات الصغيرة على أسطح المنازل؟"])
        XCTAssertEqual(counted.articles[0].paragraphs, [Self.paragraph1, Self.paragraph2])
        let early = try asharq([Self.paragraph1, "التعليقات", Self.paragraph2])
        XCTAssertEqual(early.articles[0].paragraphs, [Self.paragraph1, Self.paragraph2])
        // A count in the article's head, over most of its text, heads nothing.
        let more = ["وقالت الوزارة إن المرحلة الثانية من المشروع ستبدأ في الربيع المقبل بعد تقييم النتائج الأولى.",
                    "وأضافت أن المحطات الجديدة ستغطي احتياجات أكثر من مئة ألف منزل في المناطق الريفية.",
                    "ودعت المواطنين إلى تقديم طلبات الربط عبر المنصة الإلكترونية قبل نهاية الشهر الجاري."]
        let head = try asharq([Self.paragraph1, Self.paragraph2, "3 تعليقات"] + more)
        XCTAssertEqual(head.articles[0].paragraphs, [Self.paragraph1, Self.paragraph2] + more)
    }
}
