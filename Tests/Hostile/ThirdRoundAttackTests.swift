import Foundation
@testable import TanqiyaKit
import XCTest

/// A third round of attacks from outside (HTML metadata, permissions, limits, signals); each test
/// failed on the build it was written against (6e3458a) and says what it found there.
final class ThirdRoundAttackTests: XCTestCase {
    /// The cheapest of `runs` measurements of `work`, in thread CPU seconds (small costs are noisy).
    private func cost(runs: Int = 3, _ work: () -> Void) -> Double {
        (0..<runs).map { _ in
            let start = threadCPUSeconds()
            work()
            return threadCPUSeconds() - start
        }.min()!
    }

    /// A `<title>` of many short " | x" segments (a page with no og:title and no <h1>): each
    /// segment was stripped with ten backward Foundation searches over the whole title, each
    /// quadratic on Linux: 1,000 segments (4 KB) took 3 s, 4,000 took 55 s, 25,000 never ended.
    func testATitleOfThousandsOfSeparatorsIsStrippedInLinearTime() {
        func title(_ n: Int) -> String { "عنوان الخبر الطويل" + String(repeating: " | x", count: n) }
        XCTAssertEqual(MetadataReader.stripSiteName(title(3)), "عنوان الخبر الطويل")
        XCTAssertEqual(MetadataReader.stripSiteName("Headline  –  Site · Section"), "Headline")
        XCTAssertEqual(MetadataReader.stripSiteName("A | much longer tail than its head"), "A | much longer tail than its head")
        let small = cost { _ = MetadataReader.stripSiteName(title(1_000)) }
        let big = cost { _ = MetadataReader.stripSiteName(title(8_000)) }
        assertGrowth(small, big, factor: 8, limit: 20, "<title> site-name stripping")
        XCTAssertEqual(MetadataReader.stripSiteName(title(8_000)), "عنوان الخبر الطويل")
    }
}
