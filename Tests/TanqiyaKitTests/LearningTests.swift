import Foundation
import XCTest
@testable import TanqiyaKit

/// A fictional site for the learning tests: every page has the same header and footer chrome, a
/// date line in the site's format, a "most read" list whose headlines change from page to page,
/// and its own article.
enum FictionalSite {
    static let menu = ["الواحة اليوم", "الرئيسية", "محليات", "اقتصاد", "رياضة", "ثقافة", "منوعات"]
    static let footer = ["من نحن", "اتصل بنا", "سياسة الخصوصية", "جميع الحقوق محفوظة للواحة اليوم"]
    static let titles = (0..<24).map { "عنوان الخبر رقم \($0) عن تطورات المشروع الجديد في المدينة" }

    /// Article text of page `n`: sentences of its own (never repeated on another page).
    static func paragraph(_ n: Int, _ k: Int) -> String {
        "قال المسؤول في الحديث رقم \(n) إن الفقرة رقم \(k) تشرح ما جرى في الاجتماع الأخير بالتفصيل وإن اللجنة ستعود للنظر في الموضوع خلال الأسابيع المقبلة."
    }

    static func page(_ n: Int, ownTitleInMostRead: Bool = false) -> [String] {
        var lines = menu + ["", titles[n], "", "نشر في: \(1 + n % 27) ديسمبر 2025 - 1\(n % 10):30", ""]
        for k in 0..<4 { lines += [paragraph(n, k), ""] }
        lines += ["الأكثر قراءة"]
        var listed = (1...4).map { titles[(n + $0 * 5) % titles.count] }
        if ownTitleInMostRead { listed[0] = titles[n] }
        lines += listed + [""] + footer
        return lines
    }

    static func frame(_ lines: [String], host: String? = nil) -> PageFrame {
        let text = lines.joined(separator: "\n")
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { PageFrame(utf8: UnsafeBufferPointer($0), host: host, tunables: LearningTunables()) }
    }
}

final class LearningTests: XCTestCase {
    /// Fewer pages than a site needs (`min_site_pages`), none of them JSONL: no site can be
    /// learned, so the profile pass only counts the pages — no frame is built or written (a run
    /// needs no temporary folder), and the output and profile are those of the full pass.
    func testTooFewPagesToLearnFromAreCountedNotFramed() throws {
        let t = LearningTunables()
        let text = (0..<t.minSitePages).map { InputItem(path: "/p/\($0).txt", relativePath: "\($0).txt", format: .text) }
        let sample = ProfileSample(totalBytes: 0, tunables: t)
        XCTAssertTrue(ProfilePass.tooFewToLearn(Array(text.dropLast()), sample: sample, t))
        XCTAssertFalse(ProfilePass.tooFewToLearn(text, sample: sample, t))
        XCTAssertFalse(ProfilePass.tooFewToLearn([InputItem(path: "/p/r.jsonl", relativePath: "r.jsonl", format: .jsonl)], sample: sample, t),
                       "a JSONL file may hold any number of pages")
        let seed = Repo.path("seeds/003_df18ae01772020e4.txt")
        let dir = try temporaryDirectory()
        let (status, out, err) = try runTool(["clean", seed, "-q", "--profile", dir + "/counted.json"], environment: ["TMPDIR": "/nonexistent"])
        XCTAssertEqual(status, 0, err)
        let (_, framed, _) = try runTool(["clean", seed, "-q"])
        XCTAssertEqual(out, framed)
        let profile = try SiteProfile.load(path: dir + "/counted.json")
        XCTAssertEqual(profile.pages, 1)
        XCTAssertTrue(profile.sites.isEmpty)
    }

    // MARK: Line signatures

    func testDateShapeMasksNumbersAndDateWords() {
        XCTAssertEqual(LineShapes.dateShape("الأحد 14 ديسمبر 2025 | 03:12 م"), "@ # @ # | # @")
        XCTAssertEqual(LineShapes.dateShape("١٢٣٤ مشاهدة"), "# مشاهدة")
        XCTAssertNil(LineShapes.dateShape("بدون أرقام هنا"))
        // A headline with a number in it is a headline, not a date line.
        XCTAssertNil(LineShapes.dateShape("ارتفاع أسعار النفط 3 في المئة خلال تعاملات الأسبوع الماضي"))
    }

    func testLabelShapeKeepsAShortLabelBeforeAColon() {
        XCTAssertEqual(LineShapes.labelShape("اقرأ أيضا: عنوان آخر طويل"), "اقرأ أيضا: …")
        XCTAssertNil(LineShapes.labelShape("15:30 بتوقيت مكة"), "a time is not a label")
        XCTAssertNil(LineShapes.labelShape("وقال المتحدث باسم الوزارة في بيان صدر اليوم: لا تغيير"), "more than four words")
        XCTAssertNil(LineShapes.labelShape("كتب:"), "nothing after the colon")
    }

    func testSignaturesOfShapeTextAndOfLinesAgree() {
        let line = LineSignature.of("  نشر في: 14 ديسمبر 2025 - 11:47  ", maxShapeBytes: 400)
        XCTAssertEqual(line.text, LineShapes.fingerprint(ofLine: "نشر في: 14 ديسمبر 2025 - 11:47"))
        XCTAssertEqual(line.dateShape, LineShapes.fingerprint(ofShape: LineShapes.dateShape("نشر في: 14 ديسمبر 2025 - 11:47")!))
        XCTAssertEqual(line.labelShape, LineShapes.fingerprint(ofShape: "نشر في: …"))
        XCTAssertEqual(line.words, 7)
    }

    /// The one-pass scan against byte-by-byte references, at every length around the 8-byte words.
    func testLineScanAgreesWithReferences() {
        var generator = StableHash.SplitMix64(state: 7)
        let alphabet: [[UInt8]] = [[0x20], [0x61], [0x3A], [0x35], Array("م".utf8), Array("٣".utf8), Array("۷".utf8), Array("ل".utf8)]
        for length in 0..<40 {
            for _ in 0..<20 {
                var bytes: [UInt8] = []
                while bytes.count < length { bytes += alphabet[Int(generator.next() % UInt64(alphabet.count))] }
                bytes.withUnsafeBufferPointer { p in
                    let scan = LineScan.scan(p, colonWithin: 1000, digitsWithinWords: 1000)
                    var reference = StableHash.Streaming(seed: LineShapes.seed)
                    for b in p { reference.add(b) }
                    XCTAssertEqual(scan.hash, reference.finish())
                    let text = String(decoding: p, as: UTF8.self)
                    XCTAssertEqual(scan.words, text.split(separator: " ").count, text)
                    XCTAssertEqual(scan.digit, text.unicodeScalars.contains { ("0"..."9").contains($0) || ("٠"..."٩").contains($0) || ("۰"..."۹").contains($0) }, text)
                    XCTAssertEqual(scan.firstColon, p.firstIndex(of: 0x3A), text)
                }
            }
        }
    }

