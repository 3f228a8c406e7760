/// Errors in the generic chrome lists (data/generic-chrome/).
public enum ChromeDataError: Error, CustomStringConvertible, Equatable {
    case badLine(file: String, line: Int, text: String, why: String)
    public var description: String {
        switch self {
        case .badLine(let f, let l, let t, let why): return "data/generic-chrome/\(f):\(l): \(why): \(t)"
        }
    }
}

/// The stop phrases and shape words of the generic path (`data/generic-chrome/`, see its README):
/// what page chrome says on sites nobody wrote rules for. Data only; `ChromeLineClassifier` holds
/// the matching.
public struct ChromePhrases: Sendable {
    /// How a phrase matches a line (data/generic-chrome/README.md).
    public enum Kind: String, Sendable, CaseIterable {
        case line, lead, has, list, box, tail, date, byline, count, url
    }

    public struct Phrase: Sendable, Equatable {
        /// As the list writes it.
        public var text: String
        /// Folded words.
        public var words: [String]
        public var kind: Kind
        public var label: Label
        /// Written with a final ':': the page must set the phrase off with ':' '-' or '|'.
        public var needsBreak: Bool
    }

    public enum DateWord: String, Sendable {
        case month, weekday, unit, relative, count, mark
        /// A unit in the dual, its number in the word («دقيقتان», «يومين»): a unit and a number.
        case dual
        /// A reading time's word («3 دقائق قراءة», «دقيقتان للقراءة»): a number in words beside it
        /// is one (elsewhere a date line's mark).
        case reading
    }

    public private(set) var phrases: [Phrase] = []
    /// Phrase indices by their first folded word.
    private var byFirstWord: [ByteKey: [Int]] = [:]
    /// Folded date words.
    private(set) var dateWords = FoldedWordMap<DateWord>()
    /// Social networks (folded, possibly several words) and the words of a share row around them.
    private(set) var networks = WordSequences()
    private(set) var shareWords = WordSequences()
    /// Section names of menus (folded, possibly several words).
    private(set) var menuWords = WordSequences()
    /// What a headline may end with in parentheses (folded words).
    private(set) var mediaWords: Set<String> = []
    /// The words a photo credit opens with (folded).
    private(set) var photoWords: Set<String> = []
    /// What a site calls itself in its footer's sentence about it (folded).
    private(set) var siteWords: Set<String> = []
    /// What an author's bio calls the author («كاتب», «صحفية») (folded).
    private(set) var personWords: Set<String> = []
    /// What a newsroom's byline calls the author after the name («محرر», «مراسلة») (folded).
    private(set) var newsroomWords: Set<String> = []
    /// How a list's items relate to the page («ذات صلة», «مشابهة»), after the items' name (folded).
    private(set) var relationWords = WordSequences()
    /// What a photo's caption opens with («جانب من», «لقطة من», «من اليمين») (folded).
    private(set) var captionOpeners = WordSequences()
    /// What a post, a letter or a sermon opens with («السلام عليكم», «بسم الله الرحمن الرحيم») (folded).
    private(set) var greetings = WordSequences()

    /// The labels a phrase list may give (its file name).
    static let listLabels: [Label] = [.related, .timestamp, .widget, .comments, .navigation, .footer, .boilerplate, .credit]

