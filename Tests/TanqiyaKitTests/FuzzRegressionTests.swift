import Foundation
import XCTest
import TanqiyaFuzzSupport
@testable import TanqiyaKit

/// Inputs the fuzzer found (Tests/FuzzCrashers/, one file each, named after what they broke) and
/// the bad-input corpus, replayed through the fuzz harness: no crash, every invariant holds.
final class FuzzRegressionTests: XCTestCase {
    func testCrashersAndBadInputsHoldEveryInvariant() throws {
        let harness = FuzzHarness(rules: try Repo.rules)
        var replayed = 0
        for folder in ["Tests/FuzzCrashers", "Tests/BadInput/inputs"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: Repo.path(folder)).sorted() where !name.hasPrefix(".") {
                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Repo.path(folder + "/" + name))))
                XCTAssertEqual(harness.run(bytes), [], "\(folder)/\(name)")
                replayed += 1
            }
        }
        XCTAssertGreaterThan(replayed, 0)
    }
}
