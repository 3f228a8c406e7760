import Foundation

/// Errors while loading the extractor's data files.
public enum GenericResourceError: Error, CustomStringConvertible {
    case badHintLine(file: String, line: Int, text: String)
    public var description: String {
        switch self {
        case .badHintLine(let f, let l, let t): return "\(f):\(l): cannot read hint line: \(t)"
        }
    }
}

/// Stop lists of several languages merged into one table: word → bit set of languages.
public struct StopLists: Sendable {
    public let languages: [String]
    let words: WordTable

    /// Builds the table from (language, one word per line) pairs, in order. At most 32 languages.
    public init(texts: [(language: String, words: String)]) {
        var langs: [String] = []
        var words = WordTable(asciiCapacity: 16_384, otherCapacity: 32_768)
        for (language, list) in texts where langs.count < 32 {
            var text = list
            let bit = UInt32(1) << UInt32(langs.count)
            langs.append(language)
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
                    } else if Self.lowercasesToItself(line) {
                        words.insert(utf8: line, bits: bit)
                    } else {
                        words.insert(String(decoding: line, as: UTF8.self).lowercased(), bits: bit)
                    }
                    // A short line's key has no zero-width characters (`MatchingFold`): a word
                    // written with a ZWNJ (Persian «می‌شود») is also listed without it.
                    if MatchingFold.holdsFolded(line), let folded = MatchingFold.fold(String(decoding: line, as: UTF8.self)) {
                        words.insert(folded.lowercased(), bits: bit)
                    }
                }
            }
        }
        self.languages = langs
        self.words = words
    }

    /// Whether no scalar of these (valid UTF-8) bytes changes when lower-cased, so `lowercased()`
    /// would return them as they are. Scripts without case (Arabic, Hangul, CJK, kana) are known
    /// from their range; other scalars ask the Unicode properties.
    static func lowercasesToItself(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            var u: UInt32
            var len: Int
            if b < 0x80 { u = UInt32(b); len = 1 }
            else if b < 0xE0 { u = UInt32(b & 0x1F); len = 2 }
            else if b < 0xF0 { u = UInt32(b & 0x0F); len = 3 }
            else { u = UInt32(b & 0x07); len = 4 }
            guard i + len <= n else { return false }
            for k in 1..<max(len, 1) { u = u << 6 | UInt32(p[i + k] & 0x3F) }
            i += len
            if b < 0x80 { if b >= 0x41 && b <= 0x5A { return false }; continue }
            if Self.hasNoCase(u) { continue }
            guard let scalar = Unicode.Scalar(u), !scalar.properties.changesWhenLowercased else { return false }
        }
        return true
    }

    /// Scalars that lower-case to themselves: scripts without letter case (Arabic, Hangul, CJK,
    /// kana) and the lower-case letters of Latin-1 and Cyrillic (`WordTableTests` checks them
    /// against the Unicode properties).
    static let caselessRanges: [ClosedRange<UInt32>] = [
        0x00DF...0x00F6, 0x00F8...0x00FF, 0x0430...0x045F, 0x0600...0x06FF, 0x0750...0x077F, 0x3040...0x30FF,
        0x4E00...0x9FFF, 0xAC00...0xD7A3,
    ]

    @inline(__always) static func hasNoCase(_ u: UInt32) -> Bool {
        if u < 0x0600 { return (u >= 0x0430 && u <= 0x045F) || (u >= 0x00DF && u <= 0x00FF && u != 0x00F7) }
        return u <= 0x06FF || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x4E00 && u <= 0x9FFF)
            || (u >= 0x0750 && u <= 0x077F) || (u >= 0x3040 && u <= 0x30FF)
    }

    /// The languages whose list holds `word` (compared as `String`s are: canonical equivalence).
    @inline(__always) func mask(_ word: String) -> UInt32 { words.lookup(word) }
    /// The same for a word given as UTF-8 bytes.
    @inline(__always) func mask(utf8 word: UnsafeBufferPointer<UInt8>) -> UInt32 { words.lookup(word) }
    /// The same for a word of ASCII bytes.
    @inline(__always) func mask(ascii word: UnsafeBufferPointer<UInt8>) -> UInt32 { words.lookup(ascii: word) }
    func bit(of language: String) -> UInt32? { languages.firstIndex(of: language).map { UInt32(1) << UInt32($0) } }
}

