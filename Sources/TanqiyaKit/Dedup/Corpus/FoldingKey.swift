/// The stronger folding used to compare articles for near duplicates. It never changes the output
/// text: it only decides which words a text is made of for hashing.
///
/// Rules, code point by code point (UTF-8 bytes are decoded by hand, no `Character`, no Regex):
/// - removed without breaking a word: harakat U+064B–U+065F, superscript alef U+0670, tatweel
///   U+0640, Quranic annotation marks (U+0610–U+061A, U+06D6–U+06ED but U+06DD/06DE/06E9),
///   Arabic number signs U+0600–U+0605, high hamza U+0674, Arabic Extended-A marks
///   U+08CA–U+08FF, Latin combining marks U+0300–U+036F, soft hyphen, zero-width and bidi
///   controls (U+200B–U+200F, U+202A–U+202E, U+2060–U+206F, U+061C, U+FEFF), variation selectors,
///   and the Arabic thousands/decimal separators U+066B/U+066C (so "١٬٥٠٠" stays one number);
/// - letters folded: أ إ آ ٱ ٲ ٳ ٵ → ا; ى ی ئ → ي; ة ۃ ھ ہ ۀ ە → ه; ؤ → و; ک ڪ → ك; ASCII A–Z
///   → a–z; Arabic Presentation Forms-B (U+FE70–U+FEFC) → their base letters (lam-alef
///   ligatures → two letters), fullwidth ASCII → ASCII; every other letter is kept as is;
/// - digits (ASCII, Arabic-Indic U+0660–U+0669, Extended U+06F0–U+06F9, fullwidth) are word
///   characters of one class, and a run of them counts once: "2024", "١٥" and "7" all fold to
///   "0", so an update that changes a casualty count or a date stays a near duplicate;
/// - everything else that is not a letter breaks words: white space (ASCII and Unicode spaces),
///   ASCII punctuation and symbols, Arabic punctuation (، ؛ ؟ ٪ ۔ ٭ ۞ ۩), « », quotes, dashes,
///   bullets and the rest of U+2010–U+2BFF, CJK punctuation, emoji, U+FFFD (so invalid UTF-8
///   bytes act as separators).
public struct FoldingKey: Sendable {
    /// Bumped whenever a rule above changes: it is part of `DedupOptions.schemeTag`, so signatures
    /// folded by different rules are never compared.
    public static let version = 1

    let tables: FoldTables

    public init() { tables = FoldTables.shared }

    /// The folded words of `text`, for inspection and tests (slow path: builds Strings).
    public func foldedWords(_ text: String) -> [String] {
        var sink = WordCollector()
        scanUTF8(of: text, into: &sink)
        sink.wordBreak()
        return sink.words
    }

    /// One stable 64-bit hash per folded word, in text order (what the shingles are built from).
    public func wordHashes(_ text: String) -> [UInt64] {
        var sink = WordHashCollector()
        scanUTF8(of: text, into: &sink)
        sink.wordBreak()
        return sink.hashes
    }

