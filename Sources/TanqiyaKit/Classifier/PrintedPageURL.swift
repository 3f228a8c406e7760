/// The address a page prints for itself: the URL of a copy-link or short-link line
/// («انسخ الرابط https://…», glued or not; `url` phrases of data/generic-chrome/widget.txt). A text
/// dump without a record URL still names its site this way, and `OutletDetector` takes that host
/// like a record's `url`.
struct PrintedPageURL: Sendable {
    /// The labels that precede a page's own address (folded words).
    let labels: [[String]]
    /// The first bytes (up to 8) a line starting with a label can have, in the spellings a page
    /// prints (أ/إ/آ for ا, capitalised Latin): every line of every page is tested against these
    /// before anything else.
    private let heads: [ByteKey.HeadTest]
    /// The heads' first two bytes as bits (65,536 of them): one lookup turns most lines away.
    private let firstTwoBytes: [UInt64]

    init(phrases: ChromePhrases) {
        let urlPhrases = phrases.phrases.filter { $0.kind == .url }
        labels = urlPhrases.map(\.words)
        var starts = Set<String>()
        for p in urlPhrases {
            guard let word = p.text.split(separator: " ").first.map(String.init), let c = word.first else { continue }
            for variant in [word, word.lowercased(), word.capitalized, word.uppercased()] { starts.insert(variant) }
            if c == "ا" { for alef in ["أ", "إ", "آ"] { starts.insert(alef + word.dropFirst()) } }
        }
        heads = starts.sorted().map { ByteKey.HeadTest(String(decoding: $0.utf8.prefix(8), as: UTF8.self)) }
        var bits = [UInt64](repeating: 0, count: 1024)
        for h in heads { let v = Int(h.value & 0xFFFF); bits[v >> 6] |= 1 << UInt64(v & 63) }
        firstTwoBytes = bits
    }

    /// The first URL printed after such a label, and its line index.
    func find(in blocks: [Block]) -> (url: String, index: Int)? {
        guard !labels.isEmpty else { return nil }
        for i in blocks.indices {
            let head = blocks[i].keyHead
            let two = Int(head & 0xFFFF)
            guard firstTwoBytes[two >> 6] & (1 << UInt64(two & 63)) != 0, heads.contains(where: { $0.admits(head) }),
                  Self.mayHoldURL(blocks[i].key) else { continue }
            let w = LineWords(blocks[i].key)
            guard let last = w.words.last, last.kind == .url else { continue }
            let labelWords = w.count - 1
            if labels.contains(where: { $0.count == labelWords && w.has($0, at: 0) }) {
                return (last.text, i)
            }
        }
        return nil
    }

    /// A cheap byte test before any word is cut: a short line holding "://" or "www.".
    static func mayHoldURL(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { p in
            let n = p.count
            guard n >= 8, n <= LineWords.maxChromeBytes else { return false }
            var i = 0
            while i + 3 < n {
                let b = p[i]
                if b == 0x3A && p[i + 1] == 0x2F && p[i + 2] == 0x2F { return true }
                if (b == 0x77 || b == 0x57) && (p[i + 1] | 0x20) == 0x77 && (p[i + 2] | 0x20) == 0x77 && p[i + 3] == 0x2E { return true }
                i += 1
            }
            return false
        }
    }
}
