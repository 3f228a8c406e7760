import Foundation

/// A test on one block's key (its default-normalised, trimmed text): exact lines, a literal
/// prefix, or an anchored regular expression; optionally only indented or unindented lines.
public struct LineMatcher: Sendable {
    public var exact: Set<ByteKey> = []
    public var prefix: String?
    /// Literal text the pattern cannot match without (derived from it): a cheap pre-check.
    public var required: String?
    public var pattern: CompiledPattern?
    /// The scalars a match of `pattern` can start with, when its syntax tells (`PatternStart`): a
    /// key starting with another scalar is not given to the regex engine.
    public var firstScalars: [ClosedRange<UInt32>]?
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

    public static let defaultMaxBytes = 400

    public init() {}

    public var isEmpty: Bool {
        exact.isEmpty && prefix == nil && pattern == nil && indented == nil && !testsFeatures
    }

    /// Whether the matcher looks at HTML block features.
    public var testsFeatures: Bool { tags != nil || inside != nil || classes != nil }

    /// The feature conditions: all must hold, and a block without features (a text dump) fails them.
    @inline(__always)
    func featuresMatch(_ block: Block) -> Bool {
        guard testsFeatures else { return true }
        guard let f = block.features else { return false }
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

    public func matches(_ block: Block) -> Bool {
        switch check(block) {
        case .no: return false
        case .yes: return true
        case .pattern(let pattern, let key): return pattern.matches(key)
        }
    }

    /// Matches, returning the first capture group when the pattern has one, else the key.
    public func match(_ block: Block) -> String? {
        switch check(block) {
        case .no: return nil
        case .yes(let key): return key
        case .pattern(let pattern, let key): return pattern.firstCapture(in: key)
        }
    }

    private enum Check {
        case no
        case yes(String)
        /// Everything but the regular expression holds.
        case pattern(CompiledPattern, String)
    }

    @inline(__always)
    private func check(_ block: Block) -> Check {
        if let indented, (block.indent > 0) != indented { return .no }
        let key = block.key
        if key.isEmpty { return .no }
        if !featuresMatch(block) { return .no }
        var tested = false
        if !exact.isEmpty {
            tested = true
            if exact.contains(ByteKey(key)) { return .yes(key) }
        }
        if prefix != nil || pattern != nil {
            tested = true
            guard key.utf8.count <= maxBytes else { return .no }
            if let prefix {
                guard key.hasBytePrefix(prefix) else { return .no }
                if pattern == nil { return .yes(key) }
            }
            if let firstScalars, !PatternStart.startsWithScalar(in: firstScalars, key) { return .no }
            if let required, !key.containsBytes(required) { return .no }
            if let pattern { return .pattern(pattern, key) }
        }
        // A matcher with only `indented:` or feature conditions matches every line that meets them.
        return tested ? .no : .yes(key)
    }
}

/// An `NSRegularExpression` compiled once from a rule file. Immutable after creation.
public final class CompiledPattern: @unchecked Sendable {
    public let source: String
    private let regex: NSRegularExpression

    public init(_ source: String) throws {
        self.source = source
        self.regex = try NSRegularExpression(pattern: source, options: [])
    }

    /// Whether the pattern matches somewhere in `text`.
    public func matches(_ text: String) -> Bool {
        regex.rangeOfFirstMatch(in: text, options: [], range: NSRange(location: 0, length: text.utf16.count)).location != NSNotFound
    }

    /// The first capture group if the pattern has one and it took part, else the whole match.
    public func firstCapture(in text: String) -> String? {
        let ns = text as NSString
        guard let m = regex.firstMatch(in: text, options: [], range: NSRange(location: 0, length: ns.length)) else {
            return nil
        }
        if m.numberOfRanges > 1, m.range(at: 1).location != NSNotFound {
            return ns.substring(with: m.range(at: 1))
        }
        return ns.substring(with: m.range)
    }
}

/// Which scalars a match of an anchored pattern (`^…`) can start with, read from the pattern's
/// syntax: literals, `\`-escaped punctuation, bracket classes of literals and ranges, groups with
/// alternatives, and quantifiers. Anything else (`.`, `\d`, `\s`, negated or nested classes, inline
/// options, a top-level `|`, a pattern that can match the empty string) gives `nil`: no pre-check.
public enum PatternStart {
    public static func firstScalars(of pattern: String) -> [ClosedRange<UInt32>]? {
        let s = Array(pattern.unicodeScalars)
        guard s.first == "^" else { return nil }
        var i = 1
        guard let (first, nullable) = sequence(s, &i), !nullable, !first.isEmpty else { return nil }
        // The whole pattern must have been read, up to an optional final `$`.
        guard i == s.count || (i == s.count - 1 && s[i] == "$") else { return nil }
        return first
    }

    /// Whether `key` starts with a scalar in `ranges`.
    @inline(__always)
    static func startsWithScalar(in ranges: [ClosedRange<UInt32>], _ key: String) -> Bool {
        guard let u = key.unicodeScalars.first?.value else { return false }
        for r in ranges where r.contains(u) { return true }
        return false
    }

