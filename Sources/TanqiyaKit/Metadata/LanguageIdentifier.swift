/// A record's language as a BCP 47 tag: a page's declared tag tidied (`en_us` → `en-US`), or one
/// detected from the text — its script, then, among the languages sharing that script, the stop
/// list its words hit most (`data/metadata/languages.txt` says which lists and scripts there are).
import Foundation

public struct LanguageIdentifier: Sendable {
    enum Script: Int, Sendable, CaseIterable {
        case latin, cyrillic, greek, arabic, hebrew, han, kana, hangul, thai, devanagari, georgian, armenian

        init?(name: String) {
            guard let s = Script.allCases.first(where: { "\($0)" == name }) else { return nil }
            self = s
        }
    }

    /// For every script with stop lists: its languages' codes and their lists' words, in the
    /// file's order. The table of a script is built the first time a text in it is seen (a run
    /// of Arabic pages never builds the Latin or Cyrillic lists: start-up stays small).
    let groups: [Script: [(code: String, words: String)]]
    private let tables = ScriptTables()
    /// Scripts that mean one language.
    let scriptCodes: [Script: String]
    /// Every known code's script (to check a declared tag against the text).
    let codeScripts: [String: Script]

    /// Letters sampled from the text (enough to tell a script; the sampling runs on every page).
    static let sampleLetters = 120
    /// Words sampled for the stop-word vote (a news text's stop words are a fifth to a third of
    /// its words: 60 words give a dozen votes or more).
    static let sampleWords = 60
    /// Stop-word hits that end the vote early, when they are twice the runner-up's.
    static let decisiveHits = 5
    /// Fewer letters than this: too little text to say.
    static let minLetters = 20
    /// A stop list must cover at least this share of the sampled words (a text of the script with
    /// fewer is in a language without a list here, and is not named).
    static let minStopwordShare = 0.08

    public static let standard: LanguageIdentifier = {
        // The embedded file is checked by LanguageIdentifierTests; an error here is a build defect.
        guard let id = try? LanguageIdentifier(stopLists: EmbeddedData.stopLists, text: EmbeddedData.languages) else {
            preconditionFailure("data/metadata/languages.txt does not parse: run the tests")
        }
        return id
    }()

    struct ParseError: Error, CustomStringConvertible {
        var line: Int
        var text: String
        var description: String { "languages.txt:\(line): cannot read: \(text)" }
    }

