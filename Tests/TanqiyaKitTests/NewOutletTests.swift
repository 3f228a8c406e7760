import Foundation
import XCTest
@testable import TanqiyaKit

/// A fourth outlet is a YAML file, nothing else: a made-up outlet in a test rules folder, next to
/// the real ones, is detected and cleaned by its own rules.
final class NewOutletTests: XCTestCase {
    func testMadeUpOutletFromATestRulesFolderIsDetectedAndCleaned() throws {
        let dir = try temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: Repo.path("rules")) where name.hasSuffix(".yaml") {
            try FileManager.default.copyItem(atPath: Repo.path("rules/" + name), toPath: dir + "/" + name)
        }
        try FileManager.default.copyItem(atPath: Repo.path("Tests/Fixtures/new-outlet/rules/sahifa-example.yaml"),
                                         toPath: dir + "/sahifa-example.yaml")
        let rules = try RuleLoader.load(directory: dir)
        XCTAssertEqual(rules.outlets.map(\.id), ["asharq-alawsat", "rt-arabic", "sahifa-example", "trt-arabi"])

        let text = try String(contentsOfFile: Repo.path("Tests/Fixtures/new-outlet/sahifa-page.txt"), encoding: .utf8)
        let doc = clean(text.components(separatedBy: "\n"), rules: rules)
        XCTAssertEqual(doc.outlet, "sahifa-example")
        XCTAssertEqual(doc.articles.count, 1)
        let article = try XCTUnwrap(doc.articles.first)
        XCTAssertEqual(article.title, "افتتاح معرض الكتاب في دورته الجديدة")
        XCTAssertEqual(article.credit, "سلمى حداد")
        XCTAssertEqual(article.paragraphs.count, 2)
        XCTAssertTrue(article.paragraphs[0].hasPrefix("افتتح وزير الثقافة"))
        XCTAssertEqual(doc.decision(5), "timestamp sahifa.date")
        XCTAssertEqual(doc.decision(13), "widget sahifa.share")
        XCTAssertEqual(doc.decision(14), "boilerplate sahifa.after-share")
        XCTAssertEqual(doc.decision(15), "related sahifa.most-read")
    }

    func testNewOutletIsFoundByItsURLHost() throws {
        let rules = try RuleLoader.load(directory: Repo.path("Tests/Fixtures/new-outlet/rules"))
        let doc = clean(["عنوان", "", "نص المقال هنا."], rules: rules, url: "https://www.sahifa.example/a/1")
        XCTAssertEqual(doc.outlet, "sahifa-example")
        XCTAssertEqual(doc.outletReason, "url host sahifa.example; its signatures do not claim the page: a layout the rules do not know")
    }
}
