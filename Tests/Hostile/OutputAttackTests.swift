import Foundation
import XCTest
@testable import TanqiyaKit

/// Attacks on where outputs go (issue 13, items 1 and 7): a planted symbolic link never gets
/// written through, and every output option takes any path, one character long or `-`.
final class OutputAttackTests: XCTestCase {
    /// Item 1. The temporary name was `.NAME.tmp-PID`, opened without `O_EXCL`: a link planted
    /// there for the next thousand process ids made `clean -o shared/out.jsonl` write the
    /// link's target. Now the name holds a random part and is created exclusively.
    func testALinkPlantedAtTheTemporaryNameIsNeverWrittenThrough() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let shared = dir + "/shared"
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: true)
        try inventedPage().write(toFile: dir + "/page.txt", atomically: false, encoding: .utf8)
        let victim = dir + "/victim.txt"
        try "precious\n".write(toFile: victim, atomically: false, encoding: .utf8)
        // Links for the process ids the run will most likely get, and for the old naming.
        let last = Int((try? String(contentsOfFile: "/proc/sys/kernel/ns_last_pid", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 1
        for pid in (last + 1)...(last + 1000) {
            symlink(victim, shared + "/.out.jsonl.tmp-\(pid)")
        }
        let result = try launch(["clean", dir + "/page.txt", "-o", shared + "/out.jsonl", "-q"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "precious\n", "the link's target was written")
        XCTAssertEqual(try records(String(contentsOfFile: shared + "/out.jsonl", encoding: .utf8)).count, 1)
        let left = try FileManager.default.contentsOfDirectory(atPath: shared).filter { !$0.hasPrefix(".out.jsonl.tmp-") }
        XCTAssertEqual(left, ["out.jsonl"])
    }

    /// Item 1, in the process: a link at the old name for this very process id.
    func testOutputFileIgnoresALinkAtThePredictableName() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let victim = dir + "/victim.txt"
        try "precious\n".write(toFile: victim, atomically: false, encoding: .utf8)
        XCTAssertEqual(symlink(victim, dir + "/.out.jsonl.tmp-\(getpid())"), 0)
        let file = try OutputFile(path: dir + "/out.jsonl")
        file.write(Array("written\n".utf8))
        try file.commit()
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "precious\n")
        XCTAssertEqual(try String(contentsOfFile: dir + "/out.jsonl", encoding: .utf8), "written\n")
        // Two outputs to one folder never share a temporary name.
        let a = try OutputFile(path: dir + "/a.jsonl"), b = try OutputFile(path: dir + "/a.jsonl")
        let temporaries = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix(".a.jsonl.tmp-") }
        XCTAssertEqual(Set(temporaries).count, 2)
        a.discard()
        b.discard()
    }

    /// Item 1, one folder down: with `-o DIR/`, a symbolic link planted inside DIR (where a
    /// subfolder's outputs go) would carry them outside it; it is not followed, and the inputs
    /// that would go there fail with the reason while the others are written.
    func testALinkPlantedInTheOutputFolderIsNotFollowed() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for sub in ["in/a", "in/b"] { try FileManager.default.createDirectory(atPath: dir + "/" + sub, withIntermediateDirectories: true) }
        try inventedPage(salt: 70).write(toFile: dir + "/in/a/page.txt", atomically: false, encoding: .utf8)
        try inventedPage(salt: 71).write(toFile: dir + "/in/b/page.txt", atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/elsewhere", withIntermediateDirectories: true)
        XCTAssertEqual(symlink(dir + "/elsewhere", dir + "/out/a"), 0)
        // And a link where an output file goes: replaced, not written through.
        try FileManager.default.createDirectory(atPath: dir + "/out/b", withIntermediateDirectories: true)
        try "precious\n".write(toFile: dir + "/victim.txt", atomically: false, encoding: .utf8)
        XCTAssertEqual(symlink(dir + "/victim.txt", dir + "/out/b/page.jsonl"), 0)
        let result = try launch(["clean", dir + "/in", "-o", dir + "/out/", "--rules", Repo.path("rules")])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("out/a: a symbolic link inside the output folder; not followed"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir + "/elsewhere"), [])
        XCTAssertEqual(try String(contentsOfFile: dir + "/victim.txt", encoding: .utf8), "precious\n")
        XCTAssertEqual(try records(String(contentsOfFile: dir + "/out/b/page.jsonl", encoding: .utf8)).count, 1)
    }

    /// `-o` naming a block device (a disk), or a link to one, is refused; a character device is
    /// written through. (The device made here has a major number no driver has, 240 of the
    /// "local use" range: writing it could only fail.)
    func testABlockDeviceIsNeverWrittenThrough() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try inventedPage(salt: 72).write(toFile: dir + "/page.txt", atomically: false, encoding: .utf8)
        let null = try launch(["clean", dir + "/page.txt", "-o", "/dev/null", "-q"])
        XCTAssertEqual(null.status, 0, null.stderr)
        try XCTSkipUnless(mknod(dir + "/disk", S_IFBLK | 0o600, dev_t(240 << 8)) == 0, "cannot make a device node here")
        XCTAssertEqual(symlink(dir + "/disk", dir + "/out.jsonl"), 0)
        for target in [dir + "/disk", dir + "/out.jsonl"] {
            XCTAssertThrowsError(try OutputFile(path: target)) { error in
                XCTAssertEqual("\(error)", "\(target): cannot write: is a block device; not written")
            }
        }
    }

    /// Item 7. Any one-character output path crashed (`deletingLastPathComponent`, SIGILL).
    func testEveryOutputOptionTakesOneCharacterPathsAndDash() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try inventedPage(salt: 1).write(toFile: dir + "/a.txt", atomically: false, encoding: .utf8)
        try inventedPage(salt: 1).write(toFile: dir + "/b.txt", atomically: false, encoding: .utf8)  // a duplicate
        let inputs = [dir + "/a.txt", dir + "/b.txt", "--rules", Repo.path("rules"), "-q"]
        for option in ["-o", "--explain", "--duplicates", "--stats"] {
            for path in ["x", "./y", "z/"] where !(path == "z/" && ["--duplicates", "--stats"].contains(option)) {
                let cwd = dir + "/cwd-\(option.count)-\(path.count)"
                try FileManager.default.createDirectory(atPath: cwd, withIntermediateDirectories: true)
                // -o goes to a file as well, so no two outputs share standard output.
                let extra = option == "-o" ? [] : ["-o", "out.jsonl"]
                let result = try launch(["clean"] + inputs + extra + [option, path], cwd: cwd)
                XCTAssertEqual(result.status, 0, "\(option) \(path): \(result.stderr)")
                var isDir: ObjCBool = false
                XCTAssertTrue(FileManager.default.fileExists(atPath: cwd + "/" + path, isDirectory: &isDir), "\(option) \(path)")
                XCTAssertEqual(isDir.boolValue, path.hasSuffix("/"), "\(option) \(path)")
            }
            // "-": standard output (and then -o must name a file).
            let extra = option == "-o" ? [] : ["-o", dir + "/dash-\(option.count).jsonl"]
            let dash = try launch(["clean"] + inputs + extra + [option, "-"], cwd: dir)
            XCTAssertEqual(dash.status, 0, "\(option) -: \(dash.stderr)")
            XCTAssertFalse(dash.stdout.isEmpty, "\(option) - writes to standard output")
            XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/-"), "\(option) - is not a file named -")
        }
        // Two outputs on standard output: a usage error, nothing written.
        let both = try launch(["clean"] + inputs + ["--stats", "-"], cwd: dir)
        XCTAssertEqual(both.status, 2)
        XCTAssertTrue(both.stderr.contains("-o and --stats both go to standard output"), both.stderr)
        XCTAssertEqual(both.stdout, "")
    }

    /// Item 7: the path parts, by plain string logic, for every shape of path.
    func testPathPartsOfEveryShape() {
        let cases: [(String, String, String)] = [
            ("x", "", "x"), ("./x", ".", "x"), ("/x", "/", "x"), ("-", "", "-"), ("a/b/c", "a/b", "c"),
            ("a/b/c/", "a/b", "c"), ("a//b", "a", "b"), ("/", "/", "/"), ("//x", "/", "x"), ("", "", ""),
        ]
        for (path, directory, last) in cases {
            XCTAssertEqual(FileSystemPath.directory(of: path), directory, path)
            XCTAssertEqual(FileSystemPath.lastComponent(of: path), last, path)
        }
        XCTAssertEqual(FileSystemPath.removingExtension("page.txt"), "page")
        XCTAssertEqual(FileSystemPath.removingExtension("d.v2/page"), "d.v2/page")
        XCTAssertEqual(FileSystemPath.removingExtension(".profile"), ".profile")
        XCTAssertEqual(FileSystemPath.joining("", "x"), "x")
        XCTAssertEqual(FileSystemPath.joining("/", "x"), "/x")
        XCTAssertEqual(FileSystemPath.joining("d", "x"), "d/x")
    }
}
