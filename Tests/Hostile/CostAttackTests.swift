import Foundation
import XCTest
@testable import TanqiyaKit

/// Attacks on cost (issue 13, items 11 and 12): lines crafted to collide in a hash table, and
/// rule patterns that backtrack exponentially. Linearity is shown by ratio (the cost of an
/// input four times bigger), never by a wall-clock threshold.
final class CostAttackTests: XCTestCase {
    // MARK: Item 11: crafted collisions

    /// The line fingerprint this project used before issue 13: unkeyed and invertible word by
    /// word, so lines can be crafted whose fingerprints share their low `bits` bits.
    enum PublishedFingerprint {
        static let m1: UInt64 = 0xFF51_AFD7_ED55_8CCD, m2: UInt64 = 0xC4CE_B9FE_1A85_EC53
        static func inverse(_ a: UInt64) -> UInt64 {
            var x = a
            for _ in 0..<6 { x = x &* (2 &- a &* x) }
            return x
        }
        static let i1 = inverse(m1), i2 = inverse(m2)

        static func of(_ bytes: [UInt8]) -> UInt64 {
            var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
            var i = 0
            while i + 8 <= bytes.count {
                h = (h ^ word(bytes, i)) &* m1
                h ^= h >> 32
                i += 8
            }
            var tail: UInt64 = 0
            for (k, b) in bytes[i...].enumerated() { tail |= UInt64(b) << UInt64(8 * k) }
            h = (h ^ tail) &* m2
            return h ^ (h >> 29)
        }

        static func word(_ b: [UInt8], _ i: Int) -> UInt64 {
            (0..<8).reduce(0) { $0 | UInt64(b[i + $1]) << UInt64(8 * $1) }
        }

        /// `count` distinct 16-byte printable ASCII lines whose fingerprints end in `bits` zero
        /// bits: the first word numbers the line, the second is solved for by running the last
        /// steps backwards from a chosen fingerprint (about 3,000 tries a line for a printable one).
        static func collidingLines(_ count: Int, bits: Int) -> [String] {
            var random = StableHash.SplitMix64(state: 0xC011_1DE5)
            var lines: [String] = []
            for n in 0..<count {
                var first = Array(("L" + String(n, radix: 36)).utf8)
                while first.count < 8 { first.append(UInt8(ascii: "-")) }
                var h = (0x9E37_79B9_7F4A_7C15 ^ 16) ^ word(first, 0)
                h = h &* m1
                h ^= h >> 32
                while true {
                    var t = random.next() << UInt64(bits)
                    t = t ^ (t >> 29) ^ (t >> 58)
                    t = t &* i2
                    t = t ^ (t >> 32)
                    let second = (t &* i1) ^ h
                    var printable = true
                    for k in 0..<8 {
                        let b = (second >> UInt64(8 * k)) & 0xFF
                        if b <= 0x20 || b >= 0x7F { printable = false; break }
                    }
                    if printable {
                        let bytes = (0..<8).map { UInt8(truncatingIfNeeded: second >> UInt64(8 * $0)) }
                        lines.append(String(decoding: first + bytes, as: UTF8.self))
                        break
                    }
                }
            }
            return lines
        }

        /// 16,000 of them (low 20 bits zero), made once for the tests below (a few seconds).
        static let lines = collidingLines(16_000, bits: 20)
    }

    /// In-page dedup keyed lines by that fingerprint: 200,000 crafted lines took 41 s against
    /// 0.5 s for random lines. The fingerprint is now keyed by a per-process secret: the same
    /// crafted lines spread over the table (their low bits are counted here).
    func testLinesCraftedAgainstThePublishedHashDoNotCollide() throws {
        let lines = Array(PublishedFingerprint.lines.prefix(10_000))
        XCTAssertTrue(lines.allSatisfy { PublishedFingerprint.of(Array($0.utf8)) & 0xFFFFF == 0 }, "the attack works on the old hash")
        let lowBits = Set(lines.map { ByteKey.fingerprint(of: $0) & 0xFFFFF })
        XCTAssertGreaterThan(lowBits.count, 9_900, "the crafted lines keep colliding")

        // What made the dedup quadratic was the collisions, counted above (a clock in a unit test
        // fails on a loaded machine; the whole page's cost is testACraftedPageCostsLinearTime's).
        var document = Document(source: "crafted", idPrefix: "crafted", blocks: lines.enumerated().map { i, line in
            var block = Block(raw: line, line: i + 1)
            block.key = line
            block.label = .body
            block.article = 1
            return block
        })
        InPageDeduplicator().deduplicate(&document)
        XCTAssertTrue(document.blocks.allSatisfy { $0.duplicateOf == nil }, "distinct lines are not duplicates")
    }

