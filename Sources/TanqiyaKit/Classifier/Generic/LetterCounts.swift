/// Arabic and Latin letters of a page's lines, counted on UTF-8 bytes: an Arabic letter is a
/// two-byte sequence led by 0xD8–0xDB (its lead byte is counted), a Latin letter an ASCII one.
/// Whether a page is Arabic is decided on these counts, on the generic path
/// (`GenericLabeler.isArabicPage`) and on an outlet's (`OutletPageChrome.isArabicPage`), each with
/// its own threshold.
struct LetterCounts {
    private(set) var arabic = 0
    private(set) var latin = 0

    /// Adds the letters of `text`.
    ///
    /// Speed: an outlet's page counts every byte of its text, so the loop has no branch and
    /// counts into bytes, `maxRun` bytes at a time: the compiler turns it into vector
    /// instructions (16 bytes a step). A loop over `String.utf8` with `if`s took 8.5 % of an
    /// outlet page's instructions (callgrind, a 1,000-page `make bench` shard); this one, 0.5 %.
    mutating func add(_ text: String) {
        var text = text
        let (a, l) = text.withUTF8 { bytes -> (Int, Int) in
            guard var p = bytes.baseAddress else { return (0, 0) }
            let end = p + bytes.count
            var a = 0, l = 0
            while p < end {
                let stop = end - p > Self.maxRun ? p + Self.maxRun : end
                var a8: UInt8 = 0, l8: UInt8 = 0
                while p < stop {
                    let b = p.pointee
                    a8 &+= b &- 0xD8 < 4 ? 1 : 0                // D8–DB
                    l8 &+= (b | 0x20) &- 0x61 < 26 ? 1 : 0       // A–Z, a–z
                    p += 1
                }
                a &+= Int(a8)
                l &+= Int(l8)
            }
            return (a, l)
        }
        arabic &+= a
        latin &+= l
    }

    /// The most bytes counted into one byte-sized count.
    private static let maxRun = 255
}
