/// The address a page prints for itself: the URL of a copy-link or short-link line
/// («انسخ الرابط https://…», glued or not; `url` phrases of data/generic-chrome/widget.txt). A text
/// dump without a record URL still names its site this way, and `OutletDetector` takes that host
/// like a record's `url`.
struct PrintedPageURL: Sendable {
    /// The labels that precede a page's own address (folded words).
    let labels: [[String]]

    init(phrases: ChromePhrases) {
        labels = phrases.phrases.filter { $0.kind == .url }.map(\.words)
    }

    /// The first URL printed after such a label, and its line index.
    func find(in blocks: [Block]) -> (url: String, index: Int)? {
        guard !labels.isEmpty else { return nil }
        for i in blocks.indices where Self.mayHoldURL(blocks[i].key) {
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