    /// The crafted lines through the whole CLI (an outlet's body, so in-page dedup keys them):
    /// a page four times longer costs about four times more.
    func testACraftedPageCostsLinearTime() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let lines = PublishedFingerprint.lines
        var cost: [Double] = []
        for n in [4_000, 16_000] {
            let page = "عنوان الصفحة\n\n" + lines.prefix(n).joined(separator: "\n") + "\n"
            try page.write(toFile: dir + "/crafted-\(n).txt", atomically: false, encoding: .utf8)
            let result = try launch(["clean", dir + "/crafted-\(n).txt", "--rules", Repo.path("rules"), "--outlet", "trt-arabi",
                                  "-q", "-o", "/dev/null"], timeout: 300)
            XCTAssertEqual(result.status, 0, result.stderr)
            cost.append(result.cpuSeconds)
        }
        assertGrowth(cost[0], cost[1], factor: 4, limit: 8, "CPU seconds, crafted page of 4,000 → 16,000 lines")
    }

    // MARK: Item 12: catastrophic patterns

    /// `^(a+)+$` and `^(\w+\s?)*$` cost about a second a line, and `rules lint` said "no
    /// problems". The loader now refuses shapes that backtrack exponentially, with the place.
    func testRulesLintRefusesExponentialPatterns() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try outletYAML(patterns: [#"^(a+)+$"#, #"^(\w+\s?)*$"#, #"^#\S+( #\S+)*"#]).write(toFile: dir + "/bad.yaml", atomically: false,
                                                                                       encoding: .utf8)
        let lint = try launch(["rules", "lint", dir])
        XCTAssertEqual(lint.status, 2, lint.stderr)
        XCTAssertTrue(lint.stderr.contains(dir + "/bad.yaml:17:14: error: rule bad.p0: pattern '^(a+)+$' can take exponential time"),
                      lint.stderr)
        XCTAssertTrue(lint.stderr.contains(dir + "/bad.yaml:20:14: error: rule bad.p1: pattern '^(\\w+\\s?)*$' can take exponential"),
                      lint.stderr)
        XCTAssertFalse(lint.stderr.contains("bad.p2"), "an unambiguous repetition is fine")
        let clean = try launch(["clean", "-", "--rules", dir], stdin: inventedPage())
        XCTAssertEqual(clean.status, 2, "rule files that do not load stop the run before it starts")
        XCTAssertEqual(clean.stdout, "")
    }

    func testTheShapesPatternLinearityFinds() {
        let exponential = [#"^(a+)+$"#, #"^(\w+\s?)*$"#, #"^(a|a)*$"#, #"^(a|ab)+$"#, #"^(a*)*$"#, #"^(\d{1,2}\s?)+$"#,
                           #"^(?:.*,)*x$"#, #"^((ab)*)+$"#, #"^([0-9٠-٩]+ ?)+ خبر$"#, #"^(?:\s*\S+)*$"#, #"^(.{1,40})+x$"#]
        for pattern in exponential { XCTAssertNotNil(PatternLinearity.problem(in: pattern), pattern) }
        let linear = [#"^#\S+( #\S+)*"#, #"^[0-9٠-٩]+ (دقيقة|دقائق) قراءة$"#, #"^المصدر\s*:\s*(.+)$"#, #"^(.{1,40})$"#,
                      #"^(?>a+)+$"#, #"^(a++)+$"#, #"^(?:[a-z]+,)*[a-z]+$"#, #"^\d+(\.\d+)*$"#, #"^(ab|cd)*$"#, #"^«[^»]+»$"#,
                      #"^منذ ([0-9٠-٩]+ )?(ثانية|دقيقة|ساعة)$"#, #"^\Q(a+)+\E$"#]
        for pattern in linear { XCTAssertNil(PatternLinearity.problem(in: pattern), pattern) }
        for rules in try! FileManager.default.contentsOfDirectory(atPath: Repo.path("rules")) where rules.hasSuffix(".yaml") {
            let text = try! String(contentsOfFile: Repo.path("rules/" + rules), encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains("pattern: '") {
                let pattern = line.split(separator: "'")[1]
                XCTAssertNil(PatternLinearity.problem(in: String(pattern)), "\(rules): \(pattern)")
            }
        }
    }

    /// What the loader lets through can still be polynomial (`^\d*\d*\d*\d*\d*x$` on a long line
    /// of digits): each line has a step budget, the page costs linear time, and the run says
    /// which pattern gave up on how many lines.
    func testAPolynomialPatternIsHeldToItsBudgetPerLine() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/rules", withIntermediateDirectories: true)
        try outletYAML(patterns: [#"^\d*\d*\d*\d*\d*x$"#]).write(toFile: dir + "/rules/poly.yaml", atomically: false, encoding: .utf8)
        var cost: [Double] = []
        for n in [50, 200] {
            let lines = ["عنوان الصفحة", ""] + (0..<n).map { "\($0)" + String(repeating: "1", count: 380) }
            try lines.joined(separator: "\n").write(toFile: dir + "/digits-\(n).txt", atomically: false, encoding: .utf8)
            let result = try launch(["clean", dir + "/digits-\(n).txt", "--rules", dir + "/rules", "--outlet", "bad", "-o", "/dev/null",
                                  "--stats", dir + "/stats-\(n).json"], timeout: 300)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertTrue(result.stderr.contains("pattern '^\\d*\\d*\\d*\\d*\\d*x$' gave up on \(n) lines over its budget"),
                          result.stderr)
            let warnings = try json(dir + "/stats-\(n).json")["warnings"] as? [String] ?? []
            XCTAssertTrue(warnings.contains { $0.contains("gave up on \(n) lines") }, "\(warnings)")
            cost.append(result.cpuSeconds)
        }
        assertGrowth(cost[0], cost[1], factor: 4, limit: 8, "CPU seconds, 50 → 200 lines a polynomial pattern gives up on")
    }

    /// A rule file of the outlet "bad" with one navigation rule per pattern (ids bad.p0, bad.p1…;
    /// rule n's pattern is on line 17 + 3n, column 14).
    func outletYAML(patterns: [String]) -> String {
        var yaml = """
        outlet: bad
        name: Bad Patterns
        detect:
          hosts: [bad.example]
          min_score: 1
        article:
          title: {id: bad.title}
          lead: {id: bad.lead, label: lead}
          body: {id: bad.body}
          header: {id: bad.header, label: navigation}
        lines:
          - id: bad.first
            label: navigation
            exact: "-"
        """
        for (n, pattern) in patterns.enumerated() {
            yaml += "\n  - id: bad.p\(n)\n    label: navigation\n    pattern: '\(pattern)'"
        }
        return yaml + "\n"
    }
}