/// Class/id patterns that hint at boilerplate or at content (data/…/dom-hints.txt). Strong
/// negative words name page parts that never hold the article (comments, navigation); weak ones
/// also name article wrappers on some sites (a paywalled body, an article header with the lede),
/// so the extractor ignores them on a region holding most of the page's content.
public struct DOMHints: Sendable {
    enum Hint: UInt8 { case none, negative, weakNegative, positive }
    private var negative = Patterns()
    private var weakNegative = Patterns()
    private var positive = Patterns()

    /// Substring patterns bucketed by first byte, and whole parts in a byte table.
    private struct Patterns: Sendable {
        var substrings: [[UInt8]] = []
        var byFirstByte: [[Int32]] = Array(repeating: [], count: 256)
        var parts = WordTable()
        var hasParts = false

        mutating func addSubstrings(_ words: [String]) {
            for w in words {
                let bytes = Array(w.utf8)
                substrings.append(bytes)
                if let first = bytes.first { byFirstByte[Int(first)].append(Int32(substrings.count - 1)) }
            }
        }

        mutating func addParts(_ words: [String]) {
            for w in words { parts.insert(w, bits: 1) }
            hasParts = hasParts || !words.isEmpty
        }

        /// A substring pattern anywhere in the token, or a whole part (split on bytes that are not
        /// a–z or non-ASCII) that is a part pattern.
        func matches(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
            let n = token.count
            for i in 0..<n {
                for k in byFirstByte[Int(token[i])] {
                    let sub = substrings[Int(k)]
                    if sub.count <= n - i {
                        var j = 1
                        while j < sub.count && token[i + j] == sub[j] { j += 1 }
                        if j == sub.count { return true }
                    }
                }
            }
            guard hasParts else { return false }
            var start = 0
            for i in 0...n {
                let sep = i == n || !DOMHints.isPartByte(token[i])
                if sep {
                    if i > start, parts.lookup(UnsafeBufferPointer(rebasing: token[start..<i])) != 0 { return true }
                    start = i + 1
                }
            }
            return false
        }
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
            case "negative-substring": negative.addSubstrings(words)
            case "negative-part": negative.addParts(words)
            case "weak-negative-substring": weakNegative.addSubstrings(words)
            case "weak-negative-part": weakNegative.addParts(words)
            case "positive-substring": positive.addSubstrings(words)
            case "positive-part": positive.addParts(words)
            default: throw GenericResourceError.badHintLine(file: fileName, line: n + 1, text: line)
            }
        }
    }

    func hint(token: String) -> Hint {
        var t = token
        return t.withUTF8 { bytes in
            let strong = negative.matches(bytes)
            let weak = !strong && weakNegative.matches(bytes)
            let positive = positive.matches(bytes)
            if positive { return strong || weak ? .none : .positive }
            return strong ? .negative : weak ? .weakNegative : .none
        }
    }

    @inline(__always) static func isPartByte(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || b >= 0x80 }
}

/// The data the generic extractor needs, loaded once and shared (immutable, Sendable).
public struct GenericResources: Sendable {
    public let stopLists: StopLists
    public let hints: DOMHints
    /// Stop phrases and shape words of page chrome (data/generic-chrome/).
    public let chrome: ChromePhrases

    public init(stopLists: StopLists, hints: DOMHints, chrome: ChromePhrases = .embedded) {
        self.stopLists = stopLists
        self.hints = hints
        self.chrome = chrome
    }

    /// The data compiled into the binary (`data/generic-extractor/`, `data/generic-chrome/`, see `tools/embed_data.py`):
    /// nothing to find at run time, so an installed or copied binary works anywhere.
    public static let embedded: GenericResources = {
        let stopLists = StopLists(texts: EmbeddedData.stopLists)
        // The embedded hints are checked by EmbeddedDataTests; a parse error here is a build defect.
        guard let hints = try? DOMHints(text: EmbeddedData.domHints) else {
            preconditionFailure("data/generic-extractor/dom-hints.txt does not parse: run the tests")
        }
        return GenericResources(stopLists: stopLists, hints: hints)
    }()
}
