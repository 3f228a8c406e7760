/// What the deduplication keeps of one article: no text; 84 bytes in `SignatureCodec` form
/// with the default options.
///
/// - `exactHash`: 64-bit hash of the article text with white space runs collapsed to one space and
///   trimmed, and tatweel, bidi/zero-width marks and soft hyphens removed; every other byte counts.
///   That is the part of the normaliser's clean-up that changes no visible character, so two
///   articles are *exact* duplicates when their normalised text is the same (presentation forms
///   aside: those differ here and are caught as near duplicates with similarity 1).
/// - `sketch`: b-bit MinHash of the folded word shingles (`DedupOptions.minhashValues` values of
///   `bitsPerValue` bits, packed band by band into 32-bit words, low bits first).
/// - `shingleCount`: shingles hashed; 0 when the text has no word, and then only `exactHash` is
///   used. A text with fewer words than the shingle size is one shingle of all its words.
/// - `scheme`: `DedupOptions.schemeTag` of the options that computed it.
public struct ArticleSignature: Sendable, Hashable {
    public var scheme: UInt32
    public var exactHash: UInt64
    public var shingleCount: Int
    public var sketch: [UInt32]

    public init(scheme: UInt32, exactHash: UInt64, shingleCount: Int, sketch: [UInt32]) {
        self.scheme = scheme
        self.exactHash = exactHash
        self.shingleCount = shingleCount
        self.sketch = sketch
    }

    /// True when the text had at least one word, so near-duplicate search applies.
    public var hasShingles: Bool { shingleCount > 0 }
}

/// A signature with its article's position in the global input order (0-based, unique).
public struct SignatureRecord: Sendable, Hashable, Codable {
    public var ordinal: Int
    public var signature: ArticleSignature

    public init(ordinal: Int, signature: ArticleSignature) {
        self.ordinal = ordinal
        self.signature = signature
    }
}

/// JSON form (one object per JSONL line): hashes as fixed-width lower-case hex, so 64-bit values
/// survive JSON readers that use doubles:
/// `{"scheme":"1a2b3c4d","exact":"0123456789abcdef","shingles":412,"sketch":"<8 hex per word>"}`.
extension ArticleSignature: Codable {
    private enum CodingKeys: String, CodingKey { case scheme, exact, shingles, sketch }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func hex(_ key: CodingKeys, width: Int) throws -> UInt64 {
            let text = try c.decode(String.self, forKey: key)
            guard text.utf8.count == width, let value = UInt64(text, radix: 16) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: c, debugDescription: "expected \(width) hex digits, got \(Quoted.single(text))")
            }
            return value
        }
        scheme = UInt32(try hex(.scheme, width: 8))
        exactHash = try hex(.exact, width: 16)
        shingleCount = try c.decode(Int.self, forKey: .shingles)
        let sketchText = Array(try c.decode(String.self, forKey: .sketch).utf8)
        guard sketchText.count % 8 == 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: .sketch, in: c, debugDescription: "sketch length is not a multiple of 8 hex digits")
        }
        var words: [UInt32] = []
        words.reserveCapacity(sketchText.count / 8)
        var i = 0
        while i < sketchText.count {
            guard let word = UInt32(String(decoding: sketchText[i..<i + 8], as: UTF8.self), radix: 16) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .sketch, in: c, debugDescription: "bad hex in sketch at digit \(i)")
            }
            words.append(word)
            i += 8
        }
        sketch = words
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.hex(UInt64(scheme), width: 8), forKey: .scheme)
        try c.encode(Self.hex(exactHash, width: 16), forKey: .exact)
        try c.encode(shingleCount, forKey: .shingles)
        try c.encode(sketch.map { Self.hex(UInt64($0), width: 8) }.joined(), forKey: .sketch)
    }

    private static func hex(_ value: UInt64, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
