import ArgumentParser
import TanqiyaKit

/// Cross-document deduplication options of `clean`.
struct DedupFlags: ParsableArguments {
    @Flag(name: .long, help: "Keep exact and near duplicates across the run's pages.")
    var noDedup = false

    @Option(name: .long, help: ArgumentHelp("Near-duplicate threshold: estimated Jaccard similarity of word shingles.",
                                            valueName: "x"))
    var dedupThreshold: Double = DedupOptions.defaultThreshold

    @Option(name: .long, help: ArgumentHelp("Words per shingle.", valueName: "n"))
    var shingleSize: Int = DedupOptions.defaultShingleSize

    @Option(name: .long, help: ArgumentHelp("LSH bands.", valueName: "n"))
    var bands: Int = DedupOptions.defaultBands

    @Option(name: .long, help: ArgumentHelp("MinHash values per band.", valueName: "n"))
    var rows: Int = DedupOptions.defaultRows

    @Option(name: .long, help: ArgumentHelp("Write one JSON line per dropped duplicate: {id, duplicate_of, kind, similarity}.",
                                            valueName: "file"))
    var duplicates: String?

    var options: DedupOptions? {
        guard !noDedup else { return nil }
        return DedupOptions(enabled: true, threshold: dedupThreshold, shingleSize: shingleSize, bands: bands, rows: rows)
    }

    func validate() throws {
        if let options {
            do { try options.validate() } catch { throw ValidationError("\(error)") }
        }
    }
}
