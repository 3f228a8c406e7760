import XCTest
@testable import TanqiyaKit

/// Words of a line: folding, URLs, times and dates, menu parts.
final class LineWordsTests: XCTestCase {
    func testFoldingMakesTheUsualSpellingsOneWord() {
        XCTAssertEqual(LineWords("إقرأ أيضاً:").texts, LineWords("اقرأ ايضا").texts)
        XCTAssertEqual(LineWords("مُشاركة").texts, ["مشاركه"])
        XCTAssertEqual(LineWords("وقـــــد يهمك").texts, ["وقد", "يهمك"])
        XCTAssertEqual(LineWords("١٤ ديسمبر ٢٠٢٥").texts, ["14", "ديسمبر", "2025"])
        XCTAssertEqual(LineWords("Share THIS").texts, ["share", "this"])
    }

    func testASentenceBeforeAThreadsCounterEndsTheLine() {
        XCTAssertTrue(LineWords("وأغلب مستخدميها من الشباب في الخليج وأوروبا. 4/7").endsSentence)
        XCTAssertTrue(LineWords("هل تغيّر شيء هذا العام؟ ٣/٧").endsSentence)
        // A counter after no sentence (a headline's part, a page number) ends none.
        XCTAssertFalse(LineWords("خيط عن تحويلات المغتربين باختصار وبالأرقام 🧵 1/7").endsSentence)
        XCTAssertFalse(LineWords("الحلقة الثانية 2/3").endsSentence)
        XCTAssertFalse(LineWords("انتهى الموسم.2/3").endsSentence)
    }

    func testAURLIsOneWordGluedToItsLabelOrNot() {
        let glued = LineWords("انسخ الرابطhttps://site.example/a/1")
        XCTAssertEqual(glued.texts, ["انسخ", "الرابط", "https://site.example/a/1"])
        XCTAssertEqual(glued.words.last?.kind, .url)
        XCTAssertEqual(LineWords("رابط مختصر: www.site.example/s/9").words.last?.kind, .url)
    }

    func testTimesAndNumericDates() {
        XCTAssertTrue(LineWords("نشر في: 3 مارس 2025، 14:20").hasTime)
        XCTAssertTrue(LineWords("2025/06/09").hasNumericDate)
        XCTAssertTrue(LineWords("11-09-2025 10:15").hasNumericDate)
        XCTAssertFalse(LineWords("فاز الفريق 4-3 بركلات الترجيح").hasNumericDate, "a score is two groups")
        XCTAssertFalse(LineWords("2025/06-09").hasNumericDate, "one joiner per date")
    }

    func testMenuPartsAreCountedBetweenSpacedSeparators() {
        XCTAssertEqual(LineWords("الرئيسية | سياسة | اقتصاد مال").parts, [1, 1, 2])
        XCTAssertEqual(LineWords("الرئيسية » أخبار » عنوان طويل هنا").parts, [1, 1, 3])
        XCTAssertEqual(LineWords("الرئيسية ∙ مقالات مترجمة ∙ تقارير ⋅ دراسات ¦ عن المنبر").parts, [1, 2, 1, 1, 2], "dots and bars sites draw")
        XCTAssertEqual(LineWords("في 25 فبراير/شباط 2022").parts, [5], "a slash inside a word is no menu separator")
        XCTAssertTrue(LineWords("  • سياسة").startsWithBullet)
    }

    func testTheGuillemetThatClosesAQuotationCutsNoPart() {
        XCTAssertEqual(LineWords("منحوتة من سلسلة «بيوت فارغة» في القاعة الثانية").parts, [8])
        XCTAssertEqual(LineWords("«أ» و«ب» » أخبار").parts, [3, 1], "a » with no quotation open is a breadcrumb's")
        XCTAssertEqual(LineWords("قال: «لا شيء» اليوم").words.map(\.quoted), [false, true, true, false])
    }

    func testANumberWithSeparatorsIsOneWord() {
        XCTAssertEqual(LineWords("دولار 0.709 | يورو 0.845").texts, ["دولار", "0.709", "يورو", "0.845"])
        XCTAssertEqual(LineWords("مشاهدات: 2,431").texts, ["مشاهدات", "2,431"])
        XCTAssertEqual(LineWords("انتهى الاجتماع في 2025.").texts, ["انتهي", "الاجتماع", "في", "2025"])
    }

    func testEllipsisEndsATeaser() {
        XCTAssertTrue(LineWords("أعلنت البلدية تعديل مواعيد عدد من خطوط الحافلات...").endsWithEllipsis)
        XCTAssertTrue(LineWords("تنطلق الحملة الأسبوع المقبل…").endsWithEllipsis)
        XCTAssertFalse(LineWords("انتهى الاجتماع.").endsWithEllipsis)
    }
}

/// One line at a time: stop phrases and shapes, and the sentences that must stay text.
final class ChromeLineClassifierTests: XCTestCase {
    let chrome = ChromeLineClassifier(lists: .embedded)

    func decide(_ line: String, arabicPage: Bool = true) -> String {
        guard let m = chrome.classify(LineWords(line), arabicPage: arabicPage) else { return "text" }
        return "\(m.label.rawValue) \(m.rule)"
    }

    func testReadingTimesAndAdLabelsInOtherLanguagesAreChrome() {
        XCTAssertEqual(decide("Tempo de leitura: 2 minutos", arabicPage: false), "widget generic.phrase.widget.date")
        XCTAssertEqual(decide("Reading time: 4 min", arabicPage: false), "widget generic.phrase.widget.date")
        XCTAssertEqual(decide("Advert", arabicPage: false), "widget generic.phrase.widget.line")
        XCTAssertEqual(decide("This slideshow requires JavaScript.", arabicPage: false), "widget generic.phrase.widget.has")
        XCTAssertEqual(decide("The advert ran for two minutes on national television.", arabicPage: false), "text")
    }

    func testAReadingTimeInWordsOrInTheDualIsADateLine() {
        // A bound read as a number («أقل من دقيقة») and a unit in the dual, its number in the word.
        XCTAssertEqual(decide("زمن القراءة: أقل من دقيقة"), "widget generic.phrase.widget.date")
        XCTAssertEqual(decide("دقيقتين للقراءة"), "timestamp generic.shape.date")
        XCTAssertEqual(decide("قراءة دقيقتان"), "timestamp generic.shape.date")
        XCTAssertEqual(decide("ساعتين ونصف"), "text")
        XCTAssertEqual(decide("خلال يومين"), "text")
        XCTAssertEqual(decide("أنهى السباح المسافة في أقل من دقيقتين"), "text")
    }

    func testALineOpeningAsCaptionsDoIsACaption() {
        XCTAssertEqual(decide("جانب من الفرن الأثري بعد إزالة طبقات الردم عنه"), "caption generic.shape.caption")
        XCTAssertEqual(decide("لقطة من الفيلم الفائز بجائزة لجنة التحكيم"), "caption generic.shape.caption")
        XCTAssertEqual(decide("من اليمين: الوزير ورئيس البلدية خلال الافتتاح"), "caption generic.shape.caption")
        // A copy of a document an application asks for, a sentence: no caption.
        XCTAssertEqual(decide("صورة من الرقم الوطني"), "text")
        XCTAssertEqual(decide("جانب من المشكلة يعود إلى ضعف التمويل المحلي."), "text")
    }

    func testAOneWordListHeaderNamesOneMoreWordAtMost() {
        XCTAssertEqual(decide("مقترحات لك"), "related generic.phrase.related.list")
        XCTAssertEqual(decide("مقترحات لتعاونيات المنتجين"), "text")
        XCTAssertEqual(decide("المزيد من أخبار الرياضة"), "related generic.phrase.related.list")
    }

    func testAPoemsPageToolsAndTheAuthorsOtherWorksAreChrome() {
        XCTAssertEqual(decide("قصائد أخرى للشاعر"), "related generic.shape.related-header")
        XCTAssertEqual(decide("دواوين أخرى لنفس الشاعر"), "related generic.shape.related-header")
        XCTAssertEqual(decide("قُرئت 1,284 مرة"), "widget generic.phrase.widget.count")
        XCTAssertEqual(decide("أضف إلى المفضلة"), "widget generic.phrase.widget.line")
        // A line about other poems is no header.
        XCTAssertEqual(decide("كتب الشاعر قصائد أخرى في الغربة والحنين إلى الوادي"), "text")
    }

    func testALiveBlogsProgrammesAndPhotosToolsAreChrome() {
        // A live page's tools around its updates.
        XCTAssertEqual(decide("مثبّت"), "widget generic.phrase.widget.line")
        XCTAssertEqual(decide("شارك هذا التحديث"), "widget generic.phrase.widget.line")
        XCTAssertEqual(decide("عرض المزيد من التحديثات"), "widget generic.phrase.widget.line")
        // Reporting a mistake; enlarging or embedding an infographic.
        XCTAssertEqual(decide("هل وجدت خطأ في هذا المقال؟ أبلغنا"), "widget generic.phrase.widget.lead")
        XCTAssertEqual(decide("اضغط على الصورة لتكبيرها"), "widget generic.phrase.widget.lead")
        XCTAssertEqual(decide("انسخ كود التضمين"), "widget generic.phrase.widget.line")
        // A programme's broadcast times, its presenter, the whole episode elsewhere.
        XCTAssertEqual(decide("مواعيد البث"), "timestamp generic.phrase.timestamp.line")
        XCTAssertEqual(decide("الإعادة: الأحد 10:30 بتوقيت موسكو"), "timestamp generic.phrase.timestamp.date")
        XCTAssertEqual(decide("تقديم: سلام مسافر"), "boilerplate generic.phrase.boilerplate.byline")
        XCTAssertEqual(decide("شاهد الحلقة كاملة على يوتيوب"), "widget generic.phrase.widget.lead")
        XCTAssertEqual(decide("انتهت المباراة"), "widget generic.phrase.widget.line")
        // Sentences with the same words stay text.
        XCTAssertEqual(decide("الإعادة إلى الوطن بدأت الأحد بعد اتفاق بين الحكومتين على ترتيبات السفر."), "text")
        XCTAssertEqual(decide("تقديم الطلبات يبدأ الأحد المقبل ويستمر أسبوعين في جميع المحافظات."), "text")
    }

    func testAListHeaderOfPreviousItemsAndTheToolsOfAPhotoOrAMatch() {
        XCTAssertEqual(decide("الحلقات السابقة"), "related generic.shape.related-header")
        XCTAssertEqual(decide("حلقات سابقة من البودكاست"), "related generic.phrase.related.list")
        XCTAssertEqual(decide("انقر على الصورة للتكبير"), "widget generic.phrase.widget.lead")
        XCTAssertEqual(decide("ملخص المباراة"), "widget generic.phrase.widget.line")
        // «سابقة من نوعها» (unprecedented) ends headlines; a sentence is text.
        XCTAssertEqual(decide("خطوة سابقة من نوعها"), "text")
        XCTAssertEqual(decide("قضى سنوات سابقة من عمره في المهجر."), "text")
    }

    func testAFrenchBlogsPostFooterAndAuthorBoxAreChrome() {
        XCTAssertEqual(decide("Publié par سيدي محمد ولد أحمد à 21:07"), "boilerplate generic.phrase.boilerplate.byline")
        XCTAssertEqual(decide("Qui suis-je ?"), "boilerplate generic.phrase.boilerplate.box")
        XCTAssertEqual(decide("Publié par une maison d'édition de Nouakchott, le recueil a été lu dans toutes les écoles.", arabicPage: false), "text")
    }

    func testAPressReleasesAboutBoxAndForwardLookingSentenceAreChrome() {
        XCTAssertEqual(decide("نبذة عن شركة ممرات"), "boilerplate generic.phrase.boilerplate.box")
        XCTAssertEqual(decide("قد يتضمن هذا البيان توقعات مستقبلية تخضع لمخاطر وعوامل قد تجعل النتائج الفعلية مختلفة عنها."),
                       "boilerplate generic.phrase.boilerplate.has")
        XCTAssertEqual(decide("اشترك ليصلك كل بيان صحفي جديد من الشركة على بريدك الإلكتروني."), "widget generic.phrase.widget.lead")
        // A subheading about something else than a company is no box.
        XCTAssertEqual(decide("نبذة عن تاريخ المدينة القديمة"), "text")
    }

    func testAClassifiedsOrJobBoardsScamWarningIsChrome() {
        XCTAssertEqual(decide("نصيحة: لا تحوّل أي مبلغ قبل معاينة العقار والتأكد من أوراق الملكية."), "boilerplate generic.phrase.boilerplate.has")
        XCTAssertEqual(decide("تنبيه: لا تدفع أي مبلغ مقابل الحصول على وظيفة، فالشركات الجادة لا تطلب رسوماً من المتقدمين."),
                       "boilerplate generic.phrase.boilerplate.has")
    }

    func testGuestReviewsAndACompanysReplyOpenPostsThatAreNotTheArticle() {
        XCTAssertEqual(decide("آراء الضيوف"), "comments generic.phrase.comments.tail")
        XCTAssertEqual(decide("رد الشركة"), "comments generic.phrase.comments.tail")
    }

    func testOtherPostsOfTheAuthorOrAccountAndEventAndLinkBoxesAreListHeaders() {
        XCTAssertEqual(decide("مقالات أخرى من سامر الخطيب"), "related generic.phrase.related.list")
        XCTAssertEqual(decide("More posts from @sawt.alwadi"), "related generic.phrase.related.list")
        XCTAssertEqual(decide("فعاليات قادمة"), "related generic.phrase.related.list")
        XCTAssertEqual(decide("روابط سريعة"), "related generic.phrase.related.list")
    }

    func testABlogsPostNavigationCategoriesAndAWikisEditLinksAreNavigation() {
        XCTAssertEqual(decide("← التدوينة السابقة | التدوينة التالية →"), "navigation generic.phrase.navigation.lead")
        // Each naming its post.
        XCTAssertEqual(decide("← التدوينة السابقة: رحلة إلى جبل الأخضر"), "navigation generic.phrase.navigation.lead")
        XCTAssertEqual(decide("التدوينة التالية: شاطئ الواحة في الربيع →"), "navigation generic.phrase.navigation.lead")
        XCTAssertEqual(decide("التصنيفات: عمارة، مدن"), "navigation generic.phrase.navigation.lead")
        XCTAssertEqual(decide("[عدّل]"), "navigation generic.phrase.navigation.line")
        XCTAssertEqual(decide("العودة إلى الإعلانات"), "navigation generic.phrase.navigation.line")
    }

    func testPitchesButtonsAndNoticesAroundListingsPostsAndBulletinsAreChrome() {
        XCTAssertEqual(decide("شارع الكورنيش، العقبة 77110 - عرض على الخريطة"), "widget generic.phrase.widget.has")
        XCTAssertEqual(decide("أضف إلى قائمة رحلاتي"), "widget generic.phrase.widget.lead")
        XCTAssertEqual(decide("فعّل تنبيه الأسعار ليصلك سعر الصنف الذي تتابعه كل صباح."), "widget generic.phrase.widget.lead")
        XCTAssertEqual(decide("تابعونا لمزيد من الأخبار 👇"), "widget generic.phrase.widget.lead")
        XCTAssertEqual(decide("المرفقات: التقويم المدرسي المعدل (PDF)"), "widget generic.phrase.widget.lead")
        XCTAssertEqual(decide("سجّل الدخول لعرض التعليقات"), "widget generic.phrase.widget.lead")
        XCTAssertEqual(decide("يلتزم الموقع بنشر حق الرد لكل من يرد اسمه في أخبار القضايا وفق القانون."), "boilerplate generic.phrase.boilerplate.lead")
        XCTAssertEqual(decide("تحذير: الفقرات التالية تكشف أحداثاً من الرواية."), "boilerplate generic.phrase.boilerplate.has")
        XCTAssertEqual(decide("يحصل الموقع على نسبة صغيرة من المبيعات عبر هذه الروابط."), "boilerplate generic.phrase.boilerplate.has")
        XCTAssertEqual(decide("هذه المقالة مترجمة عن نسخة إنجليزية، وقد تحتاج إلى مراجعة لغوية."), "boilerplate generic.phrase.boilerplate.has")
        XCTAssertEqual(decide("This site is not affiliated with Instagram. All content belongs to its owners."), "boilerplate generic.phrase.boilerplate.has")
        XCTAssertEqual(decide("يرجى استقاء المعلومات الجوية من المصادر الرسمية فقط."), "boilerplate generic.phrase.boilerplate.has")
        XCTAssertEqual(decide("المتنبئ المناوب: م. عبدالله الحكيمي"), "boilerplate generic.phrase.boilerplate.byline")
        // The text's own sentences with these words are not.
        XCTAssertEqual(decide("وقال المتحدث إن الوزارة تعتمد على المصادر الرسمية في إعداد تقاريرها الشهرية."), "text")
    }

    func testABlogsCommentsHeaderQuotingThePostsTitleOpensTheComments() {
        XCTAssertEqual(decide("5 تعليقات على “لماذا تبقى أسطح بيوتنا حارة حتى منتصف الليل؟”"), "comments generic.phrase.comments.tail")
        XCTAssertEqual(decide("رد واحد على “لماذا تبقى أسطح بيوتنا حارة حتى منتصف الليل؟”"), "comments generic.phrase.comments.tail")
        XCTAssertEqual(decide("3 thoughts on “Cool roofs”", arabicPage: false), "comments generic.phrase.comments.tail")
        // WordPress's Arabic header, the title in straight quotation marks too.
        XCTAssertEqual(decide("3 أفكار بشأن \"يومان في الواحة: مدينة الظل\""), "comments generic.phrase.comments.tail")
        XCTAssertEqual(decide("فكرة واحدة بشأن “يومان في الواحة”"), "comments generic.phrase.comments.tail")
        XCTAssertEqual(decide("5 تعليقات على \"لماذا تبقى أسطح بيوتنا حارة؟\""), "comments generic.phrase.comments.tail")
        // A headline with an idea's count and a word quoted in it stays a headline.
        XCTAssertEqual(decide("3 أفكار بشأن \"الطاقة\" تتصدر نقاش المجلس البلدي"), "text")
        // Words after the header that are not quoted are a sentence about comments.
        XCTAssertEqual(decide("12 تعليقاً على قرار الوزارة خلال ساعة واحدة من نشره"), "text")
    }

    func testADatelineOfAPlaceAndTheAuthorBehindADashWithTheTimeIsADateLine() {
        XCTAssertEqual(decide("الدوحة — سالم بن علي المهندي | 13:46 GMT+3"), "timestamp generic.shape.meta-line")
        XCTAssertEqual(decide("صلالة - ريم الشحري | 08:15"), "timestamp generic.shape.meta-line")
        // A headline's two halves with a time after them stay a headline.
        XCTAssertEqual(decide("الغاز المسال - أسعار قياسية في الأسواق الآسيوية | 13:46"), "text")
    }

    func testADateAndAuthorLineClosedByItsCommentCountIsADateLine() {
        XCTAssertEqual(decide("نُشر في 14 ديسمبر 2025 بواسطة ريم العلي — 5 تعليقات"), "timestamp generic.shape.meta-line")
    }

    func testAVideosCountsWrittenWithTheirMagnitudeAreCounters() {
        XCTAssertEqual(decide("48 ألف مشاهدة · نشر في 09-12-2026"), "timestamp generic.shape.meta-line")
    }

    func testABylineCountsNoTitlesAbbreviationAmongTheNamesWords() {
        XCTAssertEqual(decide("بقلم: د. حسام الدين عبد المقصود"), "boilerplate generic.phrase.boilerplate.byline")
        XCTAssertEqual(decide("بقلم: م. سامي بن علي الراشد"), "boilerplate generic.phrase.boilerplate.byline")
        XCTAssertEqual(decide("بقلم: حسام الدين عبد المقصود الراشد العلي"), "text", "five words are no name")
        // A health article's medical review.
        XCTAssertEqual(decide("تمت مراجعة هذا المقال من طرف: د. كريم الراشد، طبيب أسنان الأطفال"), "boilerplate generic.phrase.boilerplate.lead")
    }

    func testABylineWithTheAuthorsRoleAfterADashIsABylineWhenTheRoleSaysWhatTheAuthorIs() {
        XCTAssertEqual(decide("أجاب عنها: د. هالة منصور - استشاري أمراض جلدية"), "boilerplate generic.phrase.boilerplate.byline")
        XCTAssertEqual(decide("بقلم: سامي العلي - كاتب وباحث في الاقتصاد"), "boilerplate generic.phrase.boilerplate.byline")
        // The place the author writes from, behind a dash; a name and what the author is for the site.
        XCTAssertEqual(decide("كتب: مراسل الموقع – بانياس"), "boilerplate generic.phrase.boilerplate.byline")
        XCTAssertEqual(decide("كتب: قسم الأخبار المحلية - طرطوس"), "boilerplate generic.phrase.boilerplate.byline")
        XCTAssertEqual(decide("عادل المعمري – مراسل الصحيفة في السويق"), "boilerplate generic.shape.meta-line")
        XCTAssertEqual(decide("محمود درويش – شاعر الأرض والمقاومة"), "text")
        // A newsroom's job needs no site word after it.
        XCTAssertEqual(decide("عادل المعمري – محرر رياضي"), "boilerplate generic.shape.meta-line")
        XCTAssertEqual(decide("منى الراشد - مراسلة"), "boilerplate generic.shape.meta-line")
        XCTAssertEqual(decide("غزة - صحفيون تحت القصف"), "text", "a place, then a headline's words")
        // Behind a bar, what the author is (the site's name after it, no site word needed); a
        // headline behind a bar has the site's name after it, which no person word opens.
        XCTAssertEqual(decide("مريم الكثيري | مراسلة صدى الوادي"), "boilerplate generic.shape.meta-line")
        // («علي» is a name: as «على», folded, it is a date line's mark only before a date.)
        XCTAssertEqual(decide("سالم بن علي العامري | محرر الشؤون المحلية"), "boilerplate generic.shape.meta-line")
        XCTAssertEqual(decide("أزمة الخبز تتفاقم | صدى الوادي"), "text")
        XCTAssertEqual(decide("الأسواق الشعبية | كاتب ومؤرخ يروي قصتها"), "text")
        XCTAssertEqual(decide("نادي"), "text")
        XCTAssertEqual(decide("Photos : مجلة الفضاء"), "boilerplate generic.phrase.boilerplate.lead")
        XCTAssertEqual(decide("حاورتها: لمى السعدي"), "boilerplate generic.phrase.boilerplate.byline")
        XCTAssertEqual(decide("استماع"), "widget generic.phrase.widget.line")
        // A row of reading tools (reader mode, print, font size) is the article's tools, no menu.
        XCTAssertEqual(decide("وضع القراءة | طباعة | A+ A-"), "widget generic.shape.links-row")
        XCTAssertEqual(decide("هل كانت هذه الإجابة مفيدة؟"), "widget generic.phrase.widget.line")
        // After a dash, words that say nothing of the author are a headline's second half.
        XCTAssertEqual(decide("تقرير: الأمم المتحدة - الجوع يهدد ملايين الأطفال"), "text")
    }

    func testAPricePagesUpdateScheduleAndAWikisTaglineAreChrome() {
        XCTAssertEqual(decide("تحديث الأسعار يومياً عند 7:00 صباحاً"), "boilerplate generic.phrase.boilerplate.has")
        XCTAssertEqual(decide("يتم تحديث الأسعار كل ساعة"), "boilerplate generic.phrase.boilerplate.has")
        XCTAssertEqual(decide("من ويكيبيديا، الموسوعة الحرة"), "boilerplate generic.phrase.boilerplate.lead")
        XCTAssertEqual(decide("من المعرفة الحرة، الموسوعة الحرة"), "boilerplate generic.phrase.boilerplate.has")
        // A headline on prices is not.
        XCTAssertEqual(decide("تحديث أسعار الوقود لشهر يناير في محطات الخدمة"), "text")
    }

    func testTwoSectionsBehindAChevronAreABreadcrumb() {
        XCTAssertEqual(decide("النشرات الجوية > النشرة اليومية"), "navigation generic.shape.breadcrumb")
        XCTAssertEqual(decide("محليات › بلديات"), "navigation generic.shape.breadcrumb")
        // Other separators between two parts are no path: a name and a date, a quotation's mark.
        XCTAssertEqual(decide("سلمى الحضرمي | 12 مارس 2025"), "timestamp generic.shape.meta-line")
        XCTAssertNotEqual(decide("الوزير: «الموازنة الجديدة» تُعرض على البرلمان الأسبوع المقبل"), "navigation generic.shape.breadcrumb")
    }

    func testAHashtagWithUnderscoresIsOneTagAndALineOfThemIsTags() {
        XCTAssertEqual(LineWords("#صوت_الوادي #أخبار").texts, ["صوت_الوادي", "اخبار"])
        XCTAssertEqual(decide("#صوت_الوادي #أخبار #مياه"), "navigation generic.shape.hashtags")
        XCTAssertEqual(decide("#زراعة_منزلية #طماطم #حديقة"), "navigation generic.shape.hashtags")
    }

    func testDateLinesInManyFormats() {
        for line in ["الأحد 14 ديسمبر 2025 | 03:12 م", "11/09/2025 10:15", "الاثنين 2025/06/09", "5:47 م - 28 أغسطس 2025",
                     "الأربعاء 12 جمادى الأولى 1447 هـ الموافق 3 ديسمبر 2025", "الجمعة 07 نونبر 2025 - 16:30",
                     "3 days ago", "5 hours ago", "12th, May 2025 GMT", "20 فبراير 2025"] {
            XCTAssertEqual(decide(line), "timestamp generic.shape.date", line)
        }
    }

    func testDateLabelsTakeADateOnly() {
        XCTAssertEqual(decide("تاريخ النشر: 2025-11-06 14:00"), "timestamp generic.phrase.timestamp.date")
        XCTAssertEqual(decide("نشر في: 3 مارس 2025، 14:20"), "timestamp generic.phrase.timestamp.date")
        XCTAssertEqual(decide("نُشر في 03 مارس 2025 على الساعة 11:45"), "timestamp generic.phrase.timestamp.date")
        XCTAssertEqual(decide("آخر تحديث: منذ 35 دقيقة"), "timestamp generic.phrase.timestamp.date")
        XCTAssertEqual(decide("منذ 5 ساعات"), "timestamp generic.phrase.timestamp.date")
        XCTAssertEqual(decide("منذ ساعة"), "timestamp generic.shape.date")
    }

    func testSentencesThatStartWithNasharOrMentionADateStayText() {
        for line in ["نشر البنك بيانه عقب اجتماع لجنة السياسة النقدية الذي استمر يومين.",
                     "نشر في الجريدة الرسمية قانون جديد للضرائب",
                     "نشر هذا الجدول بعد شكاوى متكررة من السكان.",
                     "الاجتماع المقبل في 18 ديسمبر 2025.",
                     "في 1 يوليو 2025 يبدأ تطبيق الغرامات على من يضع النفايات خارج الحاويات.",
                     "الخميس المقبل موعد الاجتماع الأول مع لجان الأحياء.", "2025",
                     "قبل أن تبدأ الرحلة تأكد من جواز سفرك."] {
            XCTAssertEqual(decide(line), "text", line)
        }
    }

    func testNoticesAboutThePageSaidInOtherWordsButNotWhenSomeoneIsQuoted() {
        for line in ["المعلومات الواردة في هذا المقال لأغراض توعوية فقط ولا تغني عن مراجعة الطبيب المختص.",
                     "الآراء الواردة في المقال تمثل وجهة نظر الكاتب فقط.",
                     "الأسعار المذكورة تقريبية وقابلة للتغيير دون إشعار مسبق.",
                     "هذا البيان صادر عن الشركة، والموقع غير مسؤول عن مضمونه.",
                     "الإجابة خاصة بحالة السائل ولا يصح تعميمها على غيره.",
                     "تنبيه: تحتوي هذه المراجعة على تفاصيل من الحلقات الأولى.",
                     "كاتب صحفي وباحث في الشؤون الاقتصادية، له عدة مؤلفات في التنمية."] {
            XCTAssertEqual(decide(line).split(separator: " ").first, "boilerplate", line)
        }
        XCTAssertEqual(decide("هل لديك قصة تريد أن تشاركنا إياها؟ راسلنا عبر البريد الإلكتروني.").split(separator: " ").first, "widget")
        XCTAssertEqual(decide("أضف تعليقك وشارك برأيك في الموضوع.").split(separator: " ").first, "comments")
        XCTAssertEqual(decide("مُساهمة من طرف مزارع المدينة في الثلاثاء سبتمبر 02, 2025 5:40 pm"), "boilerplate generic.phrase.boilerplate.byline")
        XCTAssertEqual(decide("Original title: Cities Need Fewer Cars, Not Wider Roads").split(separator: " ").first, "boilerplate")
        XCTAssertEqual(decide("تحديث تلقائي كل ١٠ دقائق — آخر تحديث ٦:٣٨").split(separator: " ").first, "widget")
        XCTAssertEqual(decide("انضم إلى مجتمعنا على ديسكورد وناقش نتائج البطولة مع آلاف المتابعين.").split(separator: " ").first, "widget")
        // A speaker's words hold the phrase: the line is text.
        XCTAssertEqual(decide("وتابع: «نحن لا نتحمل أي مسؤولية عن قرارات الإدارة السابقة»."), "text")
        XCTAssertEqual(decide("وأكد الوزير أن الحكومة تتحمل المسؤولية كاملة عن تأخر صرف التعويضات للمزارعين."), "text")
    }

