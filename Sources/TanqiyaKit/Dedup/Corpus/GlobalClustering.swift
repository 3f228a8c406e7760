/// The global step of a staged (sharded, later multi-machine) run:
///
/// 1. each shard computes `SignatureRecord`s (global ordinal + signature, no text) and writes
///    them with `SignatureCodec`;
/// 2. one process reads all shards' records, in any order, and calls `decide`: it sorts them by
///    ordinal and applies `CorpusDeduplicator`'s rule, so its decisions equal a streaming run's
///    over the same input, bit for bit (same code, same integers);
/// 3. each shard applies `DedupDecisions.verdict(for:)` to its own ordinals.
///
/// Memory: the records (≈ 140 B each in memory with the default options) plus the index of kept articles
/// (≈ 185 B each). Shard files are sorted by ordinal already, so a k-way merge could stream them
/// instead of holding them all; not needed yet.
public struct GlobalClustering: Sendable {
    public let options: DedupOptions

    public init(options: DedupOptions = DedupOptions()) {
        self.options = options
    }

    /// Decisions for all records of all shards (shards may overlap in time but not in ordinals).
    public func decide(shards: [[SignatureRecord]]) throws(DedupError) -> DedupDecisions {
        try decide(shards.flatMap { $0 })
    }

    /// Decisions for `records`, given in any order.
    public func decide(_ records: [SignatureRecord]) throws(DedupError) -> DedupDecisions {
        try decideCounting(records).decisions
    }

    /// `decide`, with the deduplicator's counts (its index's size among them).
    public func decideCounting(_ records: [SignatureRecord]) throws(DedupError) -> (decisions: DedupDecisions, statistics: DedupStatistics) {
        try options.validate()
        let scheme = options.schemeTag
        for record in records {
            if record.ordinal < 0 { throw .negativeOrdinal(record.ordinal) }
            if record.signature.scheme != scheme {
                throw .schemeMismatch(ordinal: record.ordinal, expected: scheme, found: record.signature.scheme)
            }
            if record.signature.sketch.count != options.sketchWords {
                throw .sketchSizeMismatch(
                    ordinal: record.ordinal, expected: options.sketchWords, found: record.signature.sketch.count)
            }
        }
        let order = records.indices.sorted { records[$0].ordinal < records[$1].ordinal }
        for (previous, next) in zip(order, order.dropFirst()) where records[previous].ordinal == records[next].ordinal {
            throw .duplicateOrdinal(records[next].ordinal)
        }
        var deduplicator = CorpusDeduplicator(options: options)
        var dropped: [DedupDecision] = []
        for i in order {
            let record = records[i]
            let verdict = deduplicator.check(record.signature, ordinal: record.ordinal)
            if let decision = DedupDecision(ordinal: record.ordinal, verdict: verdict) { dropped.append(decision) }
        }
        return (DedupDecisions(articles: records.count, dropped: dropped), deduplicator.statistics)
    }
}
