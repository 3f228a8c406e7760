/// The data behind `FoldingKey`: lookup tables for ASCII, the Arabic block (U+0600–U+06FF) and
/// Arabic Presentation Forms-B (U+FE70–U+FEFF), and range rules for the rest.
struct FoldTables: Sendable {
    static let shared = FoldTables()

    let ascii: [UInt32]
    let arabic: [UInt32]
    let formsB: [UInt32]

    private init() {
        var ascii = [UInt32](repeating: FoldCode.separator, count: 128)
        for b in UInt32(0x61)...0x7A { ascii[Int(b)] = b }          // a–z
        for b in UInt32(0x41)...0x5A { ascii[Int(b)] = b + 0x20 }   // A–Z → a–z
        for b in UInt32(0x30)...0x39 { ascii[Int(b)] = FoldCode.digit }
        self.ascii = ascii

        var arabic = (UInt32(0x600)..<0x700).map { $0 }  // letters as they are, then exceptions
        func set(_ range: ClosedRange<UInt32>, _ code: UInt32) {
            for cp in range { arabic[Int(cp - 0x600)] = code }
        }
        func set(_ cps: [UInt32], _ code: UInt32) {
            for cp in cps { arabic[Int(cp - 0x600)] = code }
        }
        set(0x600...0x605, FoldCode.skip)            // number signs
        set(0x606...0x60F, FoldCode.separator)       // ؆ ؇ ؈ ؉ ؊ ؋ ، ؍ ؎ ؏
        set(0x610...0x61A, FoldCode.skip)            // Quranic marks
        set([0x61B, 0x61D, 0x61E, 0x61F], FoldCode.separator)  // ؛ ؞ ؟
        set([0x61C], FoldCode.skip)                  // Arabic letter mark (bidi)
        set([0x622, 0x623, 0x625, 0x671, 0x672, 0x673, 0x675], 0x627)  // alef variants → ا
        set([0x624], 0x648)                          // ؤ → و
        set([0x626, 0x649, 0x6CC], 0x64A)            // ئ ى ی → ي
        set([0x629, 0x6C3, 0x6BE, 0x6C0, 0x6C1, 0x6D5], 0x647)  // ة ۃ ھ ۀ ہ ە → ه
        set([0x6A9, 0x6AA], 0x643)                   // ک ڪ → ك
        set([0x640], FoldCode.skip)                  // tatweel
        set(0x64B...0x65F, FoldCode.skip)            // harakat
        set(0x660...0x669, FoldCode.digit)           // ٠–٩
        set([0x66A, 0x66D], FoldCode.separator)      // ٪ ٭
        set([0x66B, 0x66C], FoldCode.skip)           // ٫ ٬ inside numbers
        set([0x670, 0x674], FoldCode.skip)           // superscript alef, high hamza
        set([0x6D4, 0x6DD, 0x6DE, 0x6E9, 0x6FD, 0x6FE], FoldCode.separator)  // ۔ ۝ ۞ ۩ ۽ ۾
        set(0x6D6...0x6DC, FoldCode.skip)
        set(0x6DF...0x6E8, FoldCode.skip)
        set(0x6EA...0x6ED, FoldCode.skip)
        set(0x6F0...0x6F9, FoldCode.digit)           // ۰–۹
        self.arabic = arabic

        // Presentation Forms-B: (base letter, number of contextual forms) from U+FE80 on.
        let forms: [(UInt32, Int)] = [
            (0x621, 1), (0x622, 2), (0x623, 2), (0x624, 2), (0x625, 2), (0x626, 4), (0x627, 2),
            (0x628, 4), (0x629, 2), (0x62A, 4), (0x62B, 4), (0x62C, 4), (0x62D, 4), (0x62E, 4),
            (0x62F, 2), (0x630, 2), (0x631, 2), (0x632, 2), (0x633, 4), (0x634, 4), (0x635, 4),
            (0x636, 4), (0x637, 4), (0x638, 4), (0x639, 4), (0x63A, 4), (0x641, 4), (0x642, 4),
            (0x643, 4), (0x644, 4), (0x645, 4), (0x646, 4), (0x647, 4), (0x648, 2), (0x649, 2),
            (0x64A, 4),
        ]
        var formsB = [UInt32](repeating: FoldCode.skip, count: 0x90)  // FE70–FE7F: harakat forms
        var cp = 0xFE80
        for (base, count) in forms {
            for _ in 0..<count {
                formsB[cp - 0xFE70] = arabic[Int(base - 0x600)]
                cp += 1
            }
        }
        // Lam-alef ligatures FEF5–FEFC: lam, then the (folded) alef.
        for alef in [UInt32(0x622), 0x623, 0x625, 0x627] {
            for _ in 0..<2 {
                formsB[cp - 0xFE70] = 0x644 | arabic[Int(alef - 0x600)] << 16
                cp += 1
            }
        }
        formsB[0xFEFD - 0xFE70] = FoldCode.separator
        formsB[0xFEFE - 0xFE70] = FoldCode.separator
        formsB[0xFEFF - 0xFE70] = FoldCode.skip  // BOM / zero-width no-break space
        self.formsB = formsB
    }