    /// Builds the lists from (file name, text) pairs: `<label>.txt` phrase lists and `shape-*.txt`
    /// word lists. `kinds`: only the phrases of these kinds, and no shape words (a cheaper load
    /// for a caller that needs a few phrases).
    public init(files: [(name: String, text: String)], kinds: Set<Kind>? = nil) throws {
        for (name, text) in files {
            let stem = name.hasSuffix(".txt") ? String(name.dropLast(4)) : name
            if kinds != nil && stem.hasPrefix("shape-") { continue }
            // Lines cut on bytes (a Character split costs more than the rest of the load).
            for (n, raw) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
                if let kinds, let first = raw.first, first != 0x23, !kinds.contains(where: { raw.starts(with: ($0.rawValue + " ").utf8) }) {
                    continue
                }
                let line = String(decoding: raw, as: UTF8.self).trimmingSpaces
                if line.isEmpty || line.hasPrefix("#") { continue }
                func bad(_ why: String) -> ChromeDataError { .badLine(file: name, line: n + 1, text: line, why: why) }
                switch stem {
                case "shape-date-words":
                    let parts = line.split(separator: " ", maxSplits: 1)
                    guard parts.count == 2, let kind = DateWord(rawValue: String(parts[0])) else {
                        throw bad("expected '<month|weekday|unit|relative|count|dual|mark> <word>'")
                    }
                    for w in Self.fold(String(parts[1])) where dateWords[w] == nil || kind == .month || kind == .weekday {
                        dateWords[w] = kind
                    }
                case "shape-social-words":
                    if line.hasPrefix("@ ") {
                        shareWords.append(Self.fold(String(line.dropFirst(2))))
                    } else {
                        networks.append(Self.fold(line))
                    }
                case "shape-menu-words":
                    menuWords.append(Self.fold(line))
                case "shape-media-words":
                    mediaWords.formUnion(Self.fold(line))
                case "shape-photo-words":
                    photoWords.formUnion(Self.fold(line))
                case "shape-site-words":
                    siteWords.formUnion(Self.fold(line))
                case "shape-person-words":
                    personWords.formUnion(Self.fold(line))
                case "shape-newsroom-words":
                    newsroomWords.formUnion(Self.fold(line))
                case "shape-relation-words":
                    relationWords.append(Self.fold(line))
                case "shape-caption-words":
                    captionOpeners.append(Self.fold(line))
                case "shape-greeting-words":
                    greetings.append(Self.fold(line))
                default:
                    guard let label = Label(rawValue: stem), Self.listLabels.contains(label) else {
                        throw bad("a phrase list is named after its label (\(Self.listLabels.map(\.rawValue).joined(separator: ", ")))")
                    }
                    let parts = line.split(separator: " ", maxSplits: 1)
                    guard parts.count == 2, let kind = Kind(rawValue: String(parts[0])) else {
                        throw bad("expected '<\(Kind.allCases.map(\.rawValue).joined(separator: "|"))> <phrase>'")
                    }
                    if let kinds, !kinds.contains(kind) { continue }
                    var text = String(parts[1]).trimmingSpaces
                    let needsBreak = text.hasSuffix(":")
                    if needsBreak { text = String(text.dropLast()).trimmingSpaces }
                    let words = Self.fold(text)
                    guard !words.isEmpty else { throw bad("the phrase has no word") }
                    byFirstWord[ByteKey(words[0]), default: []].append(phrases.count)
                    phrases.append(Phrase(text: text, words: words, kind: kind, label: label, needsBreak: needsBreak))
                }
            }
        }
    }

    /// The lists compiled into the binary (`data/generic-chrome/`, see `tools/embed_data.py`).
    public static let embedded: ChromePhrases = {
        // The embedded lists are checked by EmbeddedDataTests; an error here is a build defect.
        guard let lists = try? ChromePhrases(files: EmbeddedData.chromeLists) else {
            preconditionFailure("data/generic-chrome/ does not parse: run the tests")
        }
        return lists
    }()

    /// Only the labels of a page's own address (`url` phrases): what outlet detection needs, so
    /// pages with rules never pay for loading the rest.
    public static let pageURLLabels: ChromePhrases = {
        guard let lists = try? ChromePhrases(files: EmbeddedData.chromeLists, kinds: [.url]) else {
            preconditionFailure("data/generic-chrome/ does not parse: run the tests")
        }
        return lists
    }()

    /// A phrase or word as folded words.
    static func fold(_ text: String) -> [String] { LineWords(text).texts }

    /// Phrases whose first word is `word`.
    func phrases(startingWith word: String) -> [Int] { byFirstWord[ByteKey(word)] ?? [] }

}

/// Word sequences (folded, one or more words) found by their first word: a line's word is
/// looked up once, not compared with every entry.
struct WordSequences: Sendable {
    private var byFirstWord: [ByteKey: [[String]]] = [:]

    mutating func append(_ words: [String]) {
        guard let first = words.first else { return }
        byFirstWord[ByteKey(first), default: []].append(words)
    }

    /// The longest entry that words `i…` of the line spell, as its word count (0: none).
    func longest(in words: LineWords, at i: Int) -> Int {
        guard let entries = byFirstWord[ByteKey(words.words[i].text)] else { return 0 }
        var best = 0
        for entry in entries where entry.count > best && words.has(entry, at: i) { best = entry.count }
        return best
    }

    /// Whether `word` alone is an entry.
    func contains(word: String) -> Bool {
        byFirstWord[ByteKey(word)]?.contains { $0.count == 1 } ?? false
    }
}

/// Folded words to values, looked up by their bytes (`ByteKey`). A `String` key would be hashed
/// and compared by canonical equivalence, which for Arabic text costs a normalisation check of
/// about 2,000 instructions per lookup, several lookups per word of every line the generic path
/// looks at; byte equality gives the same answer here, since the lists are NFC
/// (`EmbeddedDataTests`) and the lines' words come from NFKC keys, both folded by `LineWords`.
struct FoldedWordMap<Value: Sendable>: Sendable {
    private var values: [ByteKey: Value] = [:]

    subscript(_ word: String) -> Value? {
        get { values[ByteKey(word)] }
        set { values[ByteKey(word)] = newValue }
    }
}
