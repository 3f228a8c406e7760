import Foundation

/// NFKC of a long line in linear time.
///
/// Foundation's NFKC (`precomposedStringWithCompatibilityMapping`) takes time that grows with
/// the square of a line's length in two cases: every character that expands (U+FDFA becomes 18
/// letters, ⑴ three characters) moves the rest of the line, and a run of combining marks out of
/// canonical order is sorted by a quadratic sort. A line of 400,000 U+FDFA took 8 s, a letter
/// with 200,000 shadda–fatha pairs four minutes. So a line longer than `wholeLineNFKCBytes` is
/// normalised a piece at a time, each piece ending where NFKC cannot join it to the next, and a
/// run of more than `maxNonStarters` combining marks is cut by U+034F COMBINING GRAPHEME JOINER
/// first, as Unicode's Stream-Safe Text Format (UAX #15, section 13) prescribes for exactly this
/// purpose. Text without such a run (all real text: the longest stack of marks in any script is
/// under 20) normalises to the same as the whole line does.
extension Normalizer {
    /// Lines up to this many UTF-8 bytes go to Foundation whole: their quadratic cost is at most
    /// a few milliseconds, and the piecewise walk costs more per character.
    static let wholeLineNFKCBytes = 4096
    /// A piece is closed at the first boundary after this many scalars: small enough that the
    /// moves of a piece are cheap, large enough that a call per piece is.
    static let pieceScalars = 256
    /// UAX #15's limit: after this many non-starters in a row, a U+034F goes in.
    static let maxNonStarters = 30
    static let graphemeJoiner = Unicode.Scalar(0x034F)!

    /// What NFKD makes of one scalar, as the piecewise walk needs it.
    struct Decomposition {
        /// Non-starters (combining class > 0) at the start and at the end of the decomposition.
        var leading = 0
        var trailing = 0
        var all = false
        /// NFKC never joins this scalar to what comes before it: its decomposition starts with
        /// a starter that is not a mark (a few vowel signs compose with the letter before them)
        /// nor a Hangul vowel or final jamo (they compose with the syllable before them).
        var boundaryBefore = false

        init(_ scalar: Unicode.Scalar) {
            if scalar.isASCII {
                boundaryBefore = true
                return
            }
            let parts = Array(String(Character(scalar)).decomposedStringWithCompatibilityMapping.unicodeScalars)
            let nonStarter = parts.map { $0.properties.canonicalCombiningClass.rawValue != 0 }
            leading = nonStarter.prefix { $0 }.count
            trailing = nonStarter.reversed().prefix { $0 }.count
            all = leading == parts.count
            if let first = parts.first, !nonStarter[0] {
                let mark: Set<Unicode.GeneralCategory> = [.nonspacingMark, .spacingMark, .enclosingMark]
                boundaryBefore = !mark.contains(first.properties.generalCategory) && !(0x1160...0x11FF).contains(first.value)
            }
        }
    }

    /// NFKC of `text`, a piece at a time, made stream-safe first.
    static func nfkcInPieces(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var piece = String.UnicodeScalarView()
        var pieceCount = 0
        var nonStarters = 0
        var known: [UInt32: Decomposition] = [:]
        func close() {
            result += String(piece).precomposedStringWithCompatibilityMapping
            piece = String.UnicodeScalarView()
            pieceCount = 0
        }
        for scalar in text.unicodeScalars {
            let d: Decomposition
            if let seen = known[scalar.value] {
                d = seen
            } else {
                d = Decomposition(scalar)
                known[scalar.value] = d
            }
            if nonStarters + d.leading > maxNonStarters {
                if pieceCount >= pieceScalars { close() }  // U+034F is a starter nothing joins
                piece.append(graphemeJoiner)
                pieceCount += 1
                nonStarters = 0
            }
            if d.boundaryBefore && pieceCount >= pieceScalars { close() }
            nonStarters = d.all ? nonStarters + d.leading : d.trailing
            piece.append(scalar)
            pieceCount += 1
        }
        close()
        return result
    }
}
