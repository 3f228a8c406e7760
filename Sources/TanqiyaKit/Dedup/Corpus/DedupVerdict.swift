/// Why an article was dropped.
public enum DuplicateKind: String, Sendable, Codable, Hashable, CaseIterable {
    /// Same text after white space collapsing and removal of invisible marks (see `ArticleSignature`).
    case exact
    /// Estimated Jaccard similarity of folded word shingles at or above the threshold.
    case near
}

/// The decision for one article, in input order.
public enum DedupVerdict: Sendable, Hashable {
    /// Kept: no earlier kept article is an exact or near duplicate of it.
    case unique
    /// Dropped: same text as the kept article with ordinal `of`.
    case exact(of: Int)
    /// Dropped: estimated `similarity` ≥ threshold with the kept article with ordinal `of`.
    case near(of: Int, similarity: Double)

    public var isDuplicate: Bool { self != .unique }

    public var kind: DuplicateKind? {
        switch self {
        case .unique: return nil
        case .exact: return .exact
        case .near: return .near
        }
    }

    /// Ordinal of the kept article this one duplicates.
    public var duplicateOf: Int? {
        switch self {
        case .unique: return nil
        case let .exact(of): return of
        case let .near(of, _): return of
        }
    }

    /// Estimated Jaccard similarity with `duplicateOf` (1 for exact duplicates).
    public var similarity: Double? {
        switch self {
        case .unique: return nil
        case .exact: return 1
        case let .near(_, similarity): return similarity
        }
    }
}

/// One dropped article, as the global step writes it and each shard reads it back:
/// `{"ordinal":17,"kind":"near","of":3,"similarity":0.9125}`.
public struct DedupDecision: Sendable, Hashable, Codable {
    public var ordinal: Int
    public var kind: DuplicateKind
    public var of: Int
    public var similarity: Double

    public init(ordinal: Int, kind: DuplicateKind, of: Int, similarity: Double) {
        self.ordinal = ordinal
        self.kind = kind
        self.of = of
        self.similarity = similarity
    }

    /// The decision for a dropped article; nil for `.unique`.
    public init?(ordinal: Int, verdict: DedupVerdict) {
        switch verdict {
        case .unique: return nil
        case let .exact(of): self.init(ordinal: ordinal, kind: .exact, of: of, similarity: 1)
        case let .near(of, similarity): self.init(ordinal: ordinal, kind: .near, of: of, similarity: similarity)
        }
    }

    public var verdict: DedupVerdict {
        switch kind {
        case .exact: return .exact(of: of)
        case .near: return .near(of: of, similarity: similarity)
        }
    }
}

/// The decisions of a whole run: the dropped articles, by ordinal; every other ordinal is kept.
/// This is what the global step hands back to the shards (only dropped articles are listed, so
/// it is small next to the signatures).
public struct DedupDecisions: Sendable, Hashable, Codable {
    /// Articles decided (kept + dropped).
    public var articles: Int
    /// Dropped articles, sorted by ordinal.
    public var dropped: [DedupDecision]

    public init(articles: Int, dropped: [DedupDecision]) {
        self.articles = articles
        self.dropped = dropped.sorted { $0.ordinal < $1.ordinal }
    }

    public var keptCount: Int { articles - dropped.count }

    /// The verdict for `ordinal` (binary search; `.unique` when it was not dropped).
    public func verdict(for ordinal: Int) -> DedupVerdict {
        var low = 0
        var high = dropped.count
        while low < high {
            let mid = (low + high) / 2
            if dropped[mid].ordinal < ordinal { low = mid + 1 } else { high = mid }
        }
        return low < dropped.count && dropped[low].ordinal == ordinal ? dropped[low].verdict : .unique
    }
}

/// Counts of one deduplication, for the run's per-stage statistics JSON.
public struct DedupStatistics: Sendable, Hashable, Codable {
    public var articles = 0
    public var kept = 0
    public var exactDuplicates = 0
    public var nearDuplicates = 0
    /// Articles with no word at all (only the exact key applies to them).
    public var withoutShingles = 0
    /// Bytes held by the index at the end (see `KeptIndex`).
    public var indexBytes = 0

    public init() {}
}
