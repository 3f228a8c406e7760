import Foundation

/// Errors while loading the extractor's data files.
public enum GenericResourceError: Error, CustomStringConvertible {
    case missingDirectory(String)
    case badHintLine(file: String, line: Int, text: String)
    public var description: String {
        switch self {
        case .missingDirectory(let d): return "generic extractor data not found: \(d)"
        case .badHintLine(let f, let l, let t): return "\(f):\(l): cannot read hint line: \(t)"
        }
    }
}

/// Stop lists of several languages merged into one table: word → bit set of languages.
public struct StopLists: Sendable {
    public let languages: [String]
    let table: [String: UInt32]

    /// Loads every `*.txt` in `directory` (one word per line; file name = language). At most 32.
    public init(directory: URL) throws {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory.path) else {
            throw GenericResourceError.missingDirectory(directory.path)
        }
        var langs: [String] = []
        var table: [String: UInt32] = [:]
        for name in names.sorted() where name.hasSuffix(".txt") && langs.count < 32 {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            let bit = UInt32(1) << UInt32(langs.count)
            langs.append(String(name.dropLast(4)))
            // Split and trim on bytes: Foundation's trimming costs ~0.1 s over the 16 lists.
            for line in text.utf8.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }) {
                let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 }.reversed().drop { $0 == 0x20 || $0 == 0x09 }.reversed()
                guard !trimmed.isEmpty else { continue }
                let w = String(decoding: Array(trimmed), as: UTF8.self).lowercased()
                table[w, default: 0] |= bit
            }
        }
        self.languages = langs
        self.table = table
    }

    /// For tests: lists given in code.
    public init(lists: [String: [String]]) {
        var langs: [String] = []
        var table: [String: UInt32] = [:]
        for (lang, words) in lists.sorted(by: { $0.key < $1.key }) {
            let bit = UInt32(1) << UInt32(langs.count)
            langs.append(lang)
            for w in words { table[w.lowercased(), default: 0] |= bit }
        }
        self.languages = langs
        self.table = table
    }

    @inline(__always) func mask(_ word: String) -> UInt32 { table[word] ?? 0 }
    func bit(of language: String) -> UInt32? { languages.firstIndex(of: language).map { UInt32(1) << UInt32($0) } }
}

/// Class/id patterns that hint at boilerplate or at content (data/…/dom-hints.txt).
public struct DOMHints: Sendable {
    enum Hint: UInt8 { case none, negative, positive }
    var negativeSubstrings: [[UInt8]] = []
    var negativeParts: Set<String> = []
    var positiveSubstrings: [[UInt8]] = []
    var positiveParts: Set<String> = []

    public init(file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        try self.init(text: text, fileName: file.lastPathComponent)
    }

    public init(text: String, fileName: String = "dom-hints.txt") throws {
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw GenericResourceError.badHintLine(file: fileName, line: n + 1, text: line)
            }
            let words = line[line.index(after: colon)...].split(separator: " ").map { String($0).lowercased() }
            switch line[..<colon] {
            case "negative-substring": negativeSubstrings += words.map { Array($0.utf8) }
            case "negative-part": negativeParts.formUnion(words)
            case "positive-substring": positiveSubstrings += words.map { Array($0.utf8) }
            case "positive-part": positiveParts.formUnion(words)
            default: throw GenericResourceError.badHintLine(file: fileName, line: n + 1, text: line)
            }
        }
    }

    func hint(token: String) -> Hint {
        let bytes = Array(token.utf8)
        let negative = matches(bytes, negativeSubstrings, negativeParts)
        let positive = matches(bytes, positiveSubstrings, positiveParts)
        return negative == positive ? .none : negative ? .negative : .positive
    }

    private func matches(_ token: [UInt8], _ subs: [[UInt8]], _ parts: Set<String>) -> Bool {
        for s in subs where contains(token, s) { return true }
        if parts.isEmpty { return false }
        var start = 0
        for i in 0...token.count {
            let sep = i == token.count || !Self.isPartByte(token[i])
            if sep {
                if i > start, parts.contains(String(decoding: token[start..<i], as: UTF8.self)) { return true }
                start = i + 1
            }
        }
        return false
    }

    @inline(__always) static func isPartByte(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || b >= 0x80 }

    private func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = needle.count
        guard n > 0, hay.count >= n else { return false }
        let first = needle[0]
        var i = 0
        while i <= hay.count - n {
            if hay[i] == first {
                var k = 1
                while k < n && hay[i + k] == needle[k] { k += 1 }
                if k == n { return true }
            }
            i += 1
        }
        return false
    }
}

/// The data the generic extractor needs, loaded once and shared (immutable, Sendable).
public struct GenericResources: Sendable {
    public let stopLists: StopLists
    public let hints: DOMHints

    public init(stopLists: StopLists, hints: DOMHints) { self.stopLists = stopLists; self.hints = hints }

    /// Loads from a data directory holding `stoplists/` and `generic/dom-hints.txt`.
    public init(directory: URL) throws {
        self.stopLists = try StopLists(directory: directory.appendingPathComponent("stoplists"))
        self.hints = try DOMHints(file: directory.appendingPathComponent("generic/dom-hints.txt"))
    }

    /// The copies shipped with TanqiyaKit (SwiftPM resources).
    public static func bundled() throws -> GenericResources {
        // The bundle holds the copied `Resources` folder; where its URL points differs by platform.
        let base = Bundle.module.bundleURL
        for candidate in [base.appendingPathComponent("Resources"), base.appendingPathComponent("Contents/Resources/Resources"), base] {
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("stoplists").path) {
                return try GenericResources(directory: candidate)
            }
        }
        throw GenericResourceError.missingDirectory(base.path)
    }
}
