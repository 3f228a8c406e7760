/// Errors of the cross-document deduplication, each with what a user needs to find the cause.
public enum DedupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An option is out of range (CLI flag name, the value given, what is accepted).
    case invalidOption(name: String, value: String, expected: String)
    /// A signature was computed with other options (shingle size, bands, rows, seed) or folding
    /// rules than the index uses.
    case schemeMismatch(ordinal: Int, expected: UInt32, found: UInt32)
    /// A signature's sketch has the wrong number of 32-bit words for the options.
    case sketchSizeMismatch(ordinal: Int, expected: Int, found: Int)
    /// Two signatures claim the same global ordinal (shards overlap).
    case duplicateOrdinal(Int)
    /// Ordinals are 0-based positions in the global input order.
    case negativeOrdinal(Int)
    /// A binary signature stream could not be read.
    case malformedSignatureData(offset: Int, reason: String)

    public var description: String {
        switch self {
        case let .invalidOption(name, value, expected):
            return "dedup option \(name) = \(value) is out of range (expected \(expected))"
        case let .schemeMismatch(ordinal, expected, found):
            return "signature of article #\(ordinal) has scheme \(hex(found)), the index uses \(hex(expected)): "
                + "it was computed with other dedup options (shingle size, bands, rows, seed) or folding rules"
        case let .sketchSizeMismatch(ordinal, expected, found):
            return "signature of article #\(ordinal) has \(found) sketch words, expected \(expected)"
        case let .duplicateOrdinal(ordinal):
            return "two signatures have ordinal \(ordinal): shards overlap"
        case let .negativeOrdinal(ordinal):
            return "ordinal \(ordinal) is negative"
        case let .malformedSignatureData(offset, reason):
            return "signature data is malformed at byte \(offset): \(reason)"
        }
    }

    private func hex(_ value: UInt32) -> String { "0x" + String(value, radix: 16) }
}
