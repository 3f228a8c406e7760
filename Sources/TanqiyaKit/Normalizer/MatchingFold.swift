import Foundation

/// What the classifier folds out of a short line's key before any rule, phrase or shape looks at
/// it, on top of the lossless clean-up (`Normalizer.matching`): the zero-width characters a page
/// may hide inside a word or around a line (ZWSP U+200B, ZWNJ U+200C, ZWJ U+200D, the combining
/// grapheme joiner U+034F) and the Arabic marks (harakat and the other combining marks
/// U+064B–U+065F, superscript alef U+0670, the Quranic annotation signs U+0610–U+061A and
/// U+06D6–U+06ED). A menu entry «مُبَاشَر», a comment header «التعـ‍ـليقات» or a line wrapped in
/// ZWSP is the line the rule file names: an outlet's `exact`, `prefix` and `pattern` rules
/// missed it (its signatures too: a page with ZWSP around its chrome lines lost its outlet and
/// took a menu entry for its title). The generic path's word lists already ignored them.
///
/// The output is not folded: the classifier keeps the lossless key as `Block.unfoldedKey`, and
/// the normaliser stage writes that (and maps a rule's captured value back onto it,
/// `unfold(_:in:)`). Rule files are folded the same way when they load (`RuleLoader.defaultKey`).
/// Only keys up to `maxBytes` are folded: rules try patterns and prefixes on short lines only,
/// and chrome is short; a paragraph keeps its key as it is (no second pass over the text).
public enum MatchingFold {
    /// `LineMatcher.defaultMaxBytes`: the longest line a pattern or prefix is tried on.
    public static let maxBytes = LineMatcher.defaultMaxBytes

    /// Whether the scalar is folded out.
    @inline(__always)
    static func isFolded(_ v: UInt32) -> Bool {
        switch v {
        case 0x200B...0x200D, 0x034F, 0x0610...0x061A, 0x064B...0x065F, 0x0670,
             0x06D6...0x06DC, 0x06DF...0x06E4, 0x06E7, 0x06E8, 0x06EA...0x06ED:
            return true
        default:
            return false
        }
    }

    /// Whether the UTF-8 bytes hold a folded scalar: lead bytes CD (U+034F), D8 (U+0610–061A),
    /// D9 (U+064B–065F, U+0670), DB (U+06D6–06ED), E2 80 (U+200B–200D).
    @inline(__always)
    static func holdsFolded(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i + 1 < n {
            let lead = b[i]
            if lead >= 0xCD && lead <= 0xE2 {
                let next = b[i + 1]
                switch lead {
                case 0xCD: if next == 0x8F { return true }
                case 0xD8: if next >= 0x90 && next <= 0x9A { return true }
                case 0xD9: if (next >= 0x8B && next <= 0x9F) || next == 0xB0 { return true }
                case 0xDB: if next >= 0x96 && next <= 0xAD { return true }
                case 0xE2: if next == 0x80, i + 2 < n, b[i + 2] >= 0x8B && b[i + 2] <= 0x8D { return true }
                default: break
                }
            }
            i += 1
        }
        return false
    }

    /// The key folded, or nil when folding changes nothing (or the key is longer than
    /// `maxBytes`). `key` is a lossless key: trimmed, single spaces. The result is too.
    public static func fold(_ key: String) -> String? {
        var key = key
        let holds = key.withUTF8 { $0.count <= maxBytes && holdsFolded($0) }
        guard holds else { return nil }
        return folded(key).text
    }

    /// The fold of `text`, with, for each of its scalars, the index of the scalar of `text` it
    /// comes from.
    private static func folded(_ text: String) -> (text: String, sources: [Int]) {
        var out = String.UnicodeScalarView()
        var sources: [Int] = []
        var pendingSpace = false
        var pendingSource = 0
        for (n, u) in text.unicodeScalars.enumerated() {
            if isFolded(u.value) { continue }
            if u.value == 0x20 {
                pendingSpace = true
                pendingSource = n
                continue
            }
            if pendingSpace && !out.isEmpty {
                out.append(" ")
                sources.append(pendingSource)
            }
            pendingSpace = false
            out.append(u)
            sources.append(n)
        }
        return (String(out), sources)
    }

    /// The part of `unfolded` (a lossless key) whose fold is `value`, a part of the folded key a
    /// rule captured (the name after «المصدر:», a title without the site's name): its marks and
    /// joiners back. `value` itself when it is not found there.
    public static func unfold(_ value: String, in unfolded: String) -> String {
        let (text, sources) = folded(unfolded)
        guard !value.isEmpty, let range = text.range(of: value, options: .literal) else { return value }
        let scalars = Array(unfolded.unicodeScalars)
        let first = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        let count = value.unicodeScalars.count
        guard first + count <= sources.count else { return value }
        let start = sources[first]
        var end = sources[first + count - 1] + 1
        // The marks after the last letter are its own.
        while end < scalars.count, isFolded(scalars[end].value), scalars[end].value > 0x034F, scalars[end].value < 0x200B { end += 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[start..<end])
        return String(out)
    }
}