    func scanUTF8<Sink: TextScanSink>(of text: String, into sink: inout Sink) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { scan($0, into: &sink) }
        if done == nil {
            let copy = Array(text.utf8)
            copy.withUnsafeBufferPointer { scan($0, into: &sink) }
        }
    }

    /// Walks UTF-8 bytes once and reports, per code point, what the exact key keeps
    /// (`exactRun` / `exactSpace`) and what the folding key sees (`letter` / `digit` /
    /// `wordBreak`). Invalid UTF-8 bytes are kept raw by the exact key and break words.
    @inline(__always)
    func scan<Sink: TextScanSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        tables.ascii.withUnsafeBufferPointer { ascii in
            tables.arabic.withUnsafeBufferPointer { arabic in
                tables.formsB.withUnsafeBufferPointer { formsB in
                    let n = bytes.count
                    var i = 0
                    var run = 0  // start of the current run of bytes the exact key keeps
                    while i < n {
                        let b0 = bytes[i]
                        if b0 < 0x80 {
                            // A single space after kept content stays in the run (the exact
                            // key's form has single spaces; the sink trims one a run ends with).
                            if b0 <= 0x20, !(b0 == 0x20 && run < i && bytes[i &- 1] != 0x20) {
                                if run < i { sink.exactRun(UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                                sink.exactSpace()
                                run = i &+ 1
                            }
                            dispatch(ascii[Int(b0)], into: &sink)
                            i &+= 1
                            continue
                        }
                        // Fast path: the Arabic block U+0600–U+06FF (lead bytes D8–DB).
                        if b0 & 0xFC == 0xD8, i &+ 1 < n, bytes[i &+ 1] & 0xC0 == 0x80 {
                            let index = Int(b0 & 0x03) << 6 | Int(bytes[i &+ 1] & 0x3F)
                            let code = arabic[index]
                            if FoldCode.isSingleLetter(code) {
                                // A letter, which the exact key keeps: it and the Arabic
                                // letters right after it go to the sink as one run.
                                i = sink.arabicLetters(bytes, from: i, folds: arabic.baseAddress!)
                                continue
                            }
                            if code <= FoldCode.skip {
                                let exactClass = FoldTables.exactClass(UInt32(0x600 + index))
                                if exactClass != FoldTables.exactContent {
                                    if run < i { sink.exactRun(UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                                    if exactClass == FoldTables.exactSpace { sink.exactSpace() }
                                    run = i &+ 2
                                }
                            }
                            dispatch(code, into: &sink)
                            i &+= 2
                            continue
                        }
                        var cp: UInt32 = 0xFFFD
                        var length = 1
                        if b0 >= 0xC2, b0 < 0xE0 {
                            if i + 1 < n, bytes[i + 1] & 0xC0 == 0x80 {
                                cp = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                                length = 2
                            }
                        } else if b0 >= 0xE0, b0 < 0xF0 {
                            if i + 2 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 {
                                cp = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6
                                    | UInt32(bytes[i + 2] & 0x3F)
                                length = 3
                            }
                        } else if b0 >= 0xF0, b0 < 0xF5 {
                            if i + 3 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80,
                               bytes[i + 3] & 0xC0 == 0x80 {
                                cp = UInt32(b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                                    | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                                length = 4
                            }
                        }
                        let code: UInt32
                        if cp &- 0x600 < 0x100 {
                            code = arabic[Int(cp &- 0x600)]
                        } else if cp &- 0xFE70 < 0x90 {
                            code = formsB[Int(cp &- 0xFE70)]
                        } else {
                            code = FoldTables.foldOther(cp)
                        }
                        // Letters and digits always go to the exact key as they are; separators
                        // and skipped marks are white space, dropped, or kept, per code point.
                        let exactClass = code > FoldCode.skip ? FoldTables.exactContent
                            : (length == 1 ? FoldTables.exactContent : FoldTables.exactClass(cp))
                        if exactClass != FoldTables.exactContent {
                            if run < i { sink.exactRun(UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                            if exactClass == FoldTables.exactSpace { sink.exactSpace() }
                            run = i &+ length
                        }
                        dispatch(code, into: &sink)
                        i &+= length
                    }
                    if run < n { sink.exactRun(UnsafeBufferPointer(rebasing: bytes[run..<n])) }
                }
            }
        }
    }

    @inline(__always)
    private func dispatch<Sink: TextScanSink>(_ code: UInt32, into sink: inout Sink) {
        switch code {
        case FoldCode.separator: sink.wordBreak()
        case FoldCode.skip: break
        case FoldCode.digit: sink.digit()
        default:
            if code > 0x10FFFF {
                sink.letter(code & 0xFFFF)
                sink.letter(code >> 16)
            } else {
                sink.letter(code)
            }
        }
    }
}

/// What the scanner reports; each user implements the events it needs (the rest inline away).
protocol TextScanSink {
    /// Consecutive input bytes the exact key keeps. Spaces in it are single and never first;
    /// the last byte may be a space, which the exact key keeps only if content follows.
    mutating func exactRun(_ bytes: UnsafeBufferPointer<UInt8>)
    /// White space for the exact key (runs collapse to one space, none at either end).
    mutating func exactSpace()
    /// A folded letter (a Unicode scalar value) of the current word.
    mutating func letter(_ scalar: UInt32)
    /// A digit of any script.
    mutating func digit()
    /// The end of the current word, if any.
    mutating func wordBreak()
    /// A run of letters of the Arabic block U+0600–U+06FF, each folded by `folds` to a single
    /// letter, starting with the one at `start`: `letter` for each of them, in order. Returns
    /// the index just past the run (see `FoldingKey.arabicLetterRun`).
    mutating func arabicLetters(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, folds: UnsafePointer<UInt32>) -> Int
}

extension TextScanSink {
    @inline(__always)
    mutating func arabicLetters(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, folds: UnsafePointer<UInt32>) -> Int {
        FoldingKey.arabicLetterRun(bytes, from: start, folds: folds) { letter($0) }
    }
}

extension FoldingKey {
    /// Calls `body` with the folded letter of each two-byte scalar of the Arabic block from
    /// `start` on, while they fold to single letters; returns the index just past the last.
    /// The scalar at `start` must be one (so the run is never empty).
    ///
    /// Why a separate loop: most of an article's bytes are such runs (its words), and in this
    /// small loop the word's hash state stays in a register, where the full scan, which holds
    /// the whole signature state, kept spilling it to memory on every letter.
    @inline(__always)
    static func arabicLetterRun(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, folds: UnsafePointer<UInt32>, _ body: (UInt32) -> Void
    ) -> Int {
        let p = bytes.baseAddress!
        let n = bytes.count
        var i = start
        while n &- i >= 2 {
            let b0 = p[i], b1 = p[i &+ 1]
            guard b0 & 0xFC == 0xD8, b1 & 0xC0 == 0x80 else { break }
            let code = folds[Int(b0 & 0x03) &<< 6 | Int(b1 & 0x3F)]
            guard FoldCode.isSingleLetter(code) else { break }
            body(code)
            i &+= 2
        }
        return i
    }
}

/// Fold codes: 0, 1 and 2 are classes; any larger value is the folded letter, or two letters
/// packed as `first | second << 16` (then larger than U+10FFFF).
enum FoldCode {
    static let separator: UInt32 = 0
    static let skip: UInt32 = 1
    static let digit: UInt32 = 2

    /// A code that is one folded letter (not a class, not two packed letters).
    @inline(__always)
    static func isSingleLetter(_ code: UInt32) -> Bool {
        code > digit && code <= 0x10FFFF
    }
}

/// Folds words into stable 64-bit hashes (FNV-1a over folded scalars, then `mix64`); shared by
/// `FoldingKey.wordHashes` and the signature computation.
struct WordHasher {
    private var state: UInt64 = 0
    private(set) var inWord = false
    private var lastWasDigit = false

    @inline(__always)
    mutating func letter(_ scalar: UInt32) {
        if !inWord { state = StableHash.fnvOffset; inWord = true }
        state = (state ^ UInt64(scalar)) &* StableHash.fnvPrime
        lastWasDigit = false
    }

    @inline(__always)
    mutating func digit() {
        if lastWasDigit { return }
        letter(0x30)
        lastWasDigit = true
    }

    /// `letter` for each letter of a run of Arabic letters (see `FoldingKey.arabicLetterRun`),
    /// with the hash state held in a local; returns the index just past the run.
    @inline(__always)
    mutating func arabicLetters(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, folds: UnsafePointer<UInt32>) -> Int {
        if !inWord { state = StableHash.fnvOffset; inWord = true }
        var h = state
        let end = FoldingKey.arabicLetterRun(bytes, from: start, folds: folds) { h = (h ^ UInt64($0)) &* StableHash.fnvPrime }
        state = h
        lastWasDigit = false
        return end
    }

    /// Ends the current word and returns its hash, or nil when no word was open.
    @inline(__always)
    mutating func finishWord() -> UInt64? {
        guard inWord else { return nil }
        inWord = false
        lastWasDigit = false
        return StableHash.mix64(state)
    }
}

/// Collects one hash per folded word. `letterRuns: false` hashes Arabic letter runs one letter
/// at a time (the protocol's default path), so tests can compare it with the run loop.
struct WordHashCollector: TextScanSink {
    var letterRuns = true
    var hasher = WordHasher()
    var hashes: [UInt64] = []
    mutating func exactRun(_ bytes: UnsafeBufferPointer<UInt8>) {}
    mutating func exactSpace() {}
    mutating func letter(_ scalar: UInt32) { hasher.letter(scalar) }
    mutating func digit() { hasher.digit() }
    mutating func wordBreak() { if let h = hasher.finishWord() { hashes.append(h) } }
    mutating func arabicLetters(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, folds: UnsafePointer<UInt32>) -> Int {
        if letterRuns { return hasher.arabicLetters(bytes, from: start, folds: folds) }
        return FoldingKey.arabicLetterRun(bytes, from: start, folds: folds) { letter($0) }
    }
}

private struct WordCollector: TextScanSink {
    var current = String.UnicodeScalarView()
    var words: [String] = []
    var lastWasDigit = false
    mutating func exactRun(_ bytes: UnsafeBufferPointer<UInt8>) {}
    mutating func exactSpace() {}
    mutating func letter(_ scalar: UInt32) {
        current.append(Unicode.Scalar(scalar) ?? "\u{FFFD}")
        lastWasDigit = false
    }
    mutating func digit() {
        if !lastWasDigit { current.append("0") }
        lastWasDigit = true
    }
    mutating func wordBreak() {
        if !current.isEmpty { words.append(String(current)) }
        current = String.UnicodeScalarView()
        lastWasDigit = false
    }
}