    // MARK: Frames on disk

    func testFrameLogRoundTripsAndDetectsDamage() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/frames"
        let frames = (0..<5).map { FictionalSite.frame(FictionalSite.page($0), host: $0 == 2 ? "example.test" : nil) }
        let writer = try FrameLog.Writer(path: path)
        for frame in frames { try writer.write(frame) }
        try writer.finish()
        let reader = try FrameLog.Reader(path: path)
        var read: [PageFrame] = []
        while let frame = reader.next() { read.append(frame) }
        XCTAssertNil(reader.problem)
        XCTAssertEqual(read, frames)
        XCTAssertEqual(read[0].text(0), FictionalSite.menu[0])

        var bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
        bytes[bytes.count / 2] ^= 0x01
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: bytes))
        let damaged = try FrameLog.Reader(path: path)
        while damaged.next() != nil {}
        guard case .corrupted? = damaged.problem else { return XCTFail("a changed byte is not noticed: \(String(describing: damaged.problem))") }

        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: bytes.prefix(bytes.count - 20)))
        let cut = try FrameLog.Reader(path: path)
        while cut.next() != nil {}
        guard case .corrupted? = cut.problem else { return XCTFail("a file cut short is not noticed") }
        XCTAssertTrue(cut.problem!.description.contains(path))
    }

    // MARK: What is learned

    func profile(_ pages: [[String]], hosts: [String?]? = nil, tunables: LearningTunables = LearningTunables()) throws -> SiteProfile {
        let builder = try ProfileBuilder(tunables: tunables, temporaryDirectory: NSTemporaryDirectory())
        for (n, page) in pages.enumerated() { try builder.add(FictionalSite.frame(page, host: hosts?[n] ?? nil)) }
        return try builder.build()
    }

    func testLearnsTheTemplateNotTheArticles() throws {
        let profile = try profile((0..<16).map { FictionalSite.page($0) })
        XCTAssertEqual(profile.sites.count, 1)
        let site = profile.sites[0]
        XCTAssertEqual(site.pages, 16)
        let lines = Set(site.lines.map(\.text))
        for chrome in FictionalSite.menu + FictionalSite.footer + ["الأكثر قراءة"] { XCTAssertTrue(lines.contains(chrome), chrome) }
        for n in 0..<16 { for k in 0..<4 { XCTAssertFalse(lines.contains(FictionalSite.paragraph(n, k))) } }
        XCTAssertTrue(site.shapes.contains { $0.kind == .date }, "the site's date line format")
        XCTAssertNotNil(site.lines.first { $0.text == "الأكثر قراءة" }?.slot, "the headlines under «الأكثر قراءة» change per page")
        XCTAssertNil(site.lines.first { $0.text == "الرئيسية" }?.slot)
    }

    func testNothingIsLearnedFromTooFewPages() throws {
        let t = LearningTunables()
        let profile = try profile((0..<(t.minSitePages - 1)).map { FictionalSite.page($0) })
        XCTAssertTrue(profile.sites.isEmpty)
        XCTAssertEqual(profile.pagesLearnedFrom, 0)
    }

    func testAStatementQuotedOnAFewPagesIsNotChrome() throws {
        let quote = "وقال الوزير في تصريح مقتضب إن الحكومة ماضية في تنفيذ الخطة رغم كل الصعوبات التي تواجهها في المرحلة الحالية من العمل."
        let pages = (0..<16).map { n -> [String] in
            var page = FictionalSite.page(n)
            if n % 4 == 0 { page.insert(quote, at: FictionalSite.menu.count + 6) }
            return page
        }
        let site = try XCTUnwrap(profile(pages).sites.first)
        XCTAssertFalse(site.lines.contains { $0.text == quote })
    }

    func testPagesWithoutAURLAreGroupedByTheirChromeAndWithOneByItsHost() throws {
        let other = (0..<8).map { n -> [String] in
            ["موقع آخر", "أخبار", "تقارير", "حوارات", "", "خبر \(n) من الموقع الآخر عن قضية محلية", "",
             FictionalSite.paragraph(100 + n, 0), "", "حقوق النشر محفوظة للموقع الآخر", "تابعونا"]
        }
        let mixed = (0..<8).flatMap { [FictionalSite.page($0), other[$0], FictionalSite.page(8 + $0)] }
        let profile = try profile(mixed)
        XCTAssertEqual(profile.sites.map(\.pages).sorted(), [8, 16])
        XCTAssertTrue(profile.sites.allSatisfy { $0.key.hasPrefix("template ") })

        let hosted = try self.profile((0..<8).map { FictionalSite.page($0) }, hosts: (0..<8).map { _ in "alwaha.test" })
        XCTAssertEqual(hosted.sites.map(\.key), ["host alwaha.test"])
    }

    func testTheProfileDependsOnlyOnThePagesAndSurvivesJSON() throws {
        let pages = (0..<16).map { FictionalSite.page($0) }
        let first = try profile(pages)
        XCTAssertEqual(try profile(pages), first)
        let dir = try temporaryDirectory()
        XCTAssertTrue(FileManager.default.createFile(atPath: dir + "/p.json", contents: first.json()))
        XCTAssertEqual(try SiteProfile.load(path: dir + "/p.json"), first)
        XCTAssertTrue(FileManager.default.createFile(atPath: dir + "/bad.json", contents: Data("{\"version\": 9}".utf8)))
        XCTAssertThrowsError(try SiteProfile.load(path: dir + "/bad.json"))
    }

    // MARK: Using it

    func clean(_ lines: [String], learned: LearnedChromeLabeler?) -> Document {
        TanqiyaKitTests.clean(lines, rules: .empty, learned: learned)
    }

    func testANewPageOfTheSiteLosesItsChromeAndKeepsItsText() throws {
        let learned = LearnedChromeLabeler(profile: try profile((0..<16).map { FictionalSite.page($0) }))
        let page = FictionalSite.page(20)
        let doc = clean(page, learned: learned)
        let article = try XCTUnwrap(doc.articles.first)
        XCTAssertEqual(article.title, FictionalSite.titles[20])
        XCTAssertEqual(article.paragraphs, (0..<4).map { FictionalSite.paragraph(20, $0) })
        XCTAssertTrue(doc.blocks.contains { $0.rule == LearnedChromeLabeler.recurringLine + " 16/16" })

        // What the learned labeller alone says (the generic path may then name a line it knows better).
        var read = TextDumpReader().read(text: page.joined(separator: "\n"), source: "page.txt", idPrefix: "page")
        _ = learned.label(&read) { _ in true }
        let menuLine = try XCTUnwrap(page.firstIndex(of: "رياضة"))
        XCTAssertEqual(read.blocks[menuLine].rule, LearnedChromeLabeler.recurringLine + " 16/16")
        XCTAssertEqual(read.blocks[try XCTUnwrap(page.firstIndex(of: "من نحن"))].label, .footer, "below it")
        let dateLine = try XCTUnwrap(page.firstIndex { $0.hasPrefix("نشر في") })
        XCTAssertTrue(read.blocks[dateLine].rule?.hasPrefix(LearnedChromeLabeler.dateShape) ?? false)
        let listed = try XCTUnwrap(page.firstIndex(of: "الأكثر قراءة")) + 1
        XCTAssertTrue(read.blocks[listed].rule?.hasPrefix(LearnedChromeLabeler.slot) ?? false, "\(String(describing: read.blocks[listed].rule))")
    }

    func testASourceLineTheSitePrintsOnEveryPageStaysTheRecordsCredit() throws {
        // «المصدر: …» after every article recurs, so it is learned; it is still the article's credit.
        func page(_ n: Int) -> [String] {
            var lines = FictionalSite.page(n)
            lines.insert(contentsOf: ["المصدر: الواحة اليوم", ""], at: try! XCTUnwrap(lines.firstIndex(of: "الأكثر قراءة")))
            return lines
        }
        let learned = LearnedChromeLabeler(profile: try profile((0..<16).map(page)))
        let doc = clean(page(20), learned: learned)
        let article = try XCTUnwrap(doc.articles.first)
        XCTAssertEqual(article.credit, "الواحة اليوم")
        XCTAssertEqual(article.paragraphs, (0..<4).map { FictionalSite.paragraph(20, $0) })
        XCTAssertTrue(doc.blocks.contains { $0.rule == LearnedChromeLabeler.recurringLine + " 16/16" }, "the menu is still learned chrome")
    }

    func testAPageWhoseOwnTitleIsInTheMostReadListKeepsIt() throws {
        var pages = (0..<16).map { FictionalSite.page($0) }
        // A most-read snapshot: the same list on every page, page 3's headline in it.
        let snapshot = [3, 7, 11, 15].map { FictionalSite.titles[$0] }
        for n in pages.indices {
            let start = try XCTUnwrap(pages[n].firstIndex(of: "الأكثر قراءة")) + 1
            pages[n].replaceSubrange(start..<(start + 4), with: snapshot)
        }
        let learned = LearnedChromeLabeler(profile: try profile(pages))
        let doc = clean(pages[3], learned: learned)
        XCTAssertEqual(doc.articles.first?.title, FictionalSite.titles[3])
        XCTAssertEqual(doc.articles.first?.paragraphs.count, 4)
        XCTAssertFalse(doc.articles.first?.paragraphs.contains(FictionalSite.titles[7]) ?? true, "the list is chrome")
    }

    /// A sports site: a «إقرأ أيضا» box inside the text (its header on every page, one teaser of
    /// another page under it), then the text goes on with a standing sentence the site's articles
    /// share (each on a quarter of the pages: recirculating, never learned) and the page's own. The
    /// box's slot ends at the shared sentence: the text after the box is the article's.
    func testASlotInsideTheTextEndsAtASentenceTheSitesArticlesShare() throws {
        let shared = ["ويعاني الفريق من غيابات عدة في الخط الخلفي بسبب الإصابات والعقوبات التي طالت لاعبيه الأساسيين.",
                      "ومن المنتظر أن يعلن الإطار الفني قائمة اللاعبين المدعوين يوم الجمعة المقبل في مقر النادي.",
                      "وحضر الحصة التدريبية الأخيرة عدد من المسيرين الذين تحدثوا إلى اللاعبين في غرفة الملابس.",
                      "ويستعد الفريق لمواجهة قوية الأسبوع القادم في ملعبه أمام منافس مباشر على المراكز الأولى."]
        func page(_ n: Int) -> [String] {
            FictionalSite.menu + [FictionalSite.titles[n], "نشر في: \(1 + n % 27) ديسمبر 2025 - 1\(n % 10):30",
                                  FictionalSite.paragraph(n, 0), FictionalSite.paragraph(n, 1), "إقرأ أيضا",
                                  FictionalSite.titles[(n + 5) % FictionalSite.titles.count], shared[n % 4], FictionalSite.paragraph(n, 2)]
                + FictionalSite.footer
        }
        let pages = (0..<16).map(page)
        let learned = LearnedChromeLabeler(profile: try profile(pages))
        for n in [2, 9] {
            let doc = clean(pages[n], learned: learned)
            XCTAssertEqual(doc.articles.first?.paragraphs,
                           [FictionalSite.paragraph(n, 0), FictionalSite.paragraph(n, 1), shared[n % 4], FictionalSite.paragraph(n, 2)], "page \(n)")
            XCTAssertTrue(doc.blocks.contains { $0.rule?.hasPrefix(LearnedChromeLabeler.slot) ?? false }, "the box is a learned slot (page \(n))")
        }
    }

    /// An opinion site: a «اقرأ أيضاً في القسم» box of two of the site's other headlines above the
    /// article, then the section's name, the headline, the author's box (name, role), the dates and
    /// the font-size tools.
    /// Two items are no list by their count, but the site prints each of them on its other
    /// pages: the box ends at the section's name and the headline is the page's.
    func testATwoItemBoxOfTheSitesHeadlinesEndsAtTheSectionOverAnOpinionsHead() throws {
        let titles = (0..<16).map { "ماذا بعد ازدحام الطريق رقم \($0)؟" }
        let authors = [("نادية الراشد", "كاتبة من الساحل"), ("سالم العلي", "كاتب من الواحة"), ("ريم الكندي", "كاتبة من الجبل"),
                       ("هدى المعمري", "كاتبة من المدينة")]
        func page(_ n: Int) -> [String] {
            FictionalSite.menu + ["اقرأ أيضاً في القسم", FictionalSite.titles[(n + 3) % 16], FictionalSite.titles[(n + 7) % 16],
                                  "رأي", titles[n], authors[n % 4].0, authors[n % 4].1, "نُشر في: 2026/09/\(10 + n) - 08:15",
                                  "آخر تحديث: 2026/09/\(10 + n) - 11:35", "حجم الخط", "A+ A-"]
                + (0..<3).map { FictionalSite.paragraph(n, $0) } + FictionalSite.footer
        }
        let pages = (0..<16).map(page)
        let learned = LearnedChromeLabeler(profile: try profile(pages))
        for n in [2, 9] {
            let doc = clean(pages[n], learned: learned)
            XCTAssertEqual(doc.articles.first?.title, titles[n], "page \(n)")
            XCTAssertEqual(doc.articles.first?.paragraphs, (0..<3).map { FictionalSite.paragraph(n, $0) }, "page \(n)")
        }
    }

    /// A site with a breaking-news strip above the breadcrumb (its label on every page, the
    /// headline under it changing) and a tall article head: byline, two date lines and a row of
    /// share, print and font-size buttons, more lines than `head_lines` between the headline and
    /// the text. The strip's slot ends at the article's head: the headline is the page's title.
    func testASlotAboveATallArticleHeadStopsAtItsHeadline() throws {
        let buttons = ["مشاركة", "فيسبوك", "واتساب", "تويتر", "نسخ الرابط", "طباعة", "تكبير الخط", "تصغير الخط"]
        func page(_ n: Int) -> [String] {
            var lines = FictionalSite.menu + ["عاجل", FictionalSite.titles[(n + 7) % FictionalSite.titles.count],
                                              "الرئيسية / \(["محليات", "اقتصاد", "رياضة"][n % 3])",
                                              FictionalSite.titles[n], "الواحة - مراسل رقم \(n % 5)",
                                              "\(1 + n % 27) جمادى الآخرة 1447 هـ - \(1 + n % 27) ديسمبر 2025 م", "1\(n % 10):30 ص"]
            lines += buttons
            for k in 0..<3 { lines += [FictionalSite.paragraph(n, k)] }
            return lines + FictionalSite.footer
        }
        let learned = LearnedChromeLabeler(profile: try profile((0..<16).map(page)))
        for n in [3, 20] {
            let doc = clean(page(n), learned: learned)
            XCTAssertEqual(doc.articles.first?.title, FictionalSite.titles[n], "page \(n)")
            XCTAssertEqual(doc.articles.first?.paragraphs, (0..<3).map { FictionalSite.paragraph(n, $0) }, "page \(n)")
        }
    }

    /// A literary magazine's poem pages: the magazine's name over each page, the poem's title, an
    /// introduction of some twenty words ending in a colon («…، تقول فيها:»), the verses (short
    /// lines) and the footer. No line reads as article text by its length alone, but the
    /// introduction is a sentence that announces what follows: the magazine's name heads no slot,
    /// and learning keeps what the page alone keeps (its title, introduction and verses).
    func testALeadInEndingInAColonIsTheArticlesTextNotASlotsItem() throws {
        let words = ["النخيل", "المطر", "البحر", "القمر", "الطريق", "الذاكرة", "الغياب", "المدينة", "الصباح"]
        let name = "مجلة السنديان الأدبية"
        func page(_ n: Int) -> [String] {
            func w(_ k: Int) -> String { words[(n + k) % words.count] }
            return [name, "قصيدة \(w(0)) للشاعرة رقم \(n)",
                    "تنشر المجلة في هذا العدد قصيدة جديدة للشاعرة رقم \(n) كتبتها بعد رحلة طويلة إلى مدن الساحل الشمالي في خريف العام الماضي، تقول فيها:",
                    "سلام على \(w(1)) حين يعود إلينا", "وفي \(w(2)) بيت قديم ينتظر", "أغني \(w(3)) كل مساء وحيدة", "ويبقى \(w(4)) في القلب طويلا",
                    "جميع الحقوق محفوظة لمجلة السنديان"]
        }
        let url = { (n: Int) in "https://sindiyan.test/poem/\(n)" }
        let profile = try profile((0..<8).map(page), hosts: (0..<8).map { _ in "sindiyan.test" })
        XCTAssertNil(try XCTUnwrap(profile.sites.first?.lines.first { $0.text == name }).slot, "the pages vary under the name: their articles")
        let learned = LearnedChromeLabeler(profile: profile)
        for n in [2, 13] {
            let doc = TanqiyaKitTests.clean(page(n), rules: .empty, url: url(n), learned: learned)
            let alone = TanqiyaKitTests.clean(page(n), rules: .empty, url: url(n))
            XCTAssertFalse(doc.blocks.contains { $0.rule?.hasPrefix(LearnedChromeLabeler.slot) ?? false }, "page \(n)")
            XCTAssertEqual(doc.articles.first?.title, page(n)[1], "page \(n)")
            XCTAssertEqual(doc.articles.first?.paragraphs, alone.articles.first?.paragraphs, "page \(n)")
            XCTAssertTrue(doc.articles.first?.paragraphs.contains(page(n)[2]) ?? false, "page \(n)")
        }
    }

    /// The same magazine with poems under a short lead-in («تقول فيها الشاعرة:») or one without
    /// a final mark: no line of any page has article text's length. Such pages say nothing of
    /// where a list ends and the article begins, so no slot is learned from them: the verses are
    /// the page's, as the page alone has them.
    func testPagesWithoutALineOfTextsLengthTeachNoSlot() throws {
        let words = ["النخيل", "المطر", "البحر", "القمر", "الطريق", "الذاكرة", "الغياب", "المدينة", "الصباح"]
        let name = "مجلة السنديان الأدبية"
        func page(_ n: Int) -> [String] {
            func w(_ k: Int) -> String { words[(n + k) % words.count] }
            let lead = n % 2 == 0 ? "تقول فيها الشاعرة رقم \(n):"
                : "تنشر المجلة في هذا العدد قصيدة جديدة للشاعرة رقم \(n) كتبتها بعد رحلة طويلة إلى مدن الساحل الشمالي"
            return [name, "قصيدة \(w(0)) للشاعرة رقم \(n)", lead,
                    "سلام على \(w(1)) حين يعود إلينا", "وفي \(w(2)) بيت قديم ينتظر", "أغني \(w(3)) كل مساء وحيدة", "ويبقى \(w(4)) في القلب طويلا",
                    "جميع الحقوق محفوظة لمجلة السنديان"]
        }
        let url = { (n: Int) in "https://sindiyan.test/poem/\(n)" }
        let profile = try profile((0..<8).map(page), hosts: (0..<8).map { _ in "sindiyan.test" })
        XCTAssertNil(try XCTUnwrap(profile.sites.first?.lines.first { $0.text == name }).slot)
        let learned = LearnedChromeLabeler(profile: profile)
        // (A page alone finds no article under the short lead-in: the generic path's to judge.)
        for n in [2, 7, 13] {
            let doc = TanqiyaKitTests.clean(page(n), rules: .empty, url: url(n), learned: learned)
            let alone = TanqiyaKitTests.clean(page(n), rules: .empty, url: url(n))
            if n % 2 == 1 { XCTAssertNotNil(doc.articles.first, "page \(n)") }
            XCTAssertEqual(doc.articles.first?.title, alone.articles.first?.title, "page \(n)")
            XCTAssertEqual(doc.articles.first?.paragraphs, alone.articles.first?.paragraphs, "page \(n)")
        }
    }

    /// A coastal news site: a few of its articles end with the same stock closing sentence
    /// («ولم تعلق الجهات المعنية على الحادث حتى الآن.»: two pages of the corpus, so it
    /// recirculates), right above the footer's follow line. A sentence with a final stop that
    /// ends the article's text is the article's, not another article's headline in a list.
    func testAClosingSentenceTwoPagesShareEndsTheirTextNotAList() throws {
        let closing = "ولم تعلق الجهات المعنية على الحادث حتى الآن."
        func page(_ n: Int) -> [String] {
            ["موقع الشاطئ", "الرئيسية | محليات | رياضة | ثقافة", FictionalSite.titles[n],
             FictionalSite.paragraph(n, 0), FictionalSite.paragraph(n, 1)] + (n % 6 == 1 ? [closing] : [])
                + ["تابعونا على فيسبوك وإنستغرام", "جميع الحقوق محفوظة لموقع الشاطئ"]
        }
        let learned = LearnedChromeLabeler(profile: try profile((0..<12).map(page), hosts: (0..<12).map { _ in "shatei.test" }))
        for n in [1, 7, 13] {
            let doc = TanqiyaKitTests.clean(page(n), rules: .empty, url: "https://shatei.test/news/\(n)", learned: learned)
            XCTAssertEqual(doc.articles.first?.paragraphs, [FictionalSite.paragraph(n, 0), FictionalSite.paragraph(n, 1), closing], "page \(n)")
            XCTAssertEqual(doc.articles.first?.title, FictionalSite.titles[n], "page \(n)")
        }
    }

    /// A series' standing background paragraph (a sentence of 24 words) on every page of a site,
    /// between two paragraphs of each article: it is on far more than `min_text_line_share` of the
    /// pages, but between the article's own text it is text. The site's standing note under the text
    /// (a sentence too, on every page, with the footer under it) stays learned chrome.
    func testASentenceOnEveryPageBetweenTheArticlesParagraphsIsText() throws {
        let background = "ويأتي هذا التحقيق ضمن سلسلة تنشرها الواحة اليوم عن أوضاع القرى الجبلية التي تعاني منذ سنوات من نقص المياه وضعف الخدمات وهجرة الشباب إلى المدن."
        let note = "الواحة اليوم صحيفة مستقلة تصدر عن مؤسسة الواحة للنشر والإعلام منذ عام ألفين وعشرة في مدينة الواحة."
        func page(_ n: Int) -> [String] {
            FictionalSite.menu + [FictionalSite.titles[n], "نشر في: \(1 + n % 27) ديسمبر 2025 - 1\(n % 10):30",
                                  FictionalSite.paragraph(n, 0), background, FictionalSite.paragraph(n, 1), note] + FictionalSite.footer
        }
        let profile = try profile((0..<10).map(page))
        XCTAssertTrue(try XCTUnwrap(profile.sites.first).lines.contains { $0.text == background }, "on every page: learned")
        let learned = LearnedChromeLabeler(profile: profile)
        for n in [4, 17] {
            let doc = clean(page(n), learned: learned)
            XCTAssertEqual(doc.articles.first?.paragraphs, [FictionalSite.paragraph(n, 0), background, FictionalSite.paragraph(n, 1)], "page \(n)")
            let noteLine = try XCTUnwrap(page(n).firstIndex(of: note))
            XCTAssertEqual(doc.blocks[noteLine].rule, LearnedChromeLabeler.recurringLine + " 10/10", "page \(n)")
        }
    }

    /// An opinion site: a "most read" list of other pages' short headlines above the article, and
    /// a tall head (byline, the author's role, date, a row of share buttons). Each page's own
    /// headline is listed on half the site's other pages, so it is learned; over the head's date
    /// and author lines, it is still the page's headline.
    func testAShortHeadlineListedOnTheSitesOtherPagesStaysThePagesHeadline() throws {
        let places = ["الزحمة", "المدرسة", "الحديقة", "السوق", "الجسر", "الميناء", "المكتبة", "الملعب",
                      "المسرح", "المتحف", "الشاطئ", "الحي", "القرية", "الجامعة", "المستشفى", "المطار"]
        let titles = places.map { "\($0) ليست قدرا" }
        func page(_ n: Int) -> [String] {
            var lines = FictionalSite.menu + ["الأكثر قراءة"] + (1...8).map { titles[(n + $0) % titles.count] }
            lines += ["آراء", titles[n], "بقلم: سالم الراشد", "كاتب صحافي", "نشر في: \(1 + n % 27)-11-2026 | 10:1\(n % 10) م",
                      "شارك", "واتساب", "تويتر", "تلغرام", "نسخ الرابط"]
            lines += (0..<3).map { FictionalSite.paragraph(n, $0) }
            return lines + FictionalSite.footer
        }
        let learned = LearnedChromeLabeler(profile: try profile((0..<16).map(page)))
        for n in [3, 11] {
            let doc = clean(page(n), learned: learned)
            XCTAssertTrue(doc.blocks.contains { $0.rule?.hasPrefix(LearnedChromeLabeler.recurringLine) ?? false }, "page \(n)")
            XCTAssertEqual(doc.articles.first?.title, titles[n], "page \(n)")
            XCTAssertEqual(doc.articles.first?.paragraphs, (0..<3).map { FictionalSite.paragraph(n, $0) }, "page \(n)")
        }
    }

    /// A "most read" list of the site's other headlines above the article, learned, then the
    /// article's headline asking a question over its deck: the list ends at the question the
    /// text answers, as when its items are no learned lines.
    func testAQuestionHeadlineUnderALearnedMostReadListIsTheHeadline() throws {
        let titles = (0..<16).map { "من يحمي صغار المستثمرين في السوق رقم \($0)؟" }
        let others = (0..<6).map { "عنوان خبر آخر رقم \($0) عن تطورات السوق المالية في المدينة" }
        func page(_ n: Int) -> [String] {
            var lines = FictionalSite.menu + ["الأكثر قراءة"] + (1...4).map { others[(n + $0) % others.count] }
            lines += ["الرئيسية » مقالات", "مقالات", titles[n], FictionalSite.paragraph(n, 9), "نبيل الطراونة", "كاتب ومحلل اقتصادي",
                      "مقالات الكاتب", "نُشر: \(1 + n % 27) تشرين الثاني 2026", "مشاركة", "نسخ الرابط"]
            lines += (0..<3).map { FictionalSite.paragraph(n, $0) }
            return lines + FictionalSite.footer
        }
        let learned = LearnedChromeLabeler(profile: try profile((0..<16).map(page)))
        for n in [3, 11] {
            XCTAssertEqual(clean(page(n), learned: learned).articles.first?.title, titles[n], "page \(n)")
            XCTAssertEqual(clean(page(n), learned: nil).articles.first?.title, titles[n], "page \(n), --no-learn")
        }
    }

    /// A site whose headlines name their kind behind a colon on most of its pages («تقرير: …»):
    /// the shape is learned from them, and a page's own headline of that shape, in its head,
    /// stays its headline.
    func testAHeadlineOfALearnedLabelShapeInTheHeadStaysTheHeadline() throws {
        let titles = (0..<16).map { n in (n % 3 != 0 ? "تقرير: " : "") + FictionalSite.titles[n] }
        func page(_ n: Int) -> [String] {
            FictionalSite.menu + ["الرئيسية » أخبار", titles[n], "مكتب الواحة: \(["نواكشوط", "أطار", "كيفة", "روصو", "النعمة"][n % 5])",
                                  "نشر في \(1 + n % 27) ديسمبر 2025 - 1\(n % 10):30", "مشاهدات: \(1000 + 37 * n)"]
                + (0..<3).map { FictionalSite.paragraph(n, $0) } + FictionalSite.footer
        }
        let profile = try profile((0..<16).map(page))
        XCTAssertTrue(try XCTUnwrap(profile.sites.first).shapes.contains { $0.kind != .date }, "the headlines' label shape is learned")
        let learned = LearnedChromeLabeler(profile: profile)
        for n in [2, 4, 5] {
            let doc = clean(page(n), learned: learned)
            XCTAssertEqual(doc.articles.first?.title, titles[n], "page \(n)")
            XCTAssertEqual(doc.articles.first?.paragraphs, (0..<3).map { FictionalSite.paragraph(n, $0) }, "page \(n)")
            // The desk's line under the headline, of a label's shape too, stays chrome.
            XCTAssertTrue(doc.blocks[FictionalSite.menu.count + 2].rule?.hasPrefix(LearnedChromeLabeler.labelShape) ?? false, "page \(n)")
        }
        // The same site printing the date over the headline («date, headline, desk, text»).
        func dateFirst(_ n: Int) -> [String] {
            FictionalSite.menu + ["الرئيسية » أخبار", "نشر في \(1 + n % 27) ديسمبر 2025 - 1\(n % 10):30", titles[n],
                                  "مكتب الواحة: \(["نواكشوط", "أطار", "كيفة", "روصو", "النعمة"][n % 5])"]
                + (0..<3).map { FictionalSite.paragraph(n, $0) } + FictionalSite.footer
        }
        let dated = LearnedChromeLabeler(profile: try self.profile((0..<16).map(dateFirst)))
        for n in [2, 4] {
            XCTAssertEqual(clean(dateFirst(n), learned: dated).articles.first?.title, titles[n], "page \(n), date first")
        }
    }

    /// A site that prints no date or author line in its head, its headlines naming their kind
    /// behind a colon on most of its pages («تقرير: …», «حوار: …»), or a speaker's words behind
    /// the speaker («وزير المالية: «…»», half the pages): the label shape is learned, and the
    /// page's headline of that shape, the last headline-like line over its text, stays its
    /// headline, with no date under it, as it is with no learning; so it does under a
    /// breaking-news strip and under a "most read" list (over the date or under it).
    func testAHeadlineOfALearnedLabelShapeStaysTheHeadlineWithNoDateOrUnderAList() throws {
        let kinds = ["تقرير: ", "حوار: ", "تقرير: ", ""]
        let titles = (0..<16).map { kinds[$0 % kinds.count] + FictionalSite.titles[$0] }
        func page(_ n: Int) -> [String] {
            FictionalSite.menu + ["الرئيسية » أخبار", titles[n]] + (0..<3).map { FictionalSite.paragraph(n, $0) } + FictionalSite.footer
        }
        let profile = try profile((0..<16).map(page))
        XCTAssertTrue(try XCTUnwrap(profile.sites.first).shapes.contains { $0.kind == .label }, "the headlines' label shape is learned")
        let learned = LearnedChromeLabeler(profile: profile)
        for n in [0, 1, 2, 5, 3] {
            let doc = clean(page(n), learned: learned)
            XCTAssertEqual(doc.articles.first?.title, titles[n], "page \(n)")
            XCTAssertEqual(doc.articles.first?.paragraphs, (0..<3).map { FictionalSite.paragraph(n, $0) }, "page \(n)")
            XCTAssertEqual(clean(page(n), learned: nil).articles.first?.title, titles[n], "page \(n), --no-learn")
        }
        // A breaking-news strip over the head (another story behind a media marker).
        func breaking(_ n: Int) -> [String] {
            FictionalSite.menu + ["عاجل | " + FictionalSite.titles[(n + 7) % 16], titles[n]] + (0..<3).map { FictionalSite.paragraph(n, $0) } + FictionalSite.footer
        }
        let learnedBreaking = LearnedChromeLabeler(profile: try self.profile((0..<16).map(breaking)))
        for n in [0, 5] {
            XCTAssertEqual(clean(breaking(n), learned: learnedBreaking).articles.first?.title, titles[n], "page \(n) under a breaking-news strip")
            XCTAssertEqual(clean(breaking(n), learned: nil).articles.first?.title, titles[n], "page \(n) under a breaking-news strip, --no-learn")
        }
        // A "most read" list over the head, an author's line under the headline.
        // (Then the same with the date over the headline: the list's last item over the date.)
        func listed(_ n: Int, dated: Bool) -> [String] {
            FictionalSite.menu + ["الأكثر قراءة"] + (0..<4).map { "خبر متداول رقم \(n * 4 + $0) عن أحوال الطقس في البلاد" }
                + (dated ? ["الخميس \(1 + n % 27) ديسمبر 2025"] : [])
                + [titles[n], "كتب: \(["سامي", "منى", "هدى"][n % 3]) الأحمد"] + (0..<3).map { FictionalSite.paragraph(n, $0) } + FictionalSite.footer
        }
        for dated in [false, true] {
            let learnedListed = LearnedChromeLabeler(profile: try self.profile((0..<16).map { listed($0, dated: dated) }))
            for n in [0, 2] {
                XCTAssertEqual(clean(listed(n, dated: dated), learned: learnedListed).articles.first?.title, titles[n], "page \(n) under a list, dated: \(dated)")
                XCTAssertEqual(clean(listed(n, dated: dated), learned: nil).articles.first?.title, titles[n], "page \(n) under a list, dated: \(dated), --no-learn")
            }
        }
        // A speaker's words behind the speaker's name on half the pages (some of four words).
        let short = ["«الموازنة الجديدة تحمي الفقراء»", "«لا ضرائب جديدة هذا العام»", "«الديون تحت السيطرة تماما»", "«الرواتب ستصرف قبل العيد»"]
        let said = (0..<16).map { (n: Int) -> String in
            if n % 2 == 1 { return FictionalSite.titles[n] }
            let words: String = n % 4 == 0 ? "«سنواصل دعم المشروع رقم \(n) في المدينة»" : short[n / 4]
            return "وزير المالية: " + words
        }
        func quoted(_ n: Int) -> [String] {
            FictionalSite.menu + [said[n]] + (0..<3).map { FictionalSite.paragraph(n, $0) } + FictionalSite.footer
        }
        let speaker = try self.profile((0..<16).map(quoted))
        XCTAssertTrue(try XCTUnwrap(speaker.sites.first).shapes.contains { $0.kind == .label }, "the speaker's label shape is learned")
        let learnedSpeaker = LearnedChromeLabeler(profile: speaker)
        for n in [2, 8, 10] {
            XCTAssertEqual(clean(quoted(n), learned: learnedSpeaker).articles.first?.title, said[n], "page \(n)")
            XCTAssertEqual(clean(quoted(n), learned: nil).articles.first?.title, said[n], "page \(n), --no-learn")
        }
    }

    /// A video site: each page's headline carries its media marker («فيديو | …», a teaser's shape
    /// on a single page) over the date and the byline, and the site's "most read" lists print
    /// its headlines. The line the other pages list, in the page's head and speaking of its text,
    /// is the headline; a Trending strip's one item over a head (another story) is not.
    func testAHeadlineTheSiteListsOnItsOtherPagesIsThePagesHeadline() throws {
        let places = ["الميناء", "الجسر", "السوق", "الحديقة", "القلعة", "المكتبة", "الملعب", "المسرح",
                      "الشاطئ", "المطار", "الجامعة", "المستشفى", "القرية", "الوادي", "الجبل", "الساحة",
                      "البلدة", "الضاحية", "الكورنيش", "المرفأ", "الواحة", "الغابة"]
        let titles = places.map { "فيديو | أطفال حي \($0) يعودون إلى المدارس بعد ترميمها" }
        func text(_ n: Int, _ k: Int) -> String {
            "عاد أطفال حي \(places[n]) صباح اليوم إلى المدارس بعد ترميمها، وقال الأهالي في المقطع رقم \(k) إن الترميم تأخر عاما كاملا عن موعده."
        }
        func page(_ n: Int, trending: Int? = nil) -> [String] {
            var lines = FictionalSite.menu
            if let trending { lines += ["Trending:", titles[trending]] }
            lines += ["الرئيسية > فيديو", titles[n], "\(1 + n % 27) ديسمبر 2025 - 1\(n % 10):30 م",
                      "\(["سعاد", "منى", "هدى"][n % 3]) الأحمد – محررة الفيديو", "Watch video"]
            lines += (0..<3).map { text(n, $0) } + ["الأكثر قراءة"] + (1...4).map { titles[(n + $0 * 3) % 16] }
            return lines + FictionalSite.footer
        }
        let learned = LearnedChromeLabeler(profile: try profile((0..<16).map { page($0) }))
        for n in [2, 7] {
            let doc = clean(page(n), learned: learned)
            XCTAssertEqual(doc.articles.first?.title, titles[n], "page \(n)")
            XCTAssertEqual(doc.articles.first?.paragraphs, (0..<3).map { text(n, $0) }, "page \(n)")
            XCTAssertTrue(doc.blocks.contains { $0.rule == LearnedChromeLabeler.ownHeadline }, "page \(n)")
        }
        // A page the corpus never lists (its own headline is known to nobody), a Trending item
        // over its head: the item is another story's.
        let alone = page(20, trending: 4)
        let aloneDoc = clean(alone, learned: learned)
        XCTAssertNotEqual(aloneDoc.articles.first?.title, titles[4])
        XCTAssertLessThanOrEqual(aloneDoc.blocks.filter { $0.label == .title && $0.rule != "dedup.repeated-title" }.count, 1, "one title")
        // The same "most read" list on every page (its headlines learned lines): the page it lists
        // keeps its headline too.
        func snapshot(_ n: Int) -> [String] {
            var lines = page(n)
            let start = lines.firstIndex(of: "الأكثر قراءة")! + 1
            lines.replaceSubrange(start..<(start + 4), with: [3, 8, 11, 14].map { titles[$0] })
            return lines
        }
        let listedEverywhere = LearnedChromeLabeler(profile: try profile((0..<16).map(snapshot)))
        XCTAssertEqual(clean(snapshot(3), learned: listedEverywhere).articles.first?.title, titles[3])
        XCTAssertEqual(clean(snapshot(3), learned: listedEverywhere).articles.first?.paragraphs, (0..<3).map { text(3, $0) })
    }

    /// A "most read" list over the date on every page, its last item another page's headline (a
    /// related story, speaking of the same things as the text), the page's own headline under the
    /// date: the item, in a list on this page (its header and other items above it), is no
    /// headline of this page, though the site lists it as a headline on its other pages.
    func testTheLastItemOfAListOverTheDateIsNotTheKnownHeadline() throws {
        func page(_ n: Int, title: String? = nil, text: [String]? = nil) -> [String] {
            // (The new page's list: three items printed nowhere else, then one the site lists.)
            let listed = (1...3).map { title == nil ? FictionalSite.titles[(n + 3 * $0) % 16] : "خبر متداول رقم \($0) عن أحوال الطقس في البلاد" }
            return FictionalSite.menu + ["الأكثر قراءة"] + listed
                + [FictionalSite.titles[(n + 5) % 16], "الخميس \(1 + n % 27) ديسمبر 2025", title ?? FictionalSite.titles[n],
                   "يرى المراقبون أن الخطوة رقم \(n) تأخرت كثيرا.", "كتب: \(["سامي", "منى", "هدى"][n % 3]) الأحمد"]
                + (text ?? (0..<3).map { FictionalSite.paragraph(n, $0) }) + FictionalSite.footer
        }
        let learned = LearnedChromeLabeler(profile: try profile((0..<16).map { page($0) }))
        // A new page: its own headline listed nowhere, its text on the listed story's subject.
        let title = "بالصور.. أطفال الحي يحتفلون بيوم الرياضة"
        let text = (0..<3).map { "تتابع البلدية تطورات المشروع الجديد في المدينة منذ أسابيع، وقال المسؤول في الحديث رقم \($0) إن الأعمال تسير كما خطط لها." }
        let new = page(19, title: title, text: text)
        let doc = clean(new, learned: learned)
        XCTAssertEqual(doc.articles.first?.title, title)
        XCTAssertEqual(doc.articles.first?.paragraphs, text)
        XCTAssertEqual(clean(new, learned: nil).articles.first?.title, title, "--no-learn")
        // A page of the site keeps its own headline.
        XCTAssertEqual(clean(page(4), learned: learned).articles.first?.title, FictionalSite.titles[4])
    }

    /// A trending strip over every head: its label and another page's headline behind it
    /// («الأكثر تداولاً الآن: …», a label shape the site prints on every page), then the section,
    /// the page's headline, its deck and its date: the headline under the strip is the page's.
    func testATrendingStripOfALabelsShapeOverTheHeadIsNoHeadline() throws {
        func page(_ n: Int) -> [String] {
            ["الواحة اليوم", "الرئيسية جهات مجتمع اقتصاد رأي رياضة", "Météo : 19°C", "1 EUR = 10,80 MAD",
             "الأكثر تداولاً الآن: " + FictionalSite.titles[(n + 5) % 16], "محليات", FictionalSite.titles[n],
                                  "تعتزم البلدية تنفيذ المرحلة رقم \(n) من المشروع قبل نهاية السنة الجارية.",
                                  "المدينة - الواحة اليوم", "الثلاثاء \(1 + n % 27) نونبر 2025 - 09:00"]
                + (0..<3).map { FictionalSite.paragraph(n, $0) } + FictionalSite.footer
        }
        let profile = try profile((0..<16).map(page))
        XCTAssertTrue(try XCTUnwrap(profile.sites.first).shapes.contains { $0.kind == .label }, "the strip's label shape is learned")
        let learned = LearnedChromeLabeler(profile: profile)
        for n in [2, 9] {
            let doc = clean(page(n), learned: learned)
            XCTAssertEqual(doc.articles.first?.title, FictionalSite.titles[n], "page \(n)")
            XCTAssertEqual(doc.articles.first?.paragraphs.suffix(3), (0..<3).map { FictionalSite.paragraph(n, $0) }, "page \(n)")
        }
    }

    func testPagesOfOtherSitesAreLeftToTheGenericPath() throws {
        let learned = LearnedChromeLabeler(profile: try profile((0..<16).map { FictionalSite.page($0) }))
        let other = ["صفحة مستقلة", "", "عنوان مقال في موقع لا نعرفه عن الزراعة", "", FictionalSite.paragraph(50, 0)]
        XCTAssertEqual(clean(other, learned: learned).blocks.map(\.rule), clean(other, learned: nil).blocks.map(\.rule))
    }

    // MARK: The command line

    /// Sixteen pages of the fictional site as text dumps in a folder of their own.
    func siteFolder() throws -> String {
        let dir = try temporaryDirectory() + "/site"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for n in 0..<16 {
            try FictionalSite.page(n).joined(separator: "\n").write(toFile: dir + "/page\(100 + n).txt", atomically: true, encoding: .utf8)
        }
        return dir
    }

    func testCleanLearnsASavedProfileCleansTheSameAndStdinIsNotReadTwice() throws {
        let site = try siteFolder()
        let work = try temporaryDirectory()
        let (status, learned, err) = try runTool(["clean", site, "--no-dedup", "--profile", work + "/p.json", "--stats", work + "/s.json", "-q"])
        XCTAssertEqual(status, 0, err)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let stats = try decoder.decode(RunStats.self, from: Data(contentsOf: URL(fileURLWithPath: work + "/s.json")))
        XCTAssertEqual(stats.learning.mode, "learn")
        XCTAssertEqual(stats.learning.pagesProfiled, 16)
        XCTAssertEqual(stats.learning.sites, 1)
        XCTAssertGreaterThan(stats.learning.linesLearned, FictionalSite.footer.count)
        XCTAssertFalse(learned.contains("جميع الحقوق محفوظة للواحة اليوم"), "the footer is learned chrome")
        XCTAssertTrue(learned.contains(FictionalSite.paragraph(5, 2).prefix(40)))
        // The saved profile gives the same output without a profile pass.
        let (used, again, usedErr) = try runTool(["clean", site, "--no-dedup", "--use-profile", work + "/p.json", "-q"])
        XCTAssertEqual(used, 0, usedErr)
        XCTAssertEqual(again, learned)
        // Standard input is read once, by the clean pass: cleaned, not profiled, and said so.
        let page = FictionalSite.page(20).joined(separator: "\n")
        let (piped, out, pipedErr) = try runTool(["clean", "-", site, "--no-dedup"], stdin: page)
        XCTAssertEqual(piped, 0, pipedErr)
        XCTAssertTrue(out.contains(#""id":"stdin#1""#), out)
        XCTAssertTrue(out.contains(FictionalSite.paragraph(20, 1).prefix(40)), "stdin's page is cleaned")
        XCTAssertTrue(pipedErr.contains("-: read once (standard input): cleaned but not learned from"), pipedErr)
    }

    // MARK: Sampling big corpora

    func testSampleTakesEverythingOfASmallCorpusAndAStableShareOfABigOne() {
        let t = LearningTunables()
        XCTAssertEqual(ProfileSample(totalBytes: t.fullProfileBytes, tunables: t).rate, 1)
        let big = ProfileSample(totalBytes: 100 * t.fullProfileBytes, tunables: t)
        XCTAssertEqual(big.rate, (1 + 99 * t.sampleShareBeyond) / 100, accuracy: 1e-9)
        let items = (0..<4000).map { InputItem(path: "d/\($0).txt", relativePath: "\($0).txt", format: .text) }
        let taken = items.filter { big.includes($0, record: 0) }.count
        XCTAssertEqual(Double(taken) / 4000, big.rate, accuracy: 0.03)
        XCTAssertEqual(items.filter { big.includes($0, record: 0) }, items.filter { big.includes($0, record: 0) })
    }

    /// `.html.gz` pages were sized by their compressed bytes: a corpus of them looked five to ten
    /// times smaller than what the profile pass reads, so far more of its pages were profiled
    /// than the sample rate says (86 % of a gzipped corpus). A gzipped page counts as its
    /// decompressed size (the gzip trailer's), as if it were not gzipped.
    func testAGzippedPageCountsInTheSampleAsItsDecompressedSize() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var t = LearningTunables()
        t.fullProfileBytes = 64 << 10
        var gzipped: [InputItem] = [], plain: [InputItem] = []
        var total = 0
        for n in 0..<40 {
            let body = (0..<400).map { "<p>فقرة \($0) من الصفحة \(n) في موقع متخيل، وهي تتكرر كثيرا كما تتكرر القوالب.</p>" }.joined(separator: "\n")
            let html = Data("<html><body>\(body)</body></html>\n".utf8)
            total += html.count
            try html.write(to: URL(fileURLWithPath: dir + "/p\(n).html"))
            let gzip = Process()
            gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
            gzip.arguments = ["-k", "-9", dir + "/p\(n).html"]
            try gzip.run()
            gzip.waitUntilExit()
            gzipped.append(InputItem(path: dir + "/p\(n).html.gz", relativePath: "p\(n).html.gz", format: .html))
            plain.append(InputItem(path: dir + "/p\(n).html", relativePath: "p\(n).html", format: .html))
        }
        let compressed = try gzipped.reduce(0) { $0 + (try FileManager.default.attributesOfItem(atPath: $1.path)[.size] as! Int) }
        XCTAssertLessThan(compressed * 5, total, "the pages compress well: the compressed size is far off")
        let expected = ProfileSample(totalBytes: total, tunables: t).rate
        XCTAssertEqual(ProfileSample(items: plain, tunables: t).rate, expected, accuracy: 1e-12)
        XCTAssertEqual(ProfileSample(items: gzipped, tunables: t).rate, expected, accuracy: 1e-12)
        // A file that only says .gz (not gzip inside), and one too short for a trailer: their size.
        try Data("<html>not gzip</html>".utf8).write(to: URL(fileURLWithPath: dir + "/fake.html.gz"))
        let fake = InputItem(path: dir + "/fake.html.gz", relativePath: "fake.html.gz", format: .html)
        XCTAssertEqual(ProfileSample(items: [fake], tunables: t).rate, 1)
        XCTAssertEqual(ProfileSample.bytes(of: fake), 21)
    }
}
