import Foundation
import XCTest
@testable import TanqiyaKit

/// What a new user hit (issue 15), each case as the user met it, through the CLI.
final class UserExperienceTests: XCTestCase {
    static let rtSeed = "seeds/001_b27789dbdc846505.txt"
    static let unknownPage = "Tests/Fixtures/pages/unknown-01-portal-menu-footer.txt"

    /// An install layout (PREFIX/bin/tanqiya, PREFIX/share/tanqiya/rules) in a temporary folder.
    func install() throws -> String {
        let prefix = try temporaryDirectory() + "/prefix"
        let fm = FileManager.default
        try fm.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: prefix + "/share/tanqiya/rules", withIntermediateDirectories: true)
        try fm.copyItem(atPath: Repo.binary, toPath: prefix + "/bin/tanqiya")
        for name in RuleLoader.ruleFiles(in: Repo.path("rules")) {
            try fm.copyItem(atPath: Repo.path("rules/" + name), toPath: prefix + "/share/tanqiya/rules/" + name)
        }
        return prefix
    }

    // MARK: 1–2. Installed, and rules never silently absent

    func testAnInstalledBinaryFindsItsRulesFromAnyFolderAndAfterBeingMoved() throws {
        let prefix = try install()
        let elsewhere = try temporaryDirectory()
        let (status, out, err) = try runTool(["clean", Repo.path(Self.rtSeed)], cwd: elsewhere, binary: prefix + "/bin/tanqiya",
                                             environment: ["TANQIYA_RULES": nil])
        XCTAssertEqual(status, 0, err)
        XCTAssertTrue(out.contains(#""outlet":"rt-arabic""#), out)
        XCTAssertTrue(err.contains("rules: \(prefix)/share/tanqiya/rules (installed), 3 outlets"), err)
        let moved = prefix + "-moved"
        try FileManager.default.moveItem(atPath: prefix, toPath: moved)
        let (movedStatus, movedOut, movedErr) = try runTool(["clean", Repo.path(Self.unknownPage), Repo.path(Self.rtSeed)], cwd: elsewhere,
                                                            binary: moved + "/bin/tanqiya", environment: ["TANQIYA_RULES": nil])
        XCTAssertEqual(movedStatus, 0, movedErr)
        XCTAssertTrue(movedOut.contains(#""outlet":"unknown""#) && movedOut.contains(#""outlet":"rt-arabic""#), movedOut)
    }

    func testNoRulesAnywhereIsAnErrorUnlessTheGenericPathIsAskedFor() throws {
        let elsewhere = try temporaryDirectory()
        let (status, out, err) = try runTool(["clean", Repo.path(Self.rtSeed)], cwd: elsewhere, environment: ["TANQIYA_RULES": nil])
        XCTAssertEqual(status, 2)
        XCTAssertEqual(out, "")
        XCTAssertTrue(err.contains("no outlet rules found") && err.contains("--no-rules"), err)
        let (generic, genericOut, genericErr) = try runTool(["clean", "--no-rules", Repo.path(Self.rtSeed)], cwd: elsewhere)
        XCTAssertEqual(generic, 0, genericErr)
        XCTAssertTrue(genericOut.contains(#""outlet":"unknown""#))
        XCTAssertTrue(genericErr.hasPrefix("tanqiya: no rules (--no-rules): every page takes the generic path\n"), genericErr)
        let (both, _, bothErr) = try runTool(["clean", "--no-rules", "--rules", "rules", Self.rtSeed])
        XCTAssertEqual(both, 2, bothErr)
    }

    func testTheEnvironmentVariableIsUsedAndNamed() throws {
        let elsewhere = try temporaryDirectory()
        let (status, out, err) = try runTool(["clean", Repo.path(Self.rtSeed)], cwd: elsewhere, environment: ["TANQIYA_RULES": Repo.path("rules")])
        XCTAssertEqual(status, 0, err)
        XCTAssertTrue(out.contains(#""outlet":"rt-arabic""#))
        XCTAssertTrue(err.contains("rules: \(Repo.path("rules")) ($TANQIYA_RULES), 3 outlets"), err)
        let (missing, _, missingErr) = try runTool(["clean", Repo.path(Self.rtSeed)], cwd: elsewhere, environment: ["TANQIYA_RULES": elsewhere + "/nope"])
        XCTAssertEqual(missing, 2)
        XCTAssertTrue(missingErr.contains("$TANQIYA_RULES=\(elsewhere)/nope: no such rules directory"), missingErr)
    }

    func testAnEmptyRulesFolderOrAFileIsAnErrorAndYmlFilesLoad() throws {
        let empty = try temporaryDirectory()
        let (status, _, err) = try runTool(["clean", Self.rtSeed, "--rules", empty])
        XCTAssertEqual(status, 2)
        XCTAssertTrue(err.contains("no rule files (*.yaml, *.yml)"), err)
        let (lint, lintOut, lintErr) = try runTool(["rules", "lint", empty])
        XCTAssertEqual(lint, 2, lintOut)
        XCTAssertTrue(lintErr.contains("no rule files"), lintErr)
        let (file, _, fileErr) = try runTool(["clean", Self.rtSeed, "--rules", "rules/rt-arabic.yaml"])
        XCTAssertEqual(file, 2)
        XCTAssertTrue(fileErr.contains("--rules rules/rt-arabic.yaml is a file; give the folder that holds the rule files (here: rules)"), fileErr)
        XCTAssertFalse(fileErr.contains("no such"), fileErr)
        // The folder given to `rules lint` is its argument: the message names no --rules the user never typed.
        let (lintFile, _, lintFileErr) = try runTool(["rules", "lint", "rules/rt-arabic.yaml"])
        XCTAssertEqual(lintFile, 2)
        XCTAssertTrue(lintFileErr.contains("tanqiya: rules lint rules/rt-arabic.yaml is a file; give the folder that holds the rule files (here: rules)"), lintFileErr)
        XCTAssertFalse(lintFileErr.contains("--rules"), lintFileErr)
        let yml = try temporaryDirectory()
        try FileManager.default.copyItem(atPath: Repo.path("rules/rt-arabic.yaml"), toPath: yml + "/rt-arabic.yml")
        let (loaded, out, ymlErr) = try runTool(["clean", Self.rtSeed, "--rules", yml])
        XCTAssertEqual(loaded, 0, ymlErr)
        XCTAssertTrue(out.contains(#""outlet":"rt-arabic""#), out)
    }

    // MARK: 3. Help and messages

    func testDidYouMeanForSubcommandsOptionsOutletsAndRuleKeys() throws {
        let (status, _, err) = try runTool(["claen", "seeds"])
        XCTAssertEqual(status, 2)
        XCTAssertTrue(err.contains("Did you mean 'clean'?"), err)
        let (_, _, option) = try runTool(["clean", "seeds", "--rule", "rules"])
        XCTAssertTrue(option.contains("Did you mean '--rules'?"), option)
        let (_, _, outlet) = try runTool(["clean", "seeds", "--outlet", "rt-arabik"])
        XCTAssertTrue(outlet.contains("did you mean 'rt-arabic'?"), outlet)
        XCTAssertThrowsError(try rules("outlet: x\nname: X\ndetect: {min_score: 1, hosts: [x.example]}\narticle: {title: {id: x.t}, lead: {id: x.l}, body: {id: x.b}, header: {id: x.h}}\nlines:\n  - {id: x.a, lable: navigation, exact: a}\n")) { error in
            XCTAssertTrue("\(error)".contains("unknown key 'lable' in a line rule (did you mean 'label'?"), "\(error)")
        }
        XCTAssertEqual(DidYouMean.suggest("navigaton", among: Label.allCases.map(\.rawValue)), "navigation")
        XCTAssertNil(DidYouMean.suggest("zzz", among: ["clean", "explain"]))
    }

    func testCountsAreSingularOrPluralAndTheVersionNamesTheRevision() throws {
        XCTAssertEqual(counted(1, "input"), "1 input")
        XCTAssertEqual(counted(2, "duplicate"), "2 duplicates")
        var stats = RunStats()
        stats.inputs.total = 1
        stats.pages = 1
        stats.articles.written = 1
        stats.articles.duplicates["exact"] = 1
        XCTAssertTrue(stats.summary.hasPrefix("1 input, 1 page, 1 article written (1 duplicate dropped: 1 exact)"), stats.summary)
        let (status, out, _) = try runTool(["--version"])
        XCTAssertEqual(status, 0)
        XCTAssertTrue(out.hasPrefix("0.1.0 (") && out.hasSuffix(")\n") && out.count > 10, out)
    }

    // MARK: 4. Sensible guesses

    func testHTMLOnStandardInputIsReadAsHTML() throws {
        let html = try String(contentsOfFile: Repo.path("Tests/Fixtures/html/001_b27789dbdc846505.semantic.html"), encoding: .utf8)
        let (status, out, err) = try runTool(["clean", "-", "-q"], stdin: html)
        XCTAssertEqual(status, 0, err)
        XCTAssertFalse(out.contains("<title>") || out.contains("<html"), out)
        let (fromFile, _, _) = try runTool(["clean", "-q", "Tests/Fixtures/html/001_b27789dbdc846505.semantic.html"])
        XCTAssertEqual(fromFile, 0)
        XCTAssertEqual(InputItem.format(ofContent: Array("  <!DOCTYPE html><html>".utf8)), .html)
        XCTAssertEqual(InputItem.format(ofContent: Array("{\"text\": \"a\"}\n{\"text\": \"b\"}\n".utf8)), .jsonl)
        XCTAssertEqual(InputItem.format(ofContent: Array("{ عنوان }\nسطر".utf8)), .text)
        XCTAssertEqual(InputItem.format(ofContent: Array("<< عاجل >>\nنص".utf8)), .text)
        // --input-format overrides the guess.
        let (forced, forcedOut, _) = try runTool(["clean", "-", "-q", "--input-format", "text"], stdin: html)
        XCTAssertEqual(forced, 0)
        XCTAssertTrue(forcedOut.contains("<"), "read as a text dump when told so")
    }

    func testTheOutputFormatFollowsTheExtensionAndAContradictionIsAnError() throws {
        let dir = try temporaryDirectory()
        let (status, _, err) = try runTool(["clean", Self.rtSeed, "-q", "-o", dir + "/out.txt"])
        XCTAssertEqual(status, 0, err)
        let text = try String(contentsOfFile: dir + "/out.txt", encoding: .utf8)
        XCTAssertFalse(text.hasPrefix("{"), text)
        XCTAssertTrue(text.hasSuffix("\u{0C}\n"), "text format: articles end with a form feed line")
        let (clash, _, clashErr) = try runTool(["clean", Self.rtSeed, "-o", dir + "/x.jsonl", "--format", "text"])
        XCTAssertEqual(clash, 2)
        XCTAssertTrue(clashErr.contains("says jsonl but --format is text"), clashErr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/x.jsonl"))
    }

    func testQuietSilencesEverythingButErrorsProgressIncluded() throws {
        let (status, out, err) = try runTool(["clean", "-q", "--progress", "seeds", "Tests/BadInput/inputs"])
        XCTAssertEqual(status, 0)
        XCTAssertFalse(out.isEmpty)
        XCTAssertEqual(err, "", "nothing but errors with -q")
        let (failed, _, failedErr) = try runTool(["clean", "-q", Self.rtSeed, "nope.txt"])
        XCTAssertEqual(failed, 1)
        XCTAssertTrue(failedErr.contains("nope.txt: no such file or directory"), failedErr)
    }

    func testOneBigJSONLInputShowsProgressInBytesAndAnETA() throws {
        let dir = try temporaryDirectory()
        let page = try String(contentsOfFile: Repo.path(Self.rtSeed), encoding: .utf8)
        var record = String(decoding: try JSONSerialization.data(withJSONObject: ["text": page]), as: UTF8.self) + "\n"
        record = String(repeating: record, count: 4000)
        try record.write(toFile: dir + "/big.jsonl", atomically: true, encoding: .utf8)
        // --no-learn: the progress line is the clean pass's; a profile pass first doubled the test's time.
        let (status, _, err) = try runTool(["clean", "--progress", "--no-dedup", "--no-learn", "-j", "1", dir + "/big.jsonl", "-o", dir + "/out.jsonl"])
        XCTAssertEqual(status, 0, err)
        XCTAssertTrue(err.contains(" MB ("), "progress in bytes: \(err.prefix(400))")
        XCTAssertTrue(err.contains("ETA"), "an ETA for a single input: \(err.prefix(400))")
        XCTAssertFalse(err.contains("0/1 inputs"), err)
    }

    func testStatsSurviveJSONToolsAndKeepTheirKeys() throws {
        let dir = try temporaryDirectory()
        let (status, _, err) = try runTool(["clean", "-q", Self.rtSeed, "-o", dir + "/o.jsonl", "--stats", dir + "/stats.json"])
        XCTAssertEqual(status, 0, err)
        let stats = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/stats.json"))) as! [String: Any]
        let dedup = stats["dedup"] as! [String: Any]
        XCTAssertEqual(dedup["seed"] as? String, String(DedupOptions.defaultSeed), "the seed as a string: it exceeds 2^53")
        let duplicates = (stats["articles"] as! [String: Any])["duplicates"] as! [String: Int]
        XCTAssertEqual(duplicates, ["exact": 0, "near": 0])
        let byLabel = (stats["lines"] as! [String: Any])["dropped_by_label"] as! [String: Int]
        XCTAssertEqual(Set(byLabel.keys), Set(Label.allCases.map(\.rawValue)))
        // The options still read back (stage files, merged stats).
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let back = try decoder.decode(DedupOptions.self, from: JSONSerialization.data(withJSONObject: dedup))
        XCTAssertEqual(back, DedupOptions())
    }

    func testExplainTakesSeveralFilesAndSaysWhatAnHTMLLineIs() throws {
        let (status, out, err) = try runTool(["explain", "-q", Self.rtSeed, "Tests/Fixtures/html/001_b27789dbdc846505.plain.html"])
        XCTAssertEqual(status, 0, err)
        XCTAssertEqual(out.components(separatedBy: "# source: ").count - 1, 2)
        XCTAssertTrue(out.contains("# line: the n-th text block of the HTML page, not a line of its source\n"), out)
        XCTAssertEqual(out.components(separatedBy: "# line: ").count - 1, 1, "only the HTML page's trace says so")
    }

    // MARK: 5. The visual report

    func testExplainWritesOneSelfContainedRightToLeftPage() throws {
        let dir = try temporaryDirectory()
        let (status, _, err) = try runTool(["explain", "-q", Self.rtSeed, "--html", dir + "/r.html"])
        XCTAssertEqual(status, 0, err)
        let html = try String(contentsOfFile: dir + "/r.html", encoding: .utf8)
        XCTAssertTrue(html.contains(#"<html lang="ar" dir="rtl">"#))
        XCTAssertFalse(html.contains("http://") || html.contains("https://") || html.contains(" src="), "no network asset")
        let rows = html.components(separatedBy: "<tr class=\"line ").count - 1
        let lines = try String(contentsOfFile: Repo.path(Self.rtSeed), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count
        XCTAssertEqual(rows, lines, "one row per line")
        XCTAssertTrue(html.contains(#"data-label="credit" data-rule="rt.credit" data-action="keep""#), html)
    }

    // MARK: 7. check

    func testExpectationsAreKeptByPathSoSameNamedFoldersDoNotCollide() throws {
        XCTAssertEqual(Fixture.expectationKey("seeds/000_x.txt"), "seeds/000_x")
        XCTAssertEqual(Fixture.expectationKey("./a/pages/p.html"), "a/pages/p")
        XCTAssertEqual(Fixture.expectationKey("/abs/pages/p.txt"), "_root/abs/pages/p")
        XCTAssertEqual(Fixture.expectationKey("../up/p.txt"), "_up/up/p")
        let (found, _, _) = Fixture.locate(fixtureDirectories: ["Tests/Fixtures/pages", "Tests/Fixtures/new-outlet/../pages"], expected: "E")
        XCTAssertNotEqual(found.first!.expectedJSONL, found.last!.expectedJSONL)
        let work = try temporaryDirectory()
        for folder in ["a/pages", "b/pages"] {
            try FileManager.default.createDirectory(atPath: work + "/" + folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Repo.path(folder.hasPrefix("a") ? Self.rtSeed : Self.unknownPage),
                                             toPath: work + "/" + folder + "/page.txt")
        }
        let (recorded, _, err) = try runTool(["check", "--rules", Repo.path("rules"), "--fixtures", "a/pages", "--fixtures", "b/pages",
                                              "--expected", "exp", "--update"], cwd: work)
        XCTAssertEqual(recorded, 0, err)
        let (again, out, _) = try runTool(["check", "--rules", Repo.path("rules"), "--fixtures", "a/pages", "--fixtures", "b/pages",
                                           "--expected", "exp"], cwd: work)
        XCTAssertEqual(again, 0, out)
        XCTAssertTrue(FileManager.default.fileExists(atPath: work + "/exp/a/pages/page.jsonl"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: work + "/exp/b/pages/page.jsonl"))
    }

    func testAFixtureWithoutExpectationIsReportedAsSuchAndOutsideTheRepositoryCheckHints() throws {
        let expected = try temporaryDirectory()
        let (status, out, _) = try runTool(["check", "--fixtures", "seeds", "--expected", expected])
        XCTAssertEqual(status, 1)
        XCTAssertTrue(out.contains("5 fixtures without an expectation (record with --update)"), out)
        XCTAssertTrue(out.contains("0 of 0 fixtures changed: 0 lines, 0 articles; 5 without an expectation"), out)
        XCTAssertFalse(out.contains("5 of 5 fixtures changed"), out)
        let (outside, _, err) = try runTool(["check", "--rules", Repo.path("rules")], cwd: try temporaryDirectory())
        XCTAssertEqual(outside, 2)
        XCTAssertTrue(err.contains("pass --fixtures DIR"), err)
    }

    func testTheReviewHasAPerRuleSummaryGoldScoresAndNoSameToSameNoise() throws {
        XCTAssertEqual(FixtureDiff.action("dup:3 dedup.repeated-caption"), "duplicate of line 3 (dedup.repeated-caption)")
        XCTAssertNotEqual(FixtureDiff.action("dup:3 dedup.repeated-caption"), FixtureDiff.action("dup:3 dedup.repeated-paragraph"))
        let scratch = try temporaryDirectory()
        for name in RuleLoader.ruleFiles(in: Repo.path("rules")) {
            try FileManager.default.copyItem(atPath: Repo.path("rules/" + name), toPath: scratch + "/" + name)
        }
        let rt = scratch + "/rt-arabic.yaml"
        let original = try String(contentsOfFile: rt, encoding: .utf8)
        let without = original.replacingOccurrences(of: "  captions:\n    - {id: rt.caption, kind: after-title-repeat}\n", with: "")
        XCTAssertNotEqual(without, original)
        try without.write(toFile: rt, atomically: true, encoding: .utf8)
        let (status, out, _) = try runTool(["check", "--rules", scratch])
        XCTAssertEqual(status, 1)
        XCTAssertTrue(out.contains("per rule:\n"), out)
        XCTAssertTrue(out.range(of: #"rule rt\.caption: now fires on \d+ fewer lines? in \d+ pages?"#, options: .regularExpression) != nil, out)
        XCTAssertTrue(out.contains("gold: F1 1.000"), "gold scores before → now on changed pages: \(out)")
        let noise = try NSRegularExpression(pattern: #"\((duplicate of line \d+[^→]*) → \1\)"#)
        XCTAssertEqual(noise.numberOfMatches(in: out, range: NSRange(out.startIndex..., in: out)), 0, out)
        // Re-recorded with the rule gone, check is green on the expectations but says the gold disagrees.
        let expected = try temporaryDirectory()
        try runTool(["check", "--rules", scratch, "--fixtures", "seeds", "--expected", expected, "--update"])
        let (after, afterOut, _) = try runTool(["check", "--rules", scratch, "--fixtures", "seeds", "--expected", expected, "--strict"])
        XCTAssertEqual(after, 1, afterOut)
        XCTAssertTrue(afterOut.contains("short of it:"), afterOut)
    }

    /// A profile or stats file the decoder refuses says what is wrong with it: empty, or which
    /// number does not fit (Foundation's decoder calls a count of 91.5 "not valid JSON").
    func testARefusedProfileOrStatsFileSaysWhatIsWrong() throws {
        let dir = try temporaryDirectory()
        let (made, _, madeErr) = try runTool(["profile", Repo.path("seeds"), "-o", dir + "/profile.json"])
        XCTAssertEqual(made, 0, madeErr)
        var profile = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/profile.json"))) as? [String: Any])
        profile["pages"] = 91.5
        try JSONSerialization.data(withJSONObject: profile).write(to: URL(fileURLWithPath: dir + "/fraction.json"))
        var tunables = try XCTUnwrap(profile["tunables"] as? [String: Any])
        (profile["pages"], tunables["head_lines"]) = (5, 1e300)
        profile["tunables"] = tunables
        try JSONSerialization.data(withJSONObject: profile).write(to: URL(fileURLWithPath: dir + "/huge.json"))
        for (file, said) in [("fraction.json", "not a tanqiya profile: pages: 91.5 does not fit"),
                             ("huge.json", "not a tanqiya profile: tunables.head_lines: 1e+300 does not fit")] {
            let (status, _, err) = try runTool(["clean", Repo.path(Self.rtSeed), "--use-profile", dir + "/" + file, "-q"])
            XCTAssertEqual(status, 2, err)
            XCTAssertTrue(err.contains(dir + "/" + file + ": " + said), err)
            XCTAssertFalse(err.contains("not valid JSON"), err)
        }
        let (empty, _, emptyErr) = try runTool(["clean", Repo.path(Self.rtSeed), "--use-profile", "/dev/null", "-q"])
        XCTAssertEqual(empty, 2, emptyErr)
        XCTAssertTrue(emptyErr.contains("/dev/null: not a tanqiya profile: the file is empty"), emptyErr)
        let (merge, _, mergeErr) = try runTool(["stats", "merge", "/dev/null"])
        XCTAssertEqual(merge, 1, mergeErr)
        XCTAssertTrue(mergeErr.contains("/dev/null: not a run's stats (the file is empty)"), mergeErr)
    }
}
