import Foundation
import Glibc

/// `\r… pages, pages/s, MB read of the total, ETA` on stderr while a run goes, at most twice a
/// second (only when asked: the CLI asks on a terminal, never in CI). Progress is measured in
/// bytes (the inputs' sizes are known before reading), so a single big JSONL input shows its
/// progress and an ETA too; standard input has no size: pages only.
struct RunProgress {
    let enabled: Bool
    let items: [InputItem]
    private let start: UInt64
    private var last: UInt64
    /// Bytes of all inputs, `nil` when one is standard input (or cannot be sized).
    private var totalBytes: Int??

    init(enabled: Bool, items: [InputItem]) {
        self.enabled = enabled
        self.items = items
        start = StageCounters.now()
        last = start
    }

    mutating func report(_ stats: RunStats) {
        guard enabled else { return }
        let now = StageCounters.now()
        guard now - last > 500_000_000 else { return }
        last = now
        if totalBytes == nil { totalBytes = Self.totalSize(items) }
        let seconds = Double(now - start) / 1e9
        let rate = Double(stats.pages) / max(seconds, 0.001)
        var line = String(format: "\r%d pages, %.0f pages/s", stats.pages, rate)
        let done = stats.bytesIn
        if let total = totalBytes ?? nil, total > 0 {
            let fraction = min(1, Double(done) / Double(total))
            line += String(format: ", %.1f/%.1f MB (%.0f%%)", Double(done) / 1e6, Double(total) / 1e6, fraction * 100)
            if fraction > 0, fraction < 1 { line += String(format: ", ETA %.0f s", seconds / fraction * (1 - fraction)) }
        } else {
            line += ", \(stats.inputs.cleaned + stats.inputs.failed)/\(items.count) inputs"
        }
        StandardError.write(line + "   ")
    }

    static func totalSize(_ items: [InputItem]) -> Int? {
        var total = 0
        for item in items {
            var info = stat()
            guard !item.isStdin, FileSystemPath.stat(item.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            total += ProfileSample.bytes(of: item)  // a gzipped input by its decompressed size, as it is counted read
        }
        return total
    }
}
