// tanqiya-eval DIR OUT.jsonl [--threads N] [--repeat R] [--explain PAGE]
// Reads every *.html in DIR into memory, then times HTMLReader alone and HTMLReader +
// GenericExtractor over all pages (N threads, R rounds) and writes {"source","text"} JSONL.
import Foundation
import TanqiyaKit

final class Results: @unchecked Sendable {
    var texts: [String]
    init(_ n: Int) { texts = Array(repeating: "", count: n) }
}

@main
enum Eval {
    static func main() throws {
        var args = Array(CommandLine.arguments.dropFirst())
        func option(_ name: String) -> String? {
            guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
            let v = args[i + 1]; args.removeSubrange(i...(i + 1)); return v
        }
        let threads = Int(option("--threads") ?? "1") ?? 1
        let rounds = Int(option("--repeat") ?? "1") ?? 1
        let explain = option("--explain")
        guard args.count == 2 else {
            FileHandle.standardError.write("usage: tanqiya-eval DIR OUT.jsonl [--threads N] [--repeat R] [--explain PAGE]\n".data(using: .utf8)!)
            exit(2)
        }
        let dir = URL(fileURLWithPath: args[0])
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".html") }.sorted()
        let pages: [[UInt8]] = try names.map { [UInt8](try Data(contentsOf: dir.appendingPathComponent($0))) }
        let megabytes = Double(pages.reduce(0) { $0 + $1.count }) / 1e6

        HTMLReader.prepare()
        let reader = HTMLReader()
        let extractor = GenericExtractor(resources: try GenericResources.bundled())


        func timed(_ label: String, _ work: @Sendable @escaping (Int) -> Void) {
            let start = Date()
            for _ in 0..<rounds {
                let n = pages.count
                let chunks = threads
                // Plain threads: DispatchQueue.concurrentPerform ran serially here.
            let group = DispatchGroup()
            for c in 0..<chunks {
                group.enter()
                let t = Thread {
                    var i = c
                    while i < n { work(i); i += chunks }
                    group.leave()
                }
                t.stackSize = 8 << 20
                t.start()
            }
            group.wait()
        }
            let s = Date().timeIntervalSince(start)
            let total = Double(pages.count * rounds)
            print(String(format: "%@: %d pages x %d rounds, %d thread(s): %.3f s, %.0f pages/s, %.1f MB/s",
                         label, pages.count, rounds, threads, s, total / s, megabytes * Double(rounds) / s))
        }

        timed("reader") { i in _ = reader.read(pages[i]) }
        let results = Results(pages.count)
        let lock = NSLock()
        timed("reader+generic") { i in
            let out = extractor.extract(page: reader.read(pages[i]))
            lock.lock(); results.texts[i] = out.text; lock.unlock()
        }

        var out = ""
        for (i, name) in names.enumerated() {
            let rec: [String: String] = ["source": name, "text": results.texts[i]]
            let data = try JSONSerialization.data(withJSONObject: rec, options: [.sortedKeys])
            out += String(decoding: data, as: UTF8.self) + "\n"
        }
        try out.write(toFile: args[1], atomically: true, encoding: .utf8)

        if let explain, let i = names.firstIndex(where: { $0.hasPrefix(explain) }) {
            let page = reader.read(pages[i])
            let x = extractor.extract(page: page)
            print("title: \(x.title ?? "-")  language: \(x.language ?? "-")  container: \(x.mainContainerID.map(String.init) ?? "-")  encoding: \(page.encoding.rawValue)")
            for (b, d) in zip(page.blocks, x.decisions) {
                let f = b.features!
                let path = f.tagPath.suffix(4).joined(separator: ">")
                if ProcessInfo.processInfo.environment["EXPLAIN_TOKENS"] != nil { print("    tokens: \(zip(f.classTokens, f.classTokenLevels).map { "\($0.1):\($0.0)" }.joined(separator: " "))") }
                print("\(d.label == .body ? "+" : d.label == .title ? "T" : "-") \(d.contextFreeClass.rawValue)/\(d.finalClass.rawValue) \(d.rule) [\(path) \(f.ownClassTokens.joined(separator: " ")) ld=\(String(format: "%.2f", f.linkDensity)) c=\(f.charCount)] \(b.text.prefix(110))")
            }
        }

    }
}
