/// A line cut into folded words, for the generic path's stop phrases and line shapes.
///
/// Folding makes the usual spellings one word: Arabic diacritics and tatweel dropped, أ إ آ ٱ → ا,
/// ى → ي, ة → ه, Arabic-Indic digits → 0–9, other letters lower-cased. A word is a run of one
/// script (Arabic letters, other letters, digits; an underscore between two letters of the same
/// script joins them: a hashtag's «#صوت_الوادي»); everything else separates words, and the
/// separators seen before each word are kept as flags. A URL (`http://…`, `https://…`, `www.…`)
/// up to the next space is one word.
struct LineWords {
    enum Kind: UInt8 { case arabic, latin, digits, url }

    struct Separators: OptionSet {
        let rawValue: UInt16
        static let colon = Separators(rawValue: 1 << 0)
        static let dash = Separators(rawValue: 1 << 1)
        static let pipe = Separators(rawValue: 1 << 2)
        static let comma = Separators(rawValue: 1 << 3)
        static let fullStop = Separators(rawValue: 1 << 4)
        static let question = Separators(rawValue: 1 << 5)
        static let slash = Separators(rawValue: 1 << 6)
        static let other = Separators(rawValue: 1 << 7)
        static let open = Separators(rawValue: 1 << 8)
        static let hash = Separators(rawValue: 1 << 9)
        /// The ones that set a label off from its value: «تاريخ النشر: …», «كتب - …», «… | …».
        static let labelBreak: Separators = [.colon, .dash, .pipe]
    }

    struct Word {
        var text: String
        var kind: Kind
        /// What stood between the previous word and this one (besides spaces).
        var before: Separators
        /// The word stands inside a quotation («…», “…” or "…"): someone's words, not the page's.
        var quoted = false
    }

    var words: [Word] = []
    /// Digits, ':', digits somewhere (a time: «14:20»).
    var hasTime = false
    /// Three digit groups joined by '/', '-' or '.' («2025/06/09», «11-09-2025»).
    var hasNumericDate = false
    /// A number with a degree sign after it («18°», «24 °C», «٣٠℃»): a temperature.
    var hasTemperature = false
    /// The line's last visible character ends a sentence (. ! ? ؟ …), or the sentence before a
    /// thread's counter does («… وأوروبا. 4/7»).
    var endsSentence = false
    /// The line's first and last visible characters.
    var firstMark: Unicode.Scalar?
    var lastMark: Unicode.Scalar?
    /// The line ends with "…" or "...": a cut teaser, not a finished sentence.
    var endsWithEllipsis = false
    /// The visible character before the line's last one («… المقبل.»: «.»).
    var markBeforeLast: Unicode.Scalar?
    var arabicLetters = 0
    var otherLetters = 0
    /// The line starts with a list bullet (• · ▪ ● ◦ ► -).
    var startsWithBullet = false
    /// Word counts of the parts between menu separators (| » › > < / • ·) that have a space beside
    /// them (a » that closes a quotation opened by « is none); one part when there is none.
    var parts: [Int] = []
    /// Every separator between parts is a chevron (› > » ‹ <): a breadcrumb's path.
    var partsByChevrons = true

    /// Lines longer than this (UTF-8 bytes) are article text or data, never chrome: not cut.
    static let maxChromeBytes = 600

    var count: Int { words.count }

