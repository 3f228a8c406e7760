import Foundation
import TanqiyaKit
import XCTest

/// A second round of attacks, by someone who did not write the fixes of issue 13: each test
/// failed on the build it was written against (a5defbe) and names what it found there.
final class SecondRoundAttackTests: XCTestCase {
    /// `-o /dev/stdout` with standard output redirected to a file (`tanqiya … -o /dev/stdout >
    /// out.jsonl` in a Makefile recipe): `stat` followed the link to the regular file, so the
    /// output went to a temporary beside the *link* and was renamed onto it. As root that
    /// replaced the system's `/dev/stdout` link with a regular file (the redirected file stayed
    /// empty, status 0); `/dev/fd/1` and `/proc/self/fd/1` failed ("No such file or directory").
    /// A path that names one of the process's open descriptors is that descriptor.
    func testAPathNamingStandardOutputWritesToIt() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try inventedPage(salt: 90).write(toFile: dir + "/page.txt", atomically: false, encoding: .utf8)
        // A link of our own to the descriptor stands in for /dev/stdout: a failing build
        // replaces this link, not the system's.
        XCTAssertEqual(symlink("/proc/self/fd/1", dir + "/stdout-link"), 0)
        for target in ["/dev/fd/1", "/proc/self/fd/1", dir + "/stdout-link"] {
            let run = try launch(["clean", dir + "/page.txt", "-o", target, "-q"])
            XCTAssertEqual(run.status, 0, "\(target): \(run.stderr)")
            XCTAssertEqual(try records(run.stdout).count, 1, "\(target): the record is on standard output")
        }
        var info = stat()
        XCTAssertEqual(lstat(dir + "/stdout-link", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFLNK, "the link is still a link")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".tmp-") }
        XCTAssertEqual(left, [], "no temporary left")
        // Standard error too, and the explain trace: each to its descriptor.
        let run = try launch(["clean", dir + "/page.txt", "-o", "-", "--explain", "/dev/fd/2", "-q"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("# source: "), run.stderr)
    }
}
