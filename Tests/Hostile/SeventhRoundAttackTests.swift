import Foundation
import XCTest

/// A seventh round of attacks from outside: settings files that never end (`--use-profile
/// /dev/zero`), the Ray driver's outputs on its inputs, inputs named in Latin-1 with learning on,
/// a rule file saved with a byte order mark, a temporary folder that does not exist; each test
/// failed on the build it was written against (main at a43b25d) and says what it found there.
final class SeventhRoundAttackTests: XCTestCase {
    private var dir = ""

    override func setUpWithError() throws {
        dir = try temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: dir)
    }

    private func write(_ text: String, _ relative: String) throws { try writeFile(text, relative, in: dir) }
}

extension SeventhRoundAttackTests {
    /// `--use-profile /dev/zero` (or a link to it) and `stats merge /dev/zero` read the file
    /// whole before decoding it: 4 GB of memory after 10 s, and on until the machine ran out.
    /// A settings file is read up to a limit, past which it is refused in one line.
    func testASettingsFileThatNeverEndsIsCutNotHeld() throws {
        try write(inventedPage(salt: 701), "page.txt")
        XCTAssertEqual(symlink("/dev/zero", dir + "/profile.json"), 0)
        for (arguments, status, what) in [(["clean", "page.txt", "--use-profile", "/dev/zero", "--no-rules"], Int32(2), "/dev/zero: cannot read the profile"),
                                          (["clean", "page.txt", "--use-profile", "profile.json", "--no-rules"], 2, "profile.json: cannot read the profile"),
                                          (["stats", "merge", "/dev/zero"], 1, "/dev/zero: cannot read")] {
            let run = try launch(arguments, cwd: dir, timeout: 60)
            XCTAssertEqual(run.status, status, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains(what) && run.stderr.contains("longer than"), "\(arguments): \(run.stderr)")
            XCTAssertEqual(run.stdout, "")
            if !underSanitizer { XCTAssertLessThan(run.peakRSSBytes, 700 << 20, "\(arguments)") }
        }
    }
}
