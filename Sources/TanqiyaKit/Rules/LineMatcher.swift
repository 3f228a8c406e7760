import Foundation

/// What a `LineMatcher` tests, as the loader builds it.
public struct MatcherSpec: Sendable {
    public var exact: Set<ByteKey> = []
    /// The line starts with one of these.
    public var prefixes: [String] = []
    /// The literal start of `pattern` (derived): a cheap pre-check.
    public var prefix: String?
    /// Literal text the pattern cannot match without (derived from it): a cheap pre-check.
    public var required: String?
    /// The scalars a match can start with, when the pattern opens with a character class.
    public var firstScalars: Set<UInt32>?
    public var pattern: CompiledPattern?
    /// `true`: only indented lines; `false`: only unindented lines; `nil`: either.
    public var indented: Bool?
    /// HTML pages only: the block's element is one of these tags (`li`, `h1`, `figcaption`…).
    public var tags: Set<String>?
    /// HTML pages only: the block sits inside all of these regions (nav, header, footer…).
    public var inside: DOMRegions?
    /// HTML pages only: the block or an ancestor carries one of these class or id tokens.
    public var classes: Set<String>?
    /// Patterns and prefixes are tried only on keys up to this many UTF-8 bytes (chrome lines
    /// are short; skipping long paragraphs keeps the regex engine off the hot path).
    public var maxBytes: Int = LineMatcher.defaultMaxBytes

    public init() {}

    public var isEmpty: Bool {
        exact.isEmpty && prefixes.isEmpty && pattern == nil && indented == nil && tags == nil && inside == nil && classes == nil
    }
}

/// A test on one block's key (its default-normalised, trimmed text): exact lines, a literal
/// prefix, or an anchored regular expression; optionally only indented or unindented lines.
///
/// An immutable class: rules and the signature index share one matcher and pass it around
/// without copying its sets.
public final class LineMatcher: Sendable {
    public let spec: MatcherSpec
    public static let defaultMaxBytes = 400

    /// `exact`, looked up by the key's fingerprint.
    private let exactTable: ByteKeyTable<Void>
    /// `prefixes` and the pattern's literal `prefix` as tests on a key's first eight bytes.
    private let prefixHeads: [ByteKey.HeadTest]
    private let patternHead: ByteKey.HeadTest?

    /// A necessary condition on the key's first bytes, when every way this matcher can match
    /// needs a prefix or a pattern start: loops that offer each line to many matchers check it
    /// inline (`mayMatch`) and skip the call for most lines. Kept as plain stored values.
    private let gated: Bool
    private let gateHeads: [ByteKey.HeadTest]
    /// The pattern's possible first characters, when the gate tests those: below U+0800 (ASCII
    /// and Arabic) as bits, one per code point, so no hashing per line; the rest in a set.
    private let gateScalarBits: [UInt64]?
    private let gateScalarsAbove: Set<UInt32>

