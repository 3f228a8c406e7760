import Foundation

/// What the profile pass keeps of one line of a page: a fingerprint of its text, fingerprints of
/// its two *shapes*, and its size. Shapes let a site's varying chrome recur although its text
/// does not:
///
/// - the **date shape** masks digit runs as `#` and month and weekday names as `@`
///   («الأحد 14 ديسمبر 2025 | 03:12 م» → «@ # @ # | # م», «1234 مشاهدة» → «# مشاهدة»);
/// - the **label shape** keeps a short label before a colon and masks what follows
///   («اقرأ أيضا: عنوان ما» → «اقرأ أيضا: …», «تاريخ النشر: …»).
///
/// Fingerprints are `StableHash` values of the line's bytes (leading and trailing white space
/// dropped): the same in every process, so shards' profiles merge exactly. A shape's fingerprint is
/// the hash of its text, so a saved profile (which holds texts) gives the same values back.
public struct LineSignature: Sendable, Equatable {
    /// Fingerprint of the trimmed line; 0 for a blank line.
    public var text: UInt64
    /// Fingerprint of the date shape, or 0 when the line has no digit run or date word.
    public var dateShape: UInt64
    /// Fingerprint of the label shape, or 0 when the line has no short label before a colon.
    public var labelShape: UInt64
    /// UTF-8 bytes of the trimmed line.
    public var bytes: Int
    /// Words (runs of non-space bytes), counted up to `LineSignature.wordCap`.
    public var words: Int
    /// The line ends a sentence: `.` `!` `?` `؟` `…`, possibly inside closing quotes or brackets.
    public var endsSentence: Bool
    /// The line ends in a colon (a label before what follows: «كتب:», «اقرأ أيضاً:»).
    public var endsWithColon: Bool

    public static let blank = LineSignature(text: 0, dateShape: 0, labelShape: 0, bytes: 0, words: 0, endsSentence: false,
                                            endsWithColon: false)
    public var isBlank: Bool { bytes == 0 }

    /// Article text, by its length alone: `articleWords` words or more, or a sentence of
    /// `sentenceWords` words or more. What learning never takes for chrome.
    public func isArticleLike(_ t: LearningTunables) -> Bool {
        words >= t.articleWords || (endsSentence && words >= t.sentenceWords)
    }

    /// A headline or a teaser: a few words, not article text. A learned line of this kind is
    /// some page's title, and is kept there.
    public func isHeadlineLike(_ t: LearningTunables) -> Bool {
        words >= t.headlineWords && !isArticleLike(t)
    }

    /// Words are counted up to this many: a 50 MB line is not split into a million words.
    static let wordCap = 255
    /// A label is at most this many words and bytes («تاريخ النشر», «اقرأ أيضا», «كلمات دلالية»).
    static let maxLabelWords = 4
    static let maxLabelBytes = 48

    /// The signature of one line as read (`raw`: the block's text, not normalised). Shapes are
    /// computed only for lines up to `maxShapeBytes`: longer lines are paragraphs, never chrome.
    public static func of(_ raw: String, maxShapeBytes: Int) -> LineSignature {
        var raw = raw
        return raw.withUTF8 { of($0, maxShapeBytes: maxShapeBytes) }
    }

    static func of(_ line: UnsafeBufferPointer<UInt8>, maxShapeBytes: Int) -> LineSignature {
        let trimmed = LineShapes.trimmed(line)
        guard !trimmed.isEmpty else { return .blank }
        let words = LineShapes.wordCount(trimmed, cap: wordCap)
        var signature = LineSignature(text: LineShapes.hash(trimmed), dateShape: 0, labelShape: 0,
                                      bytes: trimmed.count, words: words, endsSentence: LineShapes.endsSentence(trimmed),
                                      endsWithColon: trimmed.last == 0x3A)
        guard trimmed.count <= maxShapeBytes else { return signature }
        if let shape = LineShapes.dateShape(trimmed) { signature.dateShape = shape.withUnsafeBufferPointer(LineShapes.hash) }
        if let shape = LineShapes.labelShape(trimmed) { signature.labelShape = shape.withUnsafeBufferPointer(LineShapes.hash) }
        return signature
    }
}

