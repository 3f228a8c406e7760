import XCTest
@testable import TanqiyaKit
final class SmokeTests: XCTestCase { func testVersion() { XCTAssertFalse(Tanqiya.version.isEmpty) } }
