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

    /// Shards of `count` not in `have`: the first `listed` of them and how many in all. Counted
    /// without walking 0..<count (a run may say `--shard 0/9223372036854775807`: listing every
    /// shard it lacks never ended).
    static func missing(from have: Set<Int>, of count: Int, listed: Int = 20) -> (first: [Int], total: Int) {
        let present = have.filter { (0..<count).contains($0) }.count
        var first: [Int] = []
        var i = 0
        while first.count < listed, i < count, first.count < count - present {
            if !have.contains(i) { first.append(i) }
            i += 1
        }
        return (first, count - present)
    }

    /// "0, 1, 2 and 997 more" for `missing(from:of:)`'s answer.
    static func list(_ missing: (first: [Int], total: Int)) -> String {
        let shown = missing.first.map(String.init).joined(separator: ", ")
        return missing.total > missing.first.count ? "\(shown) and \(missing.total - missing.first.count) more" : shown
    }

    /// File-name stem of this shard's stage files: `shard-0003-of-0008`.
    public var stem: String {
        "shard-\(String(index).leftPadded(to: 4))-of-\(String(count).leftPadded(to: 4))"
    }
}