/// The byte-level pieces of `LineSignature`: trimming, word counts, the two shapes as text.
public enum LineShapes {
    /// The text standing for what a label shape masks.
    static let masked = "…"

    /// The line without leading and trailing white space (ASCII spaces, tabs, CR, no-break space).
    static func trimmed(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = line.count
        while start < end {
            if line[start] == 0x20 || line[start] == 0x09 || line[start] == 0x0D { start += 1; continue }
            if end - start >= 2, line[start] == 0xC2, line[start + 1] == 0xA0 { start += 2; continue }
            break
        }
        while end > start {
            if line[end - 1] == 0x20 || line[end - 1] == 0x09 || line[end - 1] == 0x0D { end -= 1; continue }
            if end - start >= 2, line[end - 2] == 0xC2, line[end - 1] == 0xA0 { end -= 2; continue }
            break
        }
        return UnsafeBufferPointer(rebasing: line[start..<end])
    }

    /// The trimmed text of a line, as the profile stores it.
    public static func trimmedText(_ raw: String) -> String {
        var raw = raw
        return raw.withUTF8 { String(decoding: trimmed($0), as: UTF8.self) }
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = StableHash.Streaming(seed: 0x7A61_6E71_6979_6121)
        h.add(bytes)
        return h.finish()
    }

    static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash($0) }
    }

    /// The fingerprint a shape's text gives (`LineSignature.dateShape`, `.labelShape`).
    public static func fingerprint(ofShape shape: String) -> UInt64 { hash(shape) }
    /// The fingerprint a trimmed line's text gives (`LineSignature.text`).
    public static func fingerprint(ofLine text: String) -> UInt64 { hash(text) }

    /// Whether the last character, past closing quotes and brackets, ends a sentence.
    static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = bytes.count
        while end > 0 {
            let b = bytes[end - 1]
            // " ' ) ] and » (C2 BB), ” (E2 80 9D)
            if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D { end -= 1; continue }
            if end >= 2, bytes[end - 2] == 0xC2, b == 0xBB { end -= 2; continue }
            if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, b == 0x9D { end -= 3; continue }
            break
        }
        guard end > 0 else { return false }
        let b = bytes[end - 1]
        if b == 0x2E || b == 0x21 || b == 0x3F { return true }
        // ؟ U+061F (D8 9F), … U+2026 (E2 80 A6)
        if end >= 2, bytes[end - 2] == 0xD8, b == 0x9F { return true }
        return end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && b == 0xA6
    }

    static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>, cap: Int) -> Int {
        var words = 0
        var inWord = false
        for b in bytes {
            let space = b == 0x20 || b == 0x09
            if !space && !inWord {
                words += 1
                if words >= cap { return cap }
            }
            inWord = !space
        }
        return words
    }

    /// Splits on ASCII spaces and tabs.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [UnsafeBufferPointer<UInt8>] {
        var out: [UnsafeBufferPointer<UInt8>] = []
        var start = -1
        for i in 0...bytes.count {
            let space = i == bytes.count || bytes[i] == 0x20 || bytes[i] == 0x09
            if space {
                if start >= 0 { out.append(UnsafeBufferPointer(rebasing: bytes[start..<i])); start = -1 }
            } else if start < 0 {
                start = i
            }
        }
        return out
    }

    /// «@ # @ # | # م»: digit runs (ASCII, Arabic-Indic, Eastern Arabic-Indic) with their date
    /// punctuation as `#`, month and weekday names as `@`; nil for a line without a digit, and for
    /// one where less than a third of the words are masked (a headline with a number in it is a
    /// headline, not a date line).
    public static func dateShape(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { dateShape($0).map { String(decoding: $0, as: UTF8.self) } }
    }

    static func dateShape(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard hasDigit(bytes) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var masked = 0
        let all = tokens(bytes)
        for token in all {
            if !out.isEmpty { out.append(0x20) }
            if isNumeric(token) {
                out.append(0x23)  // #
                masked += 1
            } else if DateWords.standard.contains(token) {
                out.append(0x40)  // @
                masked += 1
            } else {
                out.append(contentsOf: token)
            }
        }
        return masked > 0 && 3 * masked >= all.count ? out : nil
    }

    /// Whether the bytes hold an ASCII, Arabic-Indic or Eastern Arabic-Indic digit.
    static func hasDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 { return true }
            if i + 1 < bytes.count {
                let c = bytes[i + 1]
                if (b == 0xD9 && c >= 0xA0 && c <= 0xA9) || (b == 0xDB && c >= 0xB0 && c <= 0xB9) { return true }
            }
            i += 1
        }
        return false
    }

    /// A token of digits and date punctuation (`/ : . - ,` and the Arabic comma), with a digit.
    static func isNumeric(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0
        var i = 0
        while i < token.count {
            let b = token[i]
            if b >= 0x30 && b <= 0x39 { digits += 1; i += 1; continue }
            if b == 0x2F || b == 0x3A || b == 0x2E || b == 0x2D || b == 0x2C { i += 1; continue }
            // U+0660–U+0669 (D9 A0–A9), U+06F0–U+06F9 (DB B0–B9), Arabic comma U+060C (D8 8C).
            if i + 1 < token.count {
                let c = token[i + 1]
                if (b == 0xD9 && c >= 0xA0 && c <= 0xA9) || (b == 0xDB && c >= 0xB0 && c <= 0xB9) {
                    digits += 1; i += 2; continue
                }
                if b == 0xD8 && c == 0x8C { i += 2; continue }
            }
            return false
        }
        return digits > 0
    }

    /// «اقرأ أيضا: …»: a label of at most `maxLabelWords` words before the first colon, something
    /// after it; nil otherwise.
    public static func labelShape(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { labelShape($0).map { String(decoding: $0, as: UTF8.self) } }
    }

    static func labelShape(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let limit = min(bytes.count, LineSignature.maxLabelBytes + 1)
        guard let colon = (0..<limit).first(where: { bytes[$0] == 0x3A }), colon > 0 else { return nil }
        let label = trimmed(UnsafeBufferPointer(rebasing: bytes[0..<colon]))
        let rest = trimmed(UnsafeBufferPointer(rebasing: bytes[(colon + 1)...]))
        guard !label.isEmpty, !rest.isEmpty, wordCount(label, cap: 8) <= LineSignature.maxLabelWords else { return nil }
        // A label is words, not a time or a number («15:30», «١٦:٢٣»).
        guard !hasDigit(label) else { return nil }
        return Array(label) + Array(": \(masked)".utf8)
    }
}