    init(_ line: String) {
        guard line.utf8.count <= Self.maxChromeBytes else { return }
        let scalars = Array(line.unicodeScalars)
        // The word being read, as UTF-8 bytes (appending to a `String.UnicodeScalarView` costs
        // about 300 instructions a scalar).
        var current: [UInt8] = []
        current.reserveCapacity(64)
        var currentKind: Kind?
        var pending: Separators = []
        var partWords = 0
        var lastWasSpace = true
        var firstVisibleSeen = false
        // Quotations open («…», “…”): the » that closes one is no menu separator («بيوت فارغة»).
        // A straight quotation mark ("…") opens one, or closes the one it opened.
        var openQuotes = 0
        var straightQuoteOpen = false
        // A digit among the scalars folded below, or a URL (whose scalars are not): without
        // either the line holds no time or date, and `digitGroups` need not look.
        var mayHoldDigits = false

        func flush() {
            guard let kind = currentKind, !current.isEmpty else { return }
            words.append(Word(text: String(decoding: current, as: UTF8.self), kind: kind, before: pending, quoted: openQuotes > 0))
            pending = []
            partWords += 1
            current.removeAll(keepingCapacity: true)
            currentKind = nil
        }

        var i = 0
        while i < scalars.count {
            let u = scalars[i]
            // A URL: one word up to the next space (glued to a label or not: «انسخ الرابطhttps://…»).
            if currentKind != .latin && currentKind != .digits, Self.urlStarts(scalars, at: i) {
                flush()
                var j = i
                var url = String.UnicodeScalarView()
                while j < scalars.count, !Self.isSpace(scalars[j]) { url.append(scalars[j]); j += 1 }
                words.append(Word(text: String(url).lowercased(), kind: .url, before: pending, quoted: openQuotes > 0))
                mayHoldDigits = true
                pending = []
                partWords += 1
                firstVisibleSeen = true
                lastWasSpace = false
                i = j
                continue
            }
            guard let folded = Self.fold(u) else { i += 1; continue }
            let kind = Self.kind(of: folded)
            if !firstVisibleSeen && !Self.isSpace(folded) {
                firstVisibleSeen = true
                startsWithBullet = Self.bullets.contains(folded)
            }
            if let kind {
                if kind == .arabic { arabicLetters += 1 } else if kind == .latin { otherLetters += 1 } else if kind == .digits { mayHoldDigits = true }
                if currentKind != kind { flush(); currentKind = kind }
                UTF8.encode(folded) { current.append($0) }
                lastWasSpace = false
            } else if currentKind == .digits, Self.numberJoiners.contains(folded), i + 1 < scalars.count,
                      Self.fold(scalars[i + 1]).map({ Self.kind(of: $0) == .digits }) == true {
                // «0.709», «2,431», «3٫5»: one number.
                UTF8.encode(folded) { current.append($0) }
            } else if folded == "_", currentKind == .arabic || currentKind == .latin, i + 1 < scalars.count,
                      Self.fold(scalars[i + 1]).map({ Self.kind(of: $0) == currentKind }) == true {
                // «#صوت_الوادي», «um_yousef»: a hashtag's or a handle's words joined by underscores, one word.
                current.append(0x5F)
            } else {
                // A separator (or a space).
                flush()
                if Self.isSpace(folded) {
                    lastWasSpace = true
                    i += 1
                    continue
                }
                let next = i + 1 < scalars.count ? scalars[i + 1] : " "
                let spaced = lastWasSpace || Self.isSpace(next)
                if folded == "«" || folded == "“" || (folded == "\"" && !straightQuoteOpen) { openQuotes += 1 }
                let closesQuote = (folded == "»" || folded == "”" || (folded == "\"" && straightQuoteOpen)) && openQuotes > 0
                if closesQuote { openQuotes -= 1 }
                if folded == "\"" { straightQuoteOpen.toggle() }
                if !closesQuote && Self.menuSeparators.contains(folded) && (spaced || folded == "|" || folded == "»" || folded == "›") {
                    if partWords > 0 { parts.append(partWords) }
                    partWords = 0
                    if !Self.chevrons.contains(folded) { partsByChevrons = false }
                }
                pending.insert(Self.separatorFlag(folded))
                lastWasSpace = false
            }
            i += 1
        }
        flush()
        if partWords > 0 { parts.append(partWords) }
        if mayHoldDigits {
            (hasTime, hasNumericDate) = Self.digitGroups(scalars)
            hasTemperature = Self.hasTemperature(scalars)
        }
        firstMark = scalars.first(where: { !Self.isSpace($0) })
        lastMark = scalars.last(where: { !Self.isSpace($0) })
        if let last = lastMark { endsSentence = Self.sentenceEnds.contains(last) || Self.endsSentenceBeforeCounter(scalars) }
        let tail = scalars.reversed().drop(while: { Self.isSpace($0) }).prefix(3)
        endsWithEllipsis = tail.first == "…" || (tail.count == 3 && tail.allSatisfy { $0 == "." })
        markBeforeLast = scalars.reversed().drop(while: { Self.isSpace($0) }).dropFirst().first(where: { !Self.isSpace($0) })
    }

    /// A digit, perhaps a space, then a degree sign (° ℃ ℉).
    static func hasTemperature(_ s: [Unicode.Scalar]) -> Bool {
        for k in s.indices where s[k] == "°" || s[k] == "\u{2103}" || s[k] == "\u{2109}" {
            var j = k - 1
            if j >= 0 && isSpace(s[j]) { j -= 1 }
            if j >= 0, fold(s[j]).map({ kind(of: $0) == .digits }) == true { return true }
        }
        return false
    }

    /// Times («14:20») and numeric dates («2025/06/09», «11-09-2025»: three groups, one joiner).
    static func digitGroups(_ s: [Unicode.Scalar]) -> (time: Bool, date: Bool) {
        func isDigit(_ k: Int) -> Bool { k < s.count && fold(s[k]).map { kind(of: $0) == .digits } == true }
        var time = false, date = false
        var k = 0
        while k < s.count {
            guard isDigit(k) else { k += 1; continue }
            var j = k
            while isDigit(j) { j += 1 }
            var groups = 1
            var joiner: Unicode.Scalar?
            while j + 1 < s.count, [":", "/", "-", "."].contains(s[j]), isDigit(j + 1) {
                if s[j] == ":" {
                    time = true
                } else if joiner == nil || joiner == s[j] {
                    joiner = s[j]
                    groups += 1
                } else {
                    break
                }
                j += 1
                while isDigit(j) { j += 1 }
            }
            if groups >= 3 { date = true }
            k = j
        }
        return (time, date)
    }

    /// The words' folded texts.
    var texts: [String] { words.map(\.text) }

    /// Whether words `from…` spell `phrase` (folded words).
    func has(_ phrase: [String], at from: Int) -> Bool {
        guard from >= 0, from + phrase.count <= words.count else { return false }
        for k in phrase.indices where words[from + k].text != phrase[k] { return false }
        return true
    }

