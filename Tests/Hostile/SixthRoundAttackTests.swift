import Foundation
@testable import TanqiyaKit
import XCTest

/// A sixth round of attacks from outside: text dumps with Unicode's other line breaks, pages
/// whose article is a headline alone, chrome lines with zero-width characters inside, standard
/// input redirected from the output file, a rule draft of lines holding invisible characters,
/// `check`'s expectations kept inside its fixtures, a staged run's shards run by two builds, the
/// explain trace of lines holding U+2028;
/// each test failed on the build it was written against (main at 71713a2) and says what it found
/// there.
final class SixthRoundAttackTests: ScratchDirectoryTestCase {
    /// A page of an unknown site: menu, headline, byline, the article, a read-more list, a
    /// comment form and the footer, one line each.
    private static let page: [String] = [
        "الرئيسية", "اتصل بنا",
        "مجلس المدينة يقر خطة جديدة لصيانة شبكة المياه في الأحياء القديمة",
        "كتب: سامر الخطيب",
    ] + inventedPage(paragraphs: 4, salt: 601).split(separator: "\n").dropFirst().map(String.init) + [
        "اقرأ أيضا",
        "افتتاح معرض الكتاب السنوي بمشاركة دور نشر من عشرين بلدا",
        "أضف تعليقك",
        "جميع الحقوق محفوظة لموقع المدينة 2026",
    ]
}

extension SixthRoundAttackTests {
    /// A dump whose lines end with LINE SEPARATOR (U+2028), PARAGRAPH SEPARATOR (U+2029), NEL,
    /// VT (a word processor's manual line break) or FF (a page break): each was read as one line,
    /// so the menu, the byline, the read-more list and the footer became one paragraph of the
    /// article with an empty title. Unicode's mandatory breaks end a line as LF does.
    func testUnicodesOtherLineBreaksEndALine() throws {
        try write(Self.page.joined(separator: "\n") + "\n", "lf.txt")
        let expected = try launch(["clean", "lf.txt", "--no-rules", "--no-learn", "-q"], cwd: dir)
        let reference = try records(expected.stdout)
        XCTAssertEqual(reference.count, 1)
        XCTAssertEqual(reference.first?["title"] as? String, Self.page[2])
        for (name, separator) in [("ls", "\u{2028}"), ("ps", "\u{2029}"), ("nel", "\u{85}"), ("vt", "\u{0B}"), ("ff", "\u{0C}"),
                                  ("crls", "\r\u{2028}")] {
            try write(Self.page.joined(separator: separator), name + ".txt")
            let run = try launch(["clean", name + ".txt", "--no-rules", "--no-learn", "-q"], cwd: dir)
            let got = try records(run.stdout)
            XCTAssertEqual(got.count, 1, name)
            XCTAssertEqual(got.first?["title"] as? String, reference.first?["title"] as? String, name)
            XCTAssertEqual(got.first?["text"] as? String, reference.first?["text"] as? String, name)
        }
        // The same in a JSONL record's text.
        let record = try JSONSerialization.data(withJSONObject: ["id": "r", "text": Self.page.joined(separator: "\u{2029}")])
        try write(String(decoding: record, as: UTF8.self) + "\n", "r.jsonl")
        let jsonl = try records(try launch(["clean", "r.jsonl", "--no-rules", "--no-learn", "-q"], cwd: dir).stdout)
        XCTAssertEqual(jsonl.first?["text"] as? String, reference.first?["text"] as? String)
    }
}

