import XCTest
@testable import TanqiyaKit

final class RuleLoaderTests: XCTestCase {
    static let minimal = """
    outlet: demo
    name: Demo
    detect:
      hosts: [demo.example]
      min_score: 1
    article:
      title: {id: demo.title}
      lead: {id: demo.lead}
      body: {id: demo.body}
      header: {id: demo.header}
    """

    func testTheRepositoryRulesLoad() throws {
        let set = try Repo.rules
        XCTAssertEqual(set.outlets.map(\.id), ["asharq-alawsat", "rt-arabic", "trt-arabi"])
        XCTAssertTrue(set.outlets.allSatisfy { !$0.ruleIds.isEmpty })
    }

    func testMinimalRuleFileLoads() throws {
        let set = try rules(Self.minimal)
        XCTAssertEqual(set.outlet(id: "demo")?.article.titleRule, "demo.title")
    }

    /// An empty outlet id names no outlet (`--outlet ''` cannot pick it, the stats key it under
    /// nothing): refused where it stands.
    func testAnEmptyOutletIdIsRefusedWhereItStands() {
        let yaml = Self.minimal.replacingOccurrences(of: "outlet: demo", with: "outlet: ''")
        XCTAssertThrowsError(try rules(yaml, file: "empty.yaml")) { error in
            let d = (error as! RuleError).diagnostics
            XCTAssertEqual(d.map(\.file), ["empty.yaml"], "\(d)")
            XCTAssertEqual(d.first?.line, 1, "\(d)")
            XCTAssertTrue(d.first?.message.hasPrefix("outlet id is empty") ?? false, "\(d)")
        }
    }

    /// A host is compared with a page's URL host whole: one with a space, a line break, a scheme,
    /// a path or a port could never match, so each is refused at its own line; an internationalised
    /// name, a final dot and "www." are hosts, kept as a page's host is compared.
    func testEveryHostIsCheckedWhereItStands() throws {
        let yaml = Self.minimal.replacingOccurrences(of: "  hosts: [demo.example]", with: """
          hosts:
            - demo.example
            - "demo example.org"
            - "demo.example\\n - other.example"
            - https://demo.example/news
            - demo.example:8080
            - demo..example
            - -demo.example
        """)
        XCTAssertThrowsError(try rules(yaml, file: "hosts.yaml")) { error in
            let d = (error as! RuleError).diagnostics
            XCTAssertEqual(d.map(\.line), [6, 7, 8, 9, 10, 11], "\(d)")
            XCTAssertTrue(d.allSatisfy { $0.file == "hosts.yaml" && $0.message.hasPrefix("detect: hosts: '") }, "\(d)")
            for (n, says) in ["holds a space", "line break", "give the host alone", "a port", "empty label", "starting or ending with '-'"].enumerated() {
                XCTAssertTrue(d[n].message.contains(says), "\(d[n])")
            }
        }
        let fine = Self.minimal.replacingOccurrences(of: "[demo.example]", with: "[WWW.Demo.Example., صحيفة.مثال, news_1.demo.test]")
        XCTAssertEqual(try rules(fine).outlet(id: "demo")?.detection.hosts, ["demo.example", "صحيفة.مثال", "news_1.demo.test"])
    }

    /// `www.` in a rule file is the same site: its pages (whose host is compared without "www.")
    /// take the outlet.
    func testAHostWrittenWithWWWNamesTheOutletOfItsPages() throws {
        let yaml = Self.minimal.replacingOccurrences(of: "[demo.example]", with: "[www.demo.example]")
            + "\nlines:\n  - {id: demo.menu, label: navigation, exact: \"الرئيسية\"}\n"
        let document = clean(["الرئيسية", "عنوان الخبر", "", String(repeating: "نص الخبر الطويل في الصفحة ", count: 8)],
                             rules: try rules(yaml), url: "https://www.demo.example/news/1")
        XCTAssertEqual(document.outlet, "demo")
    }

