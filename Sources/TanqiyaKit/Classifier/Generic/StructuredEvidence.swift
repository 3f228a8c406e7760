/// A page's own statement of its article body (JSON-LD `articleBody`) held against its blocks:
/// which blocks' text the statement contains. Evidence, not truth — sites put summaries, the
/// first paragraphs or a stale version there — so `MainContentFinder` only lets it overrule a
/// candidate that holds little of it.
///
/// Text is compared as word trigrams (ASCII lower-cased; white space, ASCII punctuation and the
/// common quotes, dashes and Arabic marks separate words), so markup, spacing and punctuation
/// differences between the two copies do not matter.
struct StructuredEvidence: Sendable {
    /// For every block: its text is in the statement.
    private let matched: [Bool]

    /// A block matches when at least this share of its trigrams is in the statement.
    static let minTrigramShare = 0.8

    init?(articleBody: String, blocks: [Block]) {
        var grams = Set<UInt64>()
        Self.forEachTrigram(articleBody) { grams.insert($0) }
        guard !grams.isEmpty else { return nil }
        matched = blocks.map { block in
            var total = 0, hits = 0
            Self.forEachTrigram(block.key) { total += 1; if grams.contains($0) { hits += 1 } }
            return total > 0 && Double(hits) >= Self.minTrigramShare * Double(total)
        }
    }

    func matches(block i: Int) -> Bool { i < matched.count && matched[i] }

    /// Calls `body` with the hash of every run of three consecutive words (one "trigram" for a text
    /// of one or two words).
    static func forEachTrigram(_ text: String, _ body: (UInt64) -> Void) {
        var words: [UInt64] = []
        forEachWord(text) { words.append($0) }
        if words.isEmpty { return }
        if words.count < 3 { body(words.reduce(0x9E37_79B9_7F4A_7C15) { ($0 ^ $1) &* 0x100_0000_01B3 }); return }
        for k in 0...(words.count - 3) {
            body(((words[k] &* 31 ^ words[k + 1]) &* 31 ^ words[k + 2]) &* 0x9E37_79B9_7F4A_7C15)
        }
    }

    /// FNV-1a of every word's bytes, ASCII lower-cased.
    static func forEachWord(_ text: String, _ body: (UInt64) -> Void) {
        var t = text
        t.withUTF8 { p in
            var i = 0
            let n = p.count
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            var inWord = false
            while i < n {
                let sep = separatorLength(p, i)
                if sep > 0 {
                    if inWord { body(h); h = 0xCBF2_9CE4_8422_2325; inWord = false }
                    i += sep
                    continue
                }
                var b = p[i]
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                h = (h ^ UInt64(b)) &* 0x100_0000_01B3
                inWord = true
                i += 1
            }
            if inWord { body(h) }
        }
    }

    /// The length of the separator at `i` (0: part of a word).
    @inline(__always)
    static func separatorLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = p[i]
        if b < 0x80 {
            let alnum = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            return alnum ? 0 : 1
        }
        if i + 1 < p.count {
            let c = p[i + 1]
            // « » NBSP; Arabic comma, semicolon, question mark.
            if b == 0xC2 && (c == 0xAB || c == 0xBB || c == 0xA0) { return 2 }
            if b == 0xD8 && (c == 0x8C || c == 0x9B || c == 0x9F) { return 2 }
            // ‘ ’ “ ” – — … and the other punctuation of E2 80 xx.
            if b == 0xE2 && c == 0x80 && i + 2 < p.count { return 3 }
        }
        return 0
    }
}