    public init(_ spec: MatcherSpec) {
        self.spec = spec
        exactTable = ByteKeyTable(spec.exact)
        prefixHeads = spec.prefixes.map(ByteKey.HeadTest.init)
        patternHead = spec.prefix.map(ByteKey.HeadTest.init)
        var heads = prefixHeads
        var scalars: Set<UInt32>?
        // Exact lines, `indented:` alone or feature conditions alone can match any start.
        var gated = spec.exact.isEmpty && (!spec.prefixes.isEmpty || spec.pattern != nil)
        if gated, spec.pattern != nil {
            if let patternHead {
                heads.append(patternHead)
            } else if let first = spec.firstScalars, spec.prefixes.isEmpty {
                scalars = first
            } else {
                gated = false
            }
        }
        self.gated = gated
        gateHeads = gated ? heads : []
        if gated, let scalars {
            var bits = [UInt64](repeating: 0, count: 0x800 / 64)
            for v in scalars where v < 0x800 { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) }
            gateScalarBits = bits
            gateScalarsAbove = scalars.filter { $0 >= 0x800 }
        } else {
            gateScalarBits = nil
            gateScalarsAbove = []
        }
    }

    /// False when the line certainly does not match (its start fits none of the matcher's
    /// prefixes, or its first character none of the pattern's); true when it may.
    @inline(__always)
    func mayMatch(head: UInt64) -> Bool {
        guard gated else { return true }
        if let gateScalarBits {
            guard let first = ByteKey.firstScalar(ofHead: head) else { return false }
            if first < 0x800 { return gateScalarBits[Int(first >> 6)] & (1 << UInt64(first & 63)) != 0 }
            return gateScalarsAbove.contains(first)
        }
        for test in gateHeads where test.admits(head) { return true }
        return false
    }

    public var exact: Set<ByteKey> { spec.exact }
    public var prefixes: [String] { spec.prefixes }
    public var prefix: String? { spec.prefix }
    public var required: String? { spec.required }
    public var firstScalars: Set<UInt32>? { spec.firstScalars }
    public var pattern: CompiledPattern? { spec.pattern }
    public var indented: Bool? { spec.indented }
    public var tags: Set<String>? { spec.tags }
    public var inside: DOMRegions? { spec.inside }
    public var classes: Set<String>? { spec.classes }
    public var maxBytes: Int { spec.maxBytes }

    /// The longest key the matcher can match, when it has no exact lines (its prefixes and
    /// pattern are only tried up to `maxBytes`): callers skip longer lines before costlier tests.
    public var maxMatchBytes: Int? {
        spec.exact.isEmpty && (!spec.prefixes.isEmpty || spec.pattern != nil) ? spec.maxBytes : nil
    }

    /// Whether the matcher looks at HTML block features.
    public var testsFeatures: Bool { tags != nil || inside != nil || classes != nil }

    /// The feature conditions: all must hold, and a block without features (a text dump) fails them.
    @inline(__always)
    func featuresMatch(_ box: FeaturesBox?) -> Bool {
        guard testsFeatures else { return true }
        guard let f = box?.value else { return false }
        if let tags, !tags.contains(f.tag) { return false }
        if let inside, !f.regions.isSuperset(of: inside) { return false }
        if let classes {
            var found = false
            f.forEachClassToken { token, _ in
                if classes.contains(token) { found = true; return false }
                return true
            }
            if !found { return false }
        }
        return true
    }

    @inline(__always)
    public func matches(_ block: borrowing Block, exactPossible: Bool = true) -> Bool {
        match(MatchSubject(block), exactPossible: exactPossible, capture: false) != nil
    }

    /// Matches, returning the first capture group when the pattern has one, else the key.
    /// `exactPossible: false` says the caller knows the key is in no exact list (one hash per line
    /// for all rules, instead of one per rule). `capture: false` skips building the capture.
    @inline(__always)
    public func match(_ block: borrowing Block, exactPossible: Bool = true, capture: Bool = true) -> String? {
        match(MatchSubject(block), exactPossible: exactPossible, capture: capture)
    }

    /// Whether block `i` matches. Prefer this to `matches(blocks[i])` in loops: it reads the
    /// block's fields in place, where passing `blocks[i]` copies the whole block first (a copy
    /// retains every string the block holds).
    @inline(__always)
    public func matches(_ blocks: [Block], _ i: Int, exactPossible: Bool = true) -> Bool {
        match(blocks.matchSubject(i), exactPossible: exactPossible, capture: false) != nil
    }

    /// `match` on block `i`, reading its fields in place (no `Block` copy).
    @inline(__always)
    public func match(_ blocks: [Block], _ i: Int, exactPossible: Bool = true, capture: Bool = true) -> String? {
        match(blocks.matchSubject(i), exactPossible: exactPossible, capture: capture)
    }

    /// The cheap tests come first: indentation, features, then prefixes and the pattern's
    /// literal prefix and first character on the key's first eight bytes (`head`), so most lines
    /// are turned down without touching the string.
    func match(_ line: MatchSubject, exactPossible: Bool, capture: Bool) -> String? {
        if let indented, (line.indent > 0) != indented { return nil }
        let key = line.key
        let length = key.utf8.count
        if length == 0 { return nil }
        if !featuresMatch(line.features) { return nil }
        var tested = false
        if !exact.isEmpty {
            tested = true
            if exactPossible, exactTable.contains(ByteKey(key, fingerprint: line.fingerprint)) { return key }
        }
        if !prefixHeads.isEmpty {
            tested = true
            if length <= maxBytes {
                for (n, test) in prefixHeads.enumerated() where test.admits(line.head) && length >= test.length {
                    if test.length <= 8 || key.hasBytePrefix(prefixes[n]) { return key }
                }
            }
        }
        if pattern != nil {
            tested = true
            guard length <= maxBytes else { return nil }
            if let patternHead {
                guard patternHead.admits(line.head), length >= patternHead.length else { return nil }
                if patternHead.length > 8, let prefix, !key.hasBytePrefix(prefix) { return nil }
            }
            if let firstScalars, let first = ByteKey.firstScalar(ofHead: line.head), !firstScalars.contains(first) {
                return nil
            }
            if let required, !key.containsBytes(required) { return nil }
            if let pattern {
                let found = pattern.firstCapture(in: ByteKey(key, fingerprint: line.fingerprint))
                return capture ? found : (found != nil ? key : nil)
            }
        }
        // A matcher with only `indented:` or feature conditions matches every line that meets them.
        return tested ? nil : key
    }
}