    func testMalformedYAMLNamesFileLineAndColumn() {
        XCTAssertThrowsError(try rules("outlet: demo\nname: [unclosed\n", file: "bad.yaml")) { error in
            let d = (error as! RuleError).diagnostics
            XCTAssertEqual(d.count, 1)
            XCTAssertEqual(d[0].file, "bad.yaml")
            XCTAssertGreaterThanOrEqual(d[0].line, 2)
            XCTAssertTrue(d[0].message.hasPrefix("malformed YAML"), d[0].message)
        }
    }

    func testUnknownKeyIsReportedWhereItStands() {
        let yaml = Self.minimal + "\nlines:\n  - id: demo.x\n    label: navigation\n    patern: '^x$'\n"
        XCTAssertThrowsError(try rules(yaml)) { error in
            let d = (error as! RuleError).diagnostics
            XCTAssertTrue(d.contains { $0.message.hasPrefix("unknown key 'patern'") && $0.line == 14 && $0.column == 5 },
                          "\(d)")
        }
    }

    func testEveryProblemIsReportedAtOnce() {
        let yaml = Self.minimal + """

        lines:
          - {id: demo.a, label: navigation, pattern: '^(unclosed'}
          - {id: demo.a, label: navigation, exact: x}
          - {id: demo.b, label: nonsense, exact: y}
          - {id: demo.c, label: navigation, pattern: 'not-anchored'}
        sections:
          - {id: demo.s, label: related, start: {exact: z}}
        """
        XCTAssertThrowsError(try rules(yaml)) { error in
            let messages = (error as! RuleError).diagnostics.map(\.message)
            XCTAssertTrue(messages.contains { $0.contains("invalid pattern '^(unclosed'") }, "\(messages)")
            XCTAssertTrue(messages.contains { $0.contains("rule id 'demo.a' is declared twice") }, "\(messages)")
            XCTAssertTrue(messages.contains { $0.contains("label 'nonsense' is not one of") }, "\(messages)")
            XCTAssertTrue(messages.contains { $0.contains("must be anchored") }, "\(messages)")
            XCTAssertTrue(messages.contains { $0.contains("a section needs 'end'") }, "\(messages)")
        }
    }

    func testBadPatternAndDuplicateIdAreReportedAtTheirLineAndColumnOnce() {
        let yaml = Self.minimal + """

        lines:
          - {id: demo.a, label: navigation, pattern: '^(unclosed'}
          - {id: demo.a, label: navigation, exact: x}
        """
        XCTAssertThrowsError(try rules(yaml, file: "demo.yaml")) { error in
            let d = (error as! RuleError).diagnostics
            XCTAssertEqual(d.map { "\($0.file):\($0.line):\($0.column)" }, ["demo.yaml:12:46", "demo.yaml:13:10"], "\(d)")
            XCTAssertEqual(d.first?.message, "rule demo.a: invalid pattern '^(unclosed': not a valid ICU regular expression")
            XCTAssertEqual(d.last?.message, "rule id 'demo.a' is declared twice (first at line 12)")
        }
    }

    func testRuleFileThatIsNotUTF8IsReportedAtTheFirstBadByte() throws {
        let dir = try temporaryDirectory()
        try Data(Self.minimal.utf8 + Array("\ndescription: caf".utf8) + [0xE9, 0x0A]).write(to: URL(fileURLWithPath: dir + "/demo.yaml"))
        XCTAssertThrowsError(try RuleLoader.load(directory: dir)) { error in
            XCTAssertEqual((error as! RuleError).diagnostics.map(\.description),
                           [dir + "/demo.yaml:11:17: error: the file is not valid UTF-8"])
        }
    }

