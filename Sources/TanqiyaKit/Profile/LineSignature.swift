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
    /// The line ends in a full stop (`.` or `…`), possibly inside closing quotes or brackets: a
    /// sentence. (Headlines end in `?` and `!` as often as text does, so those do not count.)
    public var endsSentence: Bool
    /// The line ends in a colon (a label before what follows: «كتب:», «اقرأ أيضاً:»).
    public var endsWithColon: Bool

    public static let blank = LineSignature(text: 0, dateShape: 0, labelShape: 0, bytes: 0, words: 0, endsSentence: false,
                                            endsWithColon: false)
    public var isBlank: Bool { bytes == 0 }

    /// Article text, by its length alone: `articleWords` words or more, or a sentence of
    /// `sentenceWords` words or more — ending in a full stop, or in a colon when it announces
    /// what follows (a poem's introduction «…، يقول فيها:», a list's lead-in «…، وتشمل:»; a
    /// label before a colon has a few words). What learning never takes for chrome.
    public func isArticleLike(_ t: LearningTunables) -> Bool {
        words >= t.articleWords || ((endsSentence || endsWithColon) && words >= t.sentenceWords)
    }

    /// A headline or a teaser: a few words, not article text. A learned line of this kind is
    /// some page's title, and is kept there.
    public func isHeadlineLike(_ t: LearningTunables) -> Bool {
        words >= t.headlineWords && !isArticleLike(t)
    }

    /// Words are counted up to this many (every threshold is below it): a 50 MB line is not
    /// split into a million words.
    static let wordCap = 32
    /// A label is at most this many words and bytes («تاريخ النشر», «اقرأ أيضا», «كلمات دلالية»).
    static let maxLabelWords = 4
    static let maxLabelBytes = 48
    /// A label's value of at least this many words that ends in a question mark or a full stop
    /// is a question or a sentence: content, never a label shape (a "read also" teaser's
    /// headline is shorter).
    static let minSentenceValueWords = 10
    /// A date line is short («الأحد 14 ديسمبر 2025 | 03:12 م» is 7 words); longer lines with a
    /// number are not looked at for a date shape.
    static let maxDateShapeWords = 12

    /// The signature of one line as read (`raw`: the block's text, not normalised). Shapes are
    /// computed only for lines up to `maxShapeBytes`: longer lines are paragraphs, never chrome.
    /// `shapes: false` leaves both shape fingerprints 0, for a reader that needs them on some
    /// lines only and adds them there (`withShapes`): the shapes cost about a third of the time.
    public static func of(_ raw: String, maxShapeBytes: Int, shapes: Bool = true) -> LineSignature {
        var raw = raw
        return raw.withUTF8 { of($0, maxShapeBytes: maxShapeBytes, shapes: shapes) }
    }

    /// This signature, taken with `shapes: false` from `raw` and `maxShapeBytes`, with its shapes:
    /// what `of(raw, maxShapeBytes:)` gives.
    public func withShapes(of raw: String, maxShapeBytes: Int) -> LineSignature {
        guard !isBlank, bytes <= maxShapeBytes else { return self }
        var raw = raw
        return raw.withUTF8 { line in
            let trimmed = LineShapes.trimmed(line)
            var signature = self
            // What `LineScan.scan` finds (`words` is capped above `maxDateShapeWords`).
            let colon = (0..<min(trimmed.count, Self.maxLabelBytes + 1)).first { trimmed[$0] == 0x3A }
            signature.addShapes(trimmed, digit: words <= Self.maxDateShapeWords && LineScan.hasDigit(trimmed), firstColon: colon)
            return signature
        }
    }

    /// One pass over the line's bytes for its words, digits and first colon; the shapes' hashes
    /// only where they can exist (a digit; a colon near the start), streamed without a copy.
    static func of(_ line: UnsafeBufferPointer<UInt8>, maxShapeBytes: Int, shapes: Bool = true) -> LineSignature {
        let trimmed = LineShapes.trimmed(line)
        guard !trimmed.isEmpty else { return .blank }
        let n = trimmed.count
        let ends = (sentence: LineShapes.endsSentence(trimmed), colon: trimmed[n - 1] == 0x3A)
        guard n <= maxShapeBytes else {
            // A paragraph: never learned, so no fingerprint; its words matter up to the cap.
            return LineSignature(text: 0, dateShape: 0, labelShape: 0, bytes: n, words: LineScan.words(trimmed, upTo: wordCap),
                                 endsSentence: ends.sentence, endsWithColon: ends.colon)
        }
        // Without shapes, no colon and no digit is looked for.
        let scan = shapes ? LineScan.scan(trimmed) : LineScan.scan(trimmed, colonWithin: 0, digitsWithinWords: -1)
        var signature = LineSignature(text: scan.hash, dateShape: 0, labelShape: 0, bytes: n, words: min(scan.words, wordCap),
                                      endsSentence: ends.sentence, endsWithColon: ends.colon)
        if shapes { signature.addShapes(trimmed, digit: scan.digit, firstColon: scan.firstColon) }
        return signature
    }

    /// The shapes of the trimmed line, given whether it has a digit (within `maxDateShapeWords`
    /// words) and where its first colon is (within `maxLabelBytes` + 1 bytes).
    private mutating func addShapes(_ trimmed: UnsafeBufferPointer<UInt8>, digit: Bool, firstColon: Int?) {
        if digit {
            var hash = LineShapes.shapeHasher()
            if LineShapes.writeDateShape(trimmed, to: &hash) { dateShape = hash.finish() }
        }
        if let colon = firstColon, colon > 0 && colon <= Self.maxLabelBytes {
            var hash = LineShapes.shapeHasher()
            if LineShapes.writeLabelShape(trimmed, to: &hash) { labelShape = hash.finish() }
        }
    }
}