    /// `item*` up to `|`, `)` or the end: the first scalars and whether it can match nothing.
    private static func sequence(_ s: [Unicode.Scalar], _ i: inout Int) -> ([ClosedRange<UInt32>], Bool)? {
        var first: [ClosedRange<UInt32>] = []
        var nullable = true
        while i < s.count, s[i] != "|", s[i] != ")" {
            if s[i] == "$" { return i == s.count - 1 ? (first, nullable) : nil }
            // Once an item cannot match nothing, the rest of the sequence cannot add first scalars:
            // it is only skipped over, to find where the sequence ends.
            guard nullable else { return skip(s, &i) ? (first, false) : nil }
            guard let (itemFirst, itemNullable) = item(s, &i) else { return nil }
            first += itemFirst
            nullable = itemNullable
        }
        return (first, nullable)
    }

    /// Moves past the rest of a sequence (to its `|`, `)` or the end), over escapes, classes and groups.
    private static func skip(_ s: [Unicode.Scalar], _ i: inout Int) -> Bool {
        var depth = 0
        while i < s.count {
            switch s[i] {
            case "\\":
                guard i + 1 < s.count, s[i + 1] != "Q" else { return false }
                i += 2
            case "[":
                var level = 0
                while i < s.count {
                    if s[i] == "\\" { i += 2; continue }
                    if s[i] == "[" { level += 1 } else if s[i] == "]" { level -= 1; if level == 0 { break } }
                    i += 1
                }
                guard i < s.count else { return false }
                i += 1
            case "(":
                depth += 1
                i += 1
            case ")":
                if depth == 0 { return true }
                depth -= 1
                i += 1
            case "|":
                if depth == 0 { return true }
                i += 1
            default:
                i += 1
            }
        }
        return depth == 0
    }

    private static func item(_ s: [Unicode.Scalar], _ i: inout Int) -> ([ClosedRange<UInt32>], Bool)? {
        var first: [ClosedRange<UInt32>]
        var nullable = false
        let c = s[i]
        switch c {
        case "(":
            i += 1
            if i < s.count, s[i] == "?" {
                guard i + 1 < s.count, s[i + 1] == ":" else { return nil }
                i += 2
            }
            first = []
            while true {
                guard let (altFirst, altNullable) = sequence(s, &i) else { return nil }
                first += altFirst
                nullable = nullable || altNullable
                guard i < s.count else { return nil }
                if s[i] == ")" { i += 1; break }
                i += 1  // "|"
            }
        case "[":
            i += 1
            guard let set = bracket(s, &i) else { return nil }
            first = set
        case "\\":
            guard i + 1 < s.count, isEscapedLiteral(s[i + 1]) else { return nil }
            first = [s[i + 1].value...s[i + 1].value]
            i += 2
        case ".", "^", "$", "*", "+", "?", "{", "}", "]", "|", ")":
            return nil
        default:
            first = [c.value...c.value]
            i += 1
        }
        // A quantifier.
        if i < s.count {
            switch s[i] {
            case "?", "*":
                nullable = true
                i += 1
            case "+":
                i += 1
            case "{":
                var j = i + 1
                var digits = ""
                while j < s.count, s[j].properties.numericType == .decimal, s[j].isASCII { digits.unicodeScalars.append(s[j]); j += 1 }
                guard let min = Int(digits), j < s.count else { return nil }
                while j < s.count, s[j] != "}" {
                    guard s[j] == "," || (s[j].isASCII && s[j].properties.numericType == .decimal) else { return nil }
                    j += 1
                }
                guard j < s.count else { return nil }
                if min == 0 { nullable = true }
                i = j + 1
            default:
                return (first, nullable)
            }
            // Lazy or possessive.
            if i < s.count, s[i] == "?" || s[i] == "+" { i += 1 }
        }
        return (first, nullable)
    }

    /// A bracket class of literals and ranges, read after its `[`, through its `]`.
    private static func bracket(_ s: [Unicode.Scalar], _ i: inout Int) -> [ClosedRange<UInt32>]? {
        guard i < s.count, s[i] != "^", s[i] != "]" else { return nil }
        var out: [ClosedRange<UInt32>] = []
        func literal(_ i: inout Int) -> UInt32? {
            guard i < s.count else { return nil }
            let c = s[i]
            if c == "\\" {
                guard i + 1 < s.count, isEscapedLiteral(s[i + 1]) else { return nil }
                i += 2
                return s[i - 1].value
            }
            if c == "[" || c == "]" || c == "&" || c == ":" || c == "$" || c == "{" || c == "}" { return nil }
            i += 1
            return c.value
        }
        while i < s.count, s[i] != "]" {
            guard let lo = literal(&i) else { return nil }
            if i + 1 < s.count, s[i] == "-", s[i + 1] != "]" {
                i += 1
                guard let hi = literal(&i), hi >= lo else { return nil }
                out.append(lo...hi)
            } else {
                out.append(lo...lo)
            }
        }
        guard i < s.count else { return nil }
        i += 1  // "]"
        return out
    }

    /// `\x` stands for `x` itself: ASCII punctuation and symbols (letters and digits are classes,
    /// back-references and escapes).
    private static func isEscapedLiteral(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && !(c.properties.isAlphabetic || c.properties.numericType != nil) && c.value > 0x20
    }
}