    func testAuthorLinesButNotSentencesAfterTheSameWord() {
        XCTAssertEqual(decide("كتب: سامر عبد الله"), "boilerplate generic.phrase.boilerplate.byline")
        XCTAssertEqual(decide("بقلم: هالة منصور"), "boilerplate generic.phrase.boilerplate.byline")
        for line in ["حاوره: مها الدباغ", "قصة: نادين فرحات", "أجرت الحوار: سلمى يوسف", "متابعة: فراس الخطيب", "المراسل: علي حمدان"] {
            XCTAssertEqual(decide(line), "boilerplate generic.phrase.boilerplate.byline", line)
        }
        XCTAssertEqual(decide("متابعة المرضى بعد العملية تستمر ستة أشهر على الأقل."), "text")
        // «علي» (a name) folds as «على» (a date word: «على الساعة 10:32») does.
        XCTAssertEqual(decide("بقلم: علي حسن في 12 مارس 2025"), "boilerplate generic.phrase.boilerplate.byline")
        XCTAssertEqual(decide("أرسلت بواسطة: كريم الصافي في 5 سبتمبر 2024"), "boilerplate generic.phrase.boilerplate.byline")
        XCTAssertEqual(decide("نُشر بواسطة سارة يوسف | 14 مارس 2025 | 3 دقائق قراءة"), "boilerplate generic.phrase.boilerplate.byline")
        XCTAssertEqual(decide("كتب الشاعر قصيدته الأولى وهو في العاشرة من عمره."), "text")
        XCTAssertEqual(decide("بواسطة هذه الأدوات يستطيع المزارعون قياس رطوبة التربة في أي وقت."), "text")
    }

    func testReadMoreTagsShareAndCommentLines() {
        XCTAssertEqual(decide("اقرأ أيضاً: مهرجان التمور ينطلق الشهر المقبل"), "related generic.phrase.related.lead")
        XCTAssertEqual(decide("إقرأ المزيد شركات الاتصالات تطلق باقات جديدة"), "related generic.phrase.related.lead")
        XCTAssertEqual(decide("وقـــــد يهمك أيضـــــاً :"), "related generic.phrase.related.list")
        XCTAssertEqual(decide("الأكثر قراءة"), "related generic.phrase.related.list")
        XCTAssertEqual(decide("كلمات دلالية: النخيل الزراعة"), "navigation generic.phrase.navigation.lead")
        XCTAssertEqual(decide("انسخ الرابطhttps://site.example/n/1"), "widget generic.phrase.widget.url")
        XCTAssertEqual(decide("انسخ الرابط"), "widget generic.phrase.widget.url")
        XCTAssertEqual(decide("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *"), "comments generic.phrase.comments.has")
        XCTAssertEqual(decide("3 تعليقات"), "comments generic.phrase.comments.count")
        XCTAssertEqual(decide("عدد المشاهدات: 1,208"), "widget generic.phrase.widget.count")
        XCTAssertEqual(decide("اشترك في نشرتنا الإخبارية ليصلك كل جديد"), "widget generic.phrase.widget.has")
        XCTAssertEqual(decide("حمّل تطبيق الخبر الآن على هاتفك"), "widget generic.phrase.widget.has")
        XCTAssertEqual(decide("جميع الحقوق محفوظة لبوابة الساحل © 2025"), "footer generic.phrase.footer.has")
        XCTAssertEqual(decide("المصدر: صوت المدينة"), "credit generic.phrase.credit.lead")
    }

    func testAPhraseInsideALongSentenceIsText() {
        let sentence = "وقالت الشركة إن تطبيقها الجديد متوفر على Google Play منذ الأسبوع الماضي وإن عدد مستخدميه تجاوز "
            + "مئة ألف مستخدم في أيامه الأولى بحسب بيان نشرته على موقعها الرسمي أمس الثلاثاء."
        XCTAssertEqual(decide(sentence), "text")
        let long = "وأكد رئيس التحرير أن جميع الحقوق محفوظة للمؤلفين الذين يكتبون في الصحيفة، وأن أي نقل لمقالاتهم "
            + "يحتاج إلى إذن مكتوب منهم ومن إدارة الصحيفة بحسب القانون المعمول به."
        XCTAssertEqual(decide(long), "text", "a `has` phrase in more than 25 words")
    }

    func testMenusBreadcrumbsAndShareRows() {
        XCTAssertEqual(decide("الرئيسية | أسواق | شركات | عقارات"), "navigation generic.shape.menu")
        XCTAssertEqual(decide("الرئيسية » تقنية"), "navigation generic.shape.breadcrumb")
        XCTAssertEqual(decide("الرئيسية / محليات"), "navigation generic.shape.breadcrumb")
        XCTAssertEqual(decide("الرئيسية سياسة اقتصاد مجتمع رياضة ثقافة رأي فيديو"), "navigation generic.shape.menu")
        XCTAssertEqual(decide("فيسبوك | إكس | يوتيوب | إنستغرام"), "widget generic.shape.share-row")
        XCTAssertEqual(decide("سياسة الخصوصية | شروط الاستخدام"), "footer generic.shape.links-row", "two links (held-out page 05)")
        XCTAssertEqual(decide("من نحن / اتصل بنا"), "footer generic.shape.links-row")
        XCTAssertEqual(decide("الاقتصاد | نمو بطيء في الربع الثالث"), "text")
        XCTAssertEqual(decide("تابعونا على فيسبوك وتويتر"), "widget generic.phrase.widget.lead")
        XCTAssertEqual(decide("شارك على فيسبوك"), "widget generic.shape.share-row")
        XCTAssertEqual(decide("https://www.facebook.com/sharer/sharer.php?u=x"), "widget generic.shape.url")
        XCTAssertEqual(decide("السياسة والاقتصاد في العالم العربي بعد عام من الأزمة"), "text")
        // Rows mostly of networks, the rest article tools, are share rows, not menus.
        XCTAssertEqual(decide("مشاركة: X | لينكدإن | واتساب | نسخ الرابط"), "widget generic.shape.share-row")
        XCTAssertEqual(decide("طباعة | إرسال | فيسبوك | تويتر"), "widget generic.shape.share-row")
        XCTAssertEqual(decide("طباعة | إرسال | فيسبوك | أرشيف | اتصل بنا"), "navigation generic.shape.menu", "one network in five parts")
    }

    func testDateAndAuthorLinesOfSeveralParts() {
        XCTAssertEqual(decide("نُشر في الثلاثاء 21 أكتوبر 2025 بواسطة سامي العلي"), "timestamp generic.shape.meta-line")
        XCTAssertEqual(decide("الكاتب: سلمى النجار | المحرر: كريم عادل"), "boilerplate generic.shape.meta-line")
        XCTAssertEqual(decide("09 جانفي 2026 | آخر تحديث: 20:38"), "timestamp generic.shape.meta-line")
        XCTAssertEqual(decide("نشر في الصحيفة مقال عن الانتخابات بواسطة فريق من الباحثين في الجامعة."), "text")
        XCTAssertEqual(decide("الكاتب: سلمى النجار | المحرر يرفض نشر المقال قبل مراجعته الكاملة"), "text")
        // A label whose date opens with a word that is a date label too («منذ»): a question-and-answer
        // site's line, with the question's category.
        XCTAssertEqual(decide("نشر في منذ 3 أيام بواسطة سامي العلي"), "timestamp generic.shape.meta-line")
        XCTAssertEqual(decide("سُئل منذ 3 أيام بواسطة أم سليم"), "timestamp generic.shape.meta-line")
        XCTAssertEqual(decide("سُئل 9 ديسمبر 2025 في تصنيف التعليم بواسطة زائر"), "timestamp generic.shape.meta-line")
        XCTAssertEqual(decide("سُئل الطالب عن سبب غيابه فأجاب بأنه كان مريضاً منذ ثلاثة أيام."), "text")
    }

    func testAnAgencysSignOffOfInitialsIsNotText() {
        for line in ["(انتهى) ن ع / ر ش", "--(قنا) س ف/ م ع", "و م / ع ن"] {
            XCTAssertEqual(decide(line), "boilerplate generic.shape.sign-off", line)
        }
        // A title and a name, a place and a word, a fraction: not initials.
        for line in ["أ. د/ محمد علي", "القاهرة/ خاص", "النسبة 3 / 4 من الأصوات"] {
            XCTAssertNotEqual(decide(line), "boilerplate generic.shape.sign-off", line)
        }
    }

    func testTheLabelsOfAQuestionAndAnswerPageAreNotText() {
        for line in ["السؤال", "الإجابة:", "الجواب"] {
            XCTAssertEqual(decide(line), "boilerplate generic.phrase.boilerplate.line", line)
        }
        XCTAssertEqual(decide("المفتي: الشيخ عبد الرحمن السالمي"), "boilerplate generic.phrase.boilerplate.byline")
        XCTAssertEqual(decide("الإجابة عن هذا السؤال تحتاج إلى مراجعة المصادر الأصلية."), "text")
    }

    func testWhoAnsweredWithARoleWelcomesCommentPoliciesAndContactDetailsAreNotText() {
        XCTAssertEqual(decide("إجابة: د. منى الخطيب، استشارية طب الأطفال"), "boilerplate generic.phrase.boilerplate.byline")
        XCTAssertEqual(decide("راجعه طبياً: د. وائل قاسم، أخصائي طب الأطفال"), "boilerplate generic.phrase.boilerplate.byline")
        XCTAssertEqual(decide("مرحباً بكم في موقع حلول دراسية، حيث تجدون إجابات أسئلة المناهج"), "boilerplate generic.phrase.boilerplate.lead")
        XCTAssertEqual(decide("يحتفظ الموقع بحق حذف التعليقات التي تتضمن إساءة أو تحريضاً."), "comments generic.phrase.comments.has")
        XCTAssertEqual(decide("جامعة الساحل، طريق الكورنيش، ص.ب 3120، الرمز البريدي 31952."), "footer generic.phrase.footer.has")
        XCTAssertEqual(decide("ساعات العمل من الأحد إلى الخميس، من الثامنة صباحاً حتى الثالثة عصراً."), "footer generic.phrase.footer.lead")
        // A byline's role is a few words, not a sentence; an article's sentences about the same things are text.
        XCTAssertEqual(decide("إجابة: نعم، يمكن ذلك إذا التزم المريض بالجرعة التي حددها الطبيب."), "text")
        XCTAssertEqual(decide("ساعات العمل الطويلة تؤثر في صحة الموظفين بحسب دراسة جديدة."), "text")
        XCTAssertEqual(decide("قررت الشركة حذف التعليقات المسيئة من صفحاتها."), "text")
        XCTAssertEqual(decide("أطلقت الهيئة نظام الرمز البريدي الجديد في المدن الكبرى."), "text")
    }

    func testAListItemEndingWithACountIsNoCaption() {
        XCTAssertEqual(decide("فني تشغيل محطات (35 وظيفة)"), "text")
        XCTAssertEqual(decide("سوق الخضار في وسط المدينة صباح الأحد (رويترز)"), "caption generic.shape.caption")
    }

    func testANameAndADateWithNothingBetweenAreAMetaLine() {
        XCTAssertEqual(decide("محمود فتحي الأحد، 14 ديسمبر 2025 02:43 م"), "timestamp generic.shape.meta-line")
        XCTAssertNotEqual(decide("سعر الدولار اليوم الأحد 14 ديسمبر 2025 في البنوك"), "timestamp generic.shape.meta-line")
        XCTAssertNotEqual(decide("المباراة تبدأ 20:00"), "timestamp generic.shape.meta-line")
    }

    func testANameThenADashAndADateIsAMetaLinePartWithTheTimeAfterIt() {
        // «name - date | time»: a byline and a date in one part, cut by a spaced dash.
        XCTAssertEqual(decide("هاني الزدجالي - 2026/03/08 | 09:15 بتوقيت مسقط"), "timestamp generic.shape.meta-line")
        XCTAssertEqual(decide("هاني الزدجالي - 2026/03/08 | 09:15"), "timestamp generic.shape.meta-line")
        // A headline with a dash and a year stays text: the year alone is no date.
        XCTAssertEqual(decide("الموازنة العامة - 2026 | قراءة في الأرقام"), "text")
    }

    func testABylineOfTwoNamesCutByADashIsAByline() {
        XCTAssertEqual(decide("تقرير: هدى سالم - عبدالله بن ناصر"), "boilerplate generic.phrase.boilerplate.byline")
        XCTAssertEqual(decide("كتب: هدى سالم | عبدالله ناصر"), "boilerplate generic.phrase.boilerplate.byline")
        // A name and a sentence after the dash is no byline.
        XCTAssertNotEqual(decide("كتب: هدى سالم - إن المدينة تحتاج إلى خطة جديدة للنقل العام"), "boilerplate generic.phrase.boilerplate.byline")
    }

    func testDontMissAndNewsletterLinesAreChrome() {
        XCTAssertEqual(decide("لا تفوّت"), "related generic.phrase.related.list")
        XCTAssertEqual(decide("احصل على أهم أخبار الواحة في بريدك كل صباح"), "widget generic.phrase.widget.has")
    }

    func testALinkToAFileAFeedbackQuestionAndAnAuthorsArchiveLinkAreChrome() {
        XCTAssertEqual(decide("تحميل التقرير السنوي كاملا (PDF - 1.4 MB)"), "widget generic.shape.file-link")
        XCTAssertEqual(decide("تنزيل نص الخطبة (Word)"), "widget generic.shape.file-link")
        XCTAssertEqual(decide("تحميل المحاصيل في الشاحنات بدأ فجرا (صور)"), "text", "a sentence is no link")
        XCTAssertEqual(decide("هل كان هذا المحتوى مفيدا؟"), "widget generic.phrase.widget.has")
        XCTAssertEqual(decide("هل كان المحتوى مفيدًا؟ نعم | لا"), "widget generic.phrase.widget.has")
        XCTAssertEqual(decide("كل مقالات الكاتبة"), "related generic.phrase.related.line")
    }

    func testABlogsSidebarWidgetsAPageCounterAndAMinuteMarkAreChrome() {
        XCTAssertEqual(decide("أرشيف المدونة"), "navigation generic.phrase.navigation.list")
        XCTAssertEqual(decide("أحدث التدوينات"), "related generic.phrase.related.list")
        XCTAssertEqual(decide("مدن (11)"), "navigation generic.shape.counted-entry")
        XCTAssertEqual(decide("► 2024 (37)"), "navigation generic.shape.counted-entry")
        XCTAssertEqual(decide("فني تشغيل محطات (35 وظيفة)"), "text")
        XCTAssertEqual(decide("انضم إلى هذا الموقع"), "widget generic.phrase.widget.line")
        XCTAssertEqual(decide("البحث عن:"), "widget generic.phrase.widget.line")
        XCTAssertEqual(decide("الصفحة 2 من 3"), "widget generic.shape.page-counter")
        XCTAssertEqual(decide("78'"), "timestamp generic.shape.minute-mark")
        XCTAssertEqual(decide("45+2'"), "timestamp generic.shape.minute-mark")
        XCTAssertEqual(decide("هل كانت الإجابة مفيدة؟ (87) (3)"), "widget generic.phrase.widget.has")
    }

    func testAVideoPlayersButtonsAndDurationAreChrome() {
        XCTAssertEqual(decide("شاهد الفيديو"), "widget generic.phrase.widget.line")
        XCTAssertEqual(decide("تشغيل الفيديو"), "widget generic.phrase.widget.line")
        XCTAssertEqual(decide("اضغط لتشغيل الفيديو"), "widget generic.phrase.widget.lead")
        XCTAssertEqual(decide("مدة الفيديو 04:28"), "widget generic.phrase.widget.lead")
        XCTAssertEqual(decide("مدة المقطع: 2:51"), "widget generic.phrase.widget.lead")
    }

    func testASitesNameAndANumericDateBehindADashAndAnAdsNumberAreMetaLines() {
        XCTAssertEqual(decide("الوادي إنفو - 2024-09-25 14:03"), "timestamp generic.shape.meta-line")
        XCTAssertEqual(decide("نشر منذ 5 ساعات | رقم الإعلان 884213"), "timestamp generic.shape.meta-line")
        XCTAssertEqual(decide("الموازنة العامة - 2026"), "text")
    }

    func testAStarRatingATextAndPhotosBylineAndABreakingNewsLineAreChrome() {
        XCTAssertEqual(decide("التقييم: ★★★★☆"), "widget generic.shape.star-rating")
        XCTAssertEqual(decide("نص وتصوير: مروان ضو"), "boilerplate generic.phrase.boilerplate.byline")
        XCTAssertEqual(decide("عاجل | مهرجان للتراث الشعبي في مدينة شندي"), "related generic.phrase.related.lead")
    }

    func testANameADateAndATimeBetweenSeparatorsAreAMetaLineNoMenu() {
        XCTAssertEqual(decide("الهادي القاسمي | الأربعاء 12 نوفمبر 2026 | 10:30 ص"), "timestamp generic.shape.meta-line")
        XCTAssertEqual(decide("الرئيسية | أخبار | رياضة"), "navigation generic.shape.menu")
    }

    func testACounterBesideADateIsAPartOfAMetaLine() {
        // A post's date and its views or comments: «منذ 6 أيام | شوهد 341 مرة».
        XCTAssertEqual(decide("منذ 4 أيام | شوهد 218 مرة"), "timestamp generic.shape.meta-line")
        XCTAssertTrue(decide("نشر في 3 مارس 2026 | 17 تعليق").hasPrefix("timestamp "))
        XCTAssertEqual(decide("منشور بواسطة هالة السعدي في 3 مارس 2026 | 17 تعليق"), "boilerplate generic.phrase.boilerplate.byline")
        // A counter and a name without a date say nothing of a date: no meta line.
        XCTAssertNotEqual(decide("هالة السعدي | 17 تعليق"), "timestamp generic.shape.meta-line")
    }

    func testCountersMayNameWhatTheyCountAfterTheNumber() {
        XCTAssertEqual(decide("شوهد 1,127 مرة"), "widget generic.phrase.widget.count")
        XCTAssertEqual(decide("مشاهدات: 5,230"), "widget generic.phrase.widget.count")
        // Not a counter: the phrase inside a sentence, or words between the phrase and the number.
        XCTAssertEqual(decide("شوهد الوزير يتفقد 12 مدرسة في الحي"), "text")
        XCTAssertEqual(decide("شوهد 3 مرات في المدينة"), "text")
    }

    /// A gallery's controls and labels, a sharing slogan, and list headers that name the section
    /// after them ("More from UK") are chrome; sentences holding the same words are text.
    func testGalleryControlsAndMoreListHeadersAreChrome() {
        XCTAssertEqual(decide("Caption", arabicPage: false), "widget generic.phrase.widget.line")
        XCTAssertEqual(decide("Back to Gallery", arabicPage: false), "widget generic.phrase.widget.line")
        XCTAssertEqual(decide("Sharing is caring!", arabicPage: false), "widget generic.phrase.widget.line")
        XCTAssertEqual(decide("الصورة التالية"), "widget generic.phrase.widget.line")
        XCTAssertEqual(decide("More from UK", arabicPage: false), "related generic.phrase.related.list")
        XCTAssertEqual(decide("DON'T MISS", arabicPage: false), "related generic.phrase.related.list")
        XCTAssertEqual(decide("Explore further", arabicPage: false), "related generic.phrase.related.list")
        XCTAssertEqual(decide("The caption under the photo named the wrong village.", arabicPage: false), "text")
        XCTAssertEqual(decide("More from the farm went to market this year than ever before.", arabicPage: false), "text")
    }

    func testListHeadersOfEveryKindOfStoryAndReadingTimes() {
        for header in ["مواضيع مماثلة", "أسئلة ذات صلة", "قصص قد تهمك", "فيديوهات مقترحة", "تقارير مشابهة",
                       "فتاوى ذات صلة", "وصفات مشابهة:", "منتجات قد تعجبك", "دروس مرتبطة", "مراجعات أخرى", "مقالات مترجمة أخرى"] {
            XCTAssertEqual(decide(header), "related generic.shape.related-header", header)
        }
        // The items' name is one or two words: a sentence or a longer line that ends so is not a header.
        XCTAssertEqual(decide("ونرى أن هذه القضايا كلها ذات صلة"), "text")
        XCTAssertEqual(decide("وناقش المجلس قضايا أخرى"), "text")
        XCTAssertEqual(decide("مقالات أخرى"), "related generic.phrase.related.list")
        XCTAssertEqual(decide("محتوى مدعوم"), "widget generic.phrase.widget.list")
        XCTAssertEqual(decide("مدة القراءة: 4 دقائق"), "widget generic.phrase.widget.date")
        XCTAssertEqual(decide("مدة القراءة في المدارس تزداد كل عام بحسب الدراسة"), "text")
        // A reading time in words: a number written out beside its unit.
        XCTAssertEqual(decide("وقت القراءة دقيقة واحدة"), "widget generic.phrase.widget.date")
        XCTAssertEqual(decide("مدة القراءة: خمس دقائق"), "widget generic.phrase.widget.date")
        XCTAssertEqual(decide("وقت القراءة يطول مع الروايات الكبيرة"), "text")
        // A duration in words is no date: only a reading time or a relative time («منذ …») makes it one.
        XCTAssertEqual(decide("المدة: ثلاث سنوات"), "text")
        XCTAssertEqual(decide("ثلاث سنوات"), "text")
        XCTAssertEqual(decide("المدة: سنتان"), "text")
        XCTAssertEqual(decide("منذ خمس دقائق"), "timestamp generic.phrase.timestamp.date")
        XCTAssertEqual(decide("قبل ثلاث ساعات"), "timestamp generic.phrase.timestamp.date")
        XCTAssertEqual(decide("المراجع"), "boilerplate generic.phrase.boilerplate.tail")
        XCTAssertEqual(decide("عن الكاتب: سلمى النجار"), "boilerplate generic.phrase.boilerplate.box")
        XCTAssertEqual(decide("يتبع…"), "boilerplate generic.phrase.boilerplate.line")
        XCTAssertEqual(decide("هذه المعلومات للتوعية ولا تغني عن استشارة الطبيب المختص"), "boilerplate generic.phrase.boilerplate.has")
        XCTAssertEqual(decide("تمت المراجعة الطبية بتاريخ 3 مارس 2026"), "boilerplate generic.phrase.boilerplate.date")
        XCTAssertEqual(decide("الأخبار  البرامج  فيديو  البث المباشر  جدول البرامج"), "navigation generic.shape.menu")
        XCTAssertEqual(decide("يتبع الوفد زيارته غداً بلقاء مع وزير الخارجية في العاصمة."), "text")
    }

    func testHashtagLinesAndListHeadersNamingTheirSection() {
        XCTAssertEqual(decide("#النفط #الطاقة #الأسواق"), "navigation generic.shape.hashtags")
        XCTAssertEqual(decide("المزيد من سياسة"), "related generic.phrase.related.list")
        XCTAssertEqual(decide("مقالات أخرى للكاتب"), "related generic.phrase.related.list")
        XCTAssertEqual(decide("آخر الأخبار عن قمة المناخ في جنيف اليوم"), "text", "a headline that starts like a header")
    }

    func testNotificationPromptsAndToolRowsAreWidgets() {
        XCTAssertEqual(decide("هل تريد تلقي إشعارات بأحدث الأخبار؟"), "widget generic.phrase.widget.has")
        XCTAssertEqual(decide("لاحقاً"), "widget generic.phrase.widget.line")
        XCTAssertEqual(decide("Allow notifications from this site"), "widget generic.phrase.widget.has")
        // An article tool with its object, in a row of tools.
        XCTAssertEqual(decide("اطبع الوصفة | احفظ الوصفة | شارك"), "widget generic.shape.links-row")
        // A headline quoting a name in reversed marks is no two-section path.
        XCTAssertEqual(decide("فوز »الأهلي« على الزمالك"), "text")
        // A copy-link button without its address is one of the article's tools too.
        XCTAssertEqual(decide("تكبير الخط | تصغير الخط | طباعة | نسخ الرابط"), "widget generic.shape.links-row")
        XCTAssertEqual(decide("الرئيسية | وصفات سريعة | حلويات"), "navigation generic.shape.menu", "sections are a menu")
    }

    func testNoticesAndPitchesWrittenAsSentences() {
        XCTAssertEqual(decide("هذا الخبر قيد التحديث، تابعونا لمعرفة آخر المستجدات."), "boilerplate generic.phrase.boilerplate.has")
        XCTAssertEqual(decide("تصحيح: ورد في نسخة سابقة من هذا الخبر رقم خاطئ."), "boilerplate generic.phrase.boilerplate.lead")
        XCTAssertEqual(decide("المقالات المنشورة تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي الموقع."), "boilerplate generic.phrase.boilerplate.has")
        XCTAssertEqual(decide("انضم إلى قناة الموقع على تلغرام لتصلك الأخبار أولاً بأول."), "widget generic.phrase.widget.lead")
        XCTAssertEqual(decide("أنت تستخدم متصفحاً قديماً، ننصحك بتحديثه."), "widget generic.phrase.widget.has")
        XCTAssertEqual(decide("شارك: واتساب - فيسبوك - تويتر - نسخ الرابط"), "widget generic.shape.share-row")
        XCTAssertEqual(decide("Listen on: Spotify | Apple Podcasts | Anghami | YouTube"), "widget generic.shape.share-row")
        XCTAssertEqual(decide("مشاركة: فيسبوك تويتر واتساب بريد"), "widget generic.shape.share-row")
        XCTAssertEqual(decide("استمع على: سبوتيفاي | أنغامي | ساوند كلاود"), "widget generic.shape.share-row")
        XCTAssertEqual(decide("هل وجدت ما تبحث عنه؟"), "widget generic.phrase.widget.line")
        XCTAssertEqual(decide("نعم / لا"), "widget generic.phrase.widget.line")
        XCTAssertEqual(decide("آخر تعديل: 07/12/2025 - 14:05"), "timestamp generic.phrase.timestamp.date")
        XCTAssertEqual(decide("نشرها نادية في 9:14 م"), "boilerplate generic.phrase.boilerplate.byline")
        XCTAssertEqual(decide("للاستفسارات الإعلامية:"), "boilerplate generic.phrase.boilerplate.box")
        XCTAssertEqual(decide("آراء المستخدمين (12)"), "comments generic.phrase.comments.tail")
        // Disclaimers under prices, quotes and reviews.
        XCTAssertEqual(decide("الأسعار المعروضة استرشادية وقد تختلف من متجر إلى آخر."), "boilerplate generic.phrase.boilerplate.has")
        XCTAssertEqual(decide("المعلومات الواردة في هذه الصفحة لا تعد توصية بالشراء أو البيع."), "boilerplate generic.phrase.boilerplate.has")
        XCTAssertEqual(decide("قد نحصل على عمولة صغيرة عند الشراء من الروابط في هذا المقال."), "boilerplate generic.phrase.boilerplate.has")
        XCTAssertEqual(decide("لا يتحمل الموقع أي مسؤولية عن محتوى البيانات الصحفية المنشورة."), "boilerplate generic.phrase.boilerplate.has")
        XCTAssertEqual(decide("لا تتحمل البورصة أي مسؤولية عن محتوى هذا الإفصاح أو دقته."), "boilerplate generic.phrase.boilerplate.has")
        XCTAssertEqual(decide("ما ينشر في هذه الصفحة لأغراض إعلامية ولا يعد استشارة قانونية."), "boilerplate generic.phrase.boilerplate.has")
        XCTAssertEqual(decide("تلقيت هذه الرسالة لأنك اشتركت في نشرتنا الأسبوعية عبر موقعنا."), "boilerplate generic.phrase.boilerplate.has")
        XCTAssertEqual(decide("تنبيه: تحتوي هذه المراجعة على حرق للأحداث."), "boilerplate generic.phrase.boilerplate.has")
        // Shops' and campaigns' buttons and pitches.
        XCTAssertEqual(decide("أضف إلى السلة"), "widget generic.phrase.widget.line")
        XCTAssertEqual(decide("استخدم الكود WINTER15 للحصول على خصم 15% على أجهزة التدفئة."), "widget generic.phrase.widget.lead")
        XCTAssertEqual(decide("هل صادفت خبراً مشكوكاً فيه؟ أرسله إلينا عبر واتساب."), "widget generic.phrase.widget.has")
        XCTAssertEqual(decide("← الحلقة السابقة | الحلقة التالية →"), "navigation generic.shape.links-row")
        // Article sentences that share a word with them stay text.
        XCTAssertEqual(decide("وقال الوزير إن الحكومة تتحمل المسؤولية عن تأخر المشروع كاملة."), "text")
        XCTAssertEqual(decide("وحددت الوزارة أسعاراً استرشادية للخبز والسكر في الأسواق الشعبية."), "text")
        XCTAssertEqual(decide("وقال المحلل إن الشركة لا تتحمل وحدها كلفة التأخير في المشروع."), "text")
        XCTAssertEqual(decide("انتهى الاجتماع إلى اتفاق على تحديث شبكة المياه خلال عامين."), "text")
        XCTAssertEqual(decide("وقال الوزير إن التحديث يشمل المدارس والمستشفيات في المحافظة."), "text")
    }