    // MARK: - Characters

    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "؟", "…"]

    /// A sentence closed by its place in a thread, «… في الخليج وأوروبا. 4/7»: the sentence's
    /// end, a space, then digits, a slash and digits end the line.
    static func endsSentenceBeforeCounter(_ s: [Unicode.Scalar]) -> Bool {
        var k = s.count - 1
        func digits() -> Bool {
            let end = k
            while k >= 0, s[k].value >= 0x30 && s[k].value <= 0x39 || s[k].value >= 0x0660 && s[k].value <= 0x0669 { k -= 1 }
            return k < end
        }
        while k >= 0, isSpace(s[k]) { k -= 1 }
        guard digits(), k >= 0, s[k] == "/" else { return false }
        k -= 1
        guard digits(), k >= 0, isSpace(s[k]) else { return false }
        while k >= 0, isSpace(s[k]) { k -= 1 }
        return k >= 0 && sentenceEnds.contains(s[k])
    }
    /// Inside a number: decimal and thousands separators (Arabic ones too).
    static let numberJoiners: Set<Unicode.Scalar> = [".", ",", "٫", "٬"]
    static let bullets: Set<Unicode.Scalar> = ["•", "·", "▪", "●", "◦", "►", "-", "*", "–", "∙", "■", "◆", "▸"]
    /// Between a menu's items: pipes, arrows, slashes and the dots and squares sites draw
    /// («∙» U+2219, «⋅» U+22C5, «‧» U+2027, «・» U+30FB, «¦», the full-width «｜»).
    static let menuSeparators: Set<Unicode.Scalar> = ["|", "»", "›", ">", "<", "‹", "/", "•", "·", "◄", "►", "\\",
                                                      "∙", "⋅", "‧", "・", "¦", "｜", "▪", "■", "◆", "♦"]

    /// A breadcrumb's separators.
    static let chevrons: Set<Unicode.Scalar> = ["›", ">", "»", "‹", "<"]

    static func separatorFlag(_ u: Unicode.Scalar) -> Separators {
        switch u {
        case ":", "：": return .colon
        case "-", "–", "—", "ـ": return .dash
        case "|", "｜": return .pipe
        case ",", "،", "؛", ";": return .comma
        case ".": return .fullStop
        case "?", "؟", "!": return .question
        case "/", "\\": return .slash
        case "(", "[", "（": return .open
        case "#": return .hash
        default: return .other
        }
    }

    /// The folded scalar, or nil for marks that are dropped (diacritics, tatweel, format marks).
    @inline(__always)
    static func fold(_ u: Unicode.Scalar) -> Unicode.Scalar? {
        let v = u.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v | 0x20) }
            return u
        }
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06ED, 0x200B...0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
            return nil
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"
        case 0x0649: return "\u{064A}"
        case 0x0629: return "\u{0647}"
        case 0x0660...0x0669: return Unicode.Scalar(v - 0x0660 + 0x30)
        case 0x06F0...0x06F9: return Unicode.Scalar(v - 0x06F0 + 0x30)
        case 0x00A0: return " "
        case 0x0600...0x06FF, 0x0750...0x077F: return u
        default:
            if u.properties.changesWhenLowercased, let lower = u.properties.lowercaseMapping.unicodeScalars.first {
                return lower
            }
            return u
        }
    }

    /// White space, without a Unicode property lookup for the common scripts.
    @inline(__always)
    static func isSpace(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v >= 0x0600 && v <= 0x06FF { return false }
        return u.properties.isWhitespace
    }

    /// The word kind of a folded scalar, or nil for a separator or space.
    @inline(__always)
    static func kind(of u: Unicode.Scalar) -> Kind? {
        let v = u.value
        if v < 0x80 {
            if v >= 0x30 && v <= 0x39 { return .digits }
            if v >= 0x61 && v <= 0x7A { return .latin }
            return nil
        }
        if (v >= 0x0621 && v <= 0x064A) || (v >= 0x066E && v <= 0x06D3) || v == 0x06D5 || (v >= 0x06FA && v <= 0x06FF)
            || (v >= 0x0750 && v <= 0x077F) {
            return .arabic
        }
        if u.properties.isAlphabetic { return .latin }
        return nil
    }

    /// Whether a URL starts at `i` ("http://", "https://", "www.", any case).
    static func urlStarts(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i < s.count else { return false }
        // Every scalar of a line is asked: most are not h or w, and fail here.
        let first = s[i].value
        guard first == 0x68 || first == 0x48 || first == 0x77 || first == 0x57 else { return false }
        func lower(_ k: Int) -> UInt32 {
            guard k < s.count else { return 0 }
            let v = s[k].value
            return v >= 0x41 && v <= 0x5A ? v | 0x20 : v
        }
        func spells(_ text: String) -> Bool {
            var k = i
            for c in text.unicodeScalars { if lower(k) != c.value { return false }; k += 1 }
            return true
        }
        return spells("http://") || spells("https://") || spells("www.")
    }
}