/// An `NSRegularExpression` compiled once from a rule file.
///
/// Results are remembered per line text: the lines that reach a pattern are mostly chrome that
/// every page of an outlet repeats (a credit line, a reading time, a byline), and one regex
/// call on Linux costs thousands of instructions (bridging and ICU set-up) where a lookup costs a
/// few hundred. The cache is keyed by `ByteKey` (the line's fingerprint, no String hashing: that
/// normalises non-ASCII text first and costs more than it saves), bounded (`cacheLimit` lines,
/// then it starts afresh) and locked, so the pattern can be shared by worker threads; results
/// are the same either way.
///
/// Each line gets a budget: ICU reports progress every 10,000 steps of its backtracking
/// matcher, and a line that takes more than `budgetTicks` of those reports (a pattern of a
/// polynomial shape on a long line; exponential shapes are refused by the loader,
/// `PatternLinearity`) is given up: it does not match, and `linesOverBudget` counts it for the
/// run's warnings. A page costs at most its lines times the budget.
public final class CompiledPattern: @unchecked Sendable {
    public let source: String
    private let regex: NSRegularExpression
    private let lock = NSLock()
    private var cache = ByteKeyTable<Match>(minimumCapacity: 256)
    static let cacheLimit = 4096
    /// Progress reports (about 10,000 matcher steps each) a line may cost; a usual rule pattern
    /// on a chrome line takes a few hundred steps.
    public static let budgetTicks = 5
    private var overBudget = 0

    /// The first capture (or whole match), or none.
    private struct Match { let capture: String? }

    public init(_ source: String) throws {
        self.source = source
        self.regex = try NSRegularExpression(pattern: source, options: [])
        self.length = LengthPattern(source)
    }

    /// Set when the pattern only bounds the line's length (`^.{1,40}$`, `^(.{41,})$`): decided
    /// by counting, without ICU (those lines are mostly titles, a new text on every page).
    private let length: LengthPattern?

    /// Lines this pattern gave up on (over `budgetTicks`), counted as not matching.
    public var linesOverBudget: Int {
        lock.lock()
        defer { lock.unlock() }
        return overBudget
    }

    public func matches(_ text: String) -> Bool { firstCapture(in: text) != nil }

    /// The first capture group if the pattern has one and it took part, else the whole match.
    public func firstCapture(in text: String) -> String? { firstCapture(in: ByteKey(text)) }

