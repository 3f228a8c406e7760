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
    let words: WordTable

    /// Loads every `*.txt` in `directory` (one word per line; file name = language). At most 32.
    public init(directory: URL) throws {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory.path) else {
            throw GenericResourceError.missingDirectory(directory.path)
        }
        var langs: [String] = []
        var words = WordTable(capacity: 40_000)
        for name in names.sorted() where name.hasSuffix(".txt") && langs.count < 32 {
            var text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            let bit = UInt32(1) << UInt32(langs.count)
            langs.append(String(name.dropLast(4)))
            // Lines split and trimmed on bytes; ASCII words lower-cased on bytes, the others with
            // `lowercased()` only when one of their scalars has a lower-case form.
            text.withUTF8 { p in
                var i = 0
                let n = p.count
                var ascii: [UInt8] = []
                while i < n {
                    var start = i
                    while i < n && p[i] != 0x0A && p[i] != 0x0D { i += 1 }
                    var end = i
                    i += 1
                    while start < end && (p[start] == 0x20 || p[start] == 0x09) { start += 1 }
                    while end > start && (p[end - 1] == 0x20 || p[end - 1] == 0x09) { end -= 1 }
                    guard end > start else { continue }
                    let line = UnsafeBufferPointer(rebasing: p[start..<end])
                    if line.allSatisfy({ $0 < 0x80 }) {
                        ascii.removeAll(keepingCapacity: true)
                        for b in line { ascii.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
                        ascii.withUnsafeBufferPointer { words.insert(utf8: $0, bits: bit) }
                    } else {
                        let w = String(decoding: line, as: UTF8.self)
                        words.insert(w.unicodeScalars.contains(where: \.properties.changesWhenLowercased) ? w.lowercased() : w, bits: bit)
                    }
                }
            }
        }
        self.languages = langs
        self.words = words
    }

    /// For tests: lists given in code.
    public init(lists: [String: [String]]) {
        var langs: [String] = []
        var words = WordTable()
        for (lang, list) in lists.sorted(by: { $0.key < $1.key }) {
            let bit = UInt32(1) << UInt32(langs.count)
            langs.append(lang)
            for w in list { words.insert(w.lowercased(), bits: bit) }
        }
        self.languages = langs
        self.words = words
    }

    /// The languages whose list holds `word` (compared as `String`s are: canonical equivalence).
    @inline(__always) func mask(_ word: String) -> UInt32 { words.lookup(word) }
    /// The same for a word given as UTF-8 bytes.
    @inline(__always) func mask(utf8 word: UnsafeBufferPointer<UInt8>) -> UInt32 { words.lookup(word) }
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
        guard let directory = bundledDirectory() else { throw GenericResourceError.missingDirectory(Bundle.module.bundleURL.path) }
        return try GenericResources(directory: directory)
    }

    /// The copied `Resources` folder in the bundle; where the bundle's URL points differs by platform.
    static func bundledDirectory() -> URL? {
        let base = Bundle.module.bundleURL
        for candidate in [base.appendingPathComponent("Resources"), base.appendingPathComponent("Contents/Resources/Resources"), base] {
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("stoplists").path) { return candidate }
        }
        return nil
    }
}