extension SixthRoundAttackTests {
    /// Pages whose article is a headline alone (its text commented out, a headline-only page)
    /// give a record with an empty text; every such record after the first was dropped as an
    /// exact duplicate of the first, whatever its title ("duplicate_of" a page of another story).
    func testArticlesOfATitleAloneAreNotDuplicatesOfEachOther() throws {
        let titles = ["بلدية الساحل تفتتح حديقة عامة جديدة في الحي الشرقي",
                      "انطلاق بطولة المدارس لكرة السلة بمشاركة ثلاثين فريقا"]
        for (n, title) in titles.enumerated() {
            try write("<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"></head><body><article><h1>\(title)</h1>"
                      + "<!-- <p>\(inventedPage(paragraphs: 1, salt: 610 + n))</p> --></article></body></html>", "t\(n).html")
        }
        try write(try String(contentsOfFile: dir + "/t0.html", encoding: .utf8), "t0-copy.html")
        let run = try launch(["clean", "t0.html", "t1.html", "t0-copy.html", "--no-rules", "--no-learn", "-q",
                              "--duplicates", "d.jsonl"], cwd: dir)
        XCTAssertEqual(run.status, 0, run.stderr)
        let got = try records(run.stdout)
        XCTAssertEqual(got.compactMap { $0["title"] as? String }, titles, run.stdout)
        // A copy of a page is still its duplicate.
        let duplicates = try records(String(contentsOfFile: dir + "/d.jsonl", encoding: .utf8))
        XCTAssertEqual(duplicates.map { "\($0["id"] ?? "") \($0["duplicate_of"] ?? "")" }, ["t0-copy#1 t0#1"])
    }
}

extension SixthRoundAttackTests {
    /// A fictional outlet's rule file: signatures and chrome as exact lines, a credit captured.
    private static let outletYAML = """
        outlet: wadi-post
        name: Wadi Post
        detect:
          hosts: [wadipost.example]
          signatures:
            - {id: wadi.sig.masthead, exact: "بريد الوادي", weight: 2}
            - {id: wadi.sig.follow, exact: "تابعونا على المنصات", weight: 2}
          min_score: 3
        article:
          title: {id: wadi.title}
          lead: {id: wadi.lead}
          body: {id: wadi.body}
          header: {id: wadi.header, label: navigation}
        lines:
          - {id: wadi.menu, label: navigation, zone: header, exact: ["بريد الوادي", "تابعونا على المنصات", "مباشر", "أخبار المحافظات"]}
          - {id: wadi.credit, label: credit, field: credit, pattern: '^المصدر\\s*:\\s*(.+)$'}
          - {id: wadi.comments, label: comments, exact: "التعليقات", also_next: 3}
        """

    /// The outlet's page with its chrome lines dressed as `dress` dresses them.
    private static func outletPage(_ dress: (String) -> String) -> [String] {
        [dress("بريد الوادي"), dress("تابعونا على المنصات"), dress("مباشر"), dress("أخبار المحافظات"),
         "انطلاق موسم قطاف الزيتون في قرى الوادي وسط توقعات بإنتاج وفير"]
            + inventedPage(paragraphs: 3, salt: 620).split(separator: "\n").dropFirst().map(String.init)
            + [dress("المصدر: وكالة الأنباء المحلية"), dress("التعليقات"), "تعليق أول من قارئ", "تعليق ثان من قارئ"]
    }

    /// A letter's half, then `mark`, then the rest: inside each word of three letters or more.
    private static func inside(_ line: String, _ mark: String) -> String {
        line.split(separator: " ").map { w in
            w.count < 3 ? String(w) : String(w.prefix(w.count / 2)) + mark + String(w.dropFirst(w.count / 2))
        }.joined(separator: " ")
    }