    /// The same, for a line whose fingerprint is known.
    func firstCapture(in line: ByteKey) -> String? {
        lock.lock()
        let known = cache[line]
        lock.unlock()
        if let known { return known.capture }
        let (capture, gaveUp) = compute(line.string)
        lock.lock()
        if gaveUp { overBudget += 1 }
        if cache.count >= Self.cacheLimit { cache.removeAll() }
        cache.insert(line, Match(capture: capture))
        lock.unlock()
        return capture
    }

    private func compute(_ text: String) -> (capture: String?, gaveUp: Bool) {
        if let length, let matches = length.matches(text) {
            return (matches ? text : nil, false)
        }
        let ns = text as NSString
        var found: NSTextCheckingResult?
        var ticks = 0
        regex.enumerateMatches(in: text, options: [.reportProgress], range: NSRange(location: 0, length: ns.length)) { m, _, stop in
            if let m {
                found = m
                stop.pointee = true
            } else {
                ticks += 1
                if ticks > Self.budgetTicks { stop.pointee = true }
            }
        }
        guard let m = found else { return (nil, ticks > Self.budgetTicks) }
        if m.numberOfRanges > 1, m.range(at: 1).location != NSNotFound {
            return (Self.substring(text, ns, m.range(at: 1)), false)
        }
        return (Self.substring(text, ns, m.range), false)
    }

    /// The text in `range` (UTF-16 offsets, as ICU reports them), cut from the Swift string:
    /// `NSString.substring(with:)` builds its result from UTF-16 code units again, which took
    /// half as many instructions as the matches themselves (86 M and 158 M of a 1,000-page
    /// `make bench` shard's 1,381 M). A range that does not fall on scalar boundaries is cut by
    /// `NSString`, as every range was before.
    private static func substring(_ text: String, _ ns: NSString, _ range: NSRange) -> String {
        guard let bounds = Range(range, in: text) else { return ns.substring(with: range) }
        return String(text[bounds])
    }
}

/// A pattern that only bounds a line's length: `^.{m,n}$`, `^.{m,}$` or `^.{m}$`, the dots in a
/// capture group or not. ICU's `.` takes one code point but a line terminator, and `$` stands at
/// the end or before a final terminator: on a line without terminators (rule keys have none) the
/// pattern matches when the line has m to n code points, and the match and its group are the
/// whole line.
struct LengthPattern: Equatable {
    let minimum: Int
    let maximum: Int?

    init?(_ source: String) {
        var body = Substring(source)
        guard body.hasPrefix("^"), body.hasSuffix("$") else { return nil }
        body = body.dropFirst().dropLast()
        if body.hasPrefix("("), body.hasSuffix(")") { body = body.dropFirst().dropLast() }
        guard body.hasPrefix(".{"), body.hasSuffix("}") else { return nil }
        let bounds = body.dropFirst(2).dropLast().split(separator: ",", omittingEmptySubsequences: false)
        guard bounds.allSatisfy({ $0.allSatisfy { $0 >= "0" && $0 <= "9" } }) else { return nil }
        switch bounds.count {
        case 1:
            guard let n = Int(bounds[0]) else { return nil }
            (minimum, maximum) = (n, n)
        case 2:
            guard let m = Int(bounds[0]) else { return nil }
            if bounds[1].isEmpty {
                (minimum, maximum) = (m, nil)
            } else {
                guard let n = Int(bounds[1]), n >= m else { return nil }
                (minimum, maximum) = (m, n)
            }
        default:
            return nil
        }
    }

    /// Whether the line matches; nil when it holds a line terminator (\n \v \f \r, U+0085,
    /// U+2028, U+2029): ICU decides those.
    func matches(_ text: String) -> Bool? {
        var count = 0
        for u in text.unicodeScalars {
            switch u.value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return nil
            default: count += 1
            }
        }
        return count >= minimum && (maximum.map { count <= $0 } ?? true)
    }
}