    func testCaptionsSectionWordsMastheadsAndPrayerTimes() {
        XCTAssertEqual(decide("مهاجرون ينتظرون في مركز استقبال على الحدود (أ.ف.ب)"), "caption generic.shape.caption")
        XCTAssertEqual(decide("الاشتراك في: تعليقات الرسالة (Atom)"), "text", "a label before the parentheses")
        XCTAssertEqual(decide("لحظة افتتاح الجسر الجديد أمام السيارات (فيديو)"), "text", "a headline's medium")
        XCTAssertEqual(decide("الخطة الخمسية الجديدة (2025-2030)"), "text", "a number in parentheses")
        XCTAssertEqual(decide("وقال الوزير إن الخطة جاهزة. وأضاف أنها تبدأ قريباً (رويترز)"), "text", "sentences before the credit")
        XCTAssertEqual(decide("صحة ومجتمع"), "navigation generic.shape.section-word")
        XCTAssertEqual(decide("اقتصاد"), "navigation generic.shape.section-word")
        XCTAssertEqual(decide("رئيس مجلس الإدارة ورئيس التحرير محمود عبد الحليم"), "boilerplate generic.phrase.boilerplate.lead")
        XCTAssertEqual(decide("الفجر 05:34 الظهر 11:39 العصر 14:24 المغرب 16:42 العشاء 18:04"), "timestamp generic.shape.date")
        XCTAssertEqual(decide("المغرب يفوز على تونس 2-1 في ختام البطولة"), "text")
    }

    func testWidgetsOfPageKindsOtherThanNews() {
        // A travel guide's hotel search box, an event page's buttons and map link.
        for line in ["ابحث عن فندق في جربة", "تاريخ الوصول", "تاريخ المغادرة", "تحقق من الأسعار", "احجز تذكرتك",
                     "أضف إلى التقويم", "عرض الموقع على الخريطة"] {
            XCTAssertEqual(decide(line).split(separator: " ").first, "widget", line)
        }
        // A classified ad's report link, a review's rating button, a mirrored post's translation link.
        XCTAssertEqual(decide("أبلغ عن هذا الإعلان"), "widget generic.phrase.widget.line")
        XCTAssertEqual(decide("قيّم المنتج"), "widget generic.phrase.widget.line")
        XCTAssertEqual(decide("عرض الترجمة"), "widget generic.phrase.widget.line")
        // An app catalogue's install button and description label; a review's price box header.
        XCTAssertEqual(decide("تثبيت"), "widget generic.phrase.widget.line")
        XCTAssertEqual(decide("حول هذا التطبيق"), "widget generic.phrase.widget.line")
        XCTAssertEqual(decide("أين تشتري"), "widget generic.phrase.widget.list")
        // A podcast episode's guest line; a download link's file format is no photo credit.
        XCTAssertEqual(decide("الضيف: د. نازك عثمان، باحثة في اقتصاديات الغابات"), "boilerplate generic.phrase.boilerplate.byline")
        XCTAssertNotEqual(decide("تحميل النتائج كاملة (PDF)"), "caption generic.shape.caption")
        // A newsletter platform's pitch; a search engine's cache banner; a live page's minute markers.
        XCTAssertEqual(decide("شكراً لقراءتك رسالة الأحد! اشترك مجاناً لتصلك الرسائل الجديدة."), "widget generic.phrase.widget.has")
        XCTAssertEqual(decide("هذه هي النسخة المخبأة من https://site.example/a في Google. وهي لقطة للصفحة كما ظهرت في 14 ديسمبر 2025."),
                       "boilerplate generic.phrase.boilerplate.lead")
        XCTAssertEqual(decide("قد تكون الصفحة الحالية قد تغيرت في هذه الأثناء. مزيد من المعلومات."), "boilerplate generic.phrase.boilerplate.has")
        XCTAssertEqual(decide("د 78"), "timestamp generic.phrase.timestamp.count")
        XCTAssertEqual(decide("الدقيقة 45"), "timestamp generic.phrase.timestamp.count")
        // Sentences that share their words stay text.
        for line in ["ابحث عن فندق قريب من المدينة القديمة إن كنت تزورها أول مرة.",
                     "وقال إن تاريخ الوصول المتوقع للشحنة هو نهاية الشهر الجاري.",
                     "د. منى الخطيب", "الدقيقة الأخيرة من المباراة حملت هدف الفوز للفريق الضيف."] {
            XCTAssertEqual(decide(line), "text", line)
        }
    }

    func testLatinWidgetTextIsChromeOnArabicPagesOnly() {
        XCTAssertEqual(decide("Sign up for our newsletter"), "widget generic.phrase.widget.has")
        XCTAssertEqual(decide("Arab Daily Wire"), "widget generic.shape.latin-line")
        XCTAssertEqual(decide("Arab Daily Wire", arabicPage: false), "text")
    }
}

/// The text-dump path end to end: regions, the headline, its repeats, short text between text.
final class PlainTextPathTests: XCTestCase {
    static let p1 = "أعلنت البلدية اليوم إغلاق الجسر الرئيسي للصيانة ثلاثة أسابيع اعتباراً من مطلع الشهر المقبل."
    static let p2 = "وقالت البلدية إن الحافلات العامة ستسلك مسارات بديلة عبر الطريق الدائري طوال مدة الأشغال."
    static let p3 = "ونشرت خريطة للتحويلات على لوحات إرشادية عند مداخل المدينة وفي محطات الحافلات."
    static let p4 = "ودعت السائقين إلى تجنب المنطقة في ساعات الذروة والتقيد بتعليمات شرطة المرور طوال الأشغال."
    /// Headlines of the site's other articles, for its lists.
    static let otherHeadlines = ["المجلس البلدي يقر خطة جديدة لتنظيم الأسواق الشعبية", "افتتاح معرض الكتاب السنوي بمشاركة مئة دار نشر",
                                 "منتخب الناشئين يتأهل إلى نهائي البطولة الإقليمية", "ارتفاع أسعار الخضار مع بداية موسم الأمطار"]

    func run(_ lines: [String], url: String? = nil) throws -> Document { clean(lines, rules: try Repo.rules, url: url) }