    /// Chrome lines with a zero-width space around them (a CMS's `&#8203;`), or a ZWJ, a ZWNJ or
    /// a combining grapheme joiner inside their words: the outlet's exact lines and patterns
    /// missed them all. A ZWSP around the chrome lost the page its outlet (status 0, `outlet:
    /// unknown`) and gave it a menu entry for its title; so did a CGJ. The generic path's word
    /// lists ignored those marks already; the rules now match the key folded (`MatchingFold`),
    /// and the output keeps the lines as they were.
    func testAnOutletsLinesMatchWithZeroWidthCharactersInside() throws {
        let rules = try RuleLoader.load(sources: [("wadi.yaml", Self.outletYAML)])
        func run(_ lines: [String]) -> Document {
            let item = InputItem(path: "page.txt", relativePath: "page.txt", format: .text)
            let pipeline = Pipeline(rules: rules, options: PipelineOptions(writer: WriterOptions(keepDocument: true)))
            return pipeline.clean(RawPage(item: item, bytes: Array(lines.joined(separator: "\n").utf8), kind: .text)).document!
        }
        let plain = run(Self.outletPage { $0 })
        XCTAssertEqual(plain.outlet, "wadi-post")
        let expected = plain.blocks.map { "\($0.label.rawValue) \($0.rule ?? "-")" }
        let dresses: [(String, (String) -> String)] = [
            ("zwsp around", { "\u{200B}" + $0 + "\u{200B}" }),
            ("zwj inside", { Self.inside($0, "\u{200D}") }),
            ("zwnj inside", { Self.inside($0, "\u{200C}") }),
            ("cgj inside", { Self.inside($0, "\u{034F}") }),
        ]
        for (name, dress) in dresses {
            let document = run(Self.outletPage(dress))
            XCTAssertEqual(document.outlet, "wadi-post", name + ": " + document.outletReason)
            XCTAssertEqual(document.blocks.map { "\($0.label.rawValue) \($0.rule ?? "-")" }, expected, name)
            let article = try XCTUnwrap(document.articles.first, name)
            XCTAssertEqual(article.title, plain.articles.first?.title, name)
            XCTAssertEqual(article.paragraphs, plain.articles.first?.paragraphs, name)
            // The credit as the page prints it: its marks are not folded out of the output.
            let printed = Normalizer.matching.normalize(dress("وكالة الأنباء المحلية"))
            XCTAssertEqual(article.credit, printed.trimmingCharacters(in: .init(charactersIn: "\u{200B}")), name)
        }
    }
}

extension SixthRoundAttackTests {
    /// A date line whose month name holds a ZWJ («ما‍رس») gave the record no date (harakat,
    /// tatweel and presentation forms there were read already).
    func testADateLineWithAJoinerInItsMonthNameIsRead() throws {
        var lines = Self.page
        lines.insert("نشر في 12 ما\u{200D}رس 2026", at: 4)
        try write(lines.joined(separator: "\n") + "\n", "dated.txt")
        let run = try launch(["clean", "dated.txt", "--no-rules", "--no-learn", "-q"], cwd: dir)
        XCTAssertEqual(try records(run.stdout).first?["date"] as? String, "2026-03-12", run.stdout)
    }
}

extension SixthRoundAttackTests {
    /// Standard input redirected from the file named as the output (`clean - -o page.txt <
    /// page.txt`, a recipe's `$<` and `$@` swapped): the page was replaced by its own cleaned
    /// output, status 0, where the same file named as an input is refused (status 2).
    func testStandardInputRedirectedFromTheOutputIsRefused() throws {
        try write(Self.page.joined(separator: "\n") + "\n", "page.txt")
        let original = try String(contentsOfFile: dir + "/page.txt", encoding: .utf8)
        for (output, redirection) in [("page.txt", "< page.txt"), ("/dev/stdin", "<> page.txt")] {
            let run = try launch(["-c", "exec \"$0\" clean - --no-rules -q -o \(output) " + redirection, Repo.binary],
                                 executable: "/bin/sh", cwd: dir)
            XCTAssertEqual(run.status, 2, output + ": " + run.stderr)
            XCTAssertTrue(run.stderr.contains("standard input"), run.stderr)
            XCTAssertEqual(try String(contentsOfFile: dir + "/page.txt", encoding: .utf8), original, output)
        }
        // From a pipe, or with another output file, it is read as before.
        let piped = try launch(["-c", "cat page.txt | exec \"$0\" clean - --no-rules -q -o out.jsonl", Repo.binary],
                               executable: "/bin/sh", cwd: dir)
        XCTAssertEqual(piped.status, 0, piped.stderr)
        let redirected = try launch(["-c", "exec \"$0\" clean - --no-rules -q -o out2.jsonl < page.txt", Repo.binary],
                                    executable: "/bin/sh", cwd: dir)
        XCTAssertEqual(redirected.status, 0, redirected.stderr)
        XCTAssertEqual(try String(contentsOfFile: dir + "/out.jsonl", encoding: .utf8),
                       try String(contentsOfFile: dir + "/out2.jsonl", encoding: .utf8))
    }
}

