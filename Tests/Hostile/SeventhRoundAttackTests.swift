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

extension SeventhRoundAttackTests {
    /// The Ray driver checked nothing it writes against its inputs: `tanqiya_ray.py data.jsonl
    /// --out data` ended by replacing `data.jsonl` with its own cleaned text, and `--out
    /// dumps/run1` put the outputs inside the input folder, read back as inputs by the next run.
    /// Its usage check (`make_config`, which needs no Ray) refuses both now.
    func testTheRayDriverNeverWritesOverOrInsideItsInputs() throws {
        try write(inventedPage(salt: 702), "dumps/page.txt")
        try write("{\"text\": \"\"}\n", "data.jsonl")
        let script = """
        import sys
        sys.path.insert(0, sys.argv[1])
        import tanqiya_ray as t
        for argv in (["data.jsonl", "--out", "data"], ["dumps", "--out", "dumps/run1"], ["dumps", "--out", "run1"],
                     ["dumps", "data.jsonl", "--out", "out/run"]):
            try:
                t.make_config(t.parse_args(argv + ["-n", "2"]))
                print("accepted", argv[-1])
            except t.UsageError as e:
                print("refused", argv[-1], e)
        """
        let python = try launch(["python3", "-c", script, Repo.path("contrib/ray")], executable: "/usr/bin/env", cwd: dir)
        XCTAssertEqual(python.status, 0, python.stderr)
        let lines = python.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4, python.stdout)
        XCTAssertTrue(lines[0].hasPrefix("refused data ") && lines[0].contains("over the input data.jsonl"), python.stdout)
        XCTAssertTrue(lines[1].hasPrefix("refused dumps/run1 ") && lines[1].contains("inside the input folder dumps"), python.stdout)
        XCTAssertEqual(Array(lines.dropFirst(2)), ["accepted run1", "accepted out/run"])
    }
}