/// One pass over a short line, eight bytes at a time: its fingerprint (the same value as
/// `StableHash.Streaming` seeded with `LineShapes.seed` gives for the bytes), its words (runs of
/// bytes other than the space), whether it holds a digit (ASCII, Arabic-Indic ٠–٩ = D9 A0–A9, or
/// Eastern Arabic-Indic ۰–۹ = DB B0–B9), and where its first colon is.
enum LineScan {
    /// Word `i / 8` of the bytes, the missing tail bytes taken as spaces (`pad`) for the scans and
    /// as zeros for the hash.
    @inline(__always) static func load(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (word: UInt64, padded: UInt64) {
        let n = bytes.count
        if n - i >= 8 {
            let w = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: i, as: UInt64.self))
            return (w, w)
        }
        var w: UInt64 = 0
        for k in 0..<(n - i) { w |= UInt64(bytes[i + k]) << UInt64(8 * k) }
        let spaces = ~UInt64(0) << UInt64(8 * (n - i)) & (ByteWord.ones &* 0x20)
        return (w, w | spaces)
    }

    /// The fingerprint and the words; the first colon among the first `colonWithin` bytes; whether
    /// there is a digit, looked for only in a line of at most `digitsWithinWords` words.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, colonWithin: Int = LineSignature.maxLabelBytes + 1,
                     digitsWithinWords: Int = LineSignature.maxDateShapeWords)
        -> (hash: UInt64, words: Int, digit: Bool, firstColon: Int?) {
        let n = bytes.count
        var state = LineShapes.seed ^ StableHash.p0
        var words = 0
        var firstColon: Int?
        var spaceBefore: UInt64 = 0x80  // the line starts after a space
        var i = 0
        var tail: UInt64 = 0
        while i < n {
            let (w, padded) = load(bytes, i)
            if n - i >= 8 { state = StableHash.mum(w ^ StableHash.p1, state ^ StableHash.p2) } else { tail = w }
            let spaces = ByteWord.equal(padded, 0x20)
            let starts = ~spaces & ByteWord.highs & (spaces << 8 | spaceBefore)
            // At most one bit a byte: the bytes add up with one multiplication.
            words += Int(((starts >> 7) &* ByteWord.ones) >> 56)
            spaceBefore = spaces >> 56
            if firstColon == nil && i < colonWithin {
                let colons = ByteWord.equal(padded, 0x3A)
                if colons != 0 {
                    let at = i + colons.trailingZeroBitCount / 8
                    if at < colonWithin { firstColon = at }
                }
            }
            i += 8
        }
        let length = UInt64(n)
        let last = StableHash.mum(tail ^ StableHash.p1 ^ length, state ^ StableHash.p0)
        return (StableHash.mix64(last ^ length), words, words <= digitsWithinWords && hasDigit(bytes), firstColon)
    }

    /// Whether the bytes hold a digit: ASCII, Arabic-Indic (D9 A0–A9) or Eastern Arabic-Indic (DB B0–B9).
    static func hasDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var indicBefore: (d9: UInt64, db: UInt64) = (0, 0)
        var i = 0
        while i < bytes.count {
            let w = load(bytes, i).padded
            if ByteWord.between(w, 0x2F, 0x3A) != 0 { return true }
            let d9 = ByteWord.equal(w, 0xD9), db = ByteWord.equal(w, 0xDB)
            let flipped = w ^ ByteWord.highs
            if (d9 << 8 | indicBefore.d9) & ByteWord.between(flipped, 0x1F, 0x2A) != 0 { return true }
            if (db << 8 | indicBefore.db) & ByteWord.between(flipped, 0x2F, 0x3A) != 0 { return true }
            indicBefore = (d9 >> 56, db >> 56)
            i += 8
        }
        return false
    }

    /// Words, counting stops at `cap` (a paragraph's first few hundred bytes).
    static func words(_ bytes: UnsafeBufferPointer<UInt8>, upTo cap: Int) -> Int {
        var words = 0
        var spaceBefore: UInt64 = 0x80
        var i = 0
        while i < bytes.count && words < cap {
            let spaces = ByteWord.equal(load(bytes, i).padded, 0x20)
            words += Int((((~spaces & ByteWord.highs & (spaces << 8 | spaceBefore)) >> 7) &* ByteWord.ones) >> 56)
            spaceBefore = spaces >> 56
            i += 8
        }
        return min(words, cap)
    }
}