extension SixthRoundAttackTests {
    /// `rules suggest` on pages whose chrome lines carry a right-to-left override (U+202E) or a
    /// ZWSP: the draft printed them raw inside its `exact` strings and comments, so a reviewer
    /// approved lines whose text no editor shows (control codes were escaped, format characters
    /// were not). They are `\u` escapes now, and the draft still loads and claims the pages.
    func testADraftShowsTheInvisibleCharactersOfItsLines() throws {
        for n in 0..<8 {
            let lines = ["بوابة \u{202E}الساحل", "\u{200B}الرئيسية\u{200B}", "أخبار \u{200F}الساحل\u{200B} اليوم", "تابعونا\u{200D} على المنصات"]
                + inventedPage(paragraphs: 3, salt: 630 + n).split(separator: "\n").map(String.init)
                + ["جميع الحقوق محفوظة لبوابة\u{200B} الساحل"]
            try write(lines.joined(separator: "\n") + "\n", "pages/p\(n).txt")
        }
        let run = try launch(["rules", "suggest"] + (0..<8).map { "pages/p\($0).txt" } + ["--outlet", "sahil-gate", "-o", "r/sahil.yaml",
                              "--rules", Repo.path("rules")], cwd: dir)
        XCTAssertEqual(run.status, 0, run.stderr)
        let draft = try String(contentsOfFile: dir + "/r/sahil.yaml", encoding: .utf8)
        let invisible = draft.unicodeScalars.filter { $0.properties.generalCategory == .format }
        XCTAssertTrue(invisible.isEmpty, "raw: " + invisible.map { String(format: "U+%04X", $0.value) }.joined(separator: " "))
        XCTAssertTrue(draft.contains("\\u202E") || draft.contains("\\u200B"), draft)
        let lint = try launch(["rules", "lint", "r"], cwd: dir)
        XCTAssertEqual(lint.status, 0, lint.stdout + lint.stderr)
        let clean = try records(try launch(["clean", "pages", "--rules", "r", "--no-learn", "-q"], cwd: dir).stdout)
        XCTAssertEqual(Set(clean.compactMap { $0["outlet"] as? String }), ["sahil-gate"])
    }
}

extension SixthRoundAttackTests {
    /// `check --fixtures pages --expected pages/golden`: after `--update`, the expectations were
    /// walked as fixture pages — the next check reported every page changed ("output bytes
    /// differ": the ids of pages sharing a stem) and ten "fixtures without an expectation", and
    /// the next `--update` recorded expectations of expectations a folder deeper, at each run.
    func testAnExpectationsFolderInsideTheFixturesIsNotReadAsFixtures() throws {
        for n in 0..<2 { try write(Self.page.joined(separator: "\n") + "\nسطر \(n)\n", "pages/p\(n).txt") }
        let rules = ["--rules", Repo.path("rules")]
        let first = try launch(["check", "--fixtures", "pages", "--expected", "pages/golden", "--update"] + rules, cwd: dir)
        XCTAssertEqual(first.status, 0, first.stderr)
        let again = try launch(["check", "--fixtures", "pages", "--expected", "pages/golden"] + rules, cwd: dir)
        XCTAssertEqual(again.status, 0, again.stdout + again.stderr)
        XCTAssertTrue(again.stdout.contains("0 of 2 fixtures changed"), again.stdout)
        XCTAssertTrue(again.stderr.contains("pages/golden: not read as fixtures"), again.stderr)
        _ = try launch(["check", "--fixtures", "pages", "--expected", "pages/golden", "--update"] + rules, cwd: dir)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/pages/golden/pages/golden"), "expectations of expectations")
    }
}

