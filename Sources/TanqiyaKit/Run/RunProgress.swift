import Foundation

/// `\r… pages, pages/s, inputs, ETA` on stderr while a run goes, at most twice a second (only
/// when asked: the CLI asks on a terminal, never in CI).
struct RunProgress {
    let enabled: Bool
    let inputs: Int
    private let start: UInt64
    private var last: UInt64

    init(enabled: Bool, inputs: Int) {
        self.enabled = enabled
        self.inputs = inputs
        start = StageCounters.now()
        last = start
    }

    mutating func report(_ stats: RunStats) {
        guard enabled else { return }
        let now = StageCounters.now()
        guard now - last > 500_000_000 else { return }
        last = now
        let seconds = Double(now - start) / 1e9
        let rate = Double(stats.pages) / max(seconds, 0.001)
        let done = stats.inputs.cleaned + stats.inputs.failed
        var line = String(format: "\r%d pages, %.0f pages/s, %d/%d inputs", stats.pages, rate, done, inputs)
        if done > 0, done < inputs {
            line += String(format: ", ETA %.0f s", seconds / Double(done) * Double(inputs - done))
        }
        FileHandle.standardError.write(Data((line + "   ").utf8))
    }
}
