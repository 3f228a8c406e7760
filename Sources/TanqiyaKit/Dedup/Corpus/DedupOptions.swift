/// Tunables of the cross-document deduplication (see `CorpusDeduplicator` for the design).
///
/// Every field has a named default below. `bands`, `rows`, `shingleSize` and `seed` change the
/// signatures themselves (they are part of `schemeTag`); `threshold` and `enabled` only change the
/// decisions, so signatures computed once can be re-clustered at another threshold.
public struct DedupOptions: Sendable, Equatable, Hashable, Codable {
    /// Estimated Jaccard similarity (of folded word shingles) at or above which an article is a
    /// near duplicate of an earlier kept article. 0.8 is the usual web-corpus value (datatrove,
    /// text-dedup, Gopher use 0.7–0.85): an "updated" news story that changes a sentence or two
    /// stays above it, two stories on the same event written separately fall far below it.
    public static let defaultThreshold = 0.8
    /// Words per shingle. 5-word shingles make two independently written texts share almost no
    /// shingle while a one-word edit changes only 5 of them.
    public static let defaultShingleSize = 5
    /// LSH bands × rows = MinHash values per signature (128). With the 4-bit stored values (see
    /// `bitsPerValue`) a pair becomes a candidate with probability
    /// `1 - (1 - p^rows)^bands`, `p = J + (1 - J)/16`; the S-curve's midpoint
    /// `(1/bands)^(1/rows)` is p ≈ 0.71, J ≈ 0.69, deliberately a little under the 0.8 threshold:
    /// every candidate is verified against the estimated Jaccard, so the curve only has to catch
    /// true duplicates (P = 0.965 at J = 0.8, 0.996 at J = 0.85) while keeping unrelated
    /// candidates rare (P = 0.69 at J = 0.7, 0.097 at J = 0.5, 0.003 at J = 0.3).
    public static let defaultBands = 16
    public static let defaultRows = 8
    /// Fixed seed of the MinHash permutation and its constants; never random, so signatures are identical across
    /// runs, processes and machines.
    public static let defaultSeed: UInt64 = 0x7461_6E71_6979_6131  // "tanqiya1"

    public var enabled: Bool
    public var threshold: Double
    public var shingleSize: Int
    public var bands: Int
    public var rows: Int
    public var seed: UInt64

    public init(
        enabled: Bool = true,
        threshold: Double = DedupOptions.defaultThreshold,
        shingleSize: Int = DedupOptions.defaultShingleSize,
        bands: Int = DedupOptions.defaultBands,
        rows: Int = DedupOptions.defaultRows,
        seed: UInt64 = DedupOptions.defaultSeed
    ) {
        self.enabled = enabled
        self.threshold = threshold
        self.shingleSize = shingleSize
        self.bands = bands
        self.rows = rows
        self.seed = seed
    }

    /// MinHash values per signature (one-permutation bins, see `SignatureComputer`): `bands * rows`.
    public var minhashValues: Int { bands * rows }

    /// Bits kept of each MinHash value (b-bit MinHash, Li & König 2010): the smallest of 4, 8, 16,
    /// 32 such that one band holds at least 32 bits, so a band key tells ~4 billion buckets apart
    /// (with the default 8 rows: 4 bits, 64 bytes per signature).
    public var bitsPerValue: Int {
        for bits in [4, 8, 16] where rows * bits >= 32 { return bits }
        return 32
    }

    /// 32-bit words one band takes in a sketch (a band never shares a word with another band).
    public var wordsPerBand: Int { (rows * bitsPerValue + 31) / 32 }

    /// 32-bit words of one signature's sketch.
    public var sketchWords: Int { bands * wordsPerBand }

    /// Identifies everything that shapes a signature (folding rules' version, shingle size,
    /// bands, rows, bits, seed). Signatures with different tags are never compared.
    public var schemeTag: UInt32 {
        var h: UInt64 = 0x5145_4455_5053_4947
        for v in [UInt64(FoldingKey.version), UInt64(shingleSize), UInt64(bands), UInt64(rows),
                  UInt64(bitsPerValue), seed] {
            h = StableHash.mum(h ^ v, 0x9E37_79B9_7F4A_7C15)
        }
        return UInt32(truncatingIfNeeded: StableHash.mix64(h) >> 32)
    }