/// Month and weekday names (data/learning/date-words.txt, compiled in), looked up by bytes.
struct DateWords: Sendable {
    static let standard = DateWords(text: EmbeddedData.dateWords)

    /// The words' bytes by the hash of their bytes: a lookup allocates nothing.
    private let byHash: [UInt64: [[UInt8]]]

    init(text: String) {
        var byHash: [UInt64: [[UInt8]]] = [:]
        for line in text.split(separator: "\n") {
            let word = line.trimmingCharacters(in: .whitespaces)
            if word.isEmpty || word.hasPrefix("#") { continue }
            let bytes = Array(word.lowercased().utf8)
            let key = bytes.withUnsafeBufferPointer { Self.key($0, end: $0.count) }
            if !(byHash[key]?.contains(bytes) ?? false) { byHash[key, default: []].append(bytes) }
        }
        self.byHash = byHash
    }

    /// Hash of the bytes up to `end`, ASCII letters lower-cased.
    private static func key(_ token: UnsafeBufferPointer<UInt8>, end: Int) -> UInt64 {
        var h = StableHash.Streaming(seed: 0x6461_7465)
        for i in 0..<end { h.add(token[i] >= 0x41 && token[i] <= 0x5A ? token[i] | 0x20 : token[i]) }
        return h.finish()
    }

    /// Whether the token, without trailing punctuation (`,` `،` `.`) and ASCII case, is a date word.
    func contains(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = token.count
        while end > 0 {
            if token[end - 1] == 0x2C || token[end - 1] == 0x2E { end -= 1; continue }
            if end >= 2, token[end - 2] == 0xD8, token[end - 1] == 0x8C { end -= 2; continue }
            break
        }
        guard end > 0, end <= 24, let candidates = byHash[Self.key(token, end: end)] else { return false }
        return candidates.contains { word in
            word.count == end && word.indices.allSatisfy { k in
                let b = token[k]
                return (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) == word[k]
            }
        }
    }
}