/// Where a shape is written: a hasher (the profile pass) or bytes (a saved profile's text).
protocol ShapeSink {
    mutating func add(_ byte: UInt8)
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension StableHash.Streaming: ShapeSink {}

/// A shape as bytes.
struct ShapeBytes: ShapeSink {
    var bytes: [UInt8] = []
    mutating func add(_ byte: UInt8) { bytes.append(byte) }
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes.append(contentsOf: bytes) }
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

    /// The seed of line and shape fingerprints.
    static let seed: UInt64 = 0x7A61_6E71_6979_6121

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { LineScan.scan(bytes).hash }

    static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash($0) }
    }

    /// A hasher fed with a shape's bytes: it gives what `hash` gives for the shape's text.
    static func shapeHasher() -> StableHash.Streaming { StableHash.Streaming(seed: seed) }

    /// The fingerprint a shape's text gives (`LineSignature.dateShape`, `.labelShape`).
    public static func fingerprint(ofShape shape: String) -> UInt64 { hash(shape) }
    /// The fingerprint a trimmed line's text gives (`LineSignature.text`).
    public static func fingerprint(ofLine text: String) -> UInt64 { hash(text) }

    /// Whether the last character, past closing quotes and brackets, is a full stop or an ellipsis.
    static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = endBeforeClosingQuotes(bytes)
        guard end > 0 else { return false }
        let b = bytes[end - 1]
        if b == 0x2E { return true }
        // … U+2026 (E2 80 A6)
        return end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && b == 0xA6
    }

    /// Whether the line ends in a question mark (`?`, or `؟` D8 9F), possibly inside closing quotes.
    static func endsQuestion(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = endBeforeClosingQuotes(bytes)
        guard end > 0 else { return false }
        return bytes[end - 1] == 0x3F || (end >= 2 && bytes[end - 2] == 0xD8 && bytes[end - 1] == 0x9F)
    }

    /// Where the line ends without its closing quotes and brackets.
    private static func endBeforeClosingQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var end = bytes.count
        while end > 0 {
            let b = bytes[end - 1]
            // " ' ) ] and » (C2 BB), ” (E2 80 9D)
            if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D { end -= 1; continue }
            if end >= 2, bytes[end - 2] == 0xC2, b == 0xBB { end -= 2; continue }
            if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, b == 0x9D { end -= 3; continue }
            break
        }
        return end
    }


    /// «@ # @ # | # م»: digit runs (ASCII, Arabic-Indic, Eastern Arabic-Indic) with their date
    /// punctuation as `#`, month and weekday names as `@`; nil for a line without a digit, and for
    /// one where less than a third of the words are masked (a headline with a number in it is a
    /// headline, not a date line).
    public static func dateShape(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            var shape = ShapeBytes()
            return hasDigit(bytes) && LineScan.words(bytes, upTo: LineSignature.maxDateShapeWords + 1) <= LineSignature.maxDateShapeWords
                && writeDateShape(bytes, to: &shape) ? String(decoding: shape.bytes, as: UTF8.self) : nil
        }
    }

    /// Writes the date shape of trimmed bytes (words separated by one space); false when less
    /// than a third of the words are masked.
    static func writeDateShape<Sink: ShapeSink>(_ bytes: UnsafeBufferPointer<UInt8>, to sink: inout Sink) -> Bool {
        var masked = 0
        var tokens = 0
        var start = -1
        for i in 0...bytes.count {
            let space = i == bytes.count || bytes[i] == 0x20 || bytes[i] == 0x09
            if !space {
                if start < 0 { start = i }
                continue
            }
            guard start >= 0 else { continue }
            let token = UnsafeBufferPointer(rebasing: bytes[start..<i])
            start = -1
            if tokens > 0 { sink.add(0x20) }
            tokens += 1
            if isNumeric(token) {
                sink.add(0x23)  // #
                masked += 1
            } else if DateWords.standard.contains(token) {
                sink.add(0x40)  // @
                masked += 1
            } else {
                sink.add(token)
            }
        }
        return masked > 0 && 3 * masked >= tokens
    }

    /// Whether the bytes hold an ASCII, Arabic-Indic or Eastern Arabic-Indic digit.
    static func hasDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { LineScan.hasDigit(bytes) }

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

    /// «اقرأ أيضا: …»: a label of at most `maxLabelWords` words (no digit) before the first colon,
    /// something after it that is not a question or a sentence (`minSentenceValueWords`); nil
    /// otherwise.
    public static func labelShape(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            var shape = ShapeBytes()
            return writeLabelShape(trimmed(bytes), to: &shape) ? String(decoding: shape.bytes, as: UTF8.self) : nil
        }
    }

    static let maskedBytes = Array(": \(masked)".utf8)

    static func writeLabelShape<Sink: ShapeSink>(_ bytes: UnsafeBufferPointer<UInt8>, to sink: inout Sink) -> Bool {
        let limit = min(bytes.count, LineSignature.maxLabelBytes + 1)
        guard let colon = (0..<limit).first(where: { bytes[$0] == 0x3A }), colon > 0 else { return false }
        let label = trimmed(UnsafeBufferPointer(rebasing: bytes[0..<colon]))
        let rest = trimmed(UnsafeBufferPointer(rebasing: bytes[(colon + 1)...]))
        // A label is words, not a time or a number («15:30», «١٦:٢٣»).
        guard !label.isEmpty, !rest.isEmpty, LineScan.words(label, upTo: 8) <= LineSignature.maxLabelWords, !hasDigit(label)
        else { return false }
        // A value that is a question or a sentence of its own («السؤال: ما حكم …؟», «س: …؟» on
        // every page of a Q&A site) is the page's content, not a label's varying field.
        if (endsQuestion(rest) || endsSentence(rest)), LineScan.words(rest, upTo: LineSignature.minSentenceValueWords) >= LineSignature.minSentenceValueWords {
            return false
        }
        sink.add(label)
        maskedBytes.withUnsafeBufferPointer { sink.add($0) }
        return true
    }
}