    /// Fold code of a code point outside ASCII, U+0600–U+06FF and U+FE70–U+FEFF.
    @inline(__always)
    static func foldOther(_ cp: UInt32) -> UInt32 {
        if cp < 0x600 {
            if cp < 0xC0 { return cp == 0xAD ? FoldCode.skip : FoldCode.separator }  // C1, NBSP, symbols
            if cp == 0xD7 || cp == 0xF7 { return FoldCode.separator }                // × ÷
            if cp >= 0x300, cp < 0x370 { return FoldCode.skip }                      // combining marks
            return cp
        }
        if cp < 0x2000 {
            if cp >= 0x8CA, cp < 0x900 { return FoldCode.skip }   // Arabic Extended-A marks
            if cp == 0x1680 { return FoldCode.separator }         // Ogham space
            if cp == 0x180E { return FoldCode.skip }
            return cp
        }
        if cp < 0x2C00 {
            if cp <= 0x200A { return FoldCode.separator }         // Unicode spaces
            if cp <= 0x200F { return FoldCode.skip }              // ZWSP, ZWNJ, ZWJ, LRM, RLM
            if cp >= 0x202A, cp <= 0x202E { return FoldCode.skip } // bidi embeddings
            if cp >= 0x2060, cp <= 0x206F { return FoldCode.skip } // word joiner, bidi isolates
            return FoldCode.separator  // dashes, quotes, bullets, …, currency, arrows, math
        }
        if cp >= 0x3000, cp <= 0x303F { return FoldCode.separator }  // CJK spaces and punctuation
        if cp < 0xFB50 { return cp }
        if cp < 0xFE00 { return cp == 0xFD3E || cp == 0xFD3F ? FoldCode.separator : cp }  // ﴾ ﴿
        if cp < 0xFE10 { return FoldCode.skip }                   // variation selectors
        if cp < 0xFE70 { return cp >= 0xFE20 && cp < 0xFE30 ? FoldCode.skip : FoldCode.separator }
        if cp < 0xFF00 { return FoldCode.separator }              // (FE70–FEFF use the table)
        if cp < 0xFFF0 {
            if cp >= 0xFF10, cp <= 0xFF19 { return FoldCode.digit }
            if cp >= 0xFF21, cp <= 0xFF3A { return cp - 0xFF21 + 0x61 }  // fullwidth A–Z → a–z
            if cp >= 0xFF41, cp <= 0xFF5A { return cp - 0xFF41 + 0x61 }  // fullwidth a–z
            return cp <= 0xFF65 ? FoldCode.separator : cp
        }
        if cp < 0x10000 { return cp >= 0xFFF9 && cp <= 0xFFFB ? FoldCode.skip : FoldCode.separator }
        if cp >= 0x1F000, cp < 0x1FB00 { return FoldCode.separator }  // emoji and pictographs
        if cp >= 0xE0000, cp < 0xE1000 { return FoldCode.skip }       // tags, variation selectors
        return cp
    }

    static let exactContent: UInt8 = 0
    static let exactSpace: UInt8 = 1
    static let exactDrop: UInt8 = 2

    /// What the exact key does with a non-ASCII code point whose fold code is separator or skip:
    /// Unicode white space collapses like ASCII white space; tatweel, bidi and zero-width marks
    /// and soft hyphens are dropped (the normaliser removes them too); anything else is kept.
    @inline(__always)
    static func exactClass(_ cp: UInt32) -> UInt8 {
        switch cp {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return exactSpace
        case 0xAD, 0x61C, 0x640, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064,
             0x2066...0x2069, 0xFEFF:
            return exactDrop
        default:
            return exactContent
        }
    }
}