    func testBreadcrumbEndingWithTheHeadlineAndTheHeadline() throws {
        let title = "إغلاق الجسر الرئيسي للصيانة ثلاثة أسابيع"
        let doc = try run(["موقع المدينة", "الرئيسية » أخبار » " + title, title, "الثلاثاء 7 أكتوبر 2025 - 12:40", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        XCTAssertEqual(doc.decision(3), "title generic.headline")
        XCTAssertEqual(doc.decision(2), "navigation generic.headline-in-breadcrumb")
    }

    func testAGalleryCountingItsPhotosWithMinHasACaptionUnderEachCounter() throws {
        // «1 من 3» over each photo's caption, the gallery between the date and the text: the
        // captions are captions, the headline above the date stays the headline.
        let title = "إعادة افتتاح 28 محلاً في سوق اللبن القديم بعد ترميمها"
        let captions = ["جانب من المحلات المرممة في سوق اللبن", "حرفيون يعملون في ورشة للزجاج داخل السوق", "زوار يتجولون في السوق بعد افتتاحه"]
        let doc = try run(["الرئيسية / محليات / عربي ودولي / رياضة / صور وفيديو / مقالات", "", "محليات", title, "الخليل - مراسلنا",
                           "الأحد 14 كانون الأول 2025 - 10:32", "", "صور: مراد الجعبري", "1 من 3", captions[0], "2 من 3", captions[1],
                           "3 من 3", captions[2], "", Self.p1, "", Self.p2, "", Self.p3])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.captions, captions)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
    }

    func testABulletinsHeadlineUnderItsPathAndNumberIsTheTitle() throws {
        let title = "أجواء باردة على المرتفعات وتشكّل الصقيع في ساعات الصباح الباكر"
        let doc = try run(["الرئيسية", "النشرات الجوية", "التحذيرات", "", "النشرات الجوية > النشرة اليومية", "", "مستوى التنبيه: أصفر",
                           "النشرة رقم 348", "صادرة في: 14 ديسمبر 2025 - الساعة 06:00 صباحاً", "", title, "", Self.p1, "", Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.captions, [])
    }

    func testALettersClosingUnderItsNumberedItemsIsTextAndItsSignatoryIsNot() throws {
        // A school's announcement: a lead-in's numbered items close the text up to the next
        // chrome line, over the closing formula and the signatory (two short lines in a row).
        let title = "تعديل موعد اختبارات نهاية الفصل الأول لطلبة المرحلة المتوسطة"
        let items = ["1. يحضر الطلبة في تمام الساعة السابعة والربع صباحاً", "2. ينصرف الطلبة بعد انتهاء الاختبار مباشرة، وتعمل الحافلات وفق جدول خاص",
                     "3. يُمنع إحضار الهواتف المحمولة إلى قاعات الاختبار", "4. يُرسل جدول الاختبارات التفصيلي عبر بوابة ولي الأمر"]
        let doc = try run(["عن المدرسة", "القبول والتسجيل", "تواصل معنا", "", title, "نُشر في: 14/12/2025 | الإدارة", "",
                           "السادة أولياء الأمور الكرام،", "", "تحية طيبة وبعد،", "", Self.p1, "", "ونرجو منكم مراعاة ما يلي:", ""]
                          + items + ["", "شاكرين لكم حسن تعاونكم،", "", "إدارة المدرسة", "", "المرفقات: التقويم المدرسي المعدل (PDF)",
                                     "العودة إلى الإعلانات"])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, ["السادة أولياء الأمور الكرام،", "تحية طيبة وبعد،", Self.p1, "ونرجو منكم مراعاة ما يلي:"]
                       + items + ["شاكرين لكم حسن تعاونكم،"])
    }

    func testAnEventsHeadlineOverItsFactsAndCalendarButtonsIsTheTitle() throws {
        // The calendars a button offers are the button's («أضف إلى التقويم: Google | …»), no menu
        // ending the head block: the event's name above its facts is the headline.
        let title = "سوق الشتاء في حديقة البدع يعود بأكثر من 120 كشكاً للأسر المنتجة"
        let doc = try run(["الفعاليات", "التقويم", "الأماكن", "", "الكل · ثقافة · رياضة · عائلي · معارض", "", title, "",
                           "التاريخ: 18 - 27 ديسمبر 2025", "الوقت: 4:00 م - 11:00 م", "المكان: حديقة البدع", "التذاكر: مجاناً", "",
                           "أضف إلى التقويم: Google | Outlook | iCal", "", Self.p1, "", Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testAThreadsPostsEachClosedByItsCounterAreAllTheText() throws {
        // The longest post is the text's by its length; the shorter ones after it end with their
        // sentence before the counter, as the text's paragraphs do.
        let posts = ["أولاً: الزيادة في التحويلات ليست لأن المغتربين يرسلون أكثر، بل لأن جزءاً كبيراً مما كان يمر عبر السوق الموازية عاد إلى البنوك بعد توحيد سعر الصرف في الربيع الماضي. 2/5",
                     "ثانياً: تكلفة التحويل ما زالت مرتفعة، إذ يدفع المغترب في المتوسط ستة بالمئة من المبلغ. 3/5",
                     "ثالثاً: تطبيقات التحويل عبر الهاتف صارت تنقل نحو ربع التحويلات هذا العام. 4/5",
                     "الخلاصة: الأرقام الجيدة تحتاج سياسة تشجع الادخار والاستثمار قبل أي شيء آخر. 5/5"]
        let doc = try run(["Thread Reader", "Unroll a thread | Help | Premium", "", "Follow", "14 Dec 2025 · 5 tweets · 2 min read", "",
                           Self.p1 + " 1/5", ""] + posts.flatMap { [$0, ""] } + ["• • •", "Save as PDF | Share this thread"])
        XCTAssertEqual(Array(doc.articles.first?.paragraphs.suffix(4) ?? []), posts)
    }

    func testAPricePagesUpdateNoticeOverItsMenuIsNotTheHeadline() throws {
        let title = "أسعار الخضار والفواكه في سوق الموالح المركزي اليوم الأحد"
        let doc = try run(["USD 0.385 ر.ع | EUR 0.452 ر.ع | مسقط 27°", "تحديث الأسعار يومياً عند 7:00 صباحاً", "", "الخضار", "الفواكه",
                           "الأسماك", "اللحوم", "أسعار الوقود", "", title, "آخر تحديث: اليوم 07:15 ص", "", Self.p1, "", Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testAHeadlinePrintedAgainAfterItsSubtitleIsDroppedAsARepeat() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let subtitle = "الأشغال تستمر ثلاثة أسابيع والحافلات تسلك الطريق الدائري"
        let doc = try run(["القائمة", title, subtitle, title, Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [subtitle, Self.p1, Self.p2])
        XCTAssertEqual(doc.decision(4), "title generic.headline-repeat")
        XCTAssertEqual(doc.blocks[3].dedupRule, InPageDeduplicator.repeatedTitle)
    }

    func testAShortHeadlineBesideADateIsTheTitleNotAMenuEntry() throws {
        let doc = try run(["  • الرئيسية", "  • سياسة", "  • اتصل بنا", "سياسة", "استقالة وزير النقل", "11/09/2025 10:15", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, "استقالة وزير النقل")
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testNoHeadlineGivesAnEmptyTitleRatherThanAMenuLine() throws {
        let doc = try run(["Menu", "Search", Self.p1, Self.p2, "Share this article"])
        XCTAssertEqual(doc.articles.first?.title, "")
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testAJobAdsBoxOfFieldsIsNoListAndTheHeadlineAboveItIsTheTitle() throws {
        // The text's first paragraph, then a subheading the context drops and two lists: the
        // longest run is the last paragraphs, whose walk up ends in the lists; the first
        // paragraph's head block holds the employer and a box of fields, which are no list of
        // headline-like lines that would send the choice back to the lists.
        let title = "مطلوب مهندس صيانة لمصنع أغذية في المنطقة الصناعية"
        let doc = try run(["تسجيل الدخول | أضف وظيفة", "", "الوظائف", "الشركات", "", "الوظائف / هندسة", "", title,
                           "مصنع الواحة للأغذية", "", "المدينة: الرياض", "نوع الوظيفة: دوام كامل",
                           "القسم: الصيانة والتشغيل", "", "قدّم الآن", "",
                           "يبحث مصنع متوسط الحجم للأغذية عن مهندس صيانة للانضمام إلى فريق العمليات في المصنع.", "",
                           "المهام الرئيسية", "", "متابعة جداول الصيانة الوقائية للخطوط",
                           "إصلاح الأعطال الكهربائية والميكانيكية", "كتابة تقارير الأعطال ورفعها إلى الإدارة",
                           "تدريب الفنيين الجدد على معدات المصنع", "", "المتطلبات", "",
                           "بكالوريوس هندسة ميكانيكية أو كهربائية", "خبرة في مصانع الأغذية", "إجادة قراءة المخططات الفنية",
                           "رخصة قيادة سارية", "", "يفضل من عمل سابقاً على خطوط التعبئة الآلية.", "",
                           "ترسل الطلبات عبر الموقع، ويجري التواصل مع المرشحين المناسبين فقط.", "", "وظائف مشابهة",
                           "مطلوب محاسب لشركة تجارية"])
        XCTAssertEqual(doc.articles.first?.title, title)
    }

    func testABlogPostsQuestionHeadlineOverItsDateLineAndTheCommentsHeaderQuotingIt() throws {
        // WordPress: the headline asks a question; under it «نُشر في … بواسطة … — 5 تعليقات»; the
        // comments open with a header quoting the headline, which is no printing of it again.
        let title = "لماذا تبقى أسطح بيوتنا حارة حتى منتصف الليل؟"
        let items = ["طلاء السطح بطلاء عاكس فاتح اللون", "إضافة طبقة عزل فوق الخرسانة قبل البلاط", "تظليل السطح بمظلات خفيفة أو نباتات متسلقة"]
        let doc = try run(["خواطر مهندسة", "عن العمارة والمدن والحياة اليومية", "الرئيسية   عن المدونة   مشاريع   تواصل", "", title,
                           "نُشر في 14 ديسمبر 2025 بواسطة ريم العلي — 5 تعليقات", "", Self.p1, "", Self.p2, "",
                           "هناك ثلاثة حلول جربتها في مشاريع سابقة:", ""] + items + ["", Self.p3, "",
                           "5 تعليقات على “\(title)”", "", "سارة قال:", "14 ديسمبر 2025 الساعة 9:14 م",
                           "موضوع مهم جداً، في حيّنا جرّبنا طلاء الأسطح بالأبيض وفعلاً انخفضت الحرارة في الطابق الأخير.", "رد"])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, "هناك ثلاثة حلول جربتها في مشاريع سابقة:"] + items + [Self.p3])
    }

    func testAShopsButtonPrintedUnderEachPriceIsNotTheHeadlinePrintedAgain() throws {
        let title = "مراجعة الغسالة «موجة 9»: غسيل هادئ وتوفير في الماء وبرامج قليلة"
        let doc = try run(["الرئيسية | مراجعات | عروض", "", "أجهزة منزلية", title, "مراجعة: سامي العلي | آخر تحديث: 14/12/2025", "",
                           "متجر الأجهزة الحديثة - 2,149 ريال", "اذهب إلى المتجر", "سوق البيت - 2,199 ريال", "اذهب إلى المتجر", "",
                           "جربنا الغسالة شهراً كاملاً مع أسرة من خمسة أفراد وغسلنا فيها أقمشة من كل نوع.", "",
                           "تعمل الغسالة بصوت منخفض حتى في دورة العصر السريع، ولا تهتز على البلاط.", "",
                           "الحكم النهائي", "", "غسالة جيدة لمن يريد هدوءاً وتوفيراً في الماء أكثر من كثرة البرامج."])
        XCTAssertEqual(doc.articles.first?.title, title)
    }

    func testARowOfAnAppsFiguresBetweenItsNameAndTheTextIsPassed() throws {
        let title = "نبض - متابعة اللياقة والخطوات اليومية"
        let doc = try run(["ابحث عن تطبيق أو لعبة", "الألعاب  التطبيقات  الأكثر تنزيلاً", "", title, "شركة المدار للبرمجيات",
                           "4.4★ · 8 آلاف مراجعة · +100 ألف تنزيل · مناسب لمن هم فوق 12 سنة", "", "أبرز ما في التطبيق", "",
                           "يتيح لك تطبيق «نبض» متابعة خطواتك اليومية ومعدل نبضك وساعات نومك من هاتفك مباشرة.", "",
                           "ويقترح التطبيق أهدافاً أسبوعية تناسب لياقتك، ويذكّرك بالحركة إذا طال جلوسك."])
        XCTAssertEqual(doc.articles.first?.title, title)
    }

    func testTheBoxUnderTheHeadlineCountsTheFieldsTheContextDropped() throws {
        let title = "مناقصة توريد مقاعد دراسية لمدارس الولاية للعام المقبل"
        let doc = try run(["الرئيسية > المناقصات > توريدات", "", title, "", "رقم المناقصة: 2025/77", "الجهة: المديرية العامة للتعليم",
                           "الفئة: توريدات - الدرجة الأولى", "رسوم المستندات: 80 ر.ع", "آخر موعد لتقديم العطاءات: 05/02/2026", "",
                           Self.p1, "", Self.p2, "", Self.p3])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
    }

    /// A forum thread: the title at the top (and in the document's title line), the thread's
    /// tools, the poster's box, the post's title again after its icon's name («افتراضي»), a
    /// greeting, the post. The greeting opens the text; the headline is the thread's title (its
    /// tag «(مجرب)» is no photo credit), the icon line prints it again.
    func testAForumThreadsTitleAfterItsIconAndAGreetingAreNotTheHeadline() throws {
        let title = "طريقة تنظيف مروحة الحاسوب المحمول بدون فك الغطاء (مجرب)"
        let post1 = "لاحظت أن جهازي صار يسخن بسرعة ويصدر صوتاً عالياً بعد سنتين من الاستعمال اليومي."
        let post2 = "استعملت علبة هواء مضغوط من فتحات التهوية الجانبية على دفعات قصيرة، والجهاز مطفأ."
        let doc = try run([title + " - منتدى التقنية", "منتدى التقنية > الحواسيب > الصيانة", title,
                           "إضافة رد", "أدوات الموضوع   انواع عرض الموضوع", "#1", "قديم 03-11-2025, 08:15 PM",
                           "أبو_خالد", "تاريخ التسجيل: Jan 2020", "المشاركات: 842",
                           "افتراضي " + title, "السلام عليكم ورحمة الله وبركاته", post1, post2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, ["السلام عليكم ورحمة الله وبركاته", post1, post2])
        XCTAssertEqual(doc.decision(3), "title generic.headline")
        XCTAssertEqual(doc.decision(11), "title generic.headline-repeat")
        XCTAssertEqual(doc.decision(5), "widget generic.shape.links-row")
    }

    /// A line over the head (a ticker's item, a caption), the date, then the headline right over
    /// the text: the headline is the longer line under the date; a deck right under a headline,
    /// or a long one under its date, stays the deck.
    func testAHeadlineUnderTheDateWinsOverAShorterLineAboveIt() throws {
        let title = "البلدية تغلق الجسر الرئيسي ثلاثة أسابيع لأعمال صيانة عاجلة في الأساسات"
        let over = "مشهد عام لحركة السير فوق الجسر صباحاً"
        let doc = try run(["أخبار المدينة", over, "الأحد 14 ديسمبر 2025", title, Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])

        let headline = "البلدية تغلق الجسر الرئيسي للصيانة"
        let deck = "الأشغال تستمر ثلاثة أسابيع والحافلات تسلك الطريق الدائري بدل الجسر"
        let adjacent = try run(["أخبار المدينة", headline, deck, "الأحد 14 ديسمبر 2025", Self.p1, Self.p2])
        XCTAssertEqual(adjacent.articles.first?.title, headline)
        XCTAssertEqual(adjacent.articles.first?.paragraphs, [deck, Self.p1, Self.p2])
        let longDeck = "الأشغال تستمر ثلاثة أسابيع على الأقل والحافلات العامة تسلك الطريق الدائري بدل الجسر حتى نهاية الأعمال"
        let apart = try run(["أخبار المدينة", headline, "الأحد 14 ديسمبر 2025", longDeck, Self.p1, Self.p2])
        XCTAssertEqual(apart.articles.first?.title, headline)
        // An author's line under the headline's date makes it the headline: the longer line under
        // them is the photo's caption over the text.
        let caption = "عمال البلدية يفحصون أساسات الجسر الرئيسي قبل بدء أعمال الصيانة صباح الأحد"
        let bylined = try run(["أخبار المدينة", headline, "الأحد 14 ديسمبر 2025", "إعداد: سامي الحلبي", caption, Self.p1, Self.p2])
        XCTAssertEqual(bylined.articles.first?.title, headline)
    }

    /// After the last paragraph, set apart: a table under its subheading, a list, then
    /// subheadings over subheadings over their items — the text's, up to the page's buttons (the
    /// table's rows are figures, set apart: `generic.table-row`).
    func testSectionsAndTablesClosingTheTextAreText() throws {
        let title = "تمويل الألواح الشمسية للمنازل"
        let lines = [title, "", "14/12/2025", "", Self.p1, "", Self.p2, "",
                     "تمويل حتى عشرين ألف دينار", "فترة سداد حتى سبع سنوات", "دون دفعة أولى", "",
                     "الشروط", "", "للموظفين", "", "تحويل الراتب إلى البنك", "خدمة لا تقل عن سنة", "",
                     "جدول الأقساط", "", "المبلغ | المدة | القسط", "5,000 | 5 سنوات | 97 ديناراً", "10,000 | 7 سنوات | 148 ديناراً", "",
                     "قدّم الآن", "", "جميع الحقوق محفوظة"]
        let doc = try run(lines)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, "تمويل حتى عشرين ألف دينار", "فترة سداد حتى سبع سنوات",
                                                        "دون دفعة أولى", "الشروط", "للموظفين", "تحويل الراتب إلى البنك",
                                                        "خدمة لا تقل عن سنة", "جدول الأقساط"])
        XCTAssertEqual(doc.blocks.filter { $0.rule == GenericRule.tableRow }.count, 3)
        XCTAssertEqual(doc.decision(26), "widget generic.phrase.widget.line")
    }

    func testATickerBehindItsLabelIsChrome() throws {
        let title = "إغلاق طريق الجبل بسبب الثلوج"
        let doc = try run(["آخر الأخبار: انقطاع الكهرباء عن قرى الساحل ... المدارس تقفل أبوابها غداً", title, "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        XCTAssertEqual(doc.decision(1), "related generic.phrase.related.lead")
        // Two headlines behind a one-word label: a ticker; a headline with its site's name is not.
        let breaking = try run(["عاجل: إغلاق مؤقت لطريق الساحل السريع لأعمال صيانة ◆ البلدية تزيل مخالفات في سوق الجمعة",
                                title, "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(breaking.articles.first?.title, title)
        XCTAssertEqual(breaking.decision(1), "related generic.phrase.related.lead", "a breaking-news strip's label")
        XCTAssertNotNil(PlainTextLabeler.ticker(LineWords("عاجل: إغلاق مؤقت لطريق الساحل السريع لأعمال صيانة ◆ البلدية تزيل مخالفات في سوق الجمعة")))
        XCTAssertNil(PlainTextLabeler.ticker(LineWords("عاجل: إغلاق طريق الجبل بسبب الثلوج | أخبار الوادي")))
    }

    /// A poem's verses after its introduction, each two halves set apart by «***»: the text's.
    func testAPoemsVersesAfterItsIntroductionAreText() throws {
        let verses = ["يا بحرُ خذْ من شاطئي أسراري *** واتركْ لقلبي موجةَ الأخبارِ",
                      "ما زلتُ أحفظُ في الرمالِ خطاكمُ *** وأعدُّ في ليلِ الشتاءِ نهاري",
                      "عودوا فإنَّ البيتَ بعدَ غيابكمْ *** صمتٌ يطولُ وموقدٌ بلا نارِ"]
        let intro = "كتب الشاعر هذه القصيدة بعد سفر أبنائه الثلاثة إلى الخارج، ونشرها في ديوانه الأول."
        let doc = try run(["الرئيسية • الشعراء • القصائد", "رسالة إلى البحر", "14/12/2025", intro, ""] + verses + ["", "قصائد أخرى للشاعر", "بلادي", "ليل الوادي"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [intro] + verses)
    }

    /// A job ad: the headline, the employer, a box of fields, the apply button, the text, then
    /// the duties under their subheading. The fields are no list of headlines: the walk up from
    /// the text reaches the headline, and the duties' run does not win the head.
    func testAJobAdsBoxOfFieldsIsNoListAboveItsText() throws {
        let title = "مطلوب مهندس مدني لشركة مقاولات في مدينة صلالة"
        let duties = ["إعداد جداول الكميات ومتابعة المستخلصات الشهرية للمقاولين", "إعداد تقارير الإنجاز الأسبوعية والربع سنوية",
                      "متابعة أعمال الخرسانة والتنسيق مع المختبر الخارجي", "المشاركة في إعداد الميزانية السنوية"]
        let needs = ["بكالوريوس هندسة مدنية", "خبرة لا تقل عن خمس سنوات في مجال مماثل", "إجادة برامج الرسم الهندسي وجداول البيانات",
                     "رخصة قيادة سارية"]
        let doc = try run(["الوظائف / وظائف عمان / هندسة", "", title, "شركة الوادي للمقاولات العامة", "", "الموقع: صلالة",
                           "نوع الوظيفة: دوام كامل", "الراتب: 900 - 1200 ر.ع", "تاريخ النشر: منذ يوم", "", "قدّم الآن", "",
                           "تبحث شركة مقاولات متوسطة الحجم في صلالة عن مهندس مدني للعمل في مشاريع الطرق والمباني.", "",
                           "المهام الرئيسية", ""] + duties + ["", "المتطلبات", ""] + needs)
        XCTAssertEqual(doc.articles.first?.title, title)
        // «إعداد» opening a duty is no byline: the preparer's line has its colon («إعداد: …»).
        let byline = try run([title, "14/12/2025", Self.p1, "إعداد تقارير الإنجاز الأسبوعية", Self.p2])
        XCTAssertEqual(byline.articles.first?.paragraphs, [Self.p1, "إعداد تقارير الإنجاز الأسبوعية", Self.p2])
    }

    func testAGreetingIsNoHeadlineEvenWithoutAComma() throws {
        let title = "سؤال عن تجديد جواز السفر من خارج البلد"
        let doc = try run(["منتدى المغتربين", title, "15/10/2025", "مرحبا بالجميع", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs.first, "مرحبا بالجميع")
    }

    func testAMirroredPostsCommentsUnderTheirSortControlAreNotText() throws {
        let doc = try run(["صفحة جمعية الحي", "14 ديسمبر الساعة 9:46 ص", Self.p1, Self.p2, Self.p3, "عرض الترجمة", "الأكثر ملاءمة",
                           "سنية الفرجاني", "رحمه الله وأسكنه فسيح جناته، كان نعم الجار.", "أعجبني · رد · ٣ س"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
    }

    func testAPhotoCaptionUnderTheHeadlineIsNotTheHeadlineButAVideoTagIs() throws {
        let title = "قمة المناخ تختتم أعمالها باتفاق على صندوق للتكيف"
        let doc = try run(["الرئيسية", "سياسة", title, "لينا الصباغ", "17/11/2025", "انقر هنا للمشاركة", "جلسة ختامية لقمة المناخ (الأناضول)",
                           Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        let video = "لحظة افتتاح الجسر الجديد أمام السيارات (فيديو)"
        XCTAssertEqual(try run(["الرئيسية", video, "الأحد 14 ديسمبر 2025", Self.p1, Self.p2]).articles.first?.title, video)
    }

    func testATickerLineAboveTheArticleIsNotWhereItsTextStarts() throws {
        let ticker = (1...6).map { "خبر عاجل رقم \($0) عن أحداث اليوم في المدينة" }.joined(separator: "    ")
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let doc = try run(["صدى المدينة", "رئيس التحرير محمود عبد الحليم", "عاجل", ticker, "الرئيسية", "محليات", title,
                           "الثلاثاء، 11 نوفمبر 2025 02:54 م", Self.p1, Self.p2, Self.p3])
        XCTAssertEqual(doc.articles.first?.title, title)
    }

    func testTheSiteNameOverALoginButtonIsNotTheHeadline() throws {
        let title = "مهرجان الموسيقى الصحراوية يعود بعد غياب"
        let doc = try run(["العين الإخبارية الجديدة", "تسجيل الدخول", "اشترك", title, "بواسطة: فريق التحرير", "20 فبراير 2025", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
    }

    func testAListAfterItsHeaderEndsAtArticleTextAndKeepsQuestionHeadlines() throws {
        let doc = try run(["عنوان الخبر عن إغلاق الجسر", Self.p1, "اقرأ أيضاً", "كيف تتجنب الازدحام في ساعات الذروة؟",
                           "بلدية المدينة تعلن مواعيد جديدة للحافلات", Self.p2, Self.p3])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
        XCTAssertEqual(doc.decision(4), "related generic.in-list.related")
    }

    func testTeasersCutWithAnEllipsisStayInTheList() throws {
        let doc = try run(["عنوان الخبر عن إغلاق الجسر", Self.p1, Self.p2, "أخبار متعلقة", "حملة لفحص ضغط الدم مجاناً",
                           "12 يناير 2025", "تنطلق الحملة الأسبوع المقبل وتستمر عشرة أيام بمشاركة متطوعين من كلية الطب..."])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testAHeadlineAfterATopListIsGivenBackToTheArticle() throws {
        let title = "إغلاق الجسر الرئيسي للصيانة ثلاثة أسابيع"
        let doc = try run(["الأكثر قراءة", "انخفاض أسعار الخضروات في أسواق الجملة", title, "الأحد 14 ديسمبر 2025", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.decision(2), "related generic.in-list.related")
    }

    func testACommentBlockAfterTheArticleRunsToTheEndButNotBeforeIt() throws {
        let comment = "أتمنى أن تنتهي الأشغال في موعدها لأن الازدحام في الطريق الدائري لا يطاق منذ سنوات طويلة."
        let doc = try run(["عنوان الخبر عن إغلاق الجسر", "التعليقات", Self.p1, Self.p2, "التعليقات", comment])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        XCTAssertEqual(doc.decision(6), "comments generic.in-tail.comments")
        XCTAssertEqual(doc.decision(2), "comments generic.phrase.comments.tail", "a comment link above the text is one line")
    }

    func testHeadlinesOfOtherPagesAboveTheHeadlineOrBelowTheTextAreDropped() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let other1 = "افتتاح معرض الكتاب السنوي بمشاركة مئتي دار نشر"
        let other2 = "ارتفاع أسعار الخضروات في الأسواق مع بداية الشتاء"
        let doc = try run([other1, "الرئيسية", title, "الأحد 14 ديسمبر 2025", Self.p1, Self.p2, Self.p3, other2, "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
        XCTAssertEqual(doc.decision(1), "boilerplate generic.before-headline")
        XCTAssertEqual(doc.decision(8), "boilerplate generic.after-article")
    }

    func testALongParagraphAboveAWronglyPlacedHeadlineIsStillText() throws {
        // A sentence of article text is never dropped for its place, only headline-like lines are.
        let doc = try run([Self.p1, "سؤال وجواب مع رئيس البلدية عن الأشغال", Self.p2, Self.p3])
        XCTAssertTrue(doc.articles.first?.paragraphs.contains(Self.p1) ?? false)
    }

    func testAListClosingTheTextAndShortLinesInsideItAreKept() throws {
        let items = ["- ثلاثة أسابيع من الأشغال الليلية", "- مسارات بديلة للحافلات"]
        let doc = try run(["البلدية تغلق الجسر الرئيسي للصيانة", Self.p1, "المراحل", "تقوية الأعمدة", "تجديد الإسفلت", Self.p2, Self.p3] + items)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, "المراحل", "تقوية الأعمدة", "تجديد الإسفلت", Self.p2, Self.p3] + items)
        XCTAssertEqual(doc.decision(4), "body generic.inside-article")
    }

    func testTwoTagLinesLeftInTheTextAreNotAList() throws {
        let doc = try run(["البلدية تغلق الجسر الرئيسي للصيانة", Self.p1, "الجسور", "النقل العام", Self.p2, Self.p3])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
        let listed = try run(["البلدية تغلق الجسر الرئيسي للصيانة", Self.p1, "وتشمل الأشغال:", "الأعمدة", "الإسفلت", Self.p2, Self.p3])
        XCTAssertEqual(listed.articles.first?.paragraphs, [Self.p1, "وتشمل الأشغال:", "الأعمدة", "الإسفلت", Self.p2, Self.p3])
    }

    // Article text that is hard to keep (issue 11: lists, subheadings and short lines the
    // context alone drops).

    func testATextOpeningWithAListUnderTheHeadlineKeepsTheList() throws {
        let title = "رف حائط من خشب المنصات القديمة"
        let tools = ["منصة خشبية قديمة", "منشار يدوي", "ورق صنفرة خشن وناعم", "مسامير خشب"]
        let doc = try run([title, "سامر الحداد - 5/12/2025"] + tools + ["فك المنصة", Self.p1, Self.p2, "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.paragraphs, tools + ["فك المنصة", Self.p1, Self.p2])
        XCTAssertEqual(doc.decision(2), "timestamp generic.shape.meta-line", "the byline above the list is not the text's")
        XCTAssertEqual(doc.decision(3), "body generic.inside-article")
    }

    func testATableOfContentsAboveTheTextIsNoListOfIt() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let heads = ["موعد الإغلاق", "المسارات البديلة", "مدة الأشغال"]
        let closing = "وأكدت البلدية أن الجسر سيفتح أمام السيارات فور انتهاء الفحص النهائي للأعمدة."
        let doc = try run([title, "الأحد 14 ديسمبر 2025"] + heads + [Self.p1, heads[0], Self.p2, heads[1], Self.p3, heads[2], closing])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, heads[0], Self.p2, heads[1], Self.p3, heads[2], closing])
        XCTAssertEqual(doc.decision(3), "boilerplate generic.context-bad-neighbours")
    }

    func testALineInQuotationMarksOpensOrClosesTheText() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let opening = "«الجسر لم يعد آمناً»"
        let closing = "«سنعود بعد الأشغال»"
        let doc = try run([title, "الأحد 14 ديسمبر 2025", opening, Self.p1, Self.p2, closing, "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [opening, Self.p1, Self.p2, closing])
    }

    func testAListIntroducedByAShortLeadInClosesTheText() throws {
        let cells = ["الفرع", "النسبة", "العلمي", "66.1", "الأدبي", "61.9"]
        let doc = try run(["إعلان نتائج الامتحانات العامة للدور الثاني", Self.p1, Self.p2, "وجاءت النسب كما يلي:"] + cells
                          + ["جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, "وجاءت النسب كما يلي:"] + cells)
        // One line under a short lead-in is no list (a bank account under «للتبرع:»).
        let pitch = try run(["إعلان نتائج الامتحانات العامة للدور الثاني", Self.p1, Self.p2, "للتبرع بالتحويل البنكي:",
                             "بنك الاتحاد - رقم الحساب 0012 4478", "جميع الحقوق محفوظة"])
        XCTAssertEqual(pitch.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testAShortSentenceAfterAParagraphWithoutItsStopClosesTheText() throws {
        let items = ["خبرة عمل لا تقل عن سنتين", "شهادة لغة معتمدة", "العمر دون خمسة وثلاثين عاماً"]
        let going = "ويشترط المعهد أن يعود الطالب إلى بلده بعد انتهاء الدراسة مباشرة"
        let last = "وتجرى المقابلات في أبريل."
        let doc = try run(["منحة ماجستير ممولة بالكامل في إدارة المياه", Self.p1, Self.p2] + items + [going, last, "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2] + items + [going, last])
    }

    func testTwoItemsTheTextGoesOnAfterAreKeptTwoTagsAreNot() throws {
        let items = ["الماء الفاتر أفضل من البارد", "والتطعيم قبل الخروج من البيت"]
        let doc = try run(["البلدية تغلق الجسر الرئيسي للصيانة", Self.p1, "إعلان"] + items + [Self.p2, Self.p3])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1] + items + [Self.p2, Self.p3])
    }

    func testSubheadingsInARowSetApartLikeParagraphsAreKept() throws {
        // Paragraphs set apart by blank lines, tags printed one under the other.
        let doc = try run(["البلدية تغلق الجسر الرئيسي للصيانة", "", Self.p1, "", "الخطوة الثانية", "", "تقوية الأعمدة", "", Self.p2,
                           "", "الجسور", "النقل العام", "", Self.p3])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, "الخطوة الثانية", "تقوية الأعمدة", Self.p2, Self.p3])
        XCTAssertEqual(doc.decision(5), "body generic.inside-article")
    }

    func testDatesTheTextGivesAsAListAreItsTextThePagesDateIsNot() throws {
        let dates = ["آخر موعد لاستلام الملخصات: 15 يناير 2026", "الإشعار بقبول الملخصات: 25 يناير 2026",
                     "آخر موعد لاستلام البحوث كاملة والمراجعات: 10 فبراير 2026", "انعقاد المؤتمر: 24 - 26 فبراير 2026"]
        let doc = try run(["دعوة لتقديم الأوراق البحثية في مؤتمر المياه", "الأحد 14 ديسمبر 2025", Self.p1, "مواعيد مهمة"] + dates
                          + [Self.p2, "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, "مواعيد مهمة"] + dates + [Self.p2])
        XCTAssertEqual(doc.decision(2), "timestamp generic.shape.date")
        XCTAssertEqual(doc.decision(5), "body generic.inside-article")
        // Under a lead-in ending with a colon, three dates alone.
        let deadlines = ["بدء تقديم الاعتراضات: 16 كانون الأول 2025", "آخر موعد للاعتراض: 22 كانون الأول 2025",
                         "إعلان نتائج الاعتراضات: 29 كانون الأول 2025"]
        let results = try run(["إعلان نتائج الامتحانات للصف التاسع", "14/12/2025", Self.p1, "مواعيد الاعتراض على النتائج:"] + deadlines
                              + [Self.p2, "جميع الحقوق محفوظة"])
        XCTAssertEqual(results.articles.first?.paragraphs, [Self.p1, "مواعيد الاعتراض على النتائج:"] + deadlines + [Self.p2])
        // A live blog's clock times are no labels: the updates beside them keep them out.
        let live = try run(["تغطية مباشرة لعاصفة مطرية تضرب المدن الساحلية", Self.p1, "17:55", "الدفاع المدني: أنقذنا أحد عشر شخصاً",
                            "17:31", Self.p2, "جميع الحقوق محفوظة"])
        XCTAssertEqual(live.decision(3), "timestamp generic.shape.date")
        XCTAssertEqual(live.decision(5), "timestamp generic.shape.date")
    }

    func testListsUnderTheirSubheadingsClosingTheTextAreKeptAScoreBoxIsNot() throws {
        let pros = ["خريطة واسعة ومتنوعة", "فيزياء مقنعة للرمال"], cons = ["قصة ضعيفة", "شاشات تحميل طويلة"]
        let page = ["مراجعة لعبة سباقات الصحراء الجديدة", "", Self.p1, "", Self.p2, "", "الإيجابيات", ""] + pros + ["", "السلبيات", ""] + cons
            + ["", "التقييم النهائي", "", "الرسوميات 9", "القصة 8", "", "جميع الحقوق محفوظة"]
        let doc = try run(page)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, "الإيجابيات"] + pros + ["السلبيات"] + cons)
        // Other pages' headlines under a header no phrase names, and buttons each set apart, are not.
        let others = ["مطربة شابة تتصدر قوائم الاستماع بأغنيتها الأولى", "كواليس تصوير مسلسل رمضان الجديد في الصحراء"]
        let related = try run(["مراجعة لعبة سباقات الصحراء الجديدة", "", Self.p1, "", Self.p2, "", "أخبار النجوم", ""] + others)
        XCTAssertEqual(related.articles.first?.paragraphs, [Self.p1, Self.p2])
        let buttons = try run(["مراجعة لعبة سباقات الصحراء الجديدة", "", Self.p1, "", Self.p2, "", "تحميل المزيد", "", "مشاركة التغطية",
                               "", "تغطيات سابقة", "", "جميع الحقوق محفوظة"])
        XCTAssertEqual(buttons.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testTheNextNumberedStepClosesTheText() throws {
        let steps = ["الخطوة 1: اثقب قاع الصندوق ثقوباً صغيرة لتصريف الماء الزائد.", "الخطوة 2: املأ الصندوق بالتربة واتركها تبتل يوماً كاملاً.",
                     "الخطوة 3: رش الماء صباحاً كل يومين"]
        let doc = try run(["زراعة الخس في صناديق على الشرفة خطوة بخطوة", Self.p1] + steps + ["Posted by أم سارة at 4:15 PM", "Powered by Blogger."])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1] + steps)
    }

    func testLatinNamesOfATablePrintedOneCellALineAreItsCells() throws {
        let table = ["الفئة", "السعر بالدرهم", "Standard", "139,900", "Platinum", "171,000"]
        let doc = try run(["الكشف عن نسخة خليجية من سيارة رياضية جديدة", Self.p1, "الأسعار المعلنة"] + table + [Self.p2, "More News"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, "الأسعار المعلنة"] + table + [Self.p2])
        XCTAssertEqual(doc.decision(11), "widget generic.shape.latin-line", "Latin widget text beside no figures stays chrome")
    }

    func testCaptionsAboveTheirPhotoCreditAndInAGallery() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let caption = "عمال البلدية على الجسر الرئيسي صباح الأحد"
        let doc = try run([title, "14/12/2025", caption, "صورة: صوت المدينة", Self.p1, Self.p2,
                           "1 / 2", "الجسر من الضفة الشرقية", "2 / 2", "الحافلات على الطريق الدائري"])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.decision(3), "caption generic.caption-above-credit")
        XCTAssertEqual(doc.decision(8), "caption generic.caption-in-gallery")
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.captions, [caption, "الجسر من الضفة الشرقية", "الحافلات على الطريق الدائري"])
        // A caption that names its photo itself is not the credit of the line above it.
        let described = try run([title, "صورة أرشيفية للجسر الرئيسي (صوت المدينة)", Self.p1, Self.p2])
        XCTAssertEqual(described.articles.first?.title, title)
    }

    func testAGalleryCounterInWordsAfterAPhotoWordOverItsCaption() throws {
        // «الصورة 2 من 8» counts as «2 من 8» does: the line under it is the photo's caption.
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let doc = try run([title, "14/12/2025", Self.p1, Self.p2, "الصورة 1 من 2", "الجسر من الضفة الشرقية",
                           "الصورة 2 من 2", "الحافلات على الطريق الدائري"])
        XCTAssertEqual(doc.decision(6), "caption generic.caption-in-gallery")
        XCTAssertEqual(doc.decision(8), "caption generic.caption-in-gallery")
        XCTAssertEqual(doc.articles.first?.captions, ["الجسر من الضفة الشرقية", "الحافلات على الطريق الدائري"])
    }

    func testAGallerysCountersBetweenParagraphsAreNoText() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let doc = try run([title, "14/12/2025", Self.p1, "١ / ٢", "الجسر من الضفة الشرقية", "٢ / ٢", "الحافلات على الطريق الدائري", Self.p2])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        XCTAssertEqual(doc.decision(4), "widget generic.gallery-counter")
        XCTAssertEqual(doc.articles.first?.captions, ["الجسر من الضفة الشرقية", "الحافلات على الطريق الدائري"])
    }

    func testTheSiteNameAfterTheHeadlineIsNotTheTitles() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        // The name is printed elsewhere on the page (masthead, footer): it is the site's.
        let suffixed = try run([title + " | صوت المدينة", "14/12/2025", Self.p1, Self.p2, "© 2025 صوت المدينة"])
        XCTAssertEqual(suffixed.articles.first?.title, title)
        // The suffixed line first, the headline again below it: the headline's words.
        let repeated = try run([title + " - صوت المدينة", "صوت المدينة", "الرئيسية", title, "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(repeated.articles.first?.title, title)
        // A dash of the headline's own, and words printed nowhere else, stay.
        let score = "الاتحاد 2 - 1 النصر في نهائي الكأس"
        XCTAssertEqual(try run([score, "14/12/2025", Self.p1, Self.p2]).articles.first?.title, score)
        let own = title + " - أسابيع من الأشغال"
        XCTAssertEqual(try run([own, "14/12/2025", Self.p1, Self.p2]).articles.first?.title, own)
    }

    func testAListInsideTheTextDoesNotHideTheHeadlineAboveItsFirstParagraph() throws {
        // The longest run of text is after the list; the headline stands above the first one.
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let p4 = "وأكدت البلدية أن فرق الطوارئ ستبقى في موقع الأشغال على مدار الساعة طوال المدة."
        let doc = try run(["الرئيسية", "محليات", title, "14/12/2025", Self.p1, "اقرأ أيضاً:", "افتتاح معرض الكتاب السنوي في المدينة",
                           "حملة لتشجير الطريق الدائري", Self.p2, Self.p3, p4])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3, p4])
    }

    func testAShortLineBetweenTheDateAndTheTextIsThePicturesCaption() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let caption = "عمال البلدية على الجسر الرئيسي"
        let doc = try run(["الرئيسية", title, "14/12/2025 - 10:20", caption, Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.captions, [caption])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        let twice = try run(["الرئيسية", title, "14/12/2025 - 10:20", caption, caption, Self.p1, Self.p2])
        XCTAssertEqual(twice.articles.first?.paragraphs, [Self.p1, Self.p2])
        XCTAssertEqual(twice.decision(4), "caption generic.caption-above-text")
        let shared = try run(["الرئيسية", title, "14/12/2025 - 10:20", "فيسبوك | إكس | واتساب", caption, Self.p1, Self.p2])
        XCTAssertEqual(shared.articles.first?.captions, [caption])
        // The headline printed again under the picture, before the text.
        let again = try run(["الرئيسية", title, "14/12/2025 - 10:20", "انسخ الرابط https://sawt.example/a/1", caption, title, Self.p1, Self.p2])
        XCTAssertEqual(again.articles.first?.captions, [caption])
        XCTAssertEqual(again.articles.first?.paragraphs, [Self.p1, Self.p2])
        // Between the headline and the date it is the lead; a sentence there is text.
        let lead = "الأشغال تستمر ثلاثة أسابيع والحافلات تسلك الطريق الدائري"
        XCTAssertEqual(try run(["الرئيسية", title, lead, "14/12/2025 - 10:20", Self.p1, Self.p2]).articles.first?.paragraphs,
                       [lead, Self.p1, Self.p2])
    }

    func testACaptionBelowTheHeadlinesRepeatOrEndingWithItsCreditIsACaption() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let caption = "عمال البلدية على الجسر الرئيسي"
        // An author and a relative date without labels, the headline again, then the picture.
        let doc = try run(["الرئيسية", title, "سامر الخطيب · منذ ٣ ساعات", title, caption, Self.p1, Self.p2])
        XCTAssertEqual(doc.decision(3), "timestamp generic.shape.meta-line")
        XCTAssertEqual(doc.articles.first?.captions, [caption])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        // The caption with its photo credit after a dash; the context alone would drop it.
        let credited = caption + " - تصوير: ليلى حداد"
        let withCredit = try run(["الرئيسية", title, "14/12/2025 - 10:20", credited, Self.p1, Self.p2])
        XCTAssertEqual(withCredit.articles.first?.captions, [credited])
        // A site's name and an author's, cut by a dash, is a byline, not a caption.
        let byline = try run(["الرئيسية", title, "14/12/2025 - 10:20", "الواحة اليوم - سلمى النجار", Self.p1, Self.p2])
        XCTAssertEqual(byline.articles.first?.captions, [])
        // A description ending with its credit in parentheses is a caption wherever it stands.
        let shaped = "جانب من أعمال الصيانة على الجسر (الواحة اليوم)"
        let inText = try run(["الرئيسية", title, "14/12/2025 - 10:20", Self.p1, shaped, Self.p2])
        XCTAssertEqual(inText.articles.first?.captions, [shaped])
        XCTAssertEqual(inText.articles.first?.paragraphs, [Self.p1, Self.p2])
        // … but not a label's line («Subscribe to: … (Atom)»).
        let label = try run(["الرئيسية", title, Self.p1, Self.p2, "الاشتراك في: تعليقات الرسالة (Atom)"])
        XCTAssertEqual(label.articles.first?.captions, [])
    }

    func testATickerAScoreAndAFactBoxAreNotTheHeadline() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        // Headlines of other pages joined in one line by separators: a ticker.
        let ticker = "عاجل: افتتاح معرض الكتاب السنوي | حملة لتشجير الطريق الدائري | ارتفاع أسعار الخضار في الأسواق"
        XCTAssertEqual(try run([ticker, "محليات", title, "14/12/2025", Self.p1, Self.p2]).articles.first?.title, title)
        // A match's score above the headline.
        XCTAssertEqual(try run(["الرئيسية", "الوحدة 2 - 1 الشعلة", title, "14/12/2025", Self.p1, Self.p2]).articles.first?.title, title)
        // A recipe's facts between its headline and its text are passed on the way up.
        let recipe = "مقلوبة الدجاج بالباذنجان على الطريقة الفلسطينية"
        let doc = try run(["الرئيسية | وصفات سريعة | حلويات", recipe, "★★★★☆ 4.6 (213 تقييم)", "وقت التحضير: 20 دقيقة",
                           "عدد الأشخاص: 6", "اطبع الوصفة | احفظ الوصفة | شارك", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, recipe)
    }

    func testACommentLinkAndARowOfFactsUnderTheHeadlineDoNotEndTheHead() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة ثلاثة أسابيع"
        // A comment link between the date and the text.
        let linked = try run(["الرئيسية | محليات | اقتصاد | رياضة", title, "14/12/2025", "أضف تعليق", Self.p1, Self.p2])
        XCTAssertEqual(linked.articles.first?.title, title)
        // A row of facts printed like a menu: a read time, a section, a comment count.
        let facts = try run(["الرئيسية | محليات | اقتصاد | رياضة", title, "5 دقائق · محليات · 12 تعليقاً", Self.p1, Self.p2])
        XCTAssertEqual(facts.articles.first?.title, title)
        // A menu of sections (no numbers) between a line and the text still ends the head.
        let menu = try run([title, "الرئيسية · محليات · اقتصاد · رياضة", Self.p1, Self.p2])
        XCTAssertEqual(menu.articles.first?.title, "")
    }

    func testALineOfNoWordInsideTheTextIsNotKept() throws {
        let doc = try run(["الرئيسية | محليات | اقتصاد | رياضة", "البلدية تغلق الجسر الرئيسي للصيانة", "14/12/2025",
                           Self.p1, "__________________", Self.p2, "* * *", Self.p3])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
    }

    func testAForumThreadKeepsItsFirstPostWithoutSignatureOrReplies() throws {
        let reply = "جربت الطريقة نفسها على جهازي القديم ونجحت معي أيضاً، شكراً على الشرح الواضح والمفصل."
        let doc = try run(["منتدى الحرفيين > قسم النجارة > أدوات", "طريقة سهلة لشحذ أزاميل النجارة في البيت", "قديم 11-12-2025, 06:33 PM",
                           "أبو سامي", "تاريخ التسجيل: Mar 2019", "المشاركات: 1,204", "أبو سامي غير متواجد حالياً", "افتراضي",
                           Self.p1, Self.p2, "__________________", "من علّم صنعة كسب أجرها ما دام يعمل بها أحد من بعده.",
                           "قديم 12-12-2025, 09:10 AM", "نجار مبتدئ", "تاريخ التسجيل: Oct 2025", "المشاركات: 17", "افتراضي", reply,
                           "رد مع اقتباس"])
        XCTAssertEqual(doc.articles.first?.title, "طريقة سهلة لشحذ أزاميل النجارة في البيت")
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testAKickerOfFourWordsOverTheHeadlineIsNotTheHeadline() throws {
        let title = "صهاريج بلا رقابة: من أين تأتي مياه الشرب في الأحياء الطرفية"
        let doc = try run(["الرئيسية • تحقيقات • ملفات • من نحن", "الحلقة الأولى من ثلاث", title, "السبت، 6 ديسمبر 2025", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        // A headline of four words over the article's date stays the headline.
        let short = "إغلاق الجسر الرئيسي غداً"
        XCTAssertEqual(try run(["الرئيسية • محليات • اقتصاد • رياضة", short, "السبت، 6 ديسمبر 2025", Self.p1, Self.p2]).articles.first?.title, short)
    }

    func testAnAuthorsBioWithoutABoxHeaderIsNotText() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        // The author's name on its own line, then the bio that opens with it, over page chrome.
        let named = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, Self.p3, "سلمى النجار",
                             "سلمى النجار صحفية تغطي شؤون المدن والنقل العام منذ عشرين عاماً.", "جميع الحقوق محفوظة"])
        XCTAssertEqual(named.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
        // A bio that opens with what the author is, last of the text.
        let bare = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, Self.p3, "* كاتب وأكاديمي، أستاذ علم الاجتماع في جامعة الشمال."])
        XCTAssertEqual(bare.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
        // An author's note marked with an asterisk, the name first.
        let noted = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, Self.p3,
                             "* سامي الرفاعي أستاذ التخطيط العمراني في جامعة الساحل، وله كتب عن النقل العام."])
        XCTAssertEqual(noted.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
        // Under a box header above the text, the bio that opens with the header's name.
        let boxed = try run(["الرئيسية", title, "عن الكاتبة: سلمى النجار", "سلمى النجار كاتبة متخصصة في شؤون المدن.",
                             "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(boxed.articles.first?.paragraphs, [Self.p1, Self.p2])
        // A listicle of people: each name, then its paragraph, more text after it: all kept.
        let first = "نجيب الراوي روائي كتب عشرين رواية عن المدن الساحلية وأهلها."
        let second = "سعاد المرزوقي شاعرة نشرت سبعة دواوين عن البحر والهجرة."
        let listicle = try run(["الرئيسية", "خمسة كتاب من الساحل", "14/12/2025", Self.p1, Self.p2, "نجيب الراوي", first,
                                "سعاد المرزوقي", second, Self.p3])
        XCTAssertEqual(listicle.articles.first?.paragraphs, [Self.p1, Self.p2, "نجيب الراوي", first, "سعاد المرزوقي", second, Self.p3])
        // The note over a list of the author's other articles whose headlines ask questions.
        let overList = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, Self.p3,
                                "* سامي الرفاعي أستاذ التخطيط العمراني في جامعة الساحل، وله كتب عن النقل العام.",
                                "مقالات مترجمة أخرى", "هل يمكن أن تنقذ الدراجات الهوائية وسط المدن القديمة من الزحام؟",
                                "لماذا نثق بالطرق السريعة أكثر مما ينبغي؟"])
        XCTAssertEqual(overList.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
        // Under the headline, the author's name, then what the author is, then the text.
        let role = "باحثة في التخطيط العمراني وأستاذة في جامعة الساحل."
        let under = try run(["الرئيسية", title, "سلمى النجار", role, "14/12/2025", Self.p1, Self.p2, Self.p3])
        XCTAssertEqual(under.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
        XCTAssertEqual(under.decision(4), "boilerplate generic.author-bio")
    }

    func testAnAuthorsBoxAfterTheTextGoesWithItsBioAndRepliesGoWithTheirHeader() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let bio = "تكتب عن شؤون المدن والنقل العام منذ عشرين عاماً، وعملت مراسلة لصحف عدة."
        let doc = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, Self.p3, "عن الكاتبة: سلمى النجار", bio, "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
        XCTAssertEqual(doc.decision(8), "boilerplate generic.in-box.boilerplate")
        // Above the text, the box's header is dropped alone: what follows may be the article.
        let above = try run(["الرئيسية", "عن الكاتبة: سلمى النجار", title, "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(above.articles.first?.paragraphs, [Self.p1, Self.p2])
        XCTAssertEqual(above.articles.first?.title, title)
        // A forum thread: the replies after the first post.
        let reply = "موضوع مفيد جداً بارك الله فيك، جربت الطريقة نفسها في صناديق خشبية ونجحت معي هذا الموسم أيضاً."
        let thread = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, "رد: " + title, "أبو يوسف", reply])
        XCTAssertEqual(thread.articles.first?.paragraphs, [Self.p1, Self.p2])
        XCTAssertEqual(thread.decision(6), "comments generic.phrase.comments.tail")
    }

    func testTeasersWithASummaryEachAfterTheArticleAreNotItsText() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let teasers = ["افتتاح معرض الكتاب السنوي في المدينة", "يشارك في المعرض أكثر من مئتي دار نشر من عشرين بلداً هذا العام.",
                       "حملة لتشجير الطريق الدائري قبل الصيف", "تزرع البلدية ثلاثة آلاف شجرة على جانبي الطريق خلال شهرين."]
        // Set off by a chrome line (a share row), by a header no list names, after a named list's first item.
        for gap in [["فيسبوك | إكس | واتساب"], ["من أرشيف الموقع"], ["قد يعجبك أيضاً"]] {
            let doc = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, Self.p3] + gap + teasers + ["جميع الحقوق محفوظة"])
            XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3], "\(gap)")
        }
        // Headings with a paragraph each and nothing between them and the text: the article's own sections.
        let sections = ["الإشارات الجديدة", "ركبت البلدية إشارات ضوئية عند كل تقاطع على الطريق البديل هذا الأسبوع.",
                        "مواعيد الحافلات", "تبدأ الحافلات رحلاتها في السادسة صباحاً وتستمر حتى منتصف الليل طوال الأشغال."]
        let listicle = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2] + sections + ["جميع الحقوق محفوظة"])
        XCTAssertEqual(listicle.articles.first?.paragraphs, [Self.p1, Self.p2] + sections)
    }

    func testASentenceAloneAfterTheArticlesClosingChromeIsNotText() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let related = ["الأكثر قراءة", "افتتاح معرض الكتاب السنوي في المدينة", "حملة لتشجير الطريق الدائري قبل الصيف"]
        // A privacy note or a site's line about itself, alone between lists and the footer.
        for alone in ["نلتزم بحماية بياناتك الشخصية، ولا نشارك معلومات زوار الموقع مع أي طرف ثالث.",
                      "تأسس الموقع عام 2012 ويصدر عن شركة خاصة للإعلام الرقمي مقرها العاصمة."] {
            let doc = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, Self.p3] + related + [alone, "جميع الحقوق محفوظة"])
            XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3], alone)
            XCTAssertEqual(doc.decision(10), "boilerplate generic.sentence-after-article")
        }
        // The article's last paragraph after an in-text box of other headlines speaks of its subject.
        let last = "وتقول البلدية إن الجسر الرئيسي سيعود إلى العمل قبل بداية العام الدراسي المقبل."
        let boxed = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, "اقرأ أيضاً", related[1], related[2], last, "جميع الحقوق محفوظة"])
        XCTAssertEqual(boxed.articles.first?.paragraphs, [Self.p1, Self.p2, last])
        // One or two chrome lines (a caption and its credit) do not close the text.
        let pictured = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, "فيسبوك | إكس | واتساب",
                                "نلتزم بحماية بياناتك الشخصية، ولا نشارك معلومات زوار الموقع مع أي طرف ثالث."])
        XCTAssertEqual(pictured.articles.first?.paragraphs.count, 3)
    }

    func testTheSitesBlurbAPullQuoteAndAQuestionHeadlinePrintedTwice() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        // The site's sentence about itself, its name printed in the masthead.
        let blurb = "صوت المدينة موقع إخباري مستقل يغطي شؤون البلديات والخدمات منذ عام 2015."
        let doc = try run(["صوت المدينة", title, "14/12/2025", Self.p1, Self.p2, Self.p3, blurb, "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
        // A last paragraph quoting an agency is text.
        let agency = "ونقلت وكالة الأنباء الرسمية عن رئيس البلدية قوله إن الأشغال ستنتهي في موعدها."
        XCTAssertEqual(try run(["صوت المدينة", title, "14/12/2025", Self.p1, Self.p2, agency]).articles.first?.paragraphs, [Self.p1, Self.p2, agency])
        // Words of a paragraph printed again in quotation marks between paragraphs.
        let quoted = try run([title, "14/12/2025", Self.p1, "«ستسلك مسارات بديلة عبر الطريق الدائري»", Self.p2, Self.p3])
        XCTAssertEqual(quoted.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
        XCTAssertEqual(quoted.decision(4), "boilerplate generic.pull-quote")
        // A paragraph quoted whole, a quote with a full stop after its marks, a quote nearly as printed.
        for quote in ["«" + Self.p2 + "»", "«ستسلك مسارات بديلة عبر الطريق الدائري طوال مدة الأشغال».",
                      "«الحافلات العامة ستسلك مسارات بديلة عبر الطريق الدائري طوال الأشغال»"] {
            let doc = try run([title, "14/12/2025", Self.p1, Self.p2, quote, Self.p3])
            XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3], quote)
        }
        // A quoted line saying what no paragraph says is the article's.
        let own = "«لن نغلق الجسر مرة أخرى قبل أن نبني جسراً بديلاً في الجهة الشمالية»."
        let speech = try run([title, "14/12/2025", Self.p1, Self.p2, own, Self.p3])
        XCTAssertEqual(speech.articles.first?.paragraphs, [Self.p1, Self.p2, own, Self.p3])
        // A question headline printed twice opens the text run: it is still the headline.
        let question = "هل تعود الحافلات إلى الجسر الرئيسي قبل الصيف المقبل؟"
        let asked = try run(["مدونة المدينة", "14/12/2025", question, question, Self.p1, Self.p2])
        XCTAssertEqual(asked.articles.first?.title, question)
        XCTAssertEqual(asked.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    /// A row is cut into its items in one pass (a regular expression searched again from each
    /// gap was quadratic: 20,000 «word - » items took 22 s, a 5.6 MB line never ended; the
    /// 50,000 below would take minutes).
    func testALongRowIsCutInOnePass() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let row = Array(repeating: "الحكومة", count: 50_000).joined(separator: " - ")
        let doc = try run([title, Self.p1, row, Self.p2])
        XCTAssertEqual(doc.decision(3), "related generic.ticker")
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        // The gaps: runs of spaces or tabs, spaced dashes when asked.
        XCTAssertEqual(PlainTextLabeler.spacedItems("أ  ب\t \tج - د – هـ", cutAtDashes: true), ["أ", "ب", "ج", "د", "هـ"])
        XCTAssertEqual(PlainTextLabeler.spacedItems("أ  ب - ج", cutAtDashes: false), ["أ", "ب - ج"])
        XCTAssertEqual(PlainTextLabeler.spacedItems("أ   - ب -ج", cutAtDashes: true), ["أ", "- ب -ج"])
    }

    /// A round's score rows look for the line above them once, not by walking back over every
    /// line without words for each line (a page of 16,000 «|» lines took 10 s, 50,000 never
    /// ended): on 200,000 such lines the walk back would take hours, the pass below is one.
    func testScoreRowsBelowALongRunOfLinesWithoutWordsAreFoundInOnePass() {
        let run = 200_000
        var words = [LineWords("نتائج الجولة")] + Array(repeating: LineWords("|"), count: run)
        words += [LineWords("نهضة الأطلس 2 - 0 المغرب الفاسي"), LineWords("شباب الواحة 0 - 3 اتحاد الساقية")]
        var found = [ChromeMatch?](repeating: nil, count: words.count)
        PlainTextLabeler.markScoreRows(&found, words: words)
        XCTAssertEqual(found.compactMap { $0?.rule }, [GenericRule.scoreRow, GenericRule.scoreRow])
        XCTAssertNotNil(found[run + 1])
        // Under a lead-in («…:») far above, over lines without words, the rows are the text's.
        words[0] = LineWords("وجاءت نتائج الجولة على النحو التالي:")
        found = [ChromeMatch?](repeating: nil, count: words.count)
        PlainTextLabeler.markScoreRows(&found, words: words)
        XCTAssertTrue(found.allSatisfy { $0 == nil })
    }

    /// A sentence with a parenthetical between spaced dashes reads on across them («… - في
    /// تصريحات صحفية - إن …»): text between the paragraphs, no ticker; other pages' headlines
    /// between the same dashes are one.
    func testASentenceThatReadsOnAcrossSpacedDashesIsNoTicker() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let aside = "وقال رئيس البلدية - في حديث للصحفيين - إن الأشغال ستبدأ مطلع الأسبوع"
        let doc = try run([title, Self.p1, aside, Self.p2])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, aside, Self.p2])
        let longer = "وأوضح المهندس المشرف - الذي تحدث من موقع العمل - أن الفرق ستعمل ليلا - وهو ما يختصر المدة"
        XCTAssertEqual(try run([title, Self.p1, longer, Self.p2]).articles.first?.paragraphs, [Self.p1, longer, Self.p2])
        let ticker = "افتتاح معرض الكتاب السنوي في المدينة - حملة لتشجير الطريق الدائري قبل الصيف - ارتفاع أسعار الخضار في الأسواق الشعبية"
        let withTicker = try run([ticker, title, "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(withTicker.decision(1), "related generic.ticker")
        XCTAssertEqual(withTicker.articles.first?.title, title)
    }

    /// Points the text enumerates between its paragraphs («أولاً: …», «ثانياً: …», «- …»,
    /// «1- …»), two as three, are the text's: tags left in a text carry no such marks.
    func testEnumeratedPointsBetweenParagraphsAreTheText() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        for points in [["أولاً: تحويل الحافلات", "ثانياً: إغلاق الممر"], ["أولا - تحويل الحافلات", "ثانيا - إغلاق الممر"],
                       ["- تحويل الحافلات", "- إغلاق الممر"], ["1- تحويل الحافلات", "2- إغلاق الممر"],
                       ["أولاً: تحويل الحافلات", "ثانياً: إغلاق الممر", "ثالثاً: فتح طريق بديل"]] {
            let doc = try run([title, Self.p1] + points + [Self.p2])
            XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1] + points + [Self.p2], points.joined(separator: " / "))
        }
        // Two bare names between paragraphs are still tags left in the text.
        XCTAssertEqual(try run([title, Self.p1, "الجسر", "البلدية", Self.p2]).articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testRowsPrintedWithRunsOfSpacesAreRows() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let doc = try run(["الرئيسية   سياسة   اقتصاد   رياضة   كتاب وآراء", title, "14/12/2025", "فيسبوك   تويتر   واتساب", Self.p1, Self.p2])
        XCTAssertEqual(doc.decision(1), "navigation generic.shape.menu")
        XCTAssertEqual(doc.decision(4), "widget generic.shape.share-row")
        XCTAssertEqual(doc.articles.first?.title, title)
        // … or between separators.
        let piped = "عاجل: افتتاح معرض الكتاب السنوي في المدينة | حملة لتشجير الطريق الدائري قبل الصيف | ارتفاع أسعار الخضار"
        XCTAssertNotNil(PlainTextLabeler.ticker(LineWords(piped)))
        XCTAssertEqual(try run([piped, title, "14/12/2025", Self.p1, Self.p2]).decision(1), "related generic.phrase.related.lead")
        // Other pages' headlines on one line: a ticker.
        let ticker = "افتتاح معرض الكتاب السنوي في المدينة    حملة لتشجير الطريق الدائري قبل الصيف    ارتفاع أسعار الخضار في الأسواق الشعبية"
        let withTicker = try run([ticker, title, "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(withTicker.decision(1), "related generic.ticker")
        XCTAssertEqual(withTicker.articles.first?.title, title)
        XCTAssertEqual(try run(["الرئيسية - الخطب - الدروس - الفتاوى", title, "14/12/2025", Self.p1, Self.p2]).decision(1),
                       "navigation generic.shape.menu")
        XCTAssertEqual(try run(["الأهلي - الزمالك", title, "14/12/2025", Self.p1, Self.p2]).decision(1).hasSuffix("generic.shape.menu"), false,
                       "one dash: no row")
        // A paragraph with a double space in it is still a paragraph.
        XCTAssertEqual(try run([title, "14/12/2025", Self.p1.replacingOccurrences(of: " إغلاق", with: "  إغلاق"), Self.p2]).articles.first?.paragraphs.count, 2)
    }

    func testAQuestionPageItsHeadlineOverTheDateAndItsUsersAnswers() throws {
        let question = "هل تعود الحافلات إلى الجسر الرئيسي قبل الصيف المقبل يا ترى؟"
        let answer = "نعم على الأرجح، فقد أعلنت البلدية أن الأشغال تنتهي قبل موعدها بأسبوعين كما نشر في الصحف."
        let doc = try run(["اسأل المدينة", "اطرح سؤالاً", question, "14/12/2025", Self.p1, Self.p2, "أفضل إجابة", answer, "سامر · منذ يومين"])
        XCTAssertEqual(doc.articles.first?.title, question)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testACaptionBetweenTwoParagraphsIsACaptionASubheadingIsNot() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let caption = "عمال البلدية يركبون الحواجز عند مدخل الجسر الرئيسي"
        let doc = try run([title, "14/12/2025", Self.p1, caption, Self.p2, "خطة التحويلات", Self.p3])
        XCTAssertEqual(doc.articles.first?.captions, [caption])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, "خطة التحويلات", Self.p3])
    }

    func testABoxOfFieldsBetweenTheHeadlineAndTheTextIsNotTextADeckWithASpeakerIs() throws {
        let title = "محكمة الجنايات تستمع إلى شهود الادعاء في قضية أراض وهمية"
        let box = ["رقم القضية: 1184 لسنة 2025 جنايات", "المحكمة: محكمة الجنايات الكبرى"]
        let doc = try run([title, "14/12/2025"] + box + [Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        XCTAssertEqual(doc.decision(3), "boilerplate generic.field-above-text")
        // One field with a number: a notice's validity.
        let notice = try run([title, "14/12/2025", "يسري من: 19-12-2025 حتى 21-12-2025", Self.p1, Self.p2])
        XCTAssertEqual(notice.articles.first?.paragraphs, [Self.p1, Self.p2])
        // A speaker and his words under the headline: a deck, text.
        let deck = "رئيس البلدية: الحافلات ستسلك الطريق الدائري طوال الأشغال"
        let decked = try run(["البلدية تغلق الجسر الرئيسي للصيانة ثلاثة أسابيع", deck, "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(decked.articles.first?.paragraphs, [deck, Self.p1, Self.p2])
        // A tender's box: its fields count together, whichever of them the context already dropped;
        // a label may have four words («آخر موعد لتقديم العطاءات»).
        let tender = try run(["مناقصة صيانة الطرق الداخلية في الحي الصناعي", "رقم المناقصة: 2025/44", "الجهة: بلدية الساحل",
                              "الفئة: صيانة طرق - الدرجة الثالثة", "رسوم المستندات: 100 دينار", "آخر موعد لتقديم العطاءات: 20/01/2026",
                              Self.p1, Self.p2])
        XCTAssertEqual(tender.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testACaptionNamingAWorkInQuotationMarksIsACaption() throws {
        let caption = "منحوتة من سلسلة «بيوت فارغة» في القاعة الثانية"
        let doc = try run(["معرض الفخار يعود إلى قاعة البلدية", "14/12/2025", Self.p1, caption, Self.p2])
        XCTAssertEqual(doc.articles.first?.captions, [caption])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testCaptionsOverASubheadingAndTwoInARowAreCaptionsAListIsNot() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let caption = "عمال البلدية يركبون الحواجز عند مدخل الجسر الرئيسي"
        let second = "سيارات تسلك الطريق الدائري بعد إغلاق الجسر صباح الأحد"
        // Over a subheading, and two pictures one under the other.
        let doc = try run([title, "14/12/2025", Self.p1, caption, "خطة التحويلات", Self.p2, caption + " أمس", second, Self.p3])
        XCTAssertEqual(doc.articles.first?.captions, [caption, caption + " أمس", second])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, "خطة التحويلات", Self.p2, Self.p3])
        // Three such lines in a row are a list of the text.
        let items = ["إغلاق المسار الأيمن من الجسر الرئيسي طوال الليل", "تحويل الحافلات إلى الطريق الدائري الجديد شرقاً",
                     "فتح ممر للمشاة على الجانب الشمالي من الجسر"]
        let list = try run([title, "14/12/2025", Self.p1] + items + [Self.p2])
        XCTAssertEqual(list.articles.first?.paragraphs, [Self.p1] + items + [Self.p2])
    }

    func testASitesTaglineAboveItsMenuIsNotTextButParagraphsThereAre() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let tagline = "حكايات من المدينة، وأخبار أحيائها كما يرويها سكانها كل صباح."
        let doc = try run(["صدى الأحياء", tagline, "الرئيسية | محليات | اقتصاد | رياضة", title, "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        // Two paragraphs in a row above a menu stay: text, whatever headline was chosen below them.
        let kept = try run(["صدى الأحياء", Self.p3, Self.p1, "الرئيسية | محليات | اقتصاد | رياضة", title, "14/12/2025", Self.p2])
        XCTAssertEqual(kept.articles.first?.paragraphs.prefix(2), [Self.p3, Self.p1])
    }

    func testACommentCountBelowTheTextOpensTheComments() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let comment = "أتمنى أن تنتهي الأشغال في موعدها لأن الطريق الدائري مزدحم جداً في الصباح."
        let doc = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, "2 تعليقات", "سامي", "منذ ساعة", comment])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        // Next to the headline it is a counter only.
        let top = try run(["الرئيسية", title, "2 تعليقات", "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(top.articles.first?.paragraphs, [Self.p1, Self.p2])
        XCTAssertEqual(top.articles.first?.title, title)
    }

    func testABoxOfFactsClosingTheTextIsKeptShortLinksAfterTheTextAreNot() throws {
        let title = "جولة على الأقدام في أسواق المدينة القديمة"
        let facts = ["مدة الجولة: 2.5 ساعة", "نقطة الانطلاق", "باب السوق الكبير", "المستوى", "سهل ومناسب للعائلات"]
        let doc = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2] + facts + ["فيسبوك | تويتر | واتساب"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2] + facts)
        // Without the facts' opening line, short lines after the text are other pages' links.
        let links = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, "أسواق الذهب", "مطاعم الحي القديم",
                             "فيسبوك | تويتر | واتساب"])
        XCTAssertEqual(links.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testAWidgetCuttingTheTextInTwoDoesNotMakeASubheadingTheHeadline() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة ثلاثة أسابيع"
        let p4 = "وأكدت البلدية أن فرق الطوارئ ستبقى في موقع الأشغال على مدار الساعة طوال فترة الإغلاق."
        let doc = try run(["الرئيسية | محليات | اقتصاد | رياضة", title, "14/12/2025", Self.p1,
                           "اشترك في النشرة البريدية", "الرئيسية", "خطة التحويلات المرورية الجديدة", Self.p2, Self.p3, p4])
        XCTAssertEqual(doc.articles.first?.title, title)
        // A question that opens the text and is printed again stays the headline.
        let question = "متى يعود الجسر الرئيسي إلى العمل؟"
        XCTAssertEqual(try run(["الرئيسية", question, question, Self.p1, Self.p2]).articles.first?.title, question)
    }

    func testAQuotedLineIsNoHeadlineAndALeadInWithAColonDoesNotEndTheHead() throws {
        let title = "خطبة: حق الجار في زمن المدن الكبيرة"
        let leadIn = "الحمد لله الذي جعل حسن الجوار من الإيمان، والصلاة والسلام على رسول الله، أما بعد:"
        let verse = "﴿وَقُولُوا لِلنَّاسِ حُسْنًا وَأَقِيمُوا الصَّلَاةَ﴾"
        let doc = try run(["الرئيسية - الخطب - الدروس - الفتاوى", title, "الشيخ حسان البيطار", "21 جمادى الآخرة 1447 هـ",
                           leadIn, Self.p1, verse, Self.p2, Self.p3])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs.first, leadIn)
    }

    func testAShortSentenceOpeningTheTextUnderTheDateIsText() throws {
        let opening = "كل صباح أقف في الطابور نفسه."
        let doc = try run(["الرئيسية | مقالات | رأي", "طابور الصباح الطويل", "14-12-2025", opening, Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.paragraphs, [opening, Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, "طابور الصباح الطويل")
    }

    /// A headline printed with a full stop at its end, under the menu or at the page's top, is the
    /// headline (short: it was dropped by its neighbours; long: kept as a paragraph, no title).
    func testAHeadlineEndingWithAFullStopIsTheHeadline() throws {
        let long = "المجلس البلدي يقر خطة جديدة لترميم الأسواق القديمة في وسط المدينة قبل الصيف."
        let lead = "أقر المجلس البلدي في جلسته الأسبوعية أمس خطة لترميم الأسواق القديمة في وسط المدينة، تشمل إصلاح الأسقف والأرصفة وشبكات الصرف، على أن تبدأ الأشغال مطلع الشهر المقبل وتستمر أربعة أشهر."
        for title in ["البلدية تغلق الجسر الرئيسي.", "البلدية تغلق الجسر الرئيسي للصيانة ثلاثة أسابيع.", long] {
            for top in [["الرئيسية | محليات | اقتصاد"], []] {
                let doc = try run(top + [title, lead, Self.p2, Self.p3])
                XCTAssertEqual(doc.articles.first?.title, title, "\(title) \(top)")
                XCTAssertEqual(doc.articles.first?.paragraphs, [lead, Self.p2, Self.p3], "\(title) \(top)")
            }
        }
        // Over the article's date too, and over a short first sentence (the lead) with its stop.
        let doc = try run(["الرئيسية | محليات | اقتصاد", "البلدية تغلق الجسر الرئيسي.", "14/12/2025", lead, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, "البلدية تغلق الجسر الرئيسي.")
        // Over its deck (a line without a stop), short or long.
        let deck = "الحافلات تسلك الطريق الدائري طوال مدة الأشغال"
        for title in ["البلدية تغلق الجسر الرئيسي.", long] {
            let decked = try run(["الرئيسية | محليات | اقتصاد", title, deck, "14/12/2025", lead, Self.p2])
            XCTAssertEqual(decked.articles.first?.title, title)
            XCTAssertEqual(decked.articles.first?.paragraphs.suffix(2), [lead, Self.p2])
        }
        let short = "تبدأ الأشغال صباح الغد."
        let led = try run(["الرئيسية | محليات | اقتصاد", "البلدية تغلق الجسر الرئيسي.", short, lead, Self.p2])
        XCTAssertEqual(led.articles.first?.title, "البلدية تغلق الجسر الرئيسي.")
        XCTAssertEqual(led.articles.first?.paragraphs, [short, lead, Self.p2])
        // A short first paragraph with its stop under a headline stays text.
        let opening = "تغلق البلدية الجسر الرئيسي منذ الغد."
        let under = try run(["الرئيسية | محليات | اقتصاد", "إغلاق الجسر الرئيسي للصيانة", opening, lead, Self.p2])
        XCTAssertEqual(under.articles.first?.title, "إغلاق الجسر الرئيسي للصيانة")
        XCTAssertEqual(under.articles.first?.paragraphs, [opening, lead, Self.p2])
        // A first paragraph of two sentences, or with a comma, is no headline.
        let sentences = "أغلقت البلدية الجسر. وبدأت الأشغال اليوم."
        XCTAssertEqual(try run(["الرئيسية | محليات | اقتصاد", sentences, lead, Self.p2]).articles.first?.title, "")
    }

    /// Headline, date, then a short line that says it again without a stop over the text: the
    /// line over the date is the headline (the one under it is no headline printed under the date).
    func testALineUnderTheDateSayingTheHeadlineAgainIsNoHeadline() throws {
        let title = "موجة الصقيع تضرب مزارع الوادي"
        let lead = "تضرب موجة الصقيع مزارع الوادي منذ ثلاثة أيام"
        let doc = try run(["الرئيسية | محليات | اقتصاد", title, "الأحد 14 ديسمبر 2025", lead, Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.decision(4) == "title generic.headline", false)
    }

    /// Two headline-like lines stacked right over the date: the first is the headline, the second
    /// its deck, even when the deck shares more words with the text.
    func testTheFirstOfTwoStackedLinesOverTheDateIsTheHeadline() throws {
        let title = "ليلة طويلة على ضفاف النهر"
        let deck = "البلدية تغلق الجسر الرئيسي للصيانة ثلاثة أسابيع اعتباراً من الشهر المقبل"
        let doc = try run(["الرئيسية | محليات | اقتصاد", title, deck, "الأحد 14 ديسمبر 2025", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [deck, Self.p1, Self.p2])
        // A line set apart above the headline, or at the page's top (an app's note over it), is
        // no headline.
        let note = "تمت المشاركة من تطبيق أخبار المدينة"
        for top in [["الرئيسية | محليات | اقتصاد", note, ""], [note]] {
            let shared = try run(top + [deck, "الأحد 14 ديسمبر 2025", Self.p1, Self.p2])
            XCTAssertEqual(shared.articles.first?.title, deck)
        }
    }

    /// The short lines a paragraph announces with a colon at its end (points, verses) close the
    /// article, up to the footer; the headline over that paragraph stays the title.
    func testTheLinesALeadInAnnouncesAtTheArticlesEndAreItsText() throws {
        let title = "البلدية تعلن إجراءات جديدة لتنظيم السير"
        let leadIn = "أعلن المجلس البلدي في ختام اجتماعه الدوري أمس مجموعة من الإجراءات التي تبدأ مطلع الشهر المقبل، وتشمل:"
        let points = ["منع الوقوف أمام المدارس", "تمديد ساعات عمل الإشارات", "تخصيص مسار للدراجات", "غرامات جديدة للسرعة"]
        let doc = try run(["بوابة النهر", title, leadIn] + points + ["جميع الحقوق محفوظة لبوابة النهر"])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [leadIn] + points)
        // Verses in stanzas set apart by blank lines.
        let intro = "كتب الشاعر هذه الأبيات في ليلة ماطرة بعد أن عاد إلى بيت جده في القرية، ويقول فيها:"
        let verses = ["على الباب ظل من المطر القديم", "وفي الدار صوت يعرف اسمي", "ونافذة تطل على الحقول", "", "ويبقى المساء رفيق الطريق",
                      "ويبقى الغياب قصيدة لم تكتمل"]
        let poem = try run(["بوابة النهر", "الرئيسية | ثقافة | شعر", "أبيات عن بيت الجد", intro, ""] + verses + ["", "جميع الحقوق محفوظة لبوابة النهر"])
        XCTAssertEqual(poem.articles.first?.title, "أبيات عن بيت الجد")
        XCTAssertEqual(poem.articles.first?.paragraphs, [intro] + verses.filter { !$0.isEmpty })
    }

    func testARecipesIngredientsAboveItsStepsAreNotItsHead() throws {
        let recipe = "مقلوبة الدجاج بالباذنجان والقرنبيط"
        let intro = "المقلوبة طبق العائلة في يوم الجمعة، ولحظة قلب القدر على الصينية هي أجمل ما في تحضيرها كله."
        let steps = ["يسلق الدجاج مع البصل والبهارات حتى ينضج ثم يصفى المرق ويحفظ جانباً للمرحلة الأخيرة من الطهي.",
                     "يقلى الباذنجان والقرنبيط حتى يتحمرا ثم يرصان في قاع القدر فوق قطع الدجاج المسلوقة جيداً.",
                     "يوزع الأرز فوق الخضار ويضاف المرق الساخن ويترك على نار هادئة نصف ساعة حتى ينضج الأرز تماماً.",
                     "تقلب القدر على صينية واسعة بعد عشر دقائق من إطفاء النار وتزين باللوز والصنوبر المحمص."]
        let ingredients = ["دجاجة مقطعة إلى ثماني قطع", "ثلاثة أكواب أرز مصري مغسول", "حبتا باذنجان مقطعتان شرائح",
                           "رأس قرنبيط صغير مقسم زهرات", "بصلة كبيرة مقطعة حلقات"]
        let doc = try run(["الرئيسية | وصفات سريعة | حلويات | مقبلات", recipe, "وقت التحضير: 20 دقيقة", "عدد الأشخاص: 6",
                           "اطبع الوصفة | احفظ الوصفة | شارك", "طبق المقلوبة بعد قلبه مزيناً بالمكسرات المحمصة", intro,
                           "المقادير"] + ingredients + ["طريقة التحضير"] + steps)
        XCTAssertEqual(doc.articles.first?.title, recipe)
    }

    func testLinesOfOneWordOrNoneAnywhereDoNotTrapTheGenericPath() throws {
        // Sentences of one word or none (a bio, a blurb, a caption are looked for among them).
        let odd = [".", "نعم.", "؟", "«»", "__", "1.", "و.", "* .", "كاتب.", "—", "(3)", "· · ·"]
        for line in odd {
            let doc = try run(["الرئيسية | محليات | اقتصاد | رياضة", "البلدية تغلق الجسر الرئيسي للصيانة", "14/12/2025",
                               line, Self.p1, line, Self.p2, line, Self.p3, line])
            XCTAssertEqual(doc.articles.first?.title, "البلدية تغلق الجسر الرئيسي للصيانة", line)
        }
    }

    /// A table's rows are figures, not prose: set apart (`generic.table-row`), the text going on
    /// over them; a numbered list closing the text is the article's.
    func testATablesRowsAreSetApartAndANumberedListClosingTheTextIsTheArticles() throws {
        let title = "استقرار أسعار العملات في البنوك المحلية"
        let table = ["العملة | الشراء | البيع", "الدولار الأمريكي | 48.10 | 48.20", "اليورو | 50.48 | 50.61", "الريال السعودي | 12.80 | 12.84"]
        let doc = try run(["الرئيسية | أسعار العملات | أسعار الذهب | اتصل بنا", title, "14/12/2025", Self.p1] + table + [Self.p2])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        XCTAssertEqual(doc.blocks.filter { $0.rule == GenericRule.tableRow }.count, table.count)
        // Rows that read as dates (a day and hours) under a header row are a table's too.
        let schedule = ["المنطقة | اليوم | الساعات", "الروضة | الأحد | 8:00 - 12:00", "السرة | الإثنين | 8:00 - 11:00",
                        "اليرموك | الثلاثاء | 9:00 - 13:00"]
        let cuts = try run(["الرئيسية | الكهرباء | المياه | اتصل بنا", title, "14/12/2025", Self.p1] + schedule + [Self.p2])
        XCTAssertEqual(cuts.articles.first?.paragraphs, [Self.p1, Self.p2])
        XCTAssertEqual(cuts.blocks.filter { $0.rule == GenericRule.tableRow }.count, schedule.count)
        // Without a header row, dated rows stay dates (prayer times, a programme's times).
        let times = ["الفجر | 05:34 | ص", "الظهر | 11:39 | ص", "العصر | 14:24 | م"]
        let widget = try run(["الرئيسية | الكهرباء | المياه | اتصل بنا"] + times + [title, "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(widget.articles.first?.paragraphs, [Self.p1, Self.p2])
        // Menus without numbers stay menus, whatever their number.
        let menus = ["الرئيسية | أخبار | رياضة", "اقتصاد | ثقافة | منوعات", "من نحن | اتصل بنا | الخصوصية"]
        let chrome = try run(menus + [title, "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(chrome.articles.first?.paragraphs, [Self.p1, Self.p2])
        // A numbered list led into by a colon, closing the text.
        let lead = "وبهذه النتيجة أصبح ترتيب الفرق الثلاثة الأولى كالتالي:"
        let items = ["1. النجم الساحلي 35 نقطة", "2. الأهلي 31 نقطة", "3. الملعب الرياضي 28 نقطة"]
        let ranked = try run(["الرئيسية | رياضة | اقتصاد | ثقافة", title, "14/12/2025", Self.p1, Self.p2, lead] + items + ["جميع الحقوق محفوظة"])
        XCTAssertEqual(ranked.articles.first?.paragraphs, [Self.p1, Self.p2, lead] + items)
    }

    func testTheTextGoingOnAfterASubheadingAndATableIsTheArticles() throws {
        let title = "فتح باب القبول لبرامج الدراسات العليا للعام المقبل"
        let tail = ["الرسوم الدراسية", "البرنامج | الرسوم السنوية", "ماجستير بالمقررات | 450,000 جنيه", "ماجستير بالبحث | 380,000 جنيه",
                    "دكتوراه | 600,000 جنيه", "ويستمر التقديم حتى منتصف فبراير، على أن تعلن قوائم المقبولين في مارس"]
        let doc = try run(["الرئيسية | الجامعة | القبول", title, "14/12/2025", Self.p1, Self.p2] + tail + ["جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, tail[0], tail[5]])
        XCTAssertEqual(doc.blocks.filter { $0.rule == GenericRule.tableRow }.count, 4)
        // Other pages' headlines after the text, no paragraph going on after them (one opening with a
        // «و» of its own word): not the article's.
        let others = ["افتتاح معرض الكتاب السنوي في المدينة الجامعية", "وكالة الفضاء تختار مهندسة شابة ضمن فريق مهمة جديدة"]
        let listed = try run(["الرئيسية | الجامعة | القبول", title, "14/12/2025", Self.p1, Self.p2] + others + ["جميع الحقوق محفوظة"])
        XCTAssertEqual(listed.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testAnArticlesFAQIsNotTeasersTeasersAfterAListHeaderAre() throws {
        let title = "كيف تتعامل مع حرقة المعدة بعد الوجبات"
        let faq = ["الأسئلة الشائعة", "هل الحليب يخفف حرقة المعدة؟", "يعطي الحليب راحة مؤقتة لكن الدهون فيه قد تزيد الحموضة بعد ساعة.",
                   "متى تكون الحرقة علامة على مشكلة خطيرة؟", "إذا صاحبها صعوبة في البلع أو فقدان وزن فيجب مراجعة الطبيب فوراً."]
        let doc = try run(["الرئيسية | صحة | تغذية | رياضة", title, "14/12/2025", Self.p1, Self.p2] + faq + ["جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2] + faq)
        // The same questions after a list header are other pages' teasers.
        let teasers = try run(["الرئيسية | صحة | تغذية | رياضة", title, "14/12/2025", Self.p1, Self.p2, "اقرأ أيضاً"] + faq.dropFirst()
                              + ["جميع الحقوق محفوظة"])
        XCTAssertEqual(teasers.articles.first?.paragraphs, [Self.p1, Self.p2])
        // An interview's answer and questions going on under an in-text read-also box whose item is
        // a headline.
        let answer = "وأضاف الطبيب أن تناول وجبات صغيرة متباعدة يخفف الأعراض عند أغلب المرضى خلال أسابيع قليلة."
        let interview = try run(["الرئيسية | صحة | تغذية | رياضة", title, "14/12/2025", Self.p1, Self.p2, "اقرأ أيضاً",
                                 "افتتاح عيادة جديدة لأمراض الجهاز الهضمي في المستشفى الجامعي", answer] + faq.dropFirst()
                                + ["جميع الحقوق محفوظة"])
        XCTAssertEqual(interview.articles.first?.paragraphs, [Self.p1, Self.p2, answer] + faq.dropFirst())
        // … or the box's headline right over the next question.
        let questions = ["وهل ينصح الأطباء بشرب الحليب البارد قبل النوم لمن يعاني من الحرقة كل ليلة؟", faq[2], faq[3], faq[4]]
        let asked = try run(["الرئيسية | صحة | تغذية | رياضة", title, "14/12/2025", Self.p1, Self.p2, "اقرأ أيضاً",
                             "افتتاح عيادة جديدة لأمراض الجهاز الهضمي في المستشفى الجامعي"] + questions + ["جميع الحقوق محفوظة"])
        XCTAssertEqual(asked.articles.first?.paragraphs, [Self.p1, Self.p2] + questions)
    }

    /// A portal's head: a breaking-news strip, a weather line and a currency line above the
    /// section word and the headline. The weather line is no headline (nor is what stands above
    /// it), even when the headline's words are not the text's.
    func testAWeatherLineIsNoHeadline() throws {
        let title = "الحكومة تقر موازنة العام الجديد بزيادة في الإنفاق على التعليم والصحة"
        let doc = try run(["الرئيسية", "محليات", "اقتصاد", "رياضة", "عاجل", "وزير الطاقة يعلن خطة جديدة لخفض الفواتير",
                           "بيروت - غائم جزئياً 18° مساءً", "الدولار: 89,500 ليرة", "محليات", title, "كتب سامر الحلبي",
                           "الأحد 14 ديسمبر 2025 - 13:45", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        XCTAssertTrue(LineWords("عمّان 24 °C").hasTemperature)
        XCTAssertTrue(LineWords("الرياض ٣٠°").hasTemperature)
        XCTAssertFalse(LineWords("زاوية 90 درجة و° وحدها").hasTemperature)
    }

    /// A list of short items after an in-text «اقرأ أيضاً» box, with the text going on after it:
    /// the article's (the box is no end of the text).
    func testShortItemsAfterAnInTextReadAlsoBoxAreKept() throws {
        let title = "خطة البلدية لتأهيل الحدائق العامة قبل الصيف"
        let items = ["زراعة ألف شجرة جديدة", "تجديد ملاعب الأطفال", "إنارة الممرات بالطاقة الشمسية", "شبكة ري بالتنقيط"]
        let doc = try run(["الرئيسية | محليات | اقتصاد | رياضة", title, "14/12/2025", Self.p1, "اقرأ أيضاً",
                           "افتتاح معرض الكتاب السنوي في المدينة الجامعية", Self.p2] + items + [Self.p3, "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2] + items + [Self.p3])
    }

    /// A dateline's place, site and reporter apart by spaced dashes under the headline: no menu
    /// (which would end the headline's head block); a menu apart by spaced dashes stays one.
    func testADatelineBylineApartByDashesIsNoMenu() throws {
        let title = "إغلاق الجسر الرئيسي في المدينة ثلاثة أسابيع للصيانة الشاملة"
        let doc = try run(["الرئيسية - محليات - اقتصاد - رياضة", title, "عمّان - نبض المدينة - دعاء الزيباري",
                           "الأحد 14 كانون الأول 2025 - 10:30 ص", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        XCTAssertEqual(doc.decision(1), "navigation generic.shape.menu")
        XCTAssertEqual(doc.decision(3), "boilerplate generic.shape.meta-line")
    }

    /// A video page prints a media marker between its headline and its date.
    func testAMediaMarkerUnderTheHeadlineIsPassed() throws {
        let title = "إغلاق الجسر الرئيسي في المدينة ثلاثة أسابيع للصيانة الشاملة"
        for marker in ["فيديو", "فيديو | 03:45"] {
            let doc = try run(["الرئيسية", "محليات", "اقتصاد", "رياضة", title, marker, "نشر في 14 ديسمبر 2025 على الساعة 09:30", Self.p1, Self.p2])
            XCTAssertEqual(doc.articles.first?.title, title, marker)
            XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2], marker)
        }
        // A read-also line with its headline still ends the head: the headline above it is another article's.
        let readAlso = try run(["الرئيسية", "محليات", "اقتصاد", "رياضة", "افتتاح معرض الكتاب السنوي في المدينة الجامعية",
                                "فيديو: افتتاح معرض الكتاب السنوي في المدينة الجامعية", title, "14 ديسمبر 2025", Self.p1, Self.p2])
        XCTAssertEqual(readAlso.articles.first?.title, title)
    }

    func testAVerseUnderTheHeadlineIsPassedAndAFactIsNoHeadline() throws {
        let title = "الحاج عبد الرحمن سليم الخطيب في ذمة الله"
        let verse = "﴿يَا أَيَّتُهَا النَّفْسُ الْمُطْمَئِنَّةُ ارْجِعِي إِلَى رَبِّكِ﴾"
        let doc = try run(["الرئيسية | وفيات اليوم | تعازٍ", "14 ديسمبر 2025", title, verse, Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        // Facts inside the text are not its headline.
        let gold = "ارتفاع طفيف في أسعار الذهب بالسوق المحلية"
        let facts = try run(["الرئيسية | أسعار الذهب | العملات", gold, "14/12/2025", Self.p1, "وسجلت أسعار الذهب اليوم ما يلي:",
                             "عيار 24: 4,771 جنيهاً للجرام", "عيار 21: 4,175 جنيهاً للجرام", Self.p2, Self.p3])
        XCTAssertEqual(facts.articles.first?.title, gold)
    }

    func testAHeadlinePrintedAgainWinsOverALabelPrintedAgainWithItsValue() throws {
        let title = "ارتفاع طفيف في أسعار الذهب بالسوق المحلية"
        let doc = try run([title, "عاجل", "سعر الذهب عيار 21 يسجل أعلى مستوى في شهر", "الجنيه الذهب", "33,400 جنيه", title,
                           "محمود فتحي الأحد، 14 ديسمبر 2025 02:43 م", Self.p1, "الجنيه الذهب: 33,400 جنيه", Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        // The page's title line names it with the site's name after it; the breaking line above it
        // is printed again, as it is, in the most-read list below the text.
        let breaking = "سعر الذهب عيار 21 يسجل أعلى مستوى في شهر"
        let listed = try run([title + " | ذهب اليوم", "عاجل", breaking, "الجنيه الذهب", "33,400 جنيه", title,
                              "محمود فتحي الأحد، 14 ديسمبر 2025 02:43 م", Self.p1, Self.p2, "الأكثر قراءة", breaking,
                              "أسعار الفضة تستقر مع نهاية الأسبوع"])
        XCTAssertEqual(listed.articles.first?.title, title)
    }

    func testAColumnistsNamePrintedTwiceUnderTheHeadline() throws {
        let title = "غرف الانتظار في المستشفيات العامة تحتاج إلى خطة"
        let doc = try run(["جريدة الوادي", "الرئيسية", "مقالات الرأي", "", title, "", "سامر الخطيب", "", "الأحد 14 ديسمبر 2025 | 03:12 م", "",
                           "سامر الخطيب", "", Self.p1, "", Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testAColumnistsNamePrintedTwiceOverATwoWordHeadline() throws {
        let doc = try run(["الرئيسية", "مقالات الرأي", "د. سامر الخطيب", "د. سامر الخطيب", "غرف الانتظار", "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, "غرف الانتظار")
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testASectionsNamePrintedTwiceGivesWayToTheHeadlineUnderIt() throws {
        let title = "تعديل مواعيد الخط الأحمر يوم الجمعة لأعمال الصيانة"
        let doc = try run(["الرئيسية", "المترو", "الحافلات", "الإشعارات والتعديلات", "المفقودات", "الإشعارات والتعديلات", title,
                           "تاريخ الإشعار: 14-12-2025", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        // A two-word headline printed again, with only its date under it, stays the headline.
        let short = try run(["الرئيسية", "مقالات الرأي", "غرف الانتظار", "غرف الانتظار", "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(short.articles.first?.title, "غرف الانتظار")
    }

    func testALineThatSharesNoWordWithTheTextUnderItIsNoHeadline() throws {
        let title = "البلدية تغلق الجسر الرئيسي ثلاثة أسابيع للصيانة"
        // An app's note over the headline: it speaks of nothing the text says.
        let shared = try run(["تمت المشاركة من تطبيق أخبار المدينة", title, "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(shared.articles.first?.title, title)
        // A headline over its lead: the first of them, both speaking of the text.
        let lead = "الحافلات تسلك الطريق الدائري طوال مدة الأشغال"
        let deck = try run(["الرئيسية", title, lead, "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(deck.articles.first?.title, title)
    }

    func testAMostReadListAboveTheArticleEndsAtTheSectionNameOverItsHeadline() throws {
        // «الأكثر قراءة» and its items above the article, then the article's section, headline,
        // deck and byline: the list ends at the section's name.
        let items = Self.otherHeadlines
        let title = "البلدية تغلق الجسر الرئيسي ثلاثة أسابيع للصيانة"
        let deck = "الحافلات تسلك الطريق الدائري طوال مدة الأشغال والسكان يطالبون بمعابر مؤقتة للمشاة"
        let doc = try run(["الرئيسية", "محليات", "رياضة", "الأكثر قراءة"] + items + ["محليات", title, deck, "كتب: سامي العلي",
                           "نشر في: 14-12-2025 | 10:13 م", "شارك", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [deck, Self.p1, Self.p2])
        // A list that names a section over each item goes on to its end.
        let sectioned = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, "آخر الأخبار", "محليات", items[0], "ثقافة", items[1],
                                 "رياضة", items[2], "اقتصاد", items[3], "منذ ساعتين"])
        XCTAssertEqual(sectioned.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testAGallerysCaptionsBehindTheirCountersBetweenParagraphsAreCaptions() throws {
        // A photo page: the intro, the photos' captions each behind its counter («١/٣ …»), then
        // the text goes on; the headline over the intro stays the headline.
        let title = "صور | الحرفيون يعودون إلى سوق الصاغة القديم"
        let captions = ["١/٣ حرفي يطرق صفيحة نحاس في السوق صباحاً", "٢/٣ زوار أمام محل للنحاس المزخرف", "٣/٣ مشهد عام للسوق بعد الترميم"]
        let doc = try run(["الرئيسية", "صور", "أنت هنا: الرئيسية / صور", title, Self.p1] + captions + [Self.p2, Self.p3, Self.p4])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.captions, captions)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3, Self.p4])
        // Numbers behind a slash that count nothing one after another are no gallery («2/3 …» over «5/8 …»).
        let rows = ["2/3 من الحصص للقطاع العام", "5/8 من الحصص للقطاع الخاص"]
        let other = try run(["الرئيسية", title, Self.p1] + rows + [Self.p2, Self.p3])
        XCTAssertEqual(other.articles.first?.captions ?? [], [])
    }

    func testAVideoPagesHeadlineOverItsViewsAndDateAndARowOfToolsIsTheHeadline() throws {
        let title = "فيديو | الأرصاد: انخفاض ملحوظ في درجات الحرارة نهاية الأسبوع"
        let doc = try run(["قناة الواحة", "بث مباشر | فيديو | برامج | أخبار", "▶ 02:47", title, "48 ألف مشاهدة · نشر في 09-12-2026",
                           "👍 1.2K   مشاركة   حفظ", Self.p1, Self.p2, "الفيديو التالي"])
        XCTAssertEqual(doc.articles.first?.title, title)
        // (The row of the video's tools, a count among them, is no menu ending the head.)
        XCTAssertEqual(doc.decision(6), "widget generic.shape.links-row")
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testAForumPostsNumberUnderThePagesNumbersOpensNoHead() throws {
        // A thread's pages «1», «2» over its title, then the first post's «#1» over its author:
        // the number is no section's name printed again, the thread's title stays the headline.
        let title = "كيف أخزن زيت الزيتون الجديد حتى لا يتغير طعمه؟"
        let doc = try run(["منتديات الواحة", "التسجيل", "الرئيسية", "المنتديات", "منتديات الواحة > القسم الزراعي > الزيتون",
                           "صفحة 1 من 2", "1", "2", "التالي", title, "#1", "أبو سالم الراشد", "عضو مميز", "المشاركات: 1,204",
                           "15-11-2026, 07:42 PM", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
    }

    func testAFeaturedStripOverTheKickerAndASignatureInInitialsLeaveTheHeadlineTheTitle() throws {
        // «في الواجهة» and its items over the article, the article's kicker, its headline, the
        // author's initials and the share row: the strip is a list, the initials a signature.
        let items = ["ورشة في كتابة السيناريو لفائدة عشرين شاباً من المدينة", "مهرجان الفيلم القصير يكشف عن قائمة أفلام المسابقة",
                     "قاعة السينما القديمة تفتح أبوابها من جديد"]
        let title = "عروض سينمائية في الهواء الطلق بساحات الأحياء"
        let doc = try run(["شاشة الواحة", "الرئيسية - مهرجانات - قاعات - نقد - حوارات", "في الواجهة"] + items
                          + ["قاعات", title, "ق. ث", "Partager", "فيسبوك", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        XCTAssertEqual(doc.decision(9), "boilerplate generic.shape.meta-line")
    }

    func testAnOpinionsAuthorBoxOverTheHeadlineListingRolesWithACommaIsTheAuthors() throws {
        // The column's author and roles over its short headline: the roles, listed with a comma,
        // are the author's box, no headline.
        let title = "التمر ليس سلعة موسمية"
        let doc = try run(["الرئيسية", "مقالات", "د. سامي الراشد", "أستاذ الاقتصاد الزراعي، كاتب في الشأن الزراعي", title,
                           "نُشر في: 24 أغسطس 2025", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.decision(4), "boilerplate \(GenericRule.authorBio)")
    }

    func testASectionOfTheMenusOneLineOverTheHeadlineOpensTheHead() throws {
        // The menu on one line, a strip of timed headlines, then the section's name (a part of
        // the menu) over the headline and its date: the section opens the head.
        let title = "عيد الزربية يزين شوارع المدينة القديمة"
        let doc = try run(["أصداء الوادي", "الرئيسية | الوطني | تراث | اقتصاد | ثقافة", "14:53 | ملتقى دولي حول العمارة الصحراوية في المدينة",
                           "10:21 | فيضان الوادي يغمر عددا من البساتين في القرية", "تراث", title, "نشر في 12 أوت 2026 على الساعة 12:50",
                           Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testAMostReadListOfTwoEndsAtTheSectionOverAHeadWithADatelineAndACaption() throws {
        // «الأكثر قراءة الآن» and two headlines, the section's name, the headline, a dateline of a
        // place and the reporter, the date, the photo's caption, then the text.
        let items = ["انتهاء حظر صيد الشارخة وعودة القوارب إلى البحر", "خط ملاحي جديد يربط الميناء بموانئ شرق أفريقيا"]
        let title = "أمطار غزيرة تغلق عددا من الأودية في المدينة"
        let doc = try run(["مرفأ الساحل | أخبار الساحل والبحر", "محليات · موانئ · ثروة سمكية · اقتصاد", "الأكثر قراءة الآن"] + items
                          + ["محليات", title, "الميناء — سالم بن راشد الحبسي", "الأربعاء 12 يوليو 2026 — 3:50 ص", "جريان الوادي قرب المدينة",
                             Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs.first, Self.p1)
        XCTAssertFalse(doc.articles.first?.paragraphs.contains(items[1]) ?? true)
    }

    func testAListOverTheHeadsBylineAndDateEndsThereWhenAKickerAndTheHeadlineFollow() throws {
        // A trending list, then the head: byline, date, the kicker (a section the menu prints) and
        // the headline over the text.
        let title = "النصر يقلب الطاولة على الأهلي ويخطف صدارة الدوري"
        let doc = try run(["ليبيا الرياضية", "أخبار", "كرة قدم", "كرة سلة", "الأكثر تداولاً", "الاتحاد يتصدر الدوري", "تعيين مدرب جديد للمنتخب", "قرعة كأس البلاد",
                           "كتب: سامي العلي", "السبت 05 ديسمبر 2026 - 22:30", "كرة سلة", title, Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testTheFirstSentenceOfTheTextsSecondPartUnderABoxIsNoHeadline() throws {
        // The text, a box of facts that cuts it, then its longer part opening with a short
        // sentence: the headline above stays the title, the sentence the text's.
        let title = "افتتاح سوق جديدة للأسماك في حي الميناء"
        let sentence = "ويرى متابعون في المدينة أن السوق ستظل حاضرة في نقاشات الأهالي."
        let doc = try run(["الرئيسية", "الرئيسية > أخبار المدينة", "1 نوفمبر 2026 - 7:30 مساء", title, Self.p1,
                           "عدد المحلات في السوق: 40", "المدة المتوقعة: 7 أشهر", "طالع أيضا: حوار | مديرة المستشفى تتحدث عن الموسم",
                           sentence, Self.p2, Self.p3, Self.p4, "المصدر: وكالات"])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertTrue(doc.articles.first?.paragraphs.contains(sentence) ?? false)
    }

    func testAnAuthorsNoteMarkedWithAnAsteriskUnderTheTextIsTheBio() throws {
        let title = "البلدية تغلق الجسر الرئيسي ثلاثة أسابيع للصيانة"
        let doc = try run(["الرئيسية", title, "بقلم: ريم العلي", Self.p1, Self.p2, Self.p3, "* أستاذة الهندسة المدنية في جامعة الواحة",
                           "المقالات المنشورة تعبر عن رأي كتابها", "مقالات أخرى للكاتبة"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
        // A starred line with more text under it is the text's own.
        let list = try run(["الرئيسية", title, Self.p1, Self.p2, "* كاتب القصة يقرأ مقاطع منها للحضور", Self.p3, Self.p4])
        XCTAssertNotEqual(list.decision(5), "boilerplate \(GenericRule.authorBio)")
        XCTAssertEqual(list.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3, Self.p4])
    }

    func testTheMenusSectionOverTheHeadlineOpensTheHeadUnderAMastheadOfAHeadlinesLength() throws {
        // The site's name first (three words), its menu, a strip's line that shares a word with
        // the text, then the section's name printed again over the headline, its deck, byline and
        // date: the section opens the head, the strip's line is the page header's.
        let title = "البلدية تغلق الجسر الرئيسي ثلاثة أسابيع للصيانة"
        let deck = "الحافلات تسلك الطريق الدائري طوال مدة الأشغال"
        let doc = try run(["شبكة أخبار المدينة", "الرئيسية", "محليات", "اقتصاد", "رياضة", "شريط: انقطاع الحافلات العامة عن الحي الشرقي",
                           "محليات", title, deck, "المدينة / سامي العلي", "الجمعة 4 ديسمبر 2026", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
    }

    func testALatestListAboveTheArticleEndsAtTheKickerOverTheDateOverTheHeadline() throws {
        // «آخر الأخبار:» and its items, then the article's kicker, its date over the headline, the
        // deck, a reporter's line and the photo's caption: the list ends at the kicker, whatever
        // names the kicker (a section, a kind of page that also heads lists: «فيديو»).
        let items = Self.otherHeadlines
        let title = "البلدية تغلق الجسر الرئيسي ثلاثة أسابيع للصيانة"
        let deck = "الحافلات تسلك الطريق الدائري طوال مدة الأشغال والسكان يطالبون بمعابر مؤقتة للمشاة"
        for kicker in ["محليات", "فيديو"] {
            let doc = try run(["بوابة الساحل", "الرئيسية", "محليات", "فيديو", "آخر الأخبار:"] + items
                              + [kicker, "بوابة الساحل - الأحد 14 ديسمبر 2025 - 10:13", title, deck, "الميناء – سامي العلي | خاص",
                                 "جانب من أشغال الصيانة على الجسر", Self.p1, Self.p2])
            XCTAssertEqual(doc.articles.first?.title, title, kicker)
            XCTAssertEqual(doc.articles.first?.paragraphs.first(where: { $0 != deck }), Self.p1, kicker)
            XCTAssertFalse(doc.articles.first?.paragraphs.contains(items[3]) ?? true, kicker)
        }
        // A list dated item by item under a section's name goes on: no head in it.
        let dated = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, "آخر الأخبار"] + items.prefix(3)
                            + ["محليات", "13/12/2025", items[3], "12/12/2025", "إطلاق حملة لتشجير الطريق الدائري قبل الصيف", Self.p3])
        XCTAssertEqual(dated.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
    }

    /// A most-read list right over the article's headline, or over a date over it: the list's
    /// items end at the article's head, and the line over the text is the headline.
    func testAMostReadListEndsAtTheHeadlineOrTheDateOverIt() throws {
        let items = ["افتتاح معرض الكتاب السنوي بمشاركة واسعة", "منتخب الناشئين يتأهل إلى النهائي", "ارتفاع أسعار الخضار في الأسواق"]
        let title = "ليلة طويلة على ضفاف النهر"
        for head in [[title], ["الأحد 14 ديسمبر 2025", title]] {
            let doc = try run(["الرئيسية | محليات | اقتصاد", "الأكثر قراءة"] + items + head + [Self.p1, Self.p2])
            XCTAssertEqual(doc.articles.first?.title, title, "\(head)")
            XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2], "\(head)")
            XCTAssertEqual(doc.decision(5), "related generic.in-list.related", "\(head)")
        }
    }

    func testAMostReadListEndsAtTheSectionOverAnOpinionsHeadlineAndItsAuthorBox() throws {
        // An opinion page: the most-read list, the section's name, the headline, then the author's
        // box (name, role) over the date: the list ends at the section's name.
        let items = Array(Self.otherHeadlines.prefix(3))
        let title = "رأي: لماذا تتأخر صيانة جسورنا؟"
        let doc = try run(["الرئيسية", "رأي", "الأكثر قراءة الآن:"] + items
                          + ["رأي", title, "سامي العلي", "مهندس وكاتب رأي", "الأحد 14 ديسمبر 2025 - 10:13", "Facebook", "Twitter", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testAWidgetsWordAfterTheListNamesNoSectionOverEachItem() throws {
        // A weather widget's one word after the latest list, then the breadcrumb over the
        // headline, its byline and date: the list ends at the breadcrumb as it would without it.
        let items = Array(Self.otherHeadlines.prefix(3))
        let title = "البلدية تغلق الجسر الرئيسي ثلاثة أسابيع للصيانة"
        let doc = try run(["الرئيسية", "محليات", "آخر الأخبار"] + items + ["Météo Sétif 9°C", "Nuageux", "الرئيسية / محليات", title,
                          "س. العلي", "نشر في : 14 ديسمبر 2025 - 15:34", "شارك على:", "Facebook", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testAVideoPagesHeadlineBehindItsMediaMarkerIsTheHeadline() throws {
        // «فيديو | …», «شاهد: …»: a video page's headline over its byline and date.
        for title in ["فيديو | جولة في ورشة لإصلاح القوارب الخشبية قبل موسم الصيد", "شاهد: جولة في ورشة لإصلاح القوارب الخشبية قبل موسم الصيد",
                      "بالصور: جولة في ورشة لإصلاح القوارب الخشبية قبل موسم الصيد"] {
            let doc = try run(["الرئيسية", "فيديو", "الرئيسية / فيديو", title, "إعداد: سامي العلي", "نشر في: 14-12-2025 | 10:13",
                               "مدة الفيديو: 03:12", Self.p1, Self.p2])
            XCTAssertEqual(doc.articles.first?.title, title)
        }
        // A teaser of another video under the date stays no headline.
        let title = "البلدية تغلق الجسر الرئيسي ثلاثة أسابيع للصيانة"
        let teaser = try run(["الرئيسية", title, "14/12/2025", "شاهد: جولة في ورشة لإصلاح القوارب الخشبية قبل موسم الصيد", Self.p1, Self.p2])
        XCTAssertEqual(teaser.articles.first?.title, title)
        XCTAssertEqual(teaser.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testADatelineOfAPlaceAndTheSitesNameIsNoHeadline() throws {
        // «المنامة - أخبار الجزيرة»: a place and the site's name (its masthead) under the headline.
        let title = "فيديو | جولة في ورشة لإصلاح القوارب الخشبية قبل موسم الصيد"
        for dateline in ["الحد - أخبار الجزيرة", "أخبار الجزيرة - الحد"] {
            let doc = try run(["أخبار الجزيرة", "الرئيسية", "محليات", title, dateline, "كتب - سامي العلي", "نشر في: 14-12-2025 | 10:13",
                               Self.p1, Self.p2, "© 2025 أخبار الجزيرة"])
            XCTAssertEqual(doc.articles.first?.title, title, dateline)
            XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2], dateline)
        }
        // A headline cut by a dash whose part is no line of the page's stays a headline.
        let dashed = "الحد - بلدة الصيادين تستعد للموسم"
        let doc = try run(["أخبار الجزيرة", "الرئيسية", "محليات", dashed, "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, dashed)
    }

    func testAPhotosCaptionWithItsCreditAfterADashIsACaption() throws {
        let title = "البلدية تغلق الجسر الرئيسي ثلاثة أسابيع للصيانة"
        let caption = "عمال الصيانة على الجسر الرئيسي صباح أمس - تصوير: سامي العلي"
        for lines in [["الرئيسية", title, "14/12/2025", caption, Self.p1, Self.p2], ["الرئيسية", title, "14/12/2025", Self.p1, caption, Self.p2]] {
            let doc = try run(lines)
            XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
            XCTAssertEqual(doc.blocks.first { $0.key == caption }?.label, .caption)
        }
    }

    func testADatelineLeadingIntoTheTextWithAColonIsPassed() throws {
        // «عدن ((أخبار الجزيرة)) خاص:» over the first paragraph: the headline is above it.
        let title = "البلدية تغلق الجسر الرئيسي ثلاثة أسابيع للصيانة"
        let doc = try run(["الرئيسية", "محليات", "رياضة", "كتابات", title, "الثلاثاء 03 ديسمبر 2024 - 11:40", "الحد ((أخبار الجزيرة)) خاص:",
                           Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
    }

    func testABlogsArchiveWidgetBetweenParagraphsEndsAtALineLeadingInWithAColon() throws {
        let title = "طاجين السردين على الطريقة البيضاوية"
        let items = ["نصف كيلو سردين منقى", "ثلاث حبات بطاطس مقطعة شرائح", "حبتان طماطم وفلفلة خضراء"]
        let doc = try run(["الرئيسية", "وصفات", title, "14/12/2025", Self.p1, "المتابعون", "انضم إلى هذا الموقع", "أرشيف المدونة",
                           "► 2024 (37)", "► 2023 (52)", "المقادير:"] + items + ["طريقة التحضير:", Self.p2, Self.p3])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, "المقادير:"] + items + ["طريقة التحضير:", Self.p2, Self.p3])
    }

    func testAListHeaderInTheMenuTakesNoHeadlineRightOverTheText() throws {
        // «أرشيف المدونة» is a menu's link here: the date and the post's headline under it.
        let title = "حمامات المدينة القديمة: ذاكرة البخار والصابون"
        let doc = try run(["مدونة حكايات المدينة", "الرئيسية", "أرشيف المدونة", "الأربعاء، 18 نونبر 2026", title, Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
    }

    func testTheLastParagraphAfterAnInTextBoxOverTheArticlesTagsIsKept() throws {
        // After a «قد يهمك» box, a last sentence that shares no long word with the text above,
        // over the article's tags: the article's, not a site's note.
        let title = "البلدية تغلق الجسر الرئيسي ثلاثة أسابيع للصيانة"
        let last = "ولا يعرف أحد متى تعود الحياة إلى طبيعتها هناك."
        let doc = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, "قد يهمك", "افتتاح معرض الكتاب السنوي في المدينة الجامعية",
                           "فيديو: جولة في ورشة لإصلاح القوارب الخشبية قبل موسم الصيد", last, "#محليات", "مواضيع ذات صلة",
                           "منتخب الناشئين يتأهل إلى نهائي البطولة الإقليمية"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, last])
    }

    func testAForumThreadsRepliesAfterThePostNumbersAreTheTail() throws {
        let title = "صوت طقطقة في المحرك عند التشغيل الصباحي"
        let post = ["السلام عليكم يا شباب", Self.p1, Self.p2]
        // Each post's number over it, or under it.
        for numberFirst in [false, true] {
            let posts = [["أبو يوسف", "03-11-2024, 08:47 PM", "عضو جديد", "المشاركات: 12"] + post,
                         ["المهندس كريم", "03-11-2024, 09:30 PM", "مشرف قسم الصيانة", Self.p3],
                         ["سامح", "04-11-2024, 10:12 AM", "عضو مميز", "نفس المشكلة حصلت معي، راجع طلمبة الزيت أولا."]]
            var lines = ["منتديات السيارات", "الرئيسية", "المنتديات > قسم الصيانة", title]
            for (k, p) in posts.enumerated() { lines += numberFirst ? ["#\(k + 1)"] + p : p + ["#\(k + 1)"] }
            let doc = try run(lines)
            XCTAssertEqual(doc.articles.first?.title, title, "number first: \(numberFirst)")
            XCTAssertEqual(doc.articles.first?.paragraphs, post, "number first: \(numberFirst)")
        }
    }

    func testASitesNamePrintedAgainInTheFooterIsNoHeadline() throws {
        let title = "البلدية تغلق الجسر الرئيسي ثلاثة أسابيع للصيانة"
        let doc = try run(["صحيفة الوادي الجديد", "الأولى", "الأخبار", "الرياضة", "مجتمع", title, "كتب: سامي العلي", "الأحد 12 مايو 2024", Self.p1, Self.p2,
                           "صحيفة الوادي الجديد - جميع الحقوق محفوظة 2024"])
        XCTAssertEqual(doc.articles.first?.title, title)
    }

    func testATableOfContentsItemPrintedAgainInTheTextGivesWayToTheHeadlineNotTheSitesName() throws {
        // A contents box under the date prints a subheading of the text; the headline over the
        // date is the page's, not the site's name at its top.
        let title = "كيف تحمي حسابك على تطبيقات المراسلة في خطوات بسيطة"
        let step = "1. فعّل التحقق بخطوتين الآن"
        let doc = try run(["عالم التقنية ببساطة", "أخبار", "شروحات", title, "خطوات سهلة لا تستغرق أكثر من عشر دقائق قد تحميك من الاحتيال",
                           "سامي العلي", "02/12/2026", "Table of Contents", step, "2. لا تشارك رمز التفعيل مع أحد", Self.p1, step, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
    }

    func testFieldsAndFactsBelowTheLastParagraphAreNoText() throws {
        let title = "شقة للبيع في حي الروضة بإطلالة على البحر"
        let doc = try run(["الرئيسية", "عقارات", title, "14/12/2025", Self.p1, Self.p2, "المساحة: 96 م2", "الطابق: 3", "الغرف: 4",
                           "الحالة: جديدة", "الرقم المجاني: 1111", "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        // Fields between paragraphs stay the text's.
        let fields = ["المساحة: 96 م2", "الطابق: 3", "الغرف: 4"]
        let inside = try run(["الرئيسية", "عقارات", title, "14/12/2025", Self.p1] + fields + [Self.p2, "جميع الحقوق محفوظة"])
        XCTAssertEqual(inside.articles.first?.paragraphs, [Self.p1] + fields + [Self.p2])
    }

    func testASectionsNameFromTheMenuOverTheHeadlineOpensTheArticlesHead() throws {
        // A price bulletin's line between the menu and the section's name over the headline.
        let title = "موسم زيتون أقل من المتوقع في ريف الساحل وارتفاع أسعار الزيت"
        let doc = try run(["اقتصاد الساحل", "الرئيسية", "زراعة", "صناعة", "أسواق",
                           "نشرة الأسعار: ليتر زيت الزيتون ٨٥ ألف ليرة | كيلو الحمضيات ٤ آلاف ليرة", "زراعة", title,
                           "الأحد ٦ كانون الأول ٢٠٢٦", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
    }

    func testASubheadingAskingAQuestionOverAShortListAfterAnInTextBoxIsTheText() throws {
        let title = "البلدية تغلق الجسر الرئيسي ثلاثة أسابيع للصيانة"
        let question = "ما الطرق البديلة المتاحة؟"
        let items = ["الطريق الدائري الشمالي", "جسر الميناء القديم", "شارع الكورنيش"]
        let doc = try run(["الرئيسية", title, "14/12/2025", Self.p1, "قد يهمك", "افتتاح معرض الكتاب السنوي في المدينة الجامعية",
                           "منتخب الناشئين يتأهل إلى نهائي البطولة الإقليمية", question] + items + [Self.p2, Self.p3])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, question] + items + [Self.p2, Self.p3])
    }

    func testAListAboveTheArticleEndsAtTheHeadlineOverADeckAndItsByline() throws {
        // «Trending:» and two teasers, then the headline, a deck written as a sentence, the byline.
        let title = "شركة ناشئة تطلق نموذجا لغويا عربيا مفتوح المصدر"
        let deck = "النموذج يتوفر بثلاثة أحجام ويمكن تشغيل أصغرها على حاسوب محمول."
        let doc = try run(["الرئيسية", "أخبار", "Trending:", "ثغرة في أجهزة التوجيه المنزلية تعرض ملايين المستخدمين للخطر",
                           "منصة تعليمية تجمع مليون طالب في عامها الأول", title, deck, "بقلم: لينا حداد", "نُشر في 02/03/2026", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [deck, Self.p1, Self.p2])
        // A review's rating between its byline and its text; a headline holding two quotations.
        let review = "تجربة سماعات «صدى برو»: عزل ممتاز بسعر «معقول»"
        let rated = try run(["الرئيسية", "أخبار", "Trending:", "ثغرة في أجهزة التوجيه المنزلية تعرض ملايين المستخدمين للخطر",
                             "منصة تعليمية تجمع مليون طالب في عامها الأول", "مراجعة", review, "بقلم: كريم سالم", "نُشر في 09/03/2026",
                             "تقييم الموقع: 7.5/10", Self.p1, Self.p2])
        XCTAssertEqual(rated.articles.first?.title, review)
        XCTAssertEqual(rated.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testAShortListUnderASubheadingAfterAReadAlsoTeaserIsTheText() throws {
        let title = "البلدية تغلق الجسر الرئيسي ثلاثة أسابيع للصيانة"
        let items = ["الطريق الدائري الشمالي", "جسر الميناء القديم", "شارع الكورنيش"]
        let doc = try run(["الرئيسية", title, "14/12/2025", Self.p1, "اقرأ أيضا", "فيديو| جولة في ورشة لإصلاح القوارب الخشبية قبل موسم الصيد",
                           "الطرق البديلة"] + items + [Self.p2, "الكلمات الدالة", "خدمات"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, "الطرق البديلة"] + items + [Self.p2])
        // A question the text ends with over its tips, closing the article (a poll's options are none).
        let question = "كيف تحمي نفسك من الاحتيال؟"
        let tips = ["لا تضغط على روابط لم تطلبها", "تحقق من رقم الشحنة عبر الموقع", "فعّل إشعارات العمليات في المصرف"]
        let asked = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, question] + tips + ["شارك المقال", "نسخ الرابط"])
        XCTAssertEqual(asked.articles.first?.paragraphs, [Self.p1, Self.p2, question] + tips)
        let poll = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, "هل تؤيد إغلاق الجسر؟", "نعم", "لا", "لا أعرف", "شارك المقال"])
        XCTAssertFalse(poll.articles.first?.paragraphs.contains("لا أعرف") ?? true, "a poll's options are no tips")
    }

    func testASitesNamePrintedAgainUnderTheHeadlineAsItsBylineIsNoHeadline() throws {
        let title = "غرفة الجنايات تدين متورطين في تزوير عقود عقارية بحي المحاميد"
        let doc = try run(["الوادي الآن", "أخبار الوادي", "جهة الوادي الكبرى", "حوادث", "محاكم", "الأربعاء 1 يوليوز 2026", "محاكم", title, "الوادي الآن",
                           "الأربعاء 1 يوليوز 2026 - 16:45", Self.p1, Self.p2, "© الوادي الآن 2026"])
        XCTAssertEqual(doc.articles.first?.title, title)
    }

    func testAColumnsShortTitleOverItsAuthorsNamePrintedAgainIsTheHeadline() throws {
        let doc = try run(["مجلة الوادي", "أعمدة", "في مديح المكتبات الصغيرة", "مايا صعب", "الأربعاء 18 تشرين الثاني 2026", Self.p1, Self.p2,
                           "عن الكاتبة", "مايا صعب", "كاتبة وباحثة في شؤون الثقافة"])
        XCTAssertEqual(doc.articles.first?.title, "في مديح المكتبات الصغيرة")
    }

    func testAGalleryCounterOverACaptionWithItsCreditIsChrome() throws {
        let title = "معرض ضوء الجبل في دير القمر"
        let doc = try run(["الرئيسية", title, "14/12/2025", Self.p1, "1 / 3", "زوار أمام إحدى اللوحات - تصوير: مروان ضو", "2 / 3",
                           "لوحة الجبل عند الغروب - تصوير: مروان ضو", "3 / 3", "الفنانة في مرسمها - تصوير: مروان ضو", Self.p2])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testAnInterviewsLabelledQuestionsAndAnswersAndNumberedItemsAfterABoxAreTheText() throws {
        let title = "حوار مع مدير المهرجان الثقافي في المدينة"
        let qa = ["س: كيف بدأت فكرة المهرجان؟", "ج: بدأت بمجموعة صغيرة من الشباب قبل عشر سنوات في حي قديم.",
                  "س: ما خططكم للسنوات المقبلة؟", "ج: نريد أن نوسع البرنامج ليشمل القرى المجاورة والمدارس."]
        let doc = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, "شارك المقال"] + qa + ["جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2] + qa)
        let steps = ["1. دعم المشاريع الصغيرة في المدينة", "2. تسهيل الحصول على القروض الميسرة", "3. ربط التعليم المهني بسوق العمل"]
        let boxed = try run(["الرئيسية", title, "14/12/2025", Self.p1, "اقرأ أيضاً", "افتتاح معرض الكتاب السنوي في المدينة الجامعية",
                             "منتخب الناشئين يتأهل إلى نهائي البطولة الإقليمية"] + steps + [Self.p2, Self.p3])
        XCTAssertEqual(boxed.articles.first?.paragraphs, [Self.p1] + steps + [Self.p2, Self.p3])
    }

    func testAnInterviewGoingOnAfterAReadAlsoLineIsNoTeasers() throws {
        let title = "مدير المياه لإذاعة الواحة: الشبكة الجديدة جاهزة قبل الصيف"
        let qa = ["ما أبرز العراقيل التي تواجهكم في القرى؟", "أولا نقص اليد العاملة، وثانيا تأخر وصول الاعتمادات المالية من الوزارة.",
                  "ما رسالتكم إلى المستمعين؟", "أبوابنا مفتوحة، وكل ملاحظة تصلنا نأخذها بعين الاعتبار ونعمل على معالجتها."]
        let doc = try run(["الرئيسية", title, "14/12/2025", "حاوره: عماد الحكيمي", Self.p1, Self.p2,
                           "اقرأ أيضا: انطلاق مهرجان الواحات في دوز بمشاركة واسعة"] + qa + ["شارك المقال", "Facebook"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2] + qa)
        // The read-also line addressing a woman reader («اقرئي أيضاً: …», a women's magazine's).
        let feminine = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, "اقرئي أيضاً: أجمل لحظات معارض الربيع"] + qa + ["Share"])
        XCTAssertEqual(feminine.articles.first?.paragraphs, [Self.p1, Self.p2] + qa)
    }

    func testAMostReadListRunningOnThroughTheArticlesHeadGivesBackItsHeadline() throws {
        // The list's items, then the article's headline, date, desk and photo caption, then the
        // text: the item over the date is the headline.
        let title = "مديرة المستشفى تتفقد قسم الطوارئ بعد أعمال التوسعة"
        let doc = try run(["الرئيسية", "برامج", "الأكثر قراءة", "افتتاح معرض الكتاب السنوي في المدينة الجامعية",
                           "منتخب الناشئين يتأهل إلى نهائي البطولة الإقليمية", "ارتفاع أسعار الخضار مع بداية موسم الأمطار", title,
                           "آخر تحديث: 19 أيلول 2026 | 9:18 ص", "خاص الوادي", "المديرة خلال حديثها عن قسم الطوارئ في المستشفى",
                           Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        // A list dated item by item keeps its last item.
        let dated = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, "فعاليات قادمة", "20 ديسمبر", "معرض الكتاب للأطفال",
                             "23 ديسمبر", "ليلة الموسيقى العربية في المدينة", "هل تنظم فعالية؟ أضفها مجانا ليراها آلاف الزوار في المدينة."])
        XCTAssertFalse(dated.articles.first?.paragraphs.contains("ليلة الموسيقى العربية في المدينة") ?? true)
    }

    func testAPollBoxBetweenOrAfterParagraphsIsChrome() throws {
        let title = "البلدية تغلق الجسر الرئيسي ثلاثة أسابيع للصيانة"
        let question = "هل تؤيد إغلاق الجسر خلال العطلة الصيفية؟"
        let last = "وتتوقع البلدية أن يعود السير على الجسر إلى طبيعته قبل بداية العام الدراسي."
        let inside = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, "استطلاع رأي", question, "نعم", "لا", "صوّت الآن", last])
        XCTAssertEqual(inside.articles.first?.paragraphs, [Self.p1, Self.p2, last])
        let after = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, "شارك في الاستطلاع", question, "نعم", "لا", "لا أعرف", "عرض النتائج"])
        XCTAssertEqual(after.articles.first?.paragraphs, [Self.p1, Self.p2])
        // More options than the box's three lines, and its buttons, between paragraphs.
        let options = try run(["الرئيسية", title, "14/12/2025", Self.p1, Self.p2, "استطلاع رأي", question, "نعم", "لا", "لا أدري", "تصويت",
                               "النتائج", last])
        XCTAssertEqual(options.articles.first?.paragraphs, [Self.p1, Self.p2, last])
    }

    func testAnEmbeddedInstagramPostsFrameIsChrome() throws {
        let title = "البلدية تغلق الجسر الرئيسي ثلاثة أسابيع للصيانة"
        let doc = try run(["الرئيسية", title, "14/12/2025", Self.p1, "عرض هذا المنشور على إنستغرام", "منشور مشترك من قبل @baladiya.news", Self.p2])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testAShortLineUnderTheHeadlineThatSharesAWordWithTheTextDoesNotTakeItsPlace() throws {
        // The author's name and role under a headline that happens to share no word with the
        // first paragraphs: the role line («مهندسة مدنية في البلدية») is no headline, however much
        // it speaks of the text; only a line of a headline's length passes one over.
        let title = "مهرجان الخريف يعود إلى ساحة السوق القديم"
        let doc = try run(["الرئيسية", "محليات", title, "ريم الساعدي", "مهندسة مدنية في البلدية", "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
    }

    func testADateInAListOfDatesDoesNotMakeItsHeadingTheHeadline() throws {
        let title = "دعوة لتقديم الأوراق البحثية في المؤتمر الرابع للمياه"
        let last = "وستنشر البحوث المقبولة في عدد خاص من مجلة الجامعة المحكمة بعد مراجعتها من لجنة علمية."
        let doc = try run(["الرئيسية", "التسجيل", title, Self.p1, Self.p2, "محاور المؤتمر", "إدارة المياه الجوفية وحمايتها من الاستنزاف",
                           "تقنيات الري الذكي والزراعة الدقيقة", "إعادة استخدام المياه المعالجة في الزراعة",
                           "السياسات المائية والتكيف مع تغير المناخ", "مواعيد مهمة", "آخر موعد لاستلام الملخصات: 15 يناير 2026",
                           "آخر موعد لاستلام البحوث كاملة: 10 فبراير 2026", "انعقاد المؤتمر: 24 - 26 فبراير 2026", "رسوم المشاركة",
                           "الباحثون من داخل البلاد: 150 ديناراً", "الباحثون من خارج البلاد: 300 دولار", "طلبة الدراسات العليا: 75 ديناراً",
                           last, "سجل الآن"])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs.first, Self.p1)
        // A long label with a date after its colon is a fact, no headline; a headline with a colon stays one.
        XCTAssertTrue(HeadlineChooser.isFact(LineWords("آخر موعد لاستلام البحوث كاملة: 10 فبراير 2026")))
        XCTAssertTrue(HeadlineChooser.isFact(LineWords("عيار 24: 4,771 جنيهاً")))
        XCTAssertFalse(HeadlineChooser.isFact(LineWords("خبازو الليل: ساعات العمل الأولى في أقدم فرن بالمدينة")))
        XCTAssertFalse(HeadlineChooser.isFact(LineWords("وزير المالية يعلن موازنة العام المقبل: عجز أقل من 3 في المائة")))
    }

    func testAHeadlinePrintedInThePagesTitleLineAndUnderItsDateIsNoCaption() throws {
        let title = "ماذا تعلمنا من عام من القراءة البطيئة؟"
        let doc = try run(["هل تواجه مشكلة في عرض الرسالة؟ اعرضها في المتصفح", title + " — أرشيف نشرة مربع",
                           "العدد 112 · الأحد، 14 ديسمبر 2025", title, Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
    }

    func testThePagesTitleLineNamesTheHeadlineUnderACaption() throws {
        let title = "البلدية تغلق الجسر الرئيسي ثلاثة أسابيع للصيانة"
        let caption = "عمال البلدية يركبون لوحات التحويل عند مدخل المدينة"
        let doc = try run(["إغلاق الجسر الرئيسي للصيانة | صوت المدينة", "الرئيسية", "محليات", caption, title, "منذ 3 ساعات", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        // A title line naming the headline over its lead: the headline, not the lead.
        let lead = "الحافلات تسلك الطريق الدائري طوال مدة الأشغال"
        let deck = try run(["إغلاق الجسر الرئيسي للصيانة | صوت المدينة", "الرئيسية", "محليات", title, lead, "منذ 3 ساعات", Self.p1, Self.p2])
        XCTAssertEqual(deck.articles.first?.title, title)
    }

    func testALettersGreetingAndClosingAreItsText() throws {
        let title = "تعميم بشأن الإبلاغ الأسبوعي عن حالات الإنفلونزا الموسمية"
        let leadIn = "نظراً لدخول موسم الإنفلونزا وارتفاع أعداد المراجعين لأقسام الطوارئ بأعراض تنفسية خلال الأسبوعين الماضيين، "
            + "تطلب الوزارة من جميع المستشفيات الحكومية والخاصة الالتزام بما يلي اعتباراً من تاريخه:"
        let items = ["تخصيص مسار منفصل في أقسام الطوارئ للحالات التنفسية", "إبلاغ مديرية الوبائيات أسبوعياً بعدد الحالات",
                     "إعطاء الأولوية في التطعيم للعاملين الصحيين"]
        let doc = try run(["وزارة الصحة", "الرئيسية • عن الوزارة • الخدمات", title, "تحية طيبة وبعد،", leadIn] + items
                          + [Self.p1, "وتفضلوا بقبول فائق الاحترام،", "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, ["تحية طيبة وبعد،", leadIn] + items + [Self.p1, "وتفضلوا بقبول فائق الاحترام،"])
    }

    func testAHeadlinePrintedAgainBehindALabelIsARepeat() throws {
        let title = "النقابة ترفض تعديلات نظام ترخيص المشاتل وتطالب بحوار عاجل"
        let doc = try run(["الرئيسية | البيانات | اتصل بنا", title, "14/12/2025", "بيان صحفي: " + title, Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        XCTAssertEqual(doc.decision(4), "title generic.headline-repeat")
    }

    func testAFieldOfABoxIsNoHeadlineAHeadlineWithAColonOverABylineIs() throws {
        let title = "شركة الواحة للأسمنت تعلن نتائجها المالية للأشهر التسعة الأولى"
        let doc = try run(["الرئيسية | الشركات المدرجة | الإفصاحات", "الشركة: شركة الواحة للأسمنت", "الرمز: WCEM",
                           "نوع الإفصاح: نتائج مالية مرحلية", title, Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        let colon = "خبازو الليل: ساعات العمل الأولى في أقدم فرن بالمدينة"
        let byline = try run(["الرئيسية | تقارير | فيديو", colon, "كتب: سامر الخطيب", "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(byline.articles.first?.title, colon)
        let interview = "طبيبة أطفال: ساعة واحدة أمام الشاشة تكفي طفل الرابعة"
        let asked = try run(["الرئيسية / تربية الطفل / حوارات", interview, "حاورتها: هبة العلي", "10 ديسمبر 2025", Self.p1, Self.p2])
        XCTAssertEqual(asked.articles.first?.title, interview)
        // A campaign's button printed at the top and over the text is no headline.
        let campaign = "ساعدنا في إيصال ألفي حقيبة شتوية إلى أسر القرى الجبلية"
        let donate = try run(["تبرع الآن", "من نحن - برامجنا - الحملات", campaign, "50 ريال | 100 ريال | 250 ريال", "تبرع الآن", Self.p1, Self.p2])
        XCTAssertEqual(donate.articles.first?.title, campaign)
    }

    func testAColumnistsNameAboveAShortHeadlineIsNotTheHeadline() throws {
        let doc = try run(["الرئيسية", "مقالات الرأي", "د. سامر الخطيب", "الجسر القديم ليس قدرنا", "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, "الجسر القديم ليس قدرنا")
    }

    func testShortLinesAfterAListHeaderInsideTheTextStayInTheList() throws {
        let doc = try run(["البلدية تغلق الجسر الرئيسي للصيانة", Self.p1, "مواضيع مماثلة", "جسور المدينة", Self.p2, Self.p3])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
    }

    func testTheHeadlineWalkPassesCountersAndShareRows() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let doc = try run(["الرئيسية", "محليات", title, "(12) تعليقات", "طباعة | إرسال | فيسبوك | تويتر", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
    }

    func testASectionNameEndingTheBreadcrumbIsNotTheHeadline() throws {
        let title = "البلدية تغلق الجسر الرئيسي للصيانة"
        let doc = try run(["الرئيسية", "أخبار المدينة", "أنت هنا: الرئيسية / أخبار المدينة", title, "14/12/2025", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
    }

    func testAShortQuestionBetweenParagraphsIsText() throws {
        let doc = try run(["حوار مع مديرة المتحف الوطني عن خطط التحديث", Self.p1, "ولماذا الجولات المسائية؟", Self.p2])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, "ولماذا الجولات المسائية؟", Self.p2])
        XCTAssertEqual(doc.decision(3), "body generic.sentence-between-text")
    }

    func testACreditLineGivesTheRecordsCredit() throws {
        let doc = try run(["عنوان الخبر عن إغلاق الجسر", Self.p1, Self.p2, "المصدر: صوت المدينة"])
        XCTAssertEqual(doc.articles.first?.credit, "صوت المدينة")
    }

    func testTheSitesMenuEndsAListOfHeadlinesAboveIt() throws {
        // A ticker of the latest headlines over the menu: the menu ends it, the article's head
        // under the menu is nobody's list.
        let title = "مجلس المحافظة يقر خطة لتأهيل عشرين مدرسة قبل العام الدراسي"
        let doc = try run(["أخبار الوادي", "آخر الأخبار", "افتتاح سوق الخضار الجديد في الحي الغربي بعد تأخر طويل",
                           "انقطاع المياه عن ثلاثة أحياء بسبب أعمال الصيانة في المحطة", "ارتفاع درجات الحرارة غدا وتحذيرات للمزارعين",
                           "الرئيسية", "محلي", "سياسة", "اقتصاد", "رياضة", "الرئيسية / محلي", "الأحد 12 نيسان 2026 - 10:22 مساءً",
                           title, Self.p1, Self.p2, Self.p3, "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
        XCTAssertEqual(doc.decision(3), "related generic.in-list.related")
        XCTAssertEqual(doc.decision(6), "navigation generic.phrase.navigation.line")
    }

    func testAKickerNoMenuNamesOverTheHeadlineEndsATrendingStrip() throws {
        // «Trending» and its items, then a kicker of one word, the headline, its deck, the byline,
        // the date: the kicker ends the strip (as a section's name from the menu does).
        let title = "رواية أولى تكتب البحر من داخل البيوت"
        let deck = "قراءة في عمل يعيد بناء ذاكرة قرية ساحلية من تفاصيل الحياة اليومية"
        let doc = try run(["مرافئ الثقافة", "أدب | فنون | سينما", "Trending", "جائزة الرواية تعلن قائمتها القصيرة لهذا العام",
                           "لماذا نحتاج إلى نقد فني لا يجامل أحدا؟", "ورشة الخط العربي للأطفال في بيت التراث", "نقد", title, deck,
                           "بقلم: سعاد الأحمد", "٣ مارس ٢٠٢٦", Self.p1, Self.p2, Self.p3, "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [deck, Self.p1, Self.p2, Self.p3])
    }

    func testARoundsResultsOverTheHeadAreAWidgetAndResultsTheTextAnnouncesAreTheText() throws {
        let title = "المدرب: هدفنا البقاء أولا ثم نفكر في الألقاب"
        let doc = try run(["ملاعب", "الرئيسية", "البطولة", "المنتخبات", "نتائج الجولة", "نهضة الأطلس 2 - 0 المغرب الفاسي",
                           "شباب الواحة 0 - 3 اتحاد الساقية", "وداد الريف 1-1 الرجاء الأطلسي", "الرباط - 14:32", title,
                           "7 ماي 2026", Self.p1, Self.p2, Self.p3, "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
        XCTAssertEqual(doc.decision(6), "widget generic.score-row")
        XCTAssertEqual(doc.decision(8), "widget generic.score-row")
        // One result is a match report's headline; rows under the text's lead-in are the text's.
        let report = "نهضة الأطلس 2 - 0 المغرب الفاسي"
        let match = try run(["ملاعب", "الرئيسية | البطولة | المنتخبات", report, "7 ماي 2026", Self.p1, Self.p2,
                             "وجاءت نتائج الجولة على النحو التالي:", "شباب الواحة 0 - 3 اتحاد الساقية", "وداد الريف 1-1 الرجاء الأطلسي",
                             Self.p3, "جميع الحقوق محفوظة"])
        XCTAssertEqual(match.articles.first?.title, report)
        XCTAssertEqual(match.articles.first?.paragraphs, [Self.p1, Self.p2, "وجاءت نتائج الجولة على النحو التالي:",
                                                          "شباب الواحة 0 - 3 اتحاد الساقية", "وداد الريف 1-1 الرجاء الأطلسي", Self.p3])
    }

    func testAGallerysNumberedCaptionsAreCaptions() throws {
        let title = "ليلة افتتاح مهرجان المدينة للمسرح"
        let captions = ["من أجواء ليلة الافتتاح (2)", "من أجواء ليلة الافتتاح (3)"]
        let doc = try run(["مجلة الفضاء", "مسرح | سينما | موسيقى", title, "19 سبتمبر 2026", Self.p1] + captions
                          + ["Photos : مجلة الفضاء", Self.p2, Self.p3, "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
        XCTAssertEqual(doc.articles.first?.captions, captions)
        XCTAssertEqual(doc.decision(6), "caption generic.caption-in-gallery")
        // A list's numbered items differ by more than their number: no captions.
        let items = try run(["مجلة الفضاء", "مسرح | سينما | موسيقى", title, "19 سبتمبر 2026", Self.p1,
                             "العرض الأول (2)", "الندوة الختامية (3)", Self.p2, "جميع الحقوق محفوظة"])
        XCTAssertNotEqual(items.decision(6), "caption generic.caption-in-gallery")
    }

    func testAMenuItemReadAsAListHeaderTakesNoHeadline() throws {
        // «ألعاب أخرى» in the menu, the menu going on under it, then the results, the breadcrumb
        // ending with the headline, the headline: the menu ends the "list".
        let title = "الحكم المحلي يستحق الثقة في المباريات الكبرى"
        let doc = try run(["الشرقية الرياضي", "الرئيسية", "كرة القدم", "ألعاب أخرى", "اقتصاد", "مقالات",
                           "الرئيسية / مقالات / " + title, title, "يوسف الراشد", "السبت 19 ديسمبر 2026 - 01:07 م",
                           Self.p1, Self.p2, "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testATrendingListOverAHeadlineWithTheSitesDatelineUnderIt() throws {
        // Short trending topics, the menu, the headline, «place - site», the date, the text: the
        // dateline is no list item, and the line over it is the headline.
        let title = "دراسة محلية: نصف طلبة الجامعات يعانون اضطرابات النوم"
        let doc = try run(["نبض الصحة", "الأكثر تداولا:", "نقص فيتامين د", "لقاح الإنفلونزا", "صيام متقطع", "الرئيسية",
                           "أخبار صحية", "تغذية", "أمراض مزمنة", title, "إربد - نبض الصحة", "الأحد 6 كانون الأول 2026",
                           Self.p1, Self.p2, "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testAHeadlineQuotingASourceIsNoSourceLine() throws {
        let title = "مصدر: الحقل الشرقي يستأنف ضخ 180 ألف برميل يوميا بعد توقف دام أسبوعين"
        let doc = try run(["الرئيسية | اقتصاد | نفط", "نفط", title, "طرابلس - الأحد 6 ديسمبر 2026، 4:12 مساء", Self.p1, Self.p2,
                           "المصدر: وكالة الأنباء المحلية", "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.credit, "وكالة الأنباء المحلية")
    }

    func testASpeechsBasmalaAndAddressUnderItsDateAreTheTextsFirstLine() throws {
        let title = "كلمة رئيس البلدية بمناسبة افتتاح السنة الإدارية"
        let address = "بسم الله الرحمان الرحيم، السيدات والسادة أعضاء المجلس، حضرات الضيوف الكرام،"
        let doc = try run(["بلدية المدينة", "الرئيسية", "الأنشطة", "الخطب", "الخطب", title, "المدينة، 7 ديسمبر 2026", "نص الكلمة",
                           address, Self.p1, Self.p2, "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [address, Self.p1, Self.p2])
    }

    func testTheSitesNameAndItsAuthorUnderAVideosHeadlineIsNoHeadline() throws {
        // The masthead prints the site's name inside a short line («بوابة الواحة اليوم»); under a
        // video's headline behind its marker, «الواحة اليوم - منى الكندي» is the byline.
        let title = "بالفيديو | موج عال يغمر كورنيش المدينة ويحاصر السيارات"
        let doc = try run(["بوابة الواحة اليوم", "الرئيسية", "محليات", "فيديو", "الرئيسية » فيديو", title,
                           "الواحة اليوم - منى الكندي", "نشر في: 4:29 ص، 8 أبريل 2026", Self.p1, Self.p2,
                           "جميع الحقوق محفوظة © 2026 بوابة الواحة اليوم"])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        // One word of the name inside another line is no masthead: «الدرب - خرائط بلا إنترنت» stays the headline.
        let app = "الدرب - خرائط وملاحة بدون إنترنت"
        let page = try run(["متجر التطبيقات", "تطبيقات | ألعاب", app, "تحميل الدرب", "4.6 نجوم", Self.p1, Self.p2])
        XCTAssertEqual(page.articles.first?.title, app)
    }

    func testAPlaceAndAReportersNameUnderTheHeadlineIsTheHeadsDateline() throws {
        let title = "البلدية تبدأ تشجير الممر الشمالي في حي العوالي"
        let doc = try run(["بوابة المدينة", "الرئيسية | أخبار | رياضة", title, "المدينة المنورة - سعاد الرحيلي",
                           "الأحد 12 ديسمبر 2026", Self.p1, Self.p2, "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        XCTAssertEqual(doc.decision(4), "boilerplate generic.dateline-under-headline")
        // Under the date too («المركز الإعلامي - إربد»); a deck of a sentence's length stays the deck.
        let desk = try run(["بوابة المدينة", "الرئيسية | أخبار | رياضة", title, "الأحد 12 ديسمبر 2026", "المركز الإعلامي - إربد",
                            Self.p1, Self.p2, "جميع الحقوق محفوظة"])
        XCTAssertEqual(desk.articles.first?.paragraphs, [Self.p1, Self.p2])
        let deck = "خطة من ثلاث مراحل - تنتهي قبل الصيف المقبل"
        let decked = try run(["بوابة المدينة", "الرئيسية | أخبار | رياضة", title, deck, "الأحد 12 ديسمبر 2026", Self.p1, Self.p2,
                              "جميع الحقوق محفوظة"])
        XCTAssertEqual(decked.articles.first?.paragraphs.first, deck)
    }

    func testAGallerysHeadlineOverItsPhotographerIsNoCaption() throws {
        let title = "بالصور.. صيادو المدينة يستقبلون موسم السردين"
        let doc = try run(["بوابة الساحل", "الرئيسية | أخبار | صور", title, "تصوير: سالم العمري", "السبت 24 أكتوبر 2026",
                           Self.p1, Self.p2, "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testTheSitesDatelineUnderAListOfTeasersIsNoItemOfIt() throws {
        // A most-read list of video teasers (each named by its marker), the page's own video
        // headline, «place - site», the date: the dateline stays the head's and the headline is found.
        let title = "فيديو | ندوة المدرب قبل مباراة الأحد أمام الضيوف"
        let doc = try run(["أحباء النادي", "الرئيسية | أخبار | فيديو", "الأكثر قراءة", "فيديو | أجواء استقبال الجماهير للفريق في المطار",
                           "بالصور | الحصة التدريبية المفتوحة أمام الجماهير", title, "المدينة - أحباء النادي",
                           "الجمعة 30 أكتوبر 2026 على الساعة 21:15", Self.p1, Self.p2, "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testALeadInsListOrQuotationGoesOnAfterAnInTextBoxCuttingIn() throws {
        // The text leads in with a colon; a box of one teaser or one fact cuts in; the bulleted
        // items or the quotation under it are what the lead-in announced, then the text goes on.
        let title = "خطة جديدة لتأهيل الحدائق العامة في المدينة"
        let leadIn = "وتتضمن الخطة ما يلي:"
        let items = ["- زراعة ألف شجرة على جانبي الطرق الرئيسية قبل الصيف", "- تجديد شبكة الري في الحدائق الخمس الكبرى",
                     "- إنشاء ملاعب صغيرة للأطفال في الأحياء الشعبية"]
        let doc = try run(["الرئيسية | محليات | اقتصاد", title, "الأحد 3 مايو 2026", Self.p1, Self.p2, leadIn,
                           "مؤشرات ذات صلة", "الميزانية: 40 مليون دينار"] + items + [Self.p3, "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, leadIn] + items + [Self.p3])
        XCTAssertEqual(doc.decision(7), "related generic.shape.related-header")
        let said = "وقال رئيس البلدية:"
        let quote = "«لن نغلق أي حديقة قبل أن نفتح بديلاً عنها في الحي نفسه، فهذه حدائق الناس لا حدائق البلدية»"
        let quoted = try run(["الرئيسية | محليات | اقتصاد", title, "الأحد 3 مايو 2026", Self.p1, Self.p2, said,
                              "اقرأ أيضاً:", "افتتاح سوق شعبي جديد في الحي الشرقي", quote, Self.p3, "جميع الحقوق محفوظة"])
        XCTAssertEqual(quoted.articles.first?.paragraphs, [Self.p1, Self.p2, said, quote, Self.p3])
        XCTAssertEqual(quoted.decision(8), "related generic.in-list.related")
        // Without the lead-in, a quoted teaser under the box stays the box's.
        let teasers = try run(["الرئيسية | محليات | اقتصاد", title, "الأحد 3 مايو 2026", Self.p1, Self.p2,
                               "اقرأ أيضاً:", "افتتاح سوق شعبي جديد في الحي الشرقي", "«لن نغلق أي حديقة قبل أن نفتح بديلاً عنها»",
                               Self.p3, "جميع الحقوق محفوظة"])
        XCTAssertEqual(teasers.articles.first?.paragraphs, [Self.p1, Self.p2, Self.p3])
    }

    func testASubheadingUnderAnInTextBoxOfOneFactOpensTheTextAgain() throws {
        // Inside the text, one short line right over the text after the box's item is the text's
        // subheading; a short second teaser over a subheading stays the box's.
        let title = "خطة جديدة لتأهيل الحدائق العامة في المدينة"
        let doc = try run(["الرئيسية | محليات | اقتصاد", title, "الأحد 3 مايو 2026", Self.p1, Self.p2,
                           "مؤشرات ذات صلة", "الميزانية: 40 مليون دينار", "مطالب السكان", Self.p3, Self.p4, "جميع الحقوق محفوظة"])
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2, "مطالب السكان", Self.p3, Self.p4])
        let two = try run(["الرئيسية | محليات | اقتصاد", title, "الأحد 3 مايو 2026", Self.p1, Self.p2,
                           "قد يهمك", "افتتاح سوق شعبي جديد في الحي الشرقي", "في مديح المشي", "مطالب السكان", Self.p3,
                           Self.p4, "جميع الحقوق محفوظة"])
        XCTAssertEqual(two.articles.first?.paragraphs, [Self.p1, Self.p2, "مطالب السكان", Self.p3, Self.p4])
        XCTAssertEqual(two.decision(8), "related generic.in-list.related")
        // A list of short items closing the page, then the site's one-sentence invitation: no subheading.
        let closing = try run(["الرئيسية | محليات | اقتصاد", title, "الأحد 3 مايو 2026", Self.p1, Self.p2, Self.p3,
                               "قصص أخرى", "المفتاح الصغير في الجيب", "بائع الكعك", "رسائل لم تصل",
                               "شارك في مسابقة الشهر وأرسل قصتك قبل نهاية الشهر.", "جميع الحقوق محفوظة"])
        XCTAssertEqual(closing.articles.first?.title, title)
        XCTAssertEqual(closing.decision(10), "related generic.in-list.related")
    }

    func testAReadingTimeOverTheTextIsNoTitle() throws {
        for line in ["زمن القراءة: أقل من دقيقة", "دقيقتين للقراءة", "قراءة دقيقتان"] {
            let doc = try run([line, Self.p1, Self.p2])
            XCTAssertEqual(doc.articles.first?.title, "", line)
            XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2], line)
        }
    }

    func testAScoreQuotedInAHeadlineUnderAScoreRowIsNoScoreRow() throws {
        // A score row's team names are short; a sentence holding a score (a verb, a preposition
        // before the other team) is a headline.
        let title = "نادي الواحة يتغلب على اتحاد الساقية 3 - 1 ويقترب من الصدارة"
        let doc = try run(["نادي الواحة 3 - 1 اتحاد الساقية", title, Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        let after = try run(["فوز نادي الواحة 3 - 1 على اتحاد الساقية في الجولة الأخيرة", "نادي الواحة 3 - 1 اتحاد الساقية", Self.p1, Self.p2])
        XCTAssertEqual(after.articles.first?.title, "فوز نادي الواحة 3 - 1 على اتحاد الساقية في الجولة الأخيرة")
        XCTAssertFalse(PlainTextLabeler.isScoreRow(LineWords("نادي الواحة يتغلب على اتحاد الساقية 3 - 1 ويقترب من الصدارة")))
        XCTAssertFalse(PlainTextLabeler.isScoreRow(LineWords("فوز الواحة 3 - 1 على الساقية")))
        XCTAssertTrue(PlainTextLabeler.isScoreRow(LineWords("نادي الواحة 3 - 1 اتحاد الساقية")))
        XCTAssertTrue(PlainTextLabeler.isScoreRow(LineWords("الدوري المحلي: شباب الريف الأول 0 - 0 نجم الساحل")))
    }

    func testAQuotedHeadlineOverTheTextOrItsDateIsTheTitle() throws {
        let quote = "سنعيد فتح الجسر قبل نهاية الشهر المقبل"
        for (open, close) in [("«", "»"), ("“", "”"), ("\"", "\"")] {
            let title = open + quote + close
            let doc = try run([title, Self.p1, Self.p2])
            XCTAssertEqual(doc.articles.first?.title, title)
            XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
            let dated = try run(["الرئيسية | محليات | اقتصاد", title, "الأحد 3 مايو 2026", Self.p1, Self.p2])
            XCTAssertEqual(dated.articles.first?.title, title)
        }
        // A quoted sentence (a pull quote closed by its full stop) is no headline; a quote inside
        // the text stays the text's, under the page's headline.
        let pull = try run(["«سنعيد فتح الجسر قبل نهاية الشهر المقبل.»", Self.p1, Self.p2])
        XCTAssertEqual(pull.articles.first?.title, "")
        let headline = "البلدية تغلق الجسر الرئيسي ثلاثة أسابيع"
        let inText = try run([headline, Self.p1, "«" + quote + "»", Self.p2, Self.p3])
        XCTAssertEqual(inText.articles.first?.title, headline)
        XCTAssertEqual(inText.articles.first?.paragraphs, [Self.p1, "«" + quote + "»", Self.p2, Self.p3])
        // Under a short headline, a speaker's words or a verse are no headline (a deck, a verse
        // under an obituary's headline); a name above the quoted headline gives way to it.
        let short = "البلدية تغلق الجسر الرئيسي"
        for deck in ["«" + quote + "»", "﴿وما تدري نفس ماذا تكسب غدا وما تدري نفس بأي أرض تموت﴾"] {
            XCTAssertEqual(try run([short, deck, Self.p1, Self.p2]).articles.first?.title, short)
        }
        XCTAssertEqual(try run(["أخبار الزرقاء اليوم", "«" + quote + "»", "الأحد 3 مايو 2026", Self.p1, Self.p2]).articles.first?.title, "«" + quote + "»")
    }

    func testAQuestionOrExclamationHeadlineOpeningTheTextIsTheTitle() throws {
        let question = "هل تنجح خطة البلدية الجديدة في تخفيف زحام الطريق الدائري؟"
        let doc = try run([question, Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, question)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
        // A short line above it (a place and two teams, a name) gives way to it.
        let exclaim = "ثلاثة أسابيع كاملة بلا جسر في قلب المدينة المزدحمة!"
        let fixture = try run(["الزرقاء النسور - الصقور", exclaim, Self.p1, Self.p2])
        XCTAssertEqual(fixture.articles.first?.title, exclaim)
        XCTAssertEqual(fixture.articles.first?.paragraphs, [Self.p1, Self.p2])
        // Under the page's headline, a question opening the text is the text's.
        let headline = "البلدية تغلق الجسر الرئيسي ثلاثة أسابيع للصيانة"
        let asked = try run([headline, question, Self.p1, Self.p2])
        XCTAssertEqual(asked.articles.first?.title, headline)
        XCTAssertEqual(asked.articles.first?.paragraphs, [question, Self.p1, Self.p2])
    }

    func testAShortHeadlineBetweenTwoPrintingsOfTheDatelineIsTheTitle() throws {
        // A line printed right over and right under the same short line frames it (a dateline):
        // it is no headline printed again.
        let title = "إغلاق الجسر الرئيسي"
        let doc = try run(["الزرقاء - وكالات", title, "الزرقاء - وكالات", Self.p1, Self.p2])
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2])
    }

    func testAQuotedOrMediaHeadlineOverADatelineOrAPhotosNumberIsTheTitle() throws {
        // A short line under the headline (a dateline, a photo's number) is no candidate of its
        // own that would make the headline another story's.
        let quoted = "«سنعيد فتح الجسر قبل نهاية الشهر المقبل»"
        let video = "بالفيديو | البلدية تغلق الجسر الرئيسي ثلاثة أسابيع"
        for (title, under) in [(quoted, "الزرقاء - وكالات"), (quoted, "صورة (3)"), (video, "الزرقاء - وكالات")] {
            let doc = try run([title, under, Self.p1, Self.p2])
            XCTAssertEqual(doc.articles.first?.title, title, under)
            XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2], under)
        }
    }

    func testABreadcrumbUnderTheOnlyHeadlineLeavesItTheTitle() throws {
        let title = "البلدية تغلق الجسر الرئيسي ثلاثة أسابيع للصيانة"
        for crumb in ["محليات » خدمات", "الرئيسية » محليات » خدمات", "محليات > خدمات", "الرئيسية | محليات | خدمات"] {
            let doc = try run([title, crumb, Self.p1, Self.p2])
            XCTAssertEqual(doc.articles.first?.title, title, crumb)
            XCTAssertEqual(doc.articles.first?.paragraphs, [Self.p1, Self.p2], crumb)
        }
        // A site's name above the headline changes nothing.
        XCTAssertEqual(try run(["بوابة الزرقاء الإخبارية", title, "محليات » خدمات", Self.p1, Self.p2]).articles.first?.title, title)
        // Over the breadcrumb, the site's other headlines (a list): none of them is this page's.
        let list = try run(["الأكثر قراءة", "افتتاح سوق الخضار الجديد في الحي الشرقي", "مهرجان الربيع يعود بعد غياب عامين",
                            "محليات » خدمات", Self.p1, Self.p2])
        XCTAssertEqual(list.articles.first?.title, "")
        let items = try run(["افتتاح سوق الخضار الجديد في الحي الشرقي", "مهرجان الربيع يعود بعد غياب عامين", "محليات » خدمات", Self.p1, Self.p2])
        XCTAssertEqual(items.articles.first?.title, "")
    }
}

/// Detection: a known host decides, signatures must agree on two lines, one phrase never decides.
final class OutletAgreementTests: XCTestCase {
    static let body = "أطلقت وزارة الطاقة برنامجاً لتوطين صناعة الألواح الشمسية ورفع المحتوى المحلي في مشاريعها."

    func testNoticesBelowAnOutletArticlesTextAreChromeItsShortSentencesAreNot() throws {
        let page = try String(contentsOfFile: Repo.path("Tests/Fixtures/pages/rt-01-short-lead-one-word-caption.txt"), encoding: .utf8)
        let before = clean(page.components(separatedBy: "\n"), rules: try Repo.rules)
        let notices = ["اشترك في نشرتنا البريدية لتصلك أهم الأخبار يوميا.", "ملاحظة المحرر: حُدّث هذا الخبر بإضافة تصريحات جديدة.",
                       "هذا الخبر قيد التحديث."]
        let shortSentence = "وأكد الحاكم أن الوضع تحت السيطرة."
        let lines = page.replacingOccurrences(of: "المصدر: RT\n", with: ([shortSentence] + notices).joined(separator: "\n\n") + "\n\nالمصدر: RT\n")
            .components(separatedBy: "\n")
        let doc = clean(lines, rules: try Repo.rules)
        XCTAssertEqual(doc.outlet, "rt-arabic")
        XCTAssertEqual(doc.articles.first?.paragraphs, (before.articles.first?.paragraphs ?? []) + [shortSentence])
    }

    func testNumbersAloneOnAnOutletsPageAreAGalleryOrAListNotText() throws {
        let page = try String(contentsOfFile: Repo.path("Tests/Fixtures/pages/rt-01-short-lead-one-word-caption.txt"), encoding: .utf8)
        let before = clean(page.components(separatedBy: "\n"), rules: try Repo.rules)
        let inserted = ["1 / 3", "2", "افتتاح معرض الكتاب بمشاركة تسعمئة دار نشر", "3", "منتخب الشباب يتأهل إلى نهائي البطولة الآسيوية"]
        let lines = page.replacingOccurrences(of: "المصدر: RT\n", with: inserted.joined(separator: "\n\n") + "\n\nالمصدر: RT\n")
            .components(separatedBy: "\n")
        let doc = clean(lines, rules: try Repo.rules)
        XCTAssertEqual(doc.outlet, "rt-arabic")
        XCTAssertEqual(doc.articles.first?.paragraphs, before.articles.first?.paragraphs)
    }

    func testAStockPhraseAloneGivesTheGenericPath() throws {
        let doc = clean(["مدونة التقنية", "خمس نصائح لإطالة عمر البطارية", Self.body, "مقالات ذات صلة", "كيف تختار شاحن هاتفك"],
                        rules: try Repo.rules)
        XCTAssertNil(doc.outlet)
    }

    func testAHostThatBelongsToNoOutletGivesTheGenericPathWhateverTheContent() throws {
        let lines = ["عنوان", "TT", "عنوان", Self.body, "مقالات ذات صلة", "«الشرق الأوسط» (الرياض)"]
        XCTAssertEqual(clean(lines, rules: try Repo.rules).outlet, "asharq-alawsat")
        let doc = clean(lines, rules: try Repo.rules, url: "https://blog.example/2025/a")
        XCTAssertNil(doc.outlet)
        XCTAssertEqual(doc.outletReason, "url host blog.example belongs to no outlet")
    }

    func testAPageOfAnOutletsHostInALayoutItsRulesDoNotKnowTakesTheGenericPathForWhatTheyDoNotName() throws {
        let second = "وقالت الوزارة إن البرنامج يشمل حوافز ضريبية للمصانع الجديدة وتدريب ألف فني خلال عامين."
        let others = ["ملفات أخرى", "افتتاح أكبر محطة رياح في المنطقة الشهر المقبل", "أسعار الكهرباء للمنازل تبقى ثابتة حتى الصيف"]
        let lines = ["وزارة الطاقة تطلق برنامجاً لتوطين صناعة الألواح الشمسية", "14 ديسمبر 2025", Self.body, second] + others
        let doc = clean(lines, rules: try Repo.rules, url: "https://arabic.rt.com/business/1234")
        XCTAssertEqual(doc.outlet, "rt-arabic")
        XCTAssertEqual(doc.outletReason, "url host arabic.rt.com; its signatures do not claim the page: a layout the rules do not know")
        // Other pages' headlines after the text: the generic path's to drop (the rules' body
        // default kept them).
        XCTAssertEqual(doc.articles.first?.paragraphs, [Self.body, second])
        XCTAssertEqual(doc.articles.first?.title, lines[0])
    }

    func testTheAddressACopyLinkLinePrintsIsThePagesHost() throws {
        let doc = clean(["عنوان الخبر", "العالم العربي", "عنوان الخبر", "القاهرة", "انسخ الرابطhttps://ar.rt.com/x/1", Self.body],
                        rules: try Repo.rules)
        XCTAssertEqual(doc.outlet, "rt-arabic")
        XCTAssertEqual(doc.outletReason, "url host ar.rt.com, printed on line 5; its signatures do not claim the page: a layout the rules do not know")
        XCTAssertEqual(doc.decision(2), "section rt.category")
        XCTAssertEqual(doc.decision(4), "boilerplate rt.place-line")
        XCTAssertEqual(doc.decision(5), "widget rt.copy-link")
        XCTAssertEqual(doc.articles.first?.section, "العالم العربي")
        let other = clean(["عنوان الخبر", "انسخ الرابط https://news.example/a", Self.body, "التعليقات", "المصدر: RT"], rules: try Repo.rules)
        XCTAssertNil(other.outlet, "another site's address")
    }

    func testTheOutletsOtherHosts() throws {
        for url in ["https://rtarabic.com/world/1", "https://ar.rt.com/a", "https://www.aawsat.net/x"] {
            XCTAssertNotNil(clean(["عنوان", Self.body], rules: try Repo.rules, url: url).outlet, url)
        }
    }

    func testTwoSignaturesOnOneLineDoNotAgree() throws {
        let set = try rules("""
            outlet: demo
            name: Demo
            detect:
              signatures:
                - {id: demo.sig.a, prefix: "المصدر:", weight: 2}
                - {id: demo.sig.b, pattern: '^المصدر: ديمو', weight: 2}
                - {id: demo.sig.c, exact: "ديمو بلس", weight: 1}
              min_score: 3
            article:
              title: {id: demo.title}
              lead: {id: demo.lead}
              body: {id: demo.body}
              header: {id: demo.header}
            """)
        XCTAssertNil(clean(["عنوان", Self.body, "المصدر: ديمو"], rules: set).outlet, "score 4 on one line")
        XCTAssertEqual(clean(["عنوان", Self.body, "المصدر: ديمو", "ديمو بلس"], rules: set).outlet, "demo")
    }

    func testAMarkersStructureCountsAsASignature() throws {
        let doc = clean(["عنوان المقال", "TT", "عنوان المقال", Self.body], rules: try Repo.rules)
        XCTAssertEqual(doc.outlet, "asharq-alawsat")
        XCTAssertEqual(doc.signatures, ["asharq.sig.tt-marker", "asharq.tt-marker"])
        XCTAssertNil(clean(["عنوان المقال", "TT", "عنوان آخر", Self.body], rules: try Repo.rules).outlet)
    }
}

/// `rules lint` advice on detection weights.
final class SignatureLintTests: XCTestCase {
    func testOneSignatureReachingMinScoreAndStockPhrasesTogetherAreWarned() throws {
        let set = try rules("""
            outlet: demo
            name: Demo
            detect:
              signatures:
                - {id: demo.sig.related, exact: "مقالات ذات صلة", weight: 2}
                - {id: demo.sig.comments, exact: "التعليقات", weight: 1}
                - {id: demo.sig.own, exact: "ديمو بلس", weight: 1}
              min_score: 2
            article:
              title: {id: demo.title}
              lead: {id: demo.lead}
              body: {id: demo.body}
              header: {id: demo.header}
            """)
        let warnings = SignatureLint.warnings(rules: set)
        XCTAssertEqual(warnings.count, 2, warnings.map(\.description).joined(separator: "\n"))
        guard warnings.count == 2 else { return }
        XCTAssertTrue(warnings[0].description.hasPrefix("test.yaml:5:"), warnings[0].description)
        XCTAssertTrue(warnings[0].description.contains("warning: signature 'demo.sig.related' alone reaches min_score 2"))
        XCTAssertTrue(warnings[0].description.contains("a stock line of many sites (generic.shape.related-header)"), warnings[0].description)
        XCTAssertTrue(warnings[1].message.hasPrefix("stock-phrase signatures demo.sig.related, demo.sig.comments together reach"))
    }

    func testTheRepositorysRulesHaveNoWarning() throws {
        XCTAssertEqual(SignatureLint.warnings(rules: try Repo.rules).map(\.description), [])
    }
}

/// The chrome lists' format.
final class ChromePhrasesTests: XCTestCase {
    func testEveryListLineIsReadAndBadLinesAreReportedWithTheirPlace() throws {
        XCTAssertThrowsError(try ChromePhrases(files: [("related.txt", "# c\nlist اقرأ أيضا\nsoon اقرأ")])) { error in
            XCTAssertEqual((error as? ChromeDataError)?.description.hasPrefix("data/generic-chrome/related.txt:3: expected '<line|"), true, "\(error)")
        }
        XCTAssertThrowsError(try ChromePhrases(files: [("menus.txt", "line الرئيسية")]))
        XCTAssertThrowsError(try ChromePhrases(files: [("shape-date-words.txt", "moon يناير")]))
        let lists = try ChromePhrases(files: [("widget.txt", "line طباعة\nlead كتب:")])
        XCTAssertEqual(lists.phrases.map(\.needsBreak), [false, true])
        XCTAssertEqual(lists.phrases[1].words, ["كتب"])
    }

    func testOutletDetectionLoadsOnlyThePageURLLabels() {
        XCTAssertFalse(ChromePhrases.pageURLLabels.phrases.isEmpty)
        XCTAssertTrue(ChromePhrases.pageURLLabels.phrases.allSatisfy { $0.kind == .url })
        XCTAssertEqual(ChromePhrases.pageURLLabels.phrases.map(\.text), ChromePhrases.embedded.phrases.filter { $0.kind == .url }.map(\.text))
    }
}