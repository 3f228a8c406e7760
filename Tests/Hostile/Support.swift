import Foundation
import XCTest

/// Paths of the repository and the `tanqiya` executable built beside the test bundle.
enum Repo {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func path(_ relative: String) -> String { root + "/" + relative }

    /// The `tanqiya` built beside the test bundle; `TANQIYA_HOSTILE_BIN` names another build to
    /// attack (an older one, to see the attacks succeed on it).
    static var binary: String {
        if let other = ProcessInfo.processInfo.environment["TANQIYA_HOSTILE_BIN"] { return other }
        let dir = Bundle.main.executableURL?.deletingLastPathComponent().path ?? path(".build/debug")
        for candidate in [dir + "/tanqiya", path(".build/debug/tanqiya")]
        where FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        return path(".build/debug/tanqiya")
    }
}

/// One run of the CLI, waited for: status (128 + N for signal N), output, peak memory, CPU time.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
    /// The process's peak resident set (VmHWM), polled while it runs.
    var peakRSSBytes: Int
    /// User + system CPU seconds of the process.
    var cpuSeconds: Double
}

/// Runs `executable` (the CLI by default) with `arguments` in `cwd`; a watchdog kills it after
/// `timeout` seconds, so a hang fails the test (status 137) instead of blocking it.
func launch(_ arguments: [String], executable: String = Repo.binary, cwd: String = Repo.root, environment: [String: String]? = nil,
         stdin: String? = nil, timeout: TimeInterval = 120) throws -> Run {
    let base = NSTemporaryDirectory() + "tanqiya-hostile-" + UUID().uuidString
    defer {
        for ext in [".out", ".err", ".in"] { try? FileManager.default.removeItem(atPath: base + ext) }
    }
    _ = FileManager.default.createFile(atPath: base + ".out", contents: nil)
    _ = FileManager.default.createFile(atPath: base + ".err", contents: nil)
    _ = FileManager.default.createFile(atPath: base + ".in", contents: Data((stdin ?? "").utf8))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: cwd)
    if let environment { process.environment = environment }
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".out"))
    process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".err"))
    process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: base + ".in"))
    let cpuBefore = childCPUSeconds()
    try process.run()
    let pid = process.processIdentifier
    let deadline = Date().addingTimeInterval(timeout)
    var peak = 0
    while process.isRunning {
        if let hwm = highWaterMark(pid) { peak = max(peak, hwm) }
        if Date() > deadline { kill(pid, SIGKILL) }
        usleep(5_000)
    }
    process.waitUntilExit()
    let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    return Run(status: status,
               stdout: (try? String(contentsOfFile: base + ".out", encoding: .utf8)) ?? "",
               stderr: (try? String(contentsOfFile: base + ".err", encoding: .utf8)) ?? "",
               peakRSSBytes: peak, cpuSeconds: childCPUSeconds() - cpuBefore)
}

/// Several `launch`es at once (`cpuSeconds` then counts them all), their runs in the order given.
func launchAll(_ argumentLists: [[String]], timeout: TimeInterval = 120) throws -> [Run] {
    final class Results: @unchecked Sendable {
        let lock = NSLock()
        var runs: [Result<Run, Error>?]
        init(_ count: Int) { runs = Array(repeating: nil, count: count) }
    }
    let results = Results(argumentLists.count)
    DispatchQueue.concurrentPerform(iterations: argumentLists.count) { n in
        let run = Result { try launch(argumentLists[n], timeout: timeout) }
        results.lock.lock()
        results.runs[n] = run
        results.lock.unlock()
    }
    return try results.runs.map { try $0!.get() }
}

/// VmHWM of a running process, in bytes.
func highWaterMark(_ pid: Int32) -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kb = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return nil }
    return kb * 1024
}

/// CPU seconds (user + system) of the child processes waited for so far.
func childCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// Writes `text` to `relative` under `dir`, making the folders it needs.
func writeFile(_ text: String, _ relative: String, in dir: String) throws {
    let path = dir + "/" + relative
    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: path, atomically: false, encoding: .utf8)
}

func temporaryDirectory() throws -> String {
    let dir = NSTemporaryDirectory() + "tanqiya-hostile-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

/// The JSON objects of a JSONL text.
func records(_ jsonl: String) throws -> [[String: Any]] {
    try jsonl.split(separator: "\n").map {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
}

func json(_ path: String) throws -> [String: Any] {
    try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
}

/// A page of this project's own invented news text (no real article): a title, a blank line,
/// `paragraphs` paragraphs, each different (`salt` makes pages differ).
func inventedPage(paragraphs: Int = 6, salt: Int = 0) -> String {
    let subjects = ["المجلس البلدي", "وزارة الزراعة", "نادي المدينة", "هيئة النقل", "جامعة الساحل", "مؤسسة المياه"]
    let verbs = ["أعلن", "ناقش", "افتتح", "أقر", "راجع", "أطلق"]
    let objects = ["خطة لتوسيع الحدائق العامة", "برنامجا لدعم المزارعين", "مسابقة للقراءة بين الطلاب",
                   "مشروعا لتحسين الطرق الريفية", "حملة لترشيد استهلاك المياه", "معرضا للصناعات المحلية"]
    var lines = ["\(subjects[salt % 6]) \(verbs[salt % 6]) \(objects[salt % 6]) في العام \(2000 + salt % 50)", ""]
    for p in 0..<paragraphs {
        let k = salt &* 7 &+ p
        lines.append("\(verbs[k % 6]) \(subjects[(k / 6) % 6]) اليوم \(objects[(k / 36) % 6]) بحضور عدد من السكان، "
                     + "وقال متحدث باسمه إن العمل سيبدأ خلال الأسابيع المقبلة وإن التكلفة تبلغ \(100 + k) ألف دينار.")
    }
    return lines.joined(separator: "\n") + "\n"
}

/// Asserts that the second of two costs measured on inputs `factor` times apart grew at most
/// `limit` times (linear growth is about `factor`; quadratic, `factor` squared).
func assertGrowth(_ small: Double, _ big: Double, factor: Double, limit: Double, _ what: String,
                  file: StaticString = #filePath, line: UInt = #line) {
    let ratio = big / max(small, 1e-6)
    print(String(format: "%@: %.3f → %.3f (×%.1f for ×%.0f input)", what, small, big, ratio, factor))
    XCTAssertLessThan(ratio, limit, "\(what): ×\(ratio) for ×\(factor) input", file: file, line: line)
}

/// Whether these tests (and so the `tanqiya` beside them) run under AddressSanitizer or
/// ThreadSanitizer: their allocators hold freed memory back, so peak memory says nothing there.
let underSanitizer: Bool = ["__asan_init", "__tsan_init"].contains { (name: String) in dlsym(nil, name) != nil }

/// A test case with a scratch directory of its own, made before each test and removed after it.
class ScratchDirectoryTestCase: XCTestCase {
    var dir = ""

    override func setUpWithError() throws {
        dir = try temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: dir)
    }

    /// Writes `text` to `relative` under the scratch directory.
    func write(_ text: String, _ relative: String) throws { try writeFile(text, relative, in: dir) }
}
