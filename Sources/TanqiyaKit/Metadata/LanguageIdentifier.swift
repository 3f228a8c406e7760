/// A record's language as a BCP 47 tag: a page's declared tag tidied (`en_us` → `en-US`), or one
/// detected from the text — its script, then, among the languages sharing that script, the stop
/// list its words hit most (`data/metadata/languages.txt` says which lists and scripts there are).
public struct LanguageIdentifier: Sendable {
    enum Script: String, Sendable, CaseIterable {
        case latin, cyrillic, greek, arabic, hebrew, han, kana, hangul, thai, devanagari, georgian, armenian
    }

    let stopLists: StopLists
    /// For every stop list (by its index in `stopLists.languages`): its code and script.
    let listCodes: [(code: String, script: Script)?]
    /// Scripts that mean one language.
    let scriptCodes: [Script: String]
    /// Every known code's script (to check a declared tag against the text).
    let codeScripts: [String: Script]

    /// Letters sampled from the text.
    static let sampleLetters = 4000
    /// Words sampled for the stop-word vote.
    static let sampleWords = 600
    /// Fewer letters than this: too little text to say.
    static let minLetters = 20
    /// A stop list must cover at least this share of the sampled words (a text of the script with
    /// fewer is in a language without a list here, and is not named).
    static let minStopwordShare = 0.08

    public static let standard: LanguageIdentifier = {
        // The embedded file is checked by LanguageIdentifierTests; an error here is a build defect.
        guard let id = try? LanguageIdentifier(stopLists: GenericResources.embedded.stopLists, text: EmbeddedData.languages) else {
            preconditionFailure("data/metadata/languages.txt does not parse: run the tests")
        }
        return id
    }()

    struct ParseError: Error, CustomStringConvertible {
        var line: Int
        var text: String
        var description: String { "languages.txt:\(line): cannot read: \(text)" }
    }

    init(stopLists: StopLists, text: String) throws {
        self.stopLists = stopLists
        var lists = [(code: String, script: Script)?](repeating: nil, count: stopLists.languages.count)
        var scripts: [Script: String] = [:]
        var codes: [String: Script] = [:]
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else { throw ParseError(line: n + 1, text: line) }
            let head = line[..<colon].split(separator: " ").map(String.init)
            let tail = line[line.index(after: colon)...].split(separator: " ").map(String.init)
            if head.count == 2, head[0] == "script", let script = Script(rawValue: head[1]), tail.count == 1 {
                scripts[script] = tail[0]
                codes[tail[0]] = script
            } else if head.count == 1, tail.count == 2, let script = Script(rawValue: tail[1]) {
                guard let index = stopLists.languages.firstIndex(of: head[0]) else { throw ParseError(line: n + 1, text: line) }
                lists[index] = (tail[0], script)
                codes[tail[0]] = script
            } else {
                throw ParseError(line: n + 1, text: line)
            }
        }
        listCodes = lists
        scriptCodes = scripts
        codeScripts = codes
    }

    // MARK: Declared tags

    /// A declared tag in BCP 47's usual case: `EN_us` → `en-US`, `zh-hant-tw` → `zh-Hant-TW`; nil
    /// when it is not a language tag (a primary subtag of 2–3 letters, then subtags of 1–8
    /// letters or digits).
    public static func normalize(_ tag: String) -> String? {
        let parts = tag.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let primary = parts.first, (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        var out = [primary.lowercased()]
        for p in parts.dropFirst() {
            guard (1...8).contains(p.count), p.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
            if p.count == 4 && p.allSatisfy(\.isLetter) { out.append(p.prefix(1).uppercased() + p.dropFirst().lowercased()) }
            else if p.count == 2 && p.allSatisfy(\.isLetter) { out.append(p.uppercased()) }
            else { out.append(p.lowercased()) }
        }
        return out.joined(separator: "-")
    }

    /// Whether a declared tag fits the text: false when the tag's language is written in another
    /// script than the text's (a template's `lang="en"` on an Arabic article).
    func fits(_ tag: String, _ texts: [String]) -> Bool {
        let primary = String(tag.prefix { $0 != "-" })
        guard let declared = codeScripts[primary], let (script, _) = dominantScript(texts) else { return true }
        if declared == .han || declared == .kana { return script == .han || script == .kana }
        return declared == script
    }

    // MARK: Detection

    /// The language of `texts` (paragraphs), or nil when there is too little text or the script's
    /// languages have no stop list that covers it.
    public func detect(_ texts: [String]) -> String? {
        guard let (script, kana) = dominantScript(texts) else { return nil }
        if script == .han && kana { return scriptCodes[.kana] }
        let candidates = listCodes.indices.filter { listCodes[$0]?.script == script }
        if candidates.isEmpty { return scriptCodes[script] }
        // The stop-word vote, on the first `sampleWords` words.
        var sample: [String] = []
        var words = 0
        for t in texts where words < Self.sampleWords {
            sample.append(t)
            words += t.utf8.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) } + 1
        }
        let measure = TextMeasure(texts: sample, stopLists: stopLists)
        var hits = [Int](repeating: 0, count: listCodes.count)
        var total = 0
        for mask in measure.masks.prefix(Self.sampleWords) {
            total += 1
            for c in candidates where mask & (UInt32(1) << UInt32(c)) != 0 { hits[c] += 1 }
        }
        guard total > 0, let best = candidates.max(by: { hits[$0] < hits[$1] }),
              Double(hits[best]) >= Self.minStopwordShare * Double(total) else { return scriptCodes[script] }
        return listCodes[best]?.code
    }

    /// The script most of the sampled letters are in, and whether kana occur (Japanese mixes
    /// kanji and kana). nil under `minLetters` letters.
    func dominantScript(_ texts: [String]) -> (Script, kana: Bool)? {
        var counts = [Int](repeating: 0, count: Script.allCases.count)
        var letters = 0
        outer: for t in texts {
            for u in t.unicodeScalars {
                guard let s = Self.script(of: u) else { continue }
                counts[Script.allCases.firstIndex(of: s)!] += 1
                letters += 1
                if letters >= Self.sampleLetters { break outer }
            }
        }
        guard letters >= Self.minLetters, let best = counts.indices.max(by: { counts[$0] < counts[$1] }) else { return nil }
        let kana = counts[Script.allCases.firstIndex(of: .kana)!]
        var script = Script.allCases[best]
        // Japanese: kana among the kanji make it Japanese even when kanji are the most.
        if script == .kana { script = .han }
        return (script, kana > 0 && (script == .han))
    }

    /// The script of a letter (nil: not a letter of a script listed here).
    static func script(of u: Unicode.Scalar) -> Script? {
        let v = u.value
        switch v {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: return .latin
        case 0x0370...0x03FF: return .greek
        case 0x0400...0x052F: return .cyrillic
        case 0x0531...0x058F: return .armenian
        case 0x05D0...0x05EA: return .hebrew
        case 0x0620...0x064A, 0x066E...0x06D3, 0x06FA...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
        case 0x0900...0x097F: return .devanagari
        case 0x0E00...0x0E7F: return .thai
        case 0x10A0...0x10FF: return .georgian
        case 0x3040...0x30FF: return .kana
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: return .han
        case 0xAC00...0xD7A3, 0x1100...0x11FF: return .hangul
        default: return nil
        }
    }
}
