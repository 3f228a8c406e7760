import Glibc

/// Trims a page before libxml2 parses it, of what never reaches the DOM but costs libxml2 most of
/// its time: the text of `<script>` and `<style>` elements (both are skipped; libxml2 reads it
/// character by character, and it is about half of a news page's bytes), the attributes the
/// reader does not keep (`HTMLAttribute`: libxml2 copies every value character by character), and
/// the text of comments.
///
/// What is dropped is exactly what libxml2 2.9.14's HTML parser would read as an element's raw
/// text (`htmlParseScript`: everything up to the first `</script` or `</style`, case-insensitive)
/// or as one attribute of a start tag (`htmlParseAttribute`: a name and its value), found by
/// following its tokenizer over the page (`htmlParseContentInternal` and the functions it calls,
/// in recovery mode): end tags, start tags and their attributes (quoted values may hold `>`),
/// comments (`-->` or `--!>`), processing instructions, the DOCTYPE. In content, text and
/// references never hide a `<`. At anything it does not follow exactly — a DOCTYPE with quotes or
/// later in the page, raw text that starts with a tag, an end tag naming another element, a tag
/// the page ends inside — it stops and hands the rest over unchanged. A script whose start tag
/// could declare JSON-LD (it mentions "json", or holds a character reference) keeps its text: it
/// is the page's metadata. `HTMLParserEquivalenceTests` hold the DOM built from the trimmed page
/// equal to the one libxml2 builds from the whole page.
enum InputTrimmer {
    /// The page without the raw text of its scripts and styles and without the attributes the reader
    /// does not keep, or nil when there was nothing to drop.
    static func strip(_ input: [UInt8], attributes: Bool = true) -> [UInt8]? {
        input.withUnsafeBufferPointer { b -> [UInt8]? in
            var scanner = Scanner(b)
            scanner.dropsAttributes = attributes
            scanner.run()
            guard !scanner.cuts.isEmpty else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(b.count - scanner.cuts.reduce(0) { $0 + $1.count })
            var at = 0
            for cut in scanner.cuts {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[at..<cut.lowerBound]))
                at = cut.upperBound
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[at...]))
            return out
        }
    }

    /// Follows libxml2's reading of the page and collects the ranges to drop.
    struct Scanner {
        let b: UnsafeBufferPointer<UInt8>
        let n: Int
        var cuts: [Range<Int>] = []
        /// Also drop the attributes the reader does not keep.
        var dropsAttributes = true

        init(_ b: UnsafeBufferPointer<UInt8>) {
            self.b = b
            n = b.count
        }

        @inline(__always) func byte(_ i: Int) -> UInt8 { i < n ? b[i] : 0 }
        @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        @inline(__always) static func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
        /// htmlParseHTMLName: a name starts with a letter, '_', ':' or '.', …
        @inline(__always) static func isNameStart(_ c: UInt8) -> Bool { isLetter(c) || c == 0x5F || c == 0x3A || c == 0x2E }
        /// … and goes on with letters, digits, ':', '-', '_', '.' (at most 100 of them).
        @inline(__always) static func isNameChar(_ c: UInt8) -> Bool {
            isLetter(c) || (c >= 0x30 && c <= 0x39) || c == 0x3A || c == 0x2D || c == 0x5F || c == 0x2E
        }
        static let maxName = 100

        func skipBlanks(_ i: Int) -> Int {
            var i = i
            while i < n && Self.isBlank(b[i]) { i += 1 }
            return i
        }

        /// The end of a name starting at `i` (htmlParseHTMLName: capped at 100 characters).
        func nameEnd(_ i: Int) -> Int {
            var k = i
            while k < n && k - i < Self.maxName && Self.isNameChar(b[k]) { k += 1 }
            return k
        }

        /// Whether `b[i..<end]` is `word` (lower case), ignoring ASCII case.
        func equalsIgnoringCase(_ i: Int, _ end: Int, _ word: StaticString) -> Bool {
            guard end - i == word.utf8CodeUnitCount else { return false }
            let w = word.utf8Start
            for k in 0..<(end - i) where b[i + k] | 0x20 != w[k] { return false }
            return true
        }

        /// The first index at or after `i` holding `c`, or `n`.
        func find(_ c: UInt8, from i: Int) -> Int {
            guard i < n else { return n }
            guard let p = memchr(b.baseAddress! + i, Int32(c), n - i) else { return n }
            return b.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
        }

        mutating func run() {
            var i = 0
            var prolog = true  // only blanks, comments and processing instructions so far
            while i < n {
                let lt = find(0x3C, from: i)  // '<'
                if prolog && skipBlanks(i) < lt { prolog = false }
                guard lt < n else { return }
                let c1 = byte(lt + 1)
                if c1 == 0x2F {  // "</": htmlParseEndTag
                    i = endTag(lt)
                    prolog = false
                } else if Self.isLetter(c1) {
                    guard let next = startTag(lt) else { return }
                    i = next
                    prolog = false
                } else if c1 == 0x21, byte(lt + 2) == 0x2D, byte(lt + 3) == 0x2D {  // "<!--"
                    let (end, terminator) = commentEnd(lt)
                    // The comment's text never reaches the tree: "<!--" and its terminator stay.
                    if terminator > lt + 4 { cuts.append((lt + 4)..<terminator) }
                    i = end
                } else if c1 == 0x21, equalsIgnoringCase(lt + 2, min(lt + 9, n), "doctype") {
                    // Only the DOCTYPE that opens the page, without quotes: it ends at its first '>'.
                    guard prolog else { return }
                    let gt = find(0x3E, from: lt + 9)
                    if find(0x22, from: lt) < gt || find(0x27, from: lt) < gt { return }
                    i = min(gt + 1, n)
                    prolog = false
                } else if c1 == 0x3F {  // "<?": htmlParsePI
                    guard let next = processingInstructionEnd(lt) else { return }
                    i = next
                } else {
                    // Any other '<' is text.
                    i = lt + 1
                    prolog = false
                }
            }
        }

        /// Past an end tag at `lt` ("</"): with a name, through the next '>'; without, "</" only.
        func endTag(_ lt: Int) -> Int {
            guard Self.isNameStart(byte(lt + 2)) else { return lt + 2 }
            let gt = find(0x3E, from: lt + 2)
            return min(gt + 1, n)
        }

        /// A comment at `lt` ("<!--"): ends after the first "-->" or "--!>" that starts after the
        /// "<!--" (htmlParseComment), else at the end of the page. Also where the terminator starts
        /// (0 when there is none).
        func commentEnd(_ lt: Int) -> (end: Int, terminator: Int) {
            var s = lt + 4
            while true {
                s = find(0x2D, from: s)
                if s + 2 >= n { return (n, 0) }
                if b[s + 1] == 0x2D {
                    if b[s + 2] == 0x3E { return (s + 3, s) }
                    if b[s + 2] == 0x21 && byte(s + 3) == 0x3E { return (s + 4, s) }
                }
                s += 1
            }
        }

        /// A processing instruction at `lt` ("<?"): with a target name, through the next '>';
        /// without one, "<?" only (htmlParsePI). nil: a non-ASCII start (Unicode name rules: stop).
        func processingInstructionEnd(_ lt: Int) -> Int? {
            let c = byte(lt + 2)
            if c >= 0x80 { return nil }
            // htmlParseName's ASCII start characters; any other ASCII character gives no target.
            guard Self.isLetter(c) || c == 0x5F || c == 0x3A else { return lt + 2 }
            return min(find(0x3E, from: lt + 2) + 1, n)
        }

        /// A start tag at `lt` ('<' and a letter): past its end ('>' or "/>"); a script or style
        /// ending in '>' goes on with its raw text. nil: stop (the page's end, or something not
        /// followed exactly).
        mutating func startTag(_ lt: Int) -> Int? {
            let nameStart = lt + 1
            let nameEnd = self.nameEnd(nameStart)
            var k = skipBlanks(nameEnd)
            let isScript = equalsIgnoringCase(nameStart, nameEnd, "script")
            // href is kept on <link> (and, to be safe, on any prefixed name: the tree keeps the local part).
            let keepsHref = equalsIgnoringCase(nameStart, nameEnd, "link") || memchr(b.baseAddress! + nameStart, 0x3A, nameEnd - nameStart) != nil
            var mayBeJSON = false
            let firstCut = cuts.count
            // htmlParseStartTag's attribute loop, until '>' or "/>".
            while k < n && b[k] != 0x3E && !(b[k] == 0x2F && byte(k + 1) == 0x3E) {
                if Self.isNameStart(b[k]) {
                    let attrStart = k
                    let attrNameEnd = self.nameEnd(k)
                    // A name cut at 100 characters goes on as another attribute: leave it alone.
                    let whole = attrNameEnd - attrStart < Self.maxName || !Self.isNameChar(byte(attrNameEnd))
                    k = skipBlanks(attrNameEnd)
                    var attrEnd = attrNameEnd
                    if byte(k) == 0x3D {  // '='
                        k = skipBlanks(k + 1)
                        let q = byte(k)
                        if q == 0x22 || q == 0x27 {
                            let close = find(q, from: k + 1)
                            if isScript && containsJSONHint(k + 1, close) { mayBeJSON = true }
                            k = close < n ? close + 1 : n
                        } else {
                            let start = k
                            while k < n && !Self.isBlank(b[k]) && b[k] != 0x3E { k += 1 }
                            if isScript && containsJSONHint(start, k) { mayBeJSON = true }
                        }
                        attrEnd = k
                    }
                    if dropsAttributes && whole && !Self.isKept(b, attrStart, attrNameEnd, keepsHref: keepsHref) {
                        cuts.append(attrStart..<attrEnd)
                    }
                } else {
                    // Not an attribute name: skipped up to a blank or the tag's end.
                    let start = k
                    while k < n && !Self.isBlank(b[k]) && b[k] != 0x3E && !(b[k] == 0x2F && byte(k + 1) == 0x3E) { k += 1 }
                    if isScript && containsJSONHint(start, k) { mayBeJSON = true }
                }
                k = skipBlanks(k)
            }
            guard k < n else {  // unterminated: the page ends inside the tag
                cuts.removeSubrange(firstCut...)
                return nil
            }
            if b[k] == 0x2F { return k + 2 }  // "/>": empty, no raw text
            let p = k + 1
            if isScript {
                return rawText(at: p, name: "script", drop: !mayBeJSON)
            }
            if equalsIgnoringCase(nameStart, nameEnd, "style") {
                return rawText(at: p, name: "style", drop: true)
            }
            return p
        }

        /// The attribute names the reader keeps (`HTMLAttribute`), compared as libxml2 lower-cases them.
        static func isKept(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, keepsHref: Bool) -> Bool {
            let len = end - start
            guard len >= 2 && len <= 16 else { return false }
            var packed = (lo: UInt64(0), hi: UInt64(0))
            for k in 0..<len {
                var c = UInt64(b[start + k])
                if c >= 0x41 && c <= 0x5A { c |= 0x20 }
                if k < 8 { packed.lo |= c << (8 * UInt64(k)) } else { packed.hi |= c << (8 * UInt64(k - 8)) }
            }
            if packed.lo == hrefPacked.lo && packed.hi == hrefPacked.hi { return keepsHref }
            for name in keptPacked where name.lo == packed.lo && name.hi == packed.hi { return true }
            return false
        }

        /// Names packed as little-endian bytes in two words (names up to 16 bytes).
        static func pack(_ name: String) -> (lo: UInt64, hi: UInt64) {
            var packed = (lo: UInt64(0), hi: UInt64(0))
            for (k, c) in name.utf8.enumerated() {
                if k < 8 { packed.lo |= UInt64(c) << (8 * UInt64(k)) } else { packed.hi |= UInt64(c) << (8 * UInt64(k - 8)) }
            }
            return packed
        }

        static let keptPacked = HTMLAttribute.allCases.filter { $0 != .href }.map { pack($0.name) }
        static let hrefPacked = pack("href")

        /// "json" in any case, or a character reference: a type attribute that might read ld+json.
        func containsJSONHint(_ from: Int, _ to: Int) -> Bool {
            var i = from
            while i < to {
                let c = b[i]
                if c == 0x26 { return true }  // '&'
                if c | 0x20 == 0x6A, i + 3 < to, b[i + 1] | 0x20 == 0x73, b[i + 2] | 0x20 == 0x6F, b[i + 3] | 0x20 == 0x6E {
                    return true
                }
                i += 1
            }
            return false
        }

        /// The raw text of a script or style element starting at `p`: up to the first "</name"
        /// (htmlParseScript), then its end tag. nil: stop.
        mutating func rawText(at p: Int, name: StaticString, drop: Bool) -> Int? {
            guard p < n else { return nil }
            // At the start of the raw text the parser first looks for a tag: not followed here,
            // except the element's own end tag right away (an empty script).
            var e = p
            if b[p] != 0x3C {
                // htmlParseScript: up to "</" followed by the name, in any case.
                let len = name.utf8CodeUnitCount
                while true {
                    e = find(0x3C, from: e)
                    if e >= n { break }
                    if byte(e + 1) == 0x2F && e + 2 + len <= n && equalsIgnoringCase(e + 2, e + 2 + len, name) { break }
                    e += 1
                }
                if drop && e > p { cuts.append(p..<e) }
                if e >= n { return nil }
            } else if byte(p + 1) != 0x2F {
                return nil
            }
            // The end tag: it closes the element only if its whole name is the element's.
            guard equalsIgnoringCase(e + 2, nameEnd(e + 2), name) else { return nil }
            return endTag(e)
        }
    }
}
