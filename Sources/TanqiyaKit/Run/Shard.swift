/// `--shard I/N`: a deterministic share of a run's inputs, so N independent processes cover
/// every input exactly once. Inputs are listed in their sorted order (directories walked sorted),
/// and shard I takes the contiguous range `[I*M/N, (I+1)*M/N)` of the M inputs: concatenating
/// the shards' outputs in shard order gives the single-process output.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses "I/N" (0 ≤ I < N).
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, i >= 0, i < n else { return nil }
        self.init(index: i, count: n)
    }

    public var description: String { "\(index)/\(count)" }

    /// The range of `total` inputs this shard takes.
    public func range(of total: Int) -> Range<Int> {
        Self.share(index, of: total, count)..<Self.share(index + 1, of: total, count)
    }

    /// `i * total / count` without overflow (the product in 128 bits; the quotient is at most
    /// `total`), for shard numbers up to `Int.max`.
    static func share(_ i: Int, of total: Int, _ count: Int) -> Int {
        count.dividingFullWidth(i.multipliedFullWidth(by: total)).quotient
    }

    /// File-name stem of this shard's stage files: `shard-0003-of-0008`.
    public var stem: String {
        func pad(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }
        return "shard-\(pad(index))-of-\(pad(count))"
    }
}

/// Global article ordinals for staged runs: the input's index in the whole (unsharded) sorted
/// input list, the page's number in the input, the article's number in the page. Ordinals sort
/// in single-process input order, whichever shard computed them.
public enum ArticleOrdinal {
    public static let pageBits = 32
    public static let articleBits = 8
    /// What is left of a non-negative `Int` for the input's index.
    public static let itemBits = Int.bitWidth - 1 - pageBits - articleBits

    /// The ordinal, or nil when a number does not fit its bits (a page of more than 256
    /// articles, an input of more than 2^32 pages, more than 2^23 inputs): the caller fails
    /// that input with `limitMessage` rather than mixing up the order.
    public static func make(item: Int, page: Int, article: Int) -> Int? {
        guard item >= 0, item < 1 << itemBits, page >= 0, page < 1 << pageBits, article >= 0, article < 1 << articleBits else {
            return nil
        }
        return item << (pageBits + articleBits) | page << articleBits | article
    }

    /// Why an input could not be staged.
    public static let limitMessage = "too many for a staged run, which numbers at most \(1 << articleBits) articles a page, "
        + "\(1 << pageBits) pages an input and \(1 << itemBits) inputs; clean it without --stage-dir"
}
