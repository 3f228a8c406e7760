import ArgumentParser
import TanqiyaKit

/// Cross-document deduplication options of `clean`.
struct DedupFlags: ParsableArguments {
    @Flag(name: .long, help: "Keep exact and near duplicates across the run's pages.")
    var noDedup = false

    // Optional, their defaults said in the help: given with --no-dedup, they are refused.
    @Option(name: .long, help: ArgumentHelp("Near-duplicate threshold: estimated Jaccard similarity of word shingles. (default: \(DedupOptions.defaultThreshold))",
                                            valueName: "x"))
    var dedupThreshold: Double?

    @Option(name: .long, help: ArgumentHelp("Words per shingle. (default: \(DedupOptions.defaultShingleSize))", valueName: "n"))
    var shingleSize: Int?

    @Option(name: .long, help: ArgumentHelp("LSH bands. (default: \(DedupOptions.defaultBands))", valueName: "n"))
    var bands: Int?

    @Option(name: .long, help: ArgumentHelp("MinHash values per band. (default: \(DedupOptions.defaultRows))", valueName: "n"))
    var rows: Int?

    @Option(name: .long, help: ArgumentHelp("Write one JSON line per dropped duplicate: {id, duplicate_of, kind, similarity}.",
                                            valueName: "file"))
    var duplicates: String?

    var options: DedupOptions? {
        guard !noDedup else { return nil }
        return DedupOptions(enabled: true, threshold: dedupThreshold ?? DedupOptions.defaultThreshold,
                            shingleSize: shingleSize ?? DedupOptions.defaultShingleSize, bands: bands ?? DedupOptions.defaultBands,
                            rows: rows ?? DedupOptions.defaultRows)
    }

    func validate() throws {
        if noDedup {
            let given = [("--duplicates", duplicates != nil), ("--dedup-threshold", dedupThreshold != nil), ("--shingle-size", shingleSize != nil),
                         ("--bands", bands != nil), ("--rows", rows != nil)].filter(\.1).map(\.0)
            if !given.isEmpty { throw ValidationError("--no-dedup drops no duplicates: it cannot go with \(given.joined(separator: ", "))") }
        }
        if let options {
            do { try options.validate() } catch { throw ValidationError("\(error)") }
        }
    }
}
