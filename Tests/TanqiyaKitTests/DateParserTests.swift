import XCTest
@testable import TanqiyaKit

/// DateParser on the forms dates take in markup, URLs and text, one form per test.
final class DateParserTests: XCTestCase {
    let p = DateParser.standard

    func testTheEmbeddedNamesParse() throws {
        XCTAssertNoThrow(try DateNames(text: EmbeddedData.dateNames))
        XCTAssertThrowsError(try DateNames(text: "month 13: smarch"))
        XCTAssertThrowsError(try DateNames(text: "weekday monday"))
    }

    func testISOForms() {
        XCTAssertEqual(p.parseMachine("2019-11-19")?.description, "2019-11-19")
        XCTAssertEqual(p.parseMachine("2019-11-19T08:21:00-05:00")?.description, "2019-11-19T08:21:00-05:00")
        XCTAssertEqual(p.parseMachine("2019-11-19T08:21:00.000Z")?.description, "2019-11-19T08:21:00Z")
        XCTAssertEqual(p.parseMachine("2019-11-19 08:21")?.description, "2019-11-19T08:21:00")
        XCTAssertEqual(p.parseMachine("20191119")?.description, "2019-11-19")
        XCTAssertEqual(p.parseMachine("2019-11-19T08:21:00+0530")?.description, "2019-11-19T08:21:00+05:30")
    }

    func testImpossibleDatesAreRefused() {
        XCTAssertNil(p.parseMachine("2019-02-30"))
        XCTAssertNil(p.parseMachine("2019-13-01"))
        XCTAssertNil(p.parseMachine("1442-03-01"))  // a Hijri year is not read as a Gregorian one
        XCTAssertNil(p.parseMachine("2019-11-19T25:00:00"))
        XCTAssertNil(p.parseMachine("201911190"))
    }

    func testRFC2822() {
        XCTAssertEqual(p.parseMachine("Tue, 19 Nov 2019 08:21:00 GMT")?.description, "2019-11-19T08:21:00Z")
    }

    func testWrittenEnglishDates() {
        XCTAssertEqual(p.find(in: "Updated November 19, 2019")?.date.description, "2019-11-19")
        XCTAssertEqual(p.find(in: "Nov. 19th, 2019 at 8:21 pm")?.date.description, "2019-11-19T20:21:00")
        XCTAssertEqual(p.find(in: "19 November 2019")?.date.description, "2019-11-19")
        XCTAssertEqual(p.find(in: "Monday, 2 March 2020, 12:05 am")?.date.description, "2020-03-02T00:05:00")
    }

    func testOtherLanguages() {
        XCTAssertEqual(p.find(in: "publié le 3 mars 2021")?.date.description, "2021-03-03")
        XCTAssertEqual(p.find(in: "19 de noviembre de 2019")?.date.description, "2019-11-19")
        XCTAssertEqual(p.find(in: "25. September 2018")?.date.description, "2018-09-25")
        XCTAssertEqual(p.find(in: "24 сентября 2018")?.date.description, "2018-09-24")
    }

    func testArabicEgyptianAndGulfMonths() {
        XCTAssertEqual(p.find(in: "الأحد 12 أكتوبر 2025 - 10:45 ص")?.date.description, "2025-10-12T10:45:00")
        XCTAssertEqual(p.find(in: "٧ يناير ٢٠٢٥")?.date.description, "2025-01-07")
        XCTAssertEqual(p.find(in: "3 مارس 2025، 14:20")?.date.description, "2025-03-03T14:20:00")
        XCTAssertEqual(p.find(in: "١٥ يونيه ٢٠٢٢")?.date.description, "2022-06-15")
    }

    func testArabicLevantineMonths() {
        XCTAssertEqual(p.find(in: "نشر في ١٢ تشرين الأول ٢٠٢٤ - ١٠:٣٠ ص")?.date.description, "2024-10-12T10:30:00")
        XCTAssertEqual(p.find(in: "5 كانون الثاني 2023")?.date.description, "2023-01-05")
        XCTAssertEqual(p.find(in: "٢٠ آب ٢٠١٩")?.date.description, "2019-08-20")
        XCTAssertEqual(p.find(in: "1 أيلول 2020")?.date.description, "2020-09-01")
        XCTAssertEqual(p.find(in: "30 اذار 2021 الساعة 9:15 مساء")?.date.description, "2021-03-30T21:15:00")
    }

    func testPersianDigitsAndMaghrebMonths() {
        XCTAssertEqual(p.find(in: "۱۲ جوان ۲۰۲۳")?.date.description, "2023-06-12")
        XCTAssertEqual(p.find(in: "4 أوت 2021")?.date.description, "2021-08-04")
    }

    func testNumericDates() {
        XCTAssertEqual(p.find(in: "2019/11/19")?.date.description, "2019-11-19")
        XCTAssertEqual(p.find(in: "19/11/2019")?.date.description, "2019-11-19")
        XCTAssertEqual(p.find(in: "11/19/2019")?.date.description, "2019-11-19")  // 19 cannot be a month
        XCTAssertEqual(p.find(in: "05/11/2019")?.date.description, "2019-11-05")  // day first by default…
        XCTAssertEqual(p.find(in: "05/11/2019", dayFirst: false)?.date.description, "2019-05-11")  // …month first on request
        XCTAssertEqual(p.find(in: "[ 2018-08-25 15:24 ]")?.date.description, "2018-08-25T15:24:00")
        // A time then the day before its month: the dash is no offset's sign.
        XCTAssertEqual(p.find(in: "نُشر: 14:20-12 مارس 2026")?.date.description, "2026-03-12T14:20:00")
        XCTAssertEqual(p.find(in: "10:30 -05:00 12 مارس 2026")?.date.description, "2026-03-12T10:30:00-05:00")
    }

