import Foundation

/// What the classifier folds out of a short line's key before any rule, phrase or shape looks at
/// it, on top of the lossless clean-up (`Normalizer.matching`): the zero-width characters a page
/// may hide inside a word or around a line (ZWSP U+200B, ZWNJ U+200C, ZWJ U+200D, the combining
/// grapheme joiner U+034F). A comment header «التعـ‍ـليقات» or a line wrapped in ZWSP is the line
/// the rule file names: an outlet's `exact`, `prefix` and `pattern` rules missed it (its
/// signatures too: a page with ZWSP around its chrome lines lost its outlet and took a menu entry
/// for its title), and a date line lost its month. The generic path's word lists ignored them
/// already. Harakat are not folded: they are letters to the comparisons of a key with the page's
/// head (`GenericLabeler.normalizeTitle` keeps alphabetic scalars, and tanween is one), and a
/// headline «… جزئياً» folded stopped being its `<title>`; a rule names a vocalised line by
/// listing that form too (the outlets' rules list «أيضاً», «أيضًا» and «أيضا»).
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
        (0x200B...0x200D).contains(v) || v == 0x034F
    }

    /// Whether the UTF-8 bytes hold a folded scalar: CD 8F (U+034F), E2 80 8B–8D (U+200B–200D).
    @inline(__always)
    static func holdsFolded(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard holdsLeadByte(b) else { return false }
        var i = 0
        let n = b.count
        while i + 1 < n {
            let lead = b[i]
            if lead == 0xCD && b[i + 1] == 0x8F { return true }
            if lead == 0xE2 && b[i + 1] == 0x80 && i + 2 < n && b[i + 2] >= 0x8B && b[i + 2] <= 0x8D { return true }
            i += 1
        }
        return false
    }

    /// Whether the bytes hold a folded scalar's lead byte, CD or E2: the cheap first test of
    /// `holdsFolded` (every short line's key goes through it, and an Arabic line has neither).
    /// The loop has no branch, so the compiler turns it into vector instructions (16 bytes a
    /// step); the byte-by-byte test alone cost about a fortieth of an outlet page's run.
    private static func holdsLeadByte(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard var p = b.baseAddress else { return false }
        let end = p + b.count
        var found: UInt8 = 0
        while p < end {
            found |= (p.pointee == 0xCD ? 1 : 0) | (p.pointee == 0xE2 ? 1 : 0)
            p += 1
        }
        return found != 0
    }

    /// Whether a key shows nothing: every scalar a space, a folded joiner, a format or control
    /// character, a combining mark with no letter to sit on (lone harakat, variation selectors),
    /// or a blank that is a letter only by its category (the Hangul fillers, the braille blank).
    /// Such a line is blank whatever its length: a paragraph of 500 ZWSPs was an article with
    /// nothing in it. Stops at the first visible scalar (the first one, in nearly every line).
    public static func isInvisible(_ key: String) -> Bool {
        for u in key.unicodeScalars {
            let v = u.value
            // Printable ASCII and the Arabic letters: visible, without asking for the category.
            if (v > 0x20 && v < 0x7F) || (0x0621...0x063F).contains(v) || (0x0641...0x064A).contains(v) { return false }
            if v == 0x20 || isFolded(v) || v == 0x115F || v == 0x1160 || v == 0x3164 || v == 0xFFA0 || v == 0x2800 { continue }
            switch u.properties.generalCategory {
            case .format, .control, .nonspacingMark, .enclosingMark, .spaceSeparator, .lineSeparator, .paragraphSeparator: continue
            default: return false
            }
        }
        return true
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
    /// rule captured (the name after «المصدر:», a title without the site's name): its joiners
    /// back. `value` itself when it is not found there.
    public static func unfold(_ value: String, in unfolded: String) -> String {
        let (text, sources) = folded(unfolded)
        guard !value.isEmpty, let range = text.range(of: value, options: .literal) else { return value }
        let scalars = Array(unfolded.unicodeScalars)
        let first = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        let count = value.unicodeScalars.count
        guard first + count <= sources.count else { return value }
        let start = sources[first]
        let end = sources[first + count - 1] + 1
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[start..<end])
        return String(out)
    }
}
