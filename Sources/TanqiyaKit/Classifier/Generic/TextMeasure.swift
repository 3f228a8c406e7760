/// Word and stop-word counts of blocks, on UTF-8 bytes (no Character view: see PITFALLS, speed).
struct TextMeasure {
    /// Words of every block, as stop-list language masks, flat; `ranges[i]` are block i's words.
    var masks: [UInt32] = []
    var ranges: [Range<Int>] = []

    init(texts: [String], stopLists: StopLists) {
        masks.reserveCapacity(texts.count * 16)
        ranges.reserveCapacity(texts.count)
        let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 128)
        defer { scratch.deallocate() }
        for text in texts {
            let start = masks.count
            var t = text
            t.withUTF8 { p in
                var i = 0
                let n = p.count
                while i < n {
                    while i < n && p[i] == 0x20 { i += 1 }
                    let s = i
                    while i < n && p[i] != 0x20 { i += 1 }
                    if i > s {
                        let m = Self.lookup(UnsafeBufferPointer(rebasing: p[s..<i]), stopLists, scratch)
                        if let m { masks.append(m) }
                    }
                }
            }
            ranges.append(start..<masks.count)
        }
    }

    func wordCount(_ block: Int) -> Int { ranges[block].count }

    func stopwordCount(_ block: Int, bit: UInt32) -> Int {
        var c = 0
        for k in ranges[block] where masks[k] & bit != 0 { c += 1 }
        return c
    }

    /// The share of the letters of a scripts written without spaces between words (Chinese,
    /// Japanese kana, Thai, Lao, Khmer, Myanmar) among all letters, over the texts' first
    /// `sampleLetters` letters; counted on UTF-8 lead bytes. On such a page a space-separated
    /// token is a phrase or a sentence, not a word, so a stop list's share means nothing: the
    /// Latin words it quotes ("for", "PC") would make it an English page whose prose holds no
    /// stop words.
    static func unspacedScriptShare(_ texts: [String], sampleLetters: Int) -> Double {
        var unspaced = 0, letters = 0
        for text in texts {
            var t = text
            let done = t.withUTF8 { p -> Bool in
                let n = p.count
                var i = 0
                while i < n {
                    let b = p[i]
                    if b < 0x80 {
                        if b | 0x20 >= 0x61 && b | 0x20 <= 0x7A { letters += 1 }
                        i += 1
                    } else if b < 0xE0 {
                        if b >= 0xC3 { letters += 1 }  // Latin with accents, Greek, Cyrillic, Arabic, Hebrew…
                        i += 2
                    } else if b < 0xF0 {
                        if i + 1 < n, Self.isUnspacedScript(b, p[i + 1]) { unspaced += 1; letters += 1 }
                        else if b >= 0xEA && b <= 0xED { letters += 1 }  // Hangul syllables (Korean spaces its words)
                        i += 3
                    } else {
                        i += 4
                    }
                    if letters >= sampleLetters { return true }
                }
                return false
            }
            if done { break }
        }
        return letters == 0 ? 0 : Double(unspaced) / Double(letters)
    }

    /// A three-byte UTF-8 sequence led by `lead`, `second` of a script written without spaces:
    /// U+0E00–U+0EFF Thai and Lao (E0 B8–BB), U+1000–U+109F Myanmar (E1 80–81), U+1780–U+17FF
    /// Khmer (E1 9E–9F), U+3040–U+30FF kana (E3 81–83), U+3400–U+9FFF Han (E3 90 – E9).
    @inline(__always)
    static func isUnspacedScript(_ lead: UInt8, _ second: UInt8) -> Bool {
        switch lead {
        case 0xE0: return second >= 0xB8 && second <= 0xBB
        case 0xE1: return second == 0x80 || second == 0x81 || second == 0x9E || second == 0x9F
        case 0xE3: return (second >= 0x81 && second <= 0x83) || second >= 0x90
        case 0xE4...0xE9: return true
        default: return false
        }
    }

    /// The language whose stop words cover most of the first `sampleWords` words, with its share.
    func dominantLanguage(sampleWords: Int, languageCount: Int) -> (index: Int, share: Double)? {
        guard languageCount > 0, !masks.isEmpty else { return nil }
        var hits = [Int](repeating: 0, count: languageCount)
        let n = min(sampleWords, masks.count)
        for k in 0..<n {
            var m = masks[k]
            while m != 0 {
                let b = m.trailingZeroBitCount
                hits[b] += 1
                m &= m - 1
            }
        }
        guard let best = hits.indices.max(by: { hits[$0] < hits[$1] }) else { return nil }
        return (best, Double(hits[best]) / Double(n))
    }

    /// Trims punctuation, lower-cases, looks up. nil when nothing word-like is left. `scratch`
    /// holds the lower-cased word (a longer word gets its own buffer).
    @inline(__always)
    static func lookup(_ raw: UnsafeBufferPointer<UInt8>, _ stopLists: StopLists,
                       _ scratch: UnsafeMutableBufferPointer<UInt8>) -> UInt32? {
        var s = 0, e = raw.count
        while s < e, isASCIIPunct(raw[s]) { s += 1 }
        while e > s, isASCIIPunct(raw[e - 1]) { e -= 1 }
        // Common non-ASCII quotes and marks: “ ” ‘ ’ (E2 80 9C/9D/98/99), « » (C2 AB/BB), ، ؛ ؟ (D8 8C/9B/9F).
        while e - s >= 3, raw[s] == 0xE2, raw[s + 1] == 0x80 { s += 3 }
        while e - s >= 3, raw[e - 3] == 0xE2, raw[e - 2] == 0x80 { e -= 3 }
        while e - s >= 2, raw[s] == 0xC2, raw[s + 1] == 0xAB || raw[s + 1] == 0xBB { s += 2 }
        while e - s >= 2, raw[e - 2] == 0xC2 || raw[e - 2] == 0xD8, isClosingMark(raw[e - 1]) { e -= 2 }
        guard e > s else { return nil }
        let length = e - s
        guard length <= scratch.count else {
            let longer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: length)
            defer { longer.deallocate() }
            return lowercasedMask(raw, s, e, stopLists, longer)
        }
        return lowercasedMask(raw, s, e, stopLists, scratch)
    }

    /// `raw[s..<e]` lower-cased into `scratch` (at least as long), looked up.
    @inline(__always)
    static func lowercasedMask(_ raw: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ stopLists: StopLists,
                               _ scratch: UnsafeMutableBufferPointer<UInt8>) -> UInt32 {
        let length = e - s
        var needsUnicodeLower = false
        var high: UInt8 = 0
        for k in 0..<length {
            var b = raw[s + k]
            high |= b
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            else if b >= 0xC3 && b <= 0xD4 { needsUnicodeLower = true }  // Latin-1 … Cyrillic, Greek
            scratch[k] = b
        }
        let word = UnsafeBufferPointer(rebasing: scratch[0..<length])
        if high < 0x80 { return stopLists.mask(ascii: word) }
        if needsUnicodeLower { return stopLists.mask(String(decoding: word, as: UTF8.self).lowercased()) }
        return stopLists.mask(utf8: word)
    }

    /// The second byte of « » ، ؛ ؟ (after C2 or D8).
    @inline(__always) static func isClosingMark(_ b: UInt8) -> Bool {
        b == 0xAB || b == 0xBB || b == 0x8C || b == 0x9B || b == 0x9F
    }

    @inline(__always) static func isASCIIPunct(_ b: UInt8) -> Bool {
        (b >= 0x21 && b <= 0x2F) || (b >= 0x3A && b <= 0x40) || (b >= 0x5B && b <= 0x60) || (b >= 0x7B && b <= 0x7E)
    }
}
