/// Cross-document deduplication over everything one run reads: exact and near duplicates.
///
/// ## Use
/// ```swift
/// let signer = SignatureComputer(options: options)          // Sendable, pure: any thread
/// var dedup = CorpusDeduplicator(options: options)
/// for (ordinal, text) in articles.enumerated() {           // in input order
///     let verdict = dedup.check(signer.signature(of: text), ordinal: ordinal)
///     if verdict.isDuplicate { /* drop, report verdict.kind, .duplicateOf, .similarity */ }
/// }
/// ```
/// Signatures may be computed in parallel; only `check` must see them in input order.
///
/// ## The rule ("first occurrence kept")
/// Articles are decided one by one in global input order, against the articles *kept* so far:
/// 1. *exact*: a kept article has the same exact hash (and the same sketch, which guards against
///    a 64-bit collision) → `.exact(of: that one)`;
/// 2. *near*: among the kept articles that share at least one LSH band with this one (at most one
///    per band, see `KeptIndex`), those whose estimated Jaccard is ≥ threshold; the one with the
///    most agreeing MinHash values wins, ties to the earliest → `.near(of:similarity:)`;
/// 3. otherwise the article is kept and added to the index.
///
/// So every dropped article is reported against a *kept* article it is itself similar to (no
/// chains A→B→C where C and A differ a lot), the kept set has no two near duplicates, and the
/// decision for an article depends only on earlier articles: it is the same whatever the
/// number of jobs, shards or machines, provided the ordinals are the global input order.
///
/// Connected components (union-find over all similar pairs) were rejected: a later article
/// similar to two kept ones would merge their clusters after both were already written, so no
/// streaming run could reproduce them. The staged run (`GlobalClustering`) therefore replays
/// this same rule over the signatures sorted by ordinal — the clusters it reports are "a kept
/// article + the articles dropped against it" — and is equal to streaming by construction.
///
/// ## Similarity estimate
/// b-bit MinHash: with `m` of `K` stored b-bit values equal, `J ≈ (m/K − 2^−b) / (1 − 2^−b)`.
/// With the defaults (K = 128, b = 4) the standard error is ≈ 0.037 at J = 0.8, ≈ 0.028 at
/// J = 0.9. The threshold test is done on `m` (an integer), so decisions are bit-for-bit
/// reproducible.
///
/// ## Short texts
/// A text with fewer words than `shingleSize` is one shingle of all its words: it is a near
/// duplicate only of texts with exactly the same folded words (similarity 1). A text with no word
/// (empty, only punctuation) takes part in exact deduplication only.
public struct CorpusDeduplicator: Sendable {
    public let options: DedupOptions
    private var index: KeptIndex
    private let scheme: UInt32
    private let requiredMatches: Int
    private var lastOrdinal = -1
    private var freeBands: [Bool]
    private var candidates: [Int] = []
    private var counts = DedupStatistics()

    public init(options: DedupOptions = DedupOptions()) {
        precondition((try? options.validate()) != nil, "invalid DedupOptions: \(options)")
        self.options = options
        index = KeptIndex(options: options)
        scheme = options.schemeTag
        requiredMatches = options.requiredMatches
        freeBands = Array(repeating: true, count: options.bands)
    }

    /// Counts so far, with the index's current size.
    public var statistics: DedupStatistics {
        var result = counts
        result.indexBytes = index.bytes
        return result
    }

    /// Kept articles in the index (a mark for `forgetKept(since:)`).
    public var keptCount: Int { index.count }

    /// Takes the articles kept since `mark` (a `keptCount` read earlier) back out of the index,
    /// as if they had been dropped: their input failed and its output was not written, so no
    /// later article may be dropped as a repeat of one of them. Ordinals go on increasing.
    public mutating func forgetKept(since mark: Int) {
        guard mark < index.count else { return }
        counts.kept -= index.count - mark
        index.removeLast(downTo: mark)
    }

    /// Bytes the index holds now (page and table capacities).
    public var indexBytes: Int { index.bytes }

    /// Decides one article. Ordinals must increase strictly from call to call (they are global
    /// input positions; gaps are allowed). A disabled deduplicator keeps everything.
    public mutating func check(_ signature: ArticleSignature, ordinal: Int) -> DedupVerdict {
        precondition(ordinal > lastOrdinal, "CorpusDeduplicator.check: ordinal \(ordinal) after \(lastOrdinal)")
        precondition(signature.scheme == scheme, "\(DedupError.schemeMismatch(ordinal: ordinal, expected: scheme, found: signature.scheme))")
        precondition(signature.sketch.count == options.sketchWords, "\(DedupError.sketchSizeMismatch(ordinal: ordinal, expected: options.sketchWords, found: signature.sketch.count))")
        lastOrdinal = ordinal
        counts.articles += 1
        if !signature.hasShingles { counts.withoutShingles += 1 }
        guard options.enabled else {
            counts.kept += 1
            return .unique
        }

        if let kept = index.exactMatch(signature) {
            counts.exactDuplicates += 1
            return .exact(of: index.ordinal(ofKept: kept))
        }

        var best: (kept: Int, matches: Int)?
        if signature.hasShingles {
            candidates.removeAll(keepingCapacity: true)
            signature.sketch.withUnsafeBufferPointer { sketch in
                for band in 0..<options.bands {
                    guard let owner = index.bandOwner(band, of: sketch) else {
                        freeBands[band] = true
                        continue
                    }
                    freeBands[band] = false
                    if candidates.contains(owner) { continue }
                    candidates.append(owner)
                    let matches = index.matchingValues(kept: owner, sketch, values: options.minhashValues)
                    guard matches >= requiredMatches else { continue }
                    if let current = best,
                       current.matches > matches || (current.matches == matches && current.kept < owner) {
                        continue
                    }
                    best = (owner, matches)
                }
            }
        }
        if let best {
            counts.nearDuplicates += 1
            return .near(of: index.ordinal(ofKept: best.kept), similarity: options.estimatedJaccard(matches: best.matches))
        }

        freeBands.withUnsafeBufferPointer { free in
            index.insert(signature, ordinal: ordinal, freeBands: free)
        }
        counts.kept += 1
        return .unique
    }
}