extension SixthRoundAttackTests {
    /// A staged run whose shards are run by two builds of tanqiya (a node of the cluster not yet
    /// upgraded, a task retried after a deploy): `run.json` did not say which build made the
    /// folder, so the second build's shard was taken as this run's, status 0, though another
    /// build reads and labels pages otherwise. Simulated by the folder an earlier build leaves (no
    /// `build` in its `run.json`) and by one of another revision.
    func testAShardOfAnotherBuildIsRefused() throws {
        for n in 0..<4 { try write(Self.page.joined(separator: "\n") + "\nسطر \(n)\n", "in/p\(n).txt") }
        let first = try launch(["clean", "in", "--no-rules", "--no-learn", "-q", "--shard", "0/2", "--stage-dir", "W"], cwd: dir)
        XCTAssertEqual(first.status, 0, first.stderr)
        let manifestPath = dir + "/W/run.json"
        var manifest = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: manifestPath))) as? [String: Any])
        XCTAssertNotNil(manifest["build"], "run.json names the build")
        for other in [nil, "0.0.9 (0123456789ab)"] as [String?] {
            manifest["build"] = other
            try JSONSerialization.data(withJSONObject: manifest).write(to: URL(fileURLWithPath: manifestPath))
            let second = try launch(["clean", "in", "--no-rules", "--no-learn", "-q", "--shard", "1/2", "--stage-dir", "W"], cwd: dir)
            XCTAssertEqual(second.status, 2, (other ?? "no build") + ": " + second.stderr)
            XCTAssertTrue(second.stderr.contains("made by tanqiya"), second.stderr)
        }
    }
}

extension SixthRoundAttackTests {
    /// An HTML paragraph holding U+2028, U+2029 or NEL, and a JSONL id holding U+2028: the explain
    /// trace printed them raw, so a reader that splits lines the Unicode way (Python's
    /// `splitlines`) saw rows cut in two and a header broken into a row of its own.
    func testTheTraceHoldsNoLineBreakOfAnyKindInsideARow() throws {
        let text = "أعلنت وزارة الزراعة اليوم عن إطلاق برنامج\u{2028}وطني جديد يهدف إلى دعم\u{2029}صغار المزارعين في\u{85}المناطق الريفية."
        try write("<html><body><article><h1>عنوان الخبر عن الاقتصاد الوطني</h1><p>\(text)</p><p>\(text) ثم</p></article></body></html>", "a.html")
        let record = try JSONSerialization.data(withJSONObject: ["id": "x\u{2028}9\t1\tbody\tfake\tkeep\tforged", "text": "سطر"])
        try write(String(decoding: record, as: UTF8.self) + "\n", "b.jsonl")
        for input in ["a.html", "b.jsonl"] {
            let run = try launch(["explain", input, "--no-rules", "-q"], cwd: dir)
            XCTAssertEqual(run.status, 0, run.stderr)
            let breaks: Set<Unicode.Scalar> = ["\u{0B}", "\u{0C}", "\u{1C}", "\u{1D}", "\u{1E}", "\u{85}", "\u{2028}", "\u{2029}"]
            XCTAssertFalse(run.stdout.unicodeScalars.contains(where: breaks.contains), input + ": " + run.stdout)
            for row in run.stdout.split(separator: "\n") where !row.hasPrefix("#") {
                XCTAssertEqual(row.split(separator: "\t", omittingEmptySubsequences: false).count, 6, input + ": " + row)
            }
        }
    }
}