    func testPathologicalYAMLIsAnErrorNotACrash() {
        let deep = "outlet: x\nname: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        XCTAssertThrowsError(try rules(deep)) { error in
            XCTAssertTrue((error as! RuleError).diagnostics[0].message.hasPrefix("malformed YAML"), "\(error)")
        }
        XCTAssertThrowsError(try rules("- a\n- list\n")) { error in
            XCTAssertEqual((error as! RuleError).diagnostics.map(\.message), ["the rule file must be a mapping"])
        }
        XCTAssertThrowsError(try rules("")) { error in
            XCTAssertEqual((error as! RuleError).diagnostics.map(\.message), ["the rule file is empty"])
        }
    }

    func testDuplicateRuleIdAcrossFilesNamesBothFiles() {
        let other = Self.minimal.replacingOccurrences(of: "outlet: demo", with: "outlet: other")
            .replacingOccurrences(of: "demo.lead", with: "other.lead")
            .replacingOccurrences(of: "demo.body", with: "other.body")
            .replacingOccurrences(of: "demo.header", with: "other.header")
            .replacingOccurrences(of: "[demo.example]", with: "[other.example]")  // a host of its own: one problem
        XCTAssertThrowsError(try RuleLoader.load(sources: [("a.yaml", Self.minimal), ("b.yaml", other)])) { error in
            let d = (error as! RuleError).diagnostics
            XCTAssertEqual(d.count, 1)
            XCTAssertEqual(d[0].file, "b.yaml")
            XCTAssertEqual(d[0].message, "rule id 'demo.title' is already declared in a.yaml")
        }
    }

    func testPatternLiteralPrefixIsUsedAsPreCheck() {
        XCTAssertEqual(RuleLoader.literalPrefix(of: "^المصدر:\\s*(.+)$"), "المصدر:")
        XCTAssertEqual(RuleLoader.literalPrefix(of: "^[0-9]+ خبر$"), "")
        XCTAssertEqual(RuleLoader.literalPrefix(of: "^ab?c"), "a")
    }
}

final class PatternPrecheckTests: XCTestCase {
    func testRequiredLiteralIsTextEveryMatchContains() {
        XCTAssertEqual(RuleLoader.requiredLiteral(of: "^[0-9]+ خبر$"), " خبر")
        XCTAssertEqual(RuleLoader.requiredLiteral(of: "^[0-9٠-٩]+ (دقيقة|دقائق) قراءة$"), " قراءة")
        XCTAssertNil(RuleLoader.requiredLiteral(of: "^a|b$"))
        XCTAssertEqual(RuleLoader.requiredLiteral(of: "^abc?d"), "ab")
        XCTAssertEqual(RuleLoader.requiredLiteral(of: "^(RT )?(Stories|STORIES)$"), nil)
        XCTAssertEqual(RuleLoader.requiredLiteral(of: "^[0-9]{4}-[0-9]{2}$"), "-")
    }

    func testLeadingClassGivesTheFirstScalars() {
        XCTAssertEqual(RuleLoader.leadingClass(of: "^[إا]قرأ"), Set("إا".unicodeScalars.map(\.value)))
        XCTAssertEqual(RuleLoader.leadingClass(of: "^[0-9]+ x")?.count, 10)
        XCTAssertNil(RuleLoader.leadingClass(of: "^[^a]"))
        XCTAssertNil(RuleLoader.leadingClass(of: "^[a]?b"))
        XCTAssertNil(RuleLoader.leadingClass(of: "^[\\d]"))
    }

    func testPrecheckNeverRejectsAMatchingLine() throws {
        let set = try Repo.rules
        let samples = ["35 خبر", "5 دقائق قراءة", "١ دقيقة قراءة", "المصدر: RT", "مصدر:AA", "منذ 3 أيام", "RT STORIES", "#a #b",
                       "• وسم", "إقرأ المزيد عنوان", "اقرأ المزيد عنوان", "٣٠ خبر"]
        for outlet in set.outlets {
            for rule in outlet.lines {
                guard let pattern = rule.matcher.pattern else { continue }
                for sample in samples where pattern.firstCapture(in: sample) != nil {
                    var block = Block(raw: sample, line: 1)
                    block.key = sample
                    let unindented = rule.matcher.indented != true
                    XCTAssertTrue(!unindented || rule.matcher.matches(block), "\(rule.id) on \(sample)")
                }
            }
        }
    }
}
