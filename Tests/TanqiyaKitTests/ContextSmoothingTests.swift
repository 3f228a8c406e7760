import XCTest
@testable import TanqiyaKit

/// The context pass finds neighbours in two linear passes (a walk per block was quadratic on
/// runs of short lines): it must decide exactly as jusText's walk does.
final class ContextSmoothingTests: XCTestCase {
    func testLinearNeighboursDecideExactlyAsTheWalkPerBlock() {
        var generator = SystemRandomNumberGenerator()
        let classes: [ParagraphClass] = [.good, .nearGood, .short, .bad]
        for round in 0..<3000 {
            let count = Int.random(in: 0...30, using: &generator)
            let items = (0..<count).map { _ in
                ContextSmoothing.Item(cls: classes.randomElement(using: &generator)!, cfClass: classes.randomElement(using: &generator)!,
                                      isHeading: Bool.random(using: &generator), chars: Int.random(in: 1...300, using: &generator),
                                      rule: "r", locked: Int.random(in: 0..<8, using: &generator) == 0)
            }
            var fast = items
            ContextSmoothing(t: GenericTunables()).revise(&fast)
            var slow = items
            Self.reference(&slow, t: GenericTunables())
            XCTAssertEqual(fast.map(\.cls), slow.map(\.cls), "round \(round): \(items.map(\.cls))")
            XCTAssertEqual(fast.map(\.rule), slow.map(\.rule), "round \(round)")
        }
    }

    func testAHundredThousandShortLinesTakeLinearTime() {
        let items = Array(repeating: ContextSmoothing.Item(cls: .short, cfClass: .short, isHeading: false, chars: 7, rule: "r", locked: false),
                          count: 100_000)
        var revised = items
        let start = Date()
        ContextSmoothing(t: GenericTunables()).revise(&revised)
        XCTAssertLessThan(Date().timeIntervalSince(start), 5, "quadratic: a walk per block")
        XCTAssertTrue(revised.allSatisfy { $0.cls == .bad })
    }

    /// jusText's revise_paragraph_classification, walk per block, as it was written first.
    static func reference(_ items: inout [ContextSmoothing.Item], t: GenericTunables) {
        func goodFollows(_ i: Int) -> Bool {
            var j = i + 1, distance = 0
            while j < items.count && distance <= t.maxHeadingDistance {
                if items[j].cls == .good { return true }
                distance += items[j].chars
                j += 1
            }
            return false
        }
        func neighbour(_ i: Int, step: Int, ignoreNearGood: Bool) -> ParagraphClass {
            var j = i + step
            while j >= 0 && j < items.count {
                let c = items[j].cls
                if c == .good || c == .bad { return c }
                if c == .nearGood && !ignoreNearGood { return c }
                j += step
            }
            return .bad
        }
        for i in items.indices where items[i].isHeading && items[i].cls == .short && !items[i].locked {
            if goodFollows(i) { items[i].cls = .nearGood; items[i].rule = GenericRule.headingBeforeGood }
        }
        var newShort: [(Int, ParagraphClass, String)] = []
        for i in items.indices where items[i].cls == .short && !items[i].locked {
            let prev = neighbour(i, step: -1, ignoreNearGood: true)
            let next = neighbour(i, step: 1, ignoreNearGood: true)
            if prev == .good && next == .good {
                newShort.append((i, .good, GenericRule.goodNeighbours))
            } else if prev == .bad && next == .bad {
                newShort.append((i, .bad, GenericRule.badNeighbours))
            } else if (prev == .bad && neighbour(i, step: -1, ignoreNearGood: false) == .nearGood)
                        || (next == .bad && neighbour(i, step: 1, ignoreNearGood: false) == .nearGood) {
                newShort.append((i, .good, GenericRule.nearGoodNeighbour))
            } else {
                newShort.append((i, .bad, GenericRule.mixedNeighbours))
            }
        }
        for (i, c, r) in newShort { items[i].cls = c; items[i].rule = r }
        for i in items.indices where items[i].cls == .nearGood && !items[i].locked {
            let prev = neighbour(i, step: -1, ignoreNearGood: true)
            let next = neighbour(i, step: 1, ignoreNearGood: true)
            if prev == .bad && next == .bad { items[i].cls = .bad; items[i].rule = GenericRule.badNeighbours }
            else { items[i].cls = .good }
        }
        for i in items.indices where items[i].isHeading && items[i].cls == .bad && items[i].cfClass != .bad && !items[i].locked {
            if goodFollows(i) { items[i].cls = .good; items[i].rule = GenericRule.headingBeforeGood }
        }
    }
}