    /// `stopLists`: (stop list name, one word per line) pairs, the lists `text` names.
    init(stopLists: [(language: String, words: String)], text: String) throws {
        var groups: [Script: [(code: String, words: String)]] = [:]
        var scripts: [Script: String] = [:]
        var codes: [String: Script] = [:]
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else { throw ParseError(line: n + 1, text: line) }
            let head = line[..<colon].split(separator: " ").map(String.init)
            let tail = line[line.index(after: colon)...].split(separator: " ").map(String.init)
            if head.count == 2, head[0] == "script", let script = Script(name: head[1]), tail.count == 1 {
                scripts[script] = tail[0]
                codes[tail[0]] = script
            } else if head.count == 1, tail.count == 2, let script = Script(name: tail[1]) {
                guard let list = stopLists.first(where: { $0.language == head[0] }) else { throw ParseError(line: n + 1, text: line) }
                groups[script, default: []].append((tail[0], list.words))
                codes[tail[0]] = script
            } else {
                throw ParseError(line: n + 1, text: line)
            }
        }
        self.groups = groups
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
        let normalized = out.joined(separator: "-")
        return normalized.utf8.count <= maxTagBytes ? normalized : nil
    }

    /// Longest tag taken (RFC 5646 §4.4.1: 35 characters hold every tag but private-use and
    /// extension ones); a longer `lang` is not a language tag: `"ar-" × 100,000` was copied into
    /// every record.
    static let maxTagBytes = 35

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
    /// languages have no stop list that covers it. Reads at most `sampleLetters` letters and
    /// `sampleWords` words, on bytes: it runs on every page.
    public func detect(_ texts: [String]) -> String? {
        guard let (script, kana) = dominantScript(texts) else { return nil }
        if script == .han && kana { return scriptCodes[.kana] }
        guard let group = groups[script] else { return scriptCodes[script] }
        let lists = tables.lists(for: script, group)
        // The stop-word vote, on the first `sampleWords` words.
        var hits = [Int](repeating: 0, count: group.count)
        var total = 0
        let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 128)
        defer { scratch.deallocate() }
        outer: for text in texts {
            var t = text
            let done: Bool = t.withUTF8 { p in
                var i = 0
                while i < p.count {
                    while i < p.count && p[i] == 0x20 { i += 1 }
                    let start = i
                    while i < p.count && p[i] != 0x20 { i += 1 }
                    guard i > start, let mask = TextMeasure.lookup(UnsafeBufferPointer(rebasing: p[start..<i]), lists, scratch)
                    else { continue }
                    total += 1
                    var m = mask
                    while m != 0 { hits[m.trailingZeroBitCount] += 1; m &= m - 1 }
                    if total >= Self.sampleWords || (total % 10 == 0 && Self.decided(hits)) { return true }
                }
                return false
            }
            if done { break outer }
        }
        guard total > 0, let best = hits.indices.max(by: { hits[$0] < hits[$1] }),
              Double(hits[best]) >= Self.minStopwordShare * Double(total) else { return scriptCodes[script] }
        return group[best].code
    }

    /// The vote is over early when one list has `decisiveHits` hits and twice the next one's.
    static func decided(_ hits: [Int]) -> Bool {
        var first = 0, second = 0
        for h in hits { if h > first { second = first; first = h } else if h > second { second = h } }
        return first >= decisiveHits && first >= 2 * second
    }

    /// The script most of the sampled letters are in, and whether kana occur among kanji
    /// (Japanese). nil under `minLetters` letters. Reads UTF-8 lead bytes (no `Character`s, no
    /// scalar decoding): a lead byte names the block its letter is in.
    func dominantScript(_ texts: [String]) -> (Script, kana: Bool)? {
        var counts = [Int](repeating: 0, count: Script.allCases.count)
        var letters = 0
        outer: for text in texts {
            var t = text
            let full: Bool = t.withUTF8 { p in
                var i = 0
                while i < p.count {
                    let b = p[i]
                    let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                    if let s = Self.script(lead: b, next: i + 1 < p.count ? p[i + 1] : 0) {
                        counts[s.rawValue] += 1
                        letters += 1
                        if letters >= Self.sampleLetters { return true }
                    }
                    i += length
                }
                return false
            }
            if full { break outer }
        }
        guard letters >= Self.minLetters, let best = counts.indices.max(by: { counts[$0] < counts[$1] }),
              var script = Script(rawValue: best) else { return nil }
        // Japanese mixes kanji and kana: kana among kanji make it Japanese even when kanji are the most.
        if script == .kana { script = .han }
        return (script, script == .han && counts[Script.kana.rawValue] > 0)
    }

    /// The script of the letter whose UTF-8 starts with `lead`, `next` (nil: no letter of a script
    /// listed here — digits, punctuation, symbols, other scripts).
    @inline(__always)
    static func script(lead b: UInt8, next c: UInt8) -> Script? {
        switch b {
        case 0x41...0x5A, 0x61...0x7A, 0xC3...0xC9: return .latin           // A–Z a–z, U+00C0–U+027F
        case 0xCD: return c >= 0xB0 ? .greek : nil                           // U+0370–U+037F
        case 0xCE, 0xCF: return .greek                                       // U+0380–U+03FF
        case 0xD0...0xD4: return .cyrillic                                   // U+0400–U+052F
        case 0xD5, 0xD6: return .armenian                                    // U+0530–U+05BF (near enough)
        case 0xD7: return .hebrew                                            // U+05C0–U+05FF
        case 0xD8...0xDB, 0xDD: return .arabic                               // U+0600–U+06FF, U+0740–U+077F
        case 0xE0 where c >= 0xA4 && c <= 0xA5: return .devanagari           // U+0900–U+097F
        case 0xE0 where c == 0xB8 || c == 0xB9: return .thai                 // U+0E00–U+0E7F
        case 0xE1 where c >= 0x82 && c <= 0x83: return .georgian             // U+10A0–U+10FF
        case 0xE1 where c >= 0x84 && c <= 0x87: return .hangul               // U+1100–U+11FF (jamo)
        case 0xE3 where c >= 0x81 && c <= 0x83: return .kana                 // U+3040–U+30FF
        case 0xE3 where c >= 0x90: return .han                               // U+3400–U+3FFF
        case 0xE4...0xE9: return .han                                        // U+4000–U+9FFF
        case 0xEA: return c >= 0xB0 ? .hangul : nil                          // U+AC00–U+AFFF
        case 0xEB, 0xEC: return .hangul                                      // U+B000–U+CFFF
        case 0xED: return c < 0x9F ? .hangul : nil                           // U+D000–U+D7A3
        case 0xEF where c >= 0xAD && c <= 0xBB: return .arabic               // presentation forms
        default: return nil
        }
    }
}

/// The stop lists of each script, built on first use and shared by every thread.
private final class ScriptTables: @unchecked Sendable {
    private let lock = NSLock()
    private var built: [LanguageIdentifier.Script: StopLists] = [:]

    func lists(for script: LanguageIdentifier.Script, _ group: [(code: String, words: String)]) -> StopLists {
        lock.lock()
        defer { lock.unlock() }
        if let lists = built[script] { return lists }
        let lists = StopLists(texts: group.map { ($0.code, $0.words) })
        built[script] = lists
        return lists
    }
}
