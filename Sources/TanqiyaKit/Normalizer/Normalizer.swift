import Foundation

// Placeholder until the byte-level normaliser lands (branch `norm`): same API, naive code.
public struct NormalizerOptions: Sendable, Equatable {
    public var stripDiacritics: Bool = false
    public var foldLetters: Bool = false
    public var asciiDigits: Bool = false
    public init(stripDiacritics: Bool = false, foldLetters: Bool = false, asciiDigits: Bool = false) {
        self.stripDiacritics = stripDiacritics
        self.foldLetters = foldLetters
        self.asciiDigits = asciiDigits
    }
    public static let `default` = NormalizerOptions()
}

public struct Normalizer: Sendable {
    public let options: NormalizerOptions
    public init(options: NormalizerOptions = .default) { self.options = options }

    public func normalize(_ line: String) -> String {
        let nfkc = line.precomposedStringWithCompatibilityMapping
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in nfkc.unicodeScalars {
            let v = s.value
            if v == 0x640 || v == 0x200E || v == 0x200F || v == 0x61C || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0xFEFF { continue }
            if s.properties.isWhitespace { pendingSpace = true; continue }
            if pendingSpace, !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(s)
        }
        return String(out)
    }
}
