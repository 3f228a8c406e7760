import Glibc

/// Which pages the profile pass reads: all of them when the inputs hold at most
/// `fullProfileBytes`, else a share `rate` of them such that the bytes profiled are about
/// `fullProfileBytes` plus an eighth of the rest. A page is in the sample when a hash of its
/// input's relative path and its record number (0 for a whole file) falls below the rate: the same
/// decision in any process, shard or order.
public struct ProfileSample: Sendable {
    public let rate: Double
    private let threshold: UInt64

    public init(items: [InputItem], tunables: LearningTunables) {
        var total = 0
        for item in items where !item.isStdin {
            var info = stat()
            if stat(item.path, &info) == 0 { total += Int(info.st_size) }
        }
        self.init(totalBytes: total, tunables: tunables)
    }

    public init(totalBytes: Int, tunables: LearningTunables) {
        let full = Double(tunables.fullProfileBytes)
        let total = Double(totalBytes)
        rate = total <= full ? 1 : (full + (total - full) * tunables.sampleShareBeyond) / total
        threshold = rate >= 1 ? UInt64.max : UInt64(rate * 0x1p64)
    }

    public func includes(_ item: InputItem, record: Int) -> Bool {
        guard threshold != UInt64.max else { return true }
        return LineShapes.fingerprint(ofLine: "\(item.relativePath)\u{0}\(record)") < threshold
    }
}
