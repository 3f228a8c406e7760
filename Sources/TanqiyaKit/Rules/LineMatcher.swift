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

    public init(_ spec: MatcherSpec) { self.spec = spec }

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
        match(block, exactPossible: exactPossible, capture: false) != nil
    }

    /// Matches, returning the first capture group when the pattern has one, else the key.
    /// `exactPossible: false` says the caller knows the key is in no exact list (one hash per line
    /// for all rules, instead of one per rule). `capture: false` skips building the capture.
    ///
    /// A thin wrapper, always inlined: the matcher itself takes the few fields it reads, so a
    /// test on `blocks[i]` copies no `Block` (a copy retains every string the block holds, and
    /// the optimiser made one per call when the whole block was the argument).
    @inline(__always)
    public func match(_ block: borrowing Block, exactPossible: Bool = true, capture: Bool = true) -> String? {
        match(key: block.key, fingerprint: block.keyFingerprint, indent: block.indent, features: block.featuresBox,
              exactPossible: exactPossible, capture: capture)
    }

    /// Whether block `i` matches. Prefer this to `matches(blocks[i])` in loops: it reads the
    /// block's fields in place, where passing `blocks[i]` copies the whole block first.
    @inline(__always)
    public func matches(_ blocks: [Block], _ i: Int, exactPossible: Bool = true) -> Bool {
        match(blocks, i, exactPossible: exactPossible, capture: false) != nil
    }

    /// `match` on block `i`, reading its fields in place (no `Block` copy).
    @inline(__always)
    public func match(_ blocks: [Block], _ i: Int, exactPossible: Bool = true, capture: Bool = true) -> String? {
        match(key: blocks[i].key, fingerprint: blocks[i].keyFingerprint, indent: blocks[i].indent,
              features: blocks[i].featuresBox, exactPossible: exactPossible, capture: capture)
    }

    func match(key: String, fingerprint: UInt64, indent: Int, features: FeaturesBox?,
               exactPossible: Bool, capture: Bool) -> String? {
        if let indented, (indent > 0) != indented { return nil }
        if key.isEmpty { return nil }
        if !featuresMatch(features) { return nil }
        var tested = false
        if !exact.isEmpty {
            tested = true
            if exactPossible, exact.contains(ByteKey(key, fingerprint: fingerprint)) { return key }
        }
        if !prefixes.isEmpty {
            tested = true
            if key.utf8.count <= maxBytes, prefixes.contains(where: { key.hasBytePrefix($0) }) { return key }
        }
        if pattern != nil {
            tested = true
            guard key.utf8.count <= maxBytes else { return nil }
            if let prefix, !key.hasBytePrefix(prefix) { return nil }
            if let firstScalars, let first = key.unicodeScalars.first, !firstScalars.contains(first.value) { return nil }
            if let required, !key.containsBytes(required) { return nil }
            if let pattern { return capture ? pattern.firstCapture(in: key) : (pattern.matches(key) ? key : nil) }
        }
        // A matcher with only `indented:` or feature conditions matches every line that meets them.
        return tested ? nil : key
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

    public func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, options: [], range: NSRange(location: 0, length: text.utf16.count)) != nil
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
