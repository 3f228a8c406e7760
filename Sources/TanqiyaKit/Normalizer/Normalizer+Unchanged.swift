/// What the fast byte pass does with one two-byte UTF-8 sequence, as seen by the read-only
/// scan `Normalizer.isUnchanged(utf8:)`.
enum UnchangedPair: UInt8 {
    /// An allowlisted scalar copied as it is (Arabic letters, Latin-1 letters, …).
    case copied = 0
    /// A haraka the options keep: copied, but only if it is in canonical order with a
    /// haraka right before it.
    case keptHaraka = 1
    /// Anything else: a space, a scalar to drop, fold or NFKC, or not valid UTF-8.
    case needsWork = 2
}

extension Normalizer {
    /// `unchangedPairs` for a resolved `table`: one entry per (lead & 0x1F, second byte), so a
    /// single lookup decides a two-byte sequence, its UTF-8 validity included.
    static func makeUnchangedPairs(table: [UInt8], keepsHarakat: Bool) -> [UInt8] {
        let stableCopy = NormalizerTables.stableBit | ScalarKind.copy.rawValue
        let stableHaraka = NormalizerTables.stableBit | ScalarKind.haraka.rawValue
        return (0..<0x2000).map { index -> UInt8 in
            let lead = 0xC0 | UInt8(index >> 8)
            let second = UInt8(index & 0xFF)
            guard lead >= 0xC2, second & 0xC0 == 0x80 else { return UnchangedPair.needsWork.rawValue }
            let e = table[Int(lead & 0x1F) << 6 | Int(second & 0x3F)]
            if e == stableCopy { return UnchangedPair.copied.rawValue }
            if e == stableHaraka && keepsHarakat { return UnchangedPair.keptHaraka.rawValue }
            return UnchangedPair.needsWork.rawValue
        }
    }

    /// True when the fast byte pass would copy `src` through unchanged: every scalar is
    /// allowlisted and copied as is (`stableCopy`, or a kept haraka in canonical order), and
    /// every white space is a single U+0020 between two non-space scalars.
    ///
    /// Why: most scraped lines are already clean. This pass only reads (no output buffer, no
    /// `memcmp`), so `normalize(_:)` can hand back the same string after one cheap scan. It
    /// answers false at the first byte that would need work (a space to trim or collapse, a
    /// scalar to drop, fold or NFKC, invalid UTF-8, a haraka pair out of order); the caller
    /// then runs the full pass. It is exact for the fast pass: when it says false, the fast
    /// pass either changes the bytes or bails to the slow path.
    func isUnchanged(utf8 src: UnsafeBufferPointer<UInt8>) -> Bool {
        unchangedPairs.withUnsafeBufferPointer { pairs in
            table.withUnsafeBufferPointer { tbuf in
                Self.scanUnchanged(src, pairs: pairs.baseAddress!, table: tbuf.baseAddress!)
            }
        }
    }

    /// The loop of `isUnchanged(utf8:)`. It mirrors `bytePass(_:into:fast: true)` case by case;
    /// keep the two in step (the tests compare them on random and edge inputs).
    ///
    /// Speed: the loop runs while at least two bytes are left, reading them as one 16-bit
    /// word, so a two-byte scalar (nearly all of Arabic text) costs one load, one mask test and
    /// one `unchangedPairs` lookup, with no separate bounds or continuation-byte checks; the
    /// last byte, if any, is decided after the loop. Arithmetic is unchecked: every index
    /// stays below `src.count`.
    @inline(__always)
    private static func scanUnchanged(
        _ src: UnsafeBufferPointer<UInt8>, pairs: UnsafePointer<UInt8>, table t: UnsafePointer<UInt8>
    ) -> Bool {
        guard let s = src.baseAddress, src.count > 0 else { return true }
        let n = src.count
        let last = n &- 1
        let stableCopy = NormalizerTables.stableBit | ScalarKind.copy.rawValue
        var i = 0
        var harakaEnd = -1  // input index just past the last haraka seen
        var harakaByte: UInt8 = 0  // its second byte (all harakat are U+064B–U+0652, U+0670)

        while i < last {
            // Bytes i and i + 1; the lead byte in the low 8 bits.
            let w = UInt16(littleEndian: UnsafeRawPointer(s + i).loadUnaligned(as: UInt16.self))
            if w & 0xE0 == 0xC0 {
                // Two bytes: U+0080–U+07FF (Latin-1, Latin Extended, Cyrillic, Arabic).
                // byteSwapped & 0x1FFF is (lead & 0x1F) << 8 | second byte.
                let e = pairs[Int(w.byteSwapped & 0x1FFF)]
                if e == UnchangedPair.copied.rawValue {
                    i &+= 2
                    continue
                }
                guard e == UnchangedPair.keptHaraka.rawValue else { return false }
                // Canonical ordering would swap a descending pair (ccc rises with cp). All
                // harakat share the lead 0xD9, so their second bytes order them.
                let b1 = UInt8(truncatingIfNeeded: w &>> 8)
                if harakaEnd == i && harakaByte > b1 { return false }
                harakaEnd = i &+ 2
                harakaByte = b1
                i &+= 2
                continue
            }
            let b0 = UInt8(truncatingIfNeeded: w)
            if b0 < 0x80 {
                if b0 > 0x20 && b0 != 0x7F {  // printable ASCII: copied
                    i &+= 1
                    continue
                }
                if b0 == 0x20 {
                    // Kept only as a single inner space (never the last byte here). A space
                    // after a TAB etc. never gets here: the TAB already answered false.
                    if i == 0 || s[i &- 1] == 0x20 { return false }
                    i &+= 1
                    continue
                }
                return false  // TAB, LF, VT, FF, CR become spaces; other C0 controls and DEL are dropped
            }

            // Three bytes: only General Punctuation U+2000–U+206F (lead E2, second byte 80
            // or 81) has scalars that are copied as they are (– — ‘ ’ “ ” • ZWSP ZWNJ ZWJ …).
            // Anything else (continuation bytes, other 3-byte and all 4-byte scalars) needs work.
            guard b0 == 0xE2, i &+ 2 < n else { return false }
            let b1 = UInt8(truncatingIfNeeded: w &>> 8), b2 = s[i &+ 2]
            guard b1 & 0xFE == 0x80, b2 & 0xC0 == 0x80 else { return false }
            let offset = Int(b1 & 0x01) &<< 6 | Int(b2 & 0x3F)  // cp - U+2000
            guard offset < 0x70, t[0x800 &+ offset] == stableCopy else { return false }
            i &+= 3
        }
        if i == last {
            // One byte left: unchanged only if it is ASCII that is copied (not white space).
            let b0 = s[i]
            return b0 > 0x20 && b0 < 0x7F
        }
        return true
    }
}