    /// Probability that a pair with true Jaccard `jaccard` shares at least one band (the LSH
    /// S-curve, for b-bit values): `1 - (1 - p^rows)^bands`, `p = J + (1 - J) / 2^bits`.
    public func candidateProbability(jaccard: Double) -> Double {
        let collide = 1.0 / Double(UInt64(1) << UInt64(min(bitsPerValue, 62)))
        let p = jaccard + (1 - jaccard) * collide
        return 1 - power(1 - power(p, rows), bands)
    }

    /// Estimated Jaccard similarity of two signatures computed with these options (b-bit MinHash:
    /// with `m` of `K` values equal, `(m/K − 2^−b) / (1 − 2^−b)`, clamped to 0…1).
    public func estimatedJaccard(_ a: ArticleSignature, _ b: ArticleSignature) -> Double {
        precondition(a.sketch.count == sketchWords && b.sketch.count == sketchWords, "sketch size differs from the options'")
        var differing = 0
        for (x, y) in zip(a.sketch, b.sketch) { differing += KeptIndex.nonZeroFields(x ^ y, bits: bitsPerValue) }
        return estimatedJaccard(matches: minhashValues - differing)
    }

    /// The b-bit MinHash estimate for `matches` agreeing values of `minhashValues`.
    public func estimatedJaccard(matches: Int) -> Double {
        let chance = 1.0 / Double(UInt64(1) << UInt64(bitsPerValue))
        let fraction = Double(matches) / Double(minhashValues)
        return min(1, max(0, (fraction - chance) / (1 - chance)))
    }

    /// The fewest agreeing values whose estimate reaches the threshold (decisions compare
    /// integers, so they are reproducible bit for bit).
    public var requiredMatches: Int {
        for m in 0...minhashValues where estimatedJaccard(matches: m) >= threshold { return m }
        return minhashValues + 1
    }

    /// Checks the ranges; the CLI calls this before any work starts.
    public func validate() throws(DedupError) {
        guard threshold > 0, threshold <= 1 else {
            throw .invalidOption(name: "threshold", value: "\(threshold)", expected: "0 < threshold <= 1")
        }
        guard (1...64).contains(shingleSize) else {
            throw .invalidOption(name: "shingle-size", value: "\(shingleSize)", expected: "1...64 words")
        }
        guard (1...256).contains(bands) else {
            throw .invalidOption(name: "bands", value: "\(bands)", expected: "1...256")
        }
        guard (1...64).contains(rows) else {
            throw .invalidOption(name: "rows", value: "\(rows)", expected: "1...64")
        }
        guard minhashValues <= 1024 else {
            throw .invalidOption(name: "bands*rows", value: "\(minhashValues)", expected: "at most 1024 MinHash values")
        }
    }
}

/// `x` to a small non-negative integer power, without Foundation.
func power(_ x: Double, _ n: Int) -> Double {
    var result = 1.0
    for _ in 0..<n { result *= x }
    return result
}

extension DedupOptions {
    enum CodingKeys: String, CodingKey {
        case enabled, threshold, shingleSize, bands, rows, seed
    }

    /// The seed is written as a decimal string: it exceeds 2^53, and JSON tools that read numbers
    /// as doubles (jq, JavaScript) would round it. A number is still read back.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(enabled, forKey: .enabled)
        try container.encode(threshold, forKey: .threshold)
        try container.encode(shingleSize, forKey: .shingleSize)
        try container.encode(bands, forKey: .bands)
        try container.encode(rows, forKey: .rows)
        try container.encode(String(seed), forKey: .seed)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let seed: UInt64
        if let text = try? container.decode(String.self, forKey: .seed) {
            guard let value = UInt64(text) else {
                throw DecodingError.dataCorruptedError(forKey: .seed, in: container, debugDescription: "not a 64-bit seed: \(text)")
            }
            seed = value
        } else {
            seed = try container.decode(UInt64.self, forKey: .seed)
        }
        self.init(enabled: try container.decode(Bool.self, forKey: .enabled),
                  threshold: try container.decode(Double.self, forKey: .threshold),
                  shingleSize: try container.decode(Int.self, forKey: .shingleSize),
                  bands: try container.decode(Int.self, forKey: .bands),
                  rows: try container.decode(Int.self, forKey: .rows),
                  seed: seed)
    }
}
