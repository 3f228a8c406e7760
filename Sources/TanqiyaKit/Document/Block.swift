/// One text block of a page (a line of a text dump, or a block element of an HTML page),
/// with the decision taken about it.
public struct Block: Sendable, Equatable {
    /// The block's text as read, without the line terminator.
    public var raw: String
    /// The text the rules match: default-normalised, trimmed, and for a short line folded
    /// (`MatchingFold`: no zero-width characters). Filled by the classifier.
    public var key: String {
        didSet { (keyFingerprint, keyHead) = ByteKey.fingerprintAndHead(of: key) }
    }
    /// `ByteKey.fingerprint` of `key`, kept with it.
    public private(set) var keyFingerprint: UInt64 = ByteKey.emptyFingerprint
    /// `key`'s first eight UTF-8 bytes, little-endian, zero-padded (`ByteKey.head`): rules test
    /// prefixes and first characters on this word before they touch the string.
    public private(set) var keyHead: UInt64 = 0
    /// Same key as another block (fingerprints first, bytes to confirm).
    @inline(__always)
    public func sameKey(_ other: Block) -> Bool {
        keyFingerprint == other.keyFingerprint && key.sameBytes(other.key)
    }

    /// The key as a dictionary key, without hashing it again.
    public var byteKey: ByteKey { ByteKey(key, fingerprint: keyFingerprint) }
    /// Leading white space characters in `raw` (an RT story tag is printed indented).
    public var indent: Int {
        get { Int(indent32) }
        set { indent32 = Int32(clamping: newValue) }
    }
    /// Where the block comes from: 1-based line number in the input.
    public var line: Int {
        get { Int(line32) }
        set { line32 = Int32(clamping: newValue) }
    }
    /// The id of the rule that decided `label` (`nil` only before classification).
    public var rule: String?
    /// The article segment the block belongs to: 0 before the first article, then 1, 2, …
    public var article: Int {
        get { Int(article32) }
        set { article32 = Int32(clamping: newValue) }
    }
    /// A value extracted by the rule (credit or section; a title without the site's name after
    /// it), already stripped.
    public var value: String? {
        get { extras?.value }
        set { setExtras(value: newValue, duplicateOf: duplicateOf, dedupRule: dedupRule, unfoldedKey: unfoldedKey) }
    }
    /// Set by the deduplicator: the line of the block this one repeats, and the dedup rule id.
    public var duplicateOf: Int? {
        get { extras?.duplicateOf }
        set { setExtras(value: value, duplicateOf: newValue, dedupRule: dedupRule, unfoldedKey: unfoldedKey) }
    }
    public var dedupRule: String? {
        get { extras?.dedupRule }
        set { setExtras(value: value, duplicateOf: duplicateOf, dedupRule: newValue, unfoldedKey: unfoldedKey) }
    }
    /// The text that is written out: set by the normaliser for kept blocks.
    public var clean: String?
    /// The key before `MatchingFold` folded it, when the fold changed it (the lossless text a
    /// run without lossy options writes); nil for most lines (kept in `extras`).
    public var unfoldedKey: String? {
        get { extras?.unfoldedKey }
        set { setExtras(value: value, duplicateOf: duplicateOf, dedupRule: dedupRule, unfoldedKey: newValue) }
    }
    /// For HTML pages: tag, classes, regions (nav, footer…), link density. `nil` for text dumps.
    public var features: BlockFeatures? {
        get { featuresBox?.value }
        set { featuresBox = newValue.map(FeaturesBox.init) }
    }
    /// Features live behind one reference: a block stays small and cheap to copy.
    private(set) var featuresBox: FeaturesBox?
    /// What few blocks have (a rule's value, a duplicate's origin and rule) behind one reference,
    /// and the numbers in 32 bits: a block is 112 bytes, not 168 (a page of a million lines
    /// holds a million blocks).
    private var extras: BlockExtras?
    private var line32: Int32
    private var indent32: Int32
    private var article32: Int32 = 0
    /// What the block is (declared last: a byte beside the 32-bit numbers, not a word of its own).
    public var label: Label

    private mutating func setExtras(value: String?, duplicateOf: Int?, dedupRule: String?, unfoldedKey: String?) {
        extras = value == nil && duplicateOf == nil && dedupRule == nil && unfoldedKey == nil
            ? nil : BlockExtras(value: value, duplicateOf: duplicateOf, dedupRule: dedupRule, unfoldedKey: unfoldedKey)
    }

    public init(raw: String, line: Int) {
        self.init(raw: raw, line: line, indent: raw.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count)
    }

    /// For readers that have the line's bytes at hand: `indent` is its leading spaces and tabs.
    @inline(__always)
    init(raw: String, line: Int, indent: Int) {
        self.raw = raw
        self.key = ""
        self.line32 = Int32(clamping: line)
        self.label = .blank
        self.rule = nil
        self.indent32 = Int32(clamping: indent)
    }

    /// Whether the block ends up in the output (as title, text, caption, credit or section).
    public var isKept: Bool { duplicateOf == nil && label.isKept }
}

/// The fields of a block that `LineMatcher` reads.
struct MatchSubject {
    let key: String
    let fingerprint: UInt64
    let head: UInt64
    let indent: Int
    let features: FeaturesBox?

    init(key: String, fingerprint: UInt64, head: UInt64, indent: Int, features: FeaturesBox?) {
        self.key = key
        self.fingerprint = fingerprint
        self.head = head
        self.indent = indent
        self.features = features
    }

    init(_ block: borrowing Block) {
        self.init(key: block.key, fingerprint: block.keyFingerprint, head: block.keyHead, indent: block.indent,
                  features: block.featuresBox)
    }
}

/// An immutable box for what few blocks have (replaced whole when one of them changes).
final class BlockExtras: Sendable, Equatable {
    let value: String?
    let duplicateOf: Int?
    let dedupRule: String?
    let unfoldedKey: String?

    init(value: String?, duplicateOf: Int?, dedupRule: String?, unfoldedKey: String?) {
        self.value = value
        self.duplicateOf = duplicateOf
        self.dedupRule = dedupRule
        self.unfoldedKey = unfoldedKey
    }

    static func == (a: BlockExtras, b: BlockExtras) -> Bool {
        a === b || (a.value == b.value && a.duplicateOf == b.duplicateOf && a.dedupRule == b.dedupRule && a.unfoldedKey == b.unfoldedKey)
    }
}

/// An immutable box for a block's HTML features.
final class FeaturesBox: Sendable, Equatable {
    let value: BlockFeatures
    init(_ value: BlockFeatures) { self.value = value }
    static func == (a: FeaturesBox, b: FeaturesBox) -> Bool { a === b || a.value == b.value }
}

extension Array where Element == Block {
    /// What the line matchers read of block `i`, taken field by field: no `Block` copy.
    @inline(__always)
    func matchSubject(_ i: Int) -> MatchSubject {
        MatchSubject(key: self[i].key, fingerprint: self[i].keyFingerprint, head: self[i].keyHead,
                     indent: self[i].indent, features: self[i].featuresBox)
    }

    /// Whether blocks `i` and `j` have the same key (fingerprints first, bytes to confirm), read
    /// in place: `blocks[i].sameKey(blocks[j])` copies a whole block to pass it.
    @inline(__always)
    func sameKey(_ i: Int, _ j: Int) -> Bool {
        self[i].keyFingerprint == self[j].keyFingerprint && self[i].key.sameBytes(self[j].key)
    }
}
