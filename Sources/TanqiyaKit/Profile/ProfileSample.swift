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
        for item in items where !item.isStdin { total += Self.bytes(of: item) }
        self.init(totalBytes: total, tunables: tunables)
    }

    /// The bytes the profile pass (and the progress line) reads of an input: its size; for a
    /// gzipped input (its name ends in .gz and it starts as gzip: a page, a JSONL file, a text
    /// dump), the decompressed size its gzip trailer gives (`Gzip.decompressedSize`): sized by its
    /// compressed bytes, a gzipped corpus looked five to ten times smaller than it is, and most of
    /// its pages were profiled.
    static func bytes(of item: InputItem) -> Int {
        var info = stat()
        guard FileSystemPath.stat(item.path, &info) == 0 else { return 0 }
        let size = max(Int(info.st_size), 0)
        // Only a regular file is opened (a FIFO given by name would block the open).
        guard item.path.lowercased().hasSuffix(".gz"), (info.st_mode & S_IFMT) == S_IFREG,
              size >= Gzip.smallestMember else { return size }
        let fd = FileSystemPath.open(item.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return size }
        defer { close(fd) }
        var magic = [UInt8](repeating: 0, count: 2), trailer = [UInt8](repeating: 0, count: 4)
        guard pread(fd, &magic, 2, 0) == 2, Gzip.isGzip(magic), pread(fd, &trailer, 4, off_t(size - 4)) == 4 else { return size }
        return Gzip.decompressedSize(compressed: size, trailer: trailer)
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