/// Month and weekday names and date marks (`ص`, `م`, `هـ`, `GMT`…): the one-word `month`, `weekday`
/// and `mark` entries of data/generic-chrome/shape-date-words.txt (compiled in), looked up by bytes
/// without allocating: a token is hashed only when its length and first four bytes are those of
/// some date word (most words fail there).
struct DateWords: Sendable {
    static let standard = DateWords(text: EmbeddedData.chromeLists.first { $0.name == "shape-date-words.txt" }?.text ?? "")

    private let byHash: [UInt64: [[UInt8]]]
    /// The first four bytes (ASCII lower-cased, zero-padded) of every word, sorted.
    private let heads: [UInt32]
    /// Bit `n` set when some word is `n` bytes long.
    private let lengths: UInt32

    init(text: String) {
        var byHash: [UInt64: [[UInt8]]] = [:]
        var heads = Set<UInt32>()
        var lengths: UInt32 = 0
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count == 2, ["month", "weekday", "mark"].contains(fields[0]) else { continue }
            let bytes = Array(fields[1].lowercased().utf8)
            guard bytes.count < 32 else { continue }
            let key = bytes.withUnsafeBufferPointer { Self.key($0, end: $0.count) }
            if !(byHash[key]?.contains(bytes) ?? false) { byHash[key, default: []].append(bytes) }
            heads.insert(bytes.withUnsafeBufferPointer { Self.head($0, end: $0.count) })
            lengths |= 1 << UInt32(bytes.count)
        }
        self.byHash = byHash
        self.heads = heads.sorted()
        self.lengths = lengths
    }

    @inline(__always) private static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    private static func head(_ token: UnsafeBufferPointer<UInt8>, end: Int) -> UInt32 {
        var head: UInt32 = 0
        for i in 0..<min(4, end) { head |= UInt32(lower(token[i])) << UInt32(8 * i) }
        return head
    }

    /// Hash of the bytes up to `end`, ASCII letters lower-cased.
    private static func key(_ token: UnsafeBufferPointer<UInt8>, end: Int) -> UInt64 {
        var h = StableHash.Streaming(seed: 0x6461_7465)
        for i in 0..<end { h.add(lower(token[i])) }
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
        guard end > 0, end < 32, lengths & (1 << UInt32(end)) != 0 else { return false }
        let head = Self.head(token, end: end)
        var low = 0, high = heads.count
        while low < high {
            let mid = (low + high) / 2
            if heads[mid] < head { low = mid + 1 } else { high = mid }
        }
        guard low < heads.count, heads[low] == head, let candidates = byHash[Self.key(token, end: end)] else { return false }
        return candidates.contains { word in
            word.count == end && word.indices.allSatisfy { Self.lower(token[$0]) == word[$0] }
        }
    }
}