    func testDateLinesAndSentences() {
        XCTAssertNotNil(p.dateLine("By Jane Doe, 19 November 2019"))
        XCTAssertNotNil(p.dateLine("Posted 12 February 2025"))
        // A sentence that mentions a date is not a date line.
        XCTAssertNil(p.dateLine("The council met on 19 November 2019 to vote on the new budget for the harbour."))
        XCTAssertNil(p.dateLine("No date here at all"))
    }

    func testDateLinesWithTheHijriDateBesideTheGregorian() {
        // A newspaper prints both (fixtures asharq-10, -15, -18, -20); the Gregorian date is read.
        XCTAssertEqual(p.dateLine("نُشر: 09:40-12 ديسمبر 2025 م ـ 21 جمادى الآخرة 1447 هـ")?.description, "2025-12-12T09:40:00")
        XCTAssertEqual(p.dateLine("الأحد - 14 جمادى الأولى 1447 هـ - 16 نوفمبر 2025 م")?.description, "2025-11-16")
        XCTAssertEqual(p.dateLine("آخر تحديث: 11:40-21 أبريل 2026 م ـ 04 ذو القِعدة 1447 هـ")?.description, "2026-04-21T11:40:00")
        // A sentence that mentions both dates is still no date line.
        XCTAssertNil(p.dateLine("وافق الاجتماع الذي عقد في 12 ديسمبر 2025 يوم 21 جمادى الآخرة من العام الهجري 1447 على الخطة كاملة"))
    }

    func testURLPaths() {
        XCTAssertEqual(p.fromURL("https://news.example/world/2019/11/19/story-title/")?.description, "2019-11-19")
        XCTAssertEqual(p.fromURL("https://news.example/2019-11-19-story")?.description, "2019-11-19")
        XCTAssertEqual(p.fromURL("https://news.example/news/20240918/story")?.description, "2024-09-18")
        XCTAssertEqual(p.fromURL("https://news.example/statements/2019/nov/18/story/")?.description, "2019-11-18")
        XCTAssertNil(p.fromURL("https://news.example/story-12345678"))
        XCTAssertNil(p.fromURL("https://2019.example/11/19"))  // the host is not the path
        XCTAssertNil(p.fromURL("https://news.example/story?d=2019/11/19"))  // nor is the query
    }
}

/// LanguageIdentifier: tidied declared tags, detection by script and stop words.
final class LanguageIdentifierTests: XCTestCase {
    let id = LanguageIdentifier.standard

    func testTheEmbeddedTableParses() throws {
        XCTAssertNoThrow(try LanguageIdentifier(stopLists: EmbeddedData.stopLists, text: EmbeddedData.languages))
        XCTAssertThrowsError(try LanguageIdentifier(stopLists: EmbeddedData.stopLists, text: "klingon: tlh latin"))
    }

    func testNormalize() {
        XCTAssertEqual(LanguageIdentifier.normalize("EN_us"), "en-US")
        XCTAssertEqual(LanguageIdentifier.normalize("zh-hant-tw"), "zh-Hant-TW")
        XCTAssertEqual(LanguageIdentifier.normalize("ar"), "ar")
        XCTAssertNil(LanguageIdentifier.normalize("arabic"))
        XCTAssertNil(LanguageIdentifier.normalize(""))
        XCTAssertNil(LanguageIdentifier.normalize("en-US;q=0.8"))
    }

    func testDetection() {
        XCTAssertEqual(id.detect(["أعلنت الحكومة أن المشروع سيبدأ في الربيع المقبل بعد موافقة البرلمان على الميزانية التي قدمتها الوزارة."]), "ar")
        XCTAssertEqual(id.detect(["The council said that it would vote on the plan in the spring, after the report is published."]), "en")
        XCTAssertEqual(id.detect(["Le conseil a dit qu'il votera sur le projet au printemps, après la publication du rapport."]), "fr")
        XCTAssertEqual(id.detect(["Совет заявил, что проголосует за план весной, после того как доклад будет опубликован."]), "ru")
        XCTAssertEqual(id.detect(["市議会は春に計画について投票すると述べた。"]), "ja")
        XCTAssertEqual(id.detect(["Το συμβούλιο είπε ότι θα ψηφίσει το σχέδιο την άνοιξη."]), "el")
        XCTAssertNil(id.detect(["12 34"]))
    }

    func testDeclaredTagMustFitTheTextsScript() {
        let arabic = ["أعلنت الحكومة أن المشروع سيبدأ في الربيع المقبل بعد موافقة البرلمان على الميزانية."]
        XCTAssertFalse(id.fits("en", arabic))
        XCTAssertTrue(id.fits("ar-EG", arabic))
        XCTAssertTrue(id.fits("sw", arabic))  // a language the table does not know is not second-guessed
    }
}
