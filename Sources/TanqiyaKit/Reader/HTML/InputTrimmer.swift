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
///
/// It also moves what libxml2 would only copy out of its way (`trim`): libxml2 reads text and
/// attribute values a character at a time (about 80 instructions a byte, a quarter of a page's
/// parse), and hands them on unchanged when they hold no reference (`&`) and no character it drops.
/// Such a text run between two tags is handed to libxml2 as one byte that stands for it — its blank
/// prefix kept, so that libxml2 sees the same blank and non-blank chunks (`areBlanks`,
/// `htmlCheckParagraph`) — and a kept attribute's quoted value as a marker (0x7F and its number);
/// `LibXML2`'s SAX handlers put the original bytes back, by the text's end position in the input
/// and by the marker's number. Values libxml2 itself compares (a meta tag's charset, http-equiv) stay.
enum InputTrimmer {
    /// The page without the raw text of its scripts and styles and without the attributes the reader
    /// does not keep, or nil when there was nothing to drop.
    static func strip(_ input: [UInt8], attributes: Bool = true) -> [UInt8]? {
        input.withUnsafeBufferPointer { b -> [UInt8]? in
            var scanner = Scanner(b)
            scanner.dropsAttributes = attributes
            scanner.run()
            return scanner.edits.isEmpty ? nil : scanner.assemble().bytes
        }
    }

    /// What libxml2 parses instead of a page, and what stands for what in it.
    struct Trimmed {
        var bytes: [UInt8] = []
        /// Moved text: `textEnds[k]` is the offset in `bytes` just past the byte that stands for the
        /// original bytes `textSources[k]` (increasing).
        var textEnds: [Int] = []
        var textSources: [Range<Int>] = []
        /// Moved attribute values: marker k stands for the original bytes `values[k]`.
        var values: [Range<Int>] = []
    }

    /// The page trimmed as `strip` trims it, with its text runs and kept attribute values moved
    /// out (see above); nil when there was nothing to drop or move.
    static func trim(_ input: [UInt8]) -> Trimmed? {
        input.withUnsafeBufferPointer { b -> Trimmed? in
            var scanner = Scanner(b)
            scanner.movesText = true
            // A marker must not be mistaken for a value: pages holding its byte keep their values.
            scanner.movesValues = b.count > 0 && memchr(b.baseAddress!, Int32(valueMarker), b.count) == nil
            scanner.run()
            return scanner.edits.isEmpty ? nil : scanner.assemble()
        }
    }

    /// The first byte of a moved attribute value's marker (DEL: never in a page that moves values).
    static let valueMarker: UInt8 = 0x7F
    /// What stands for a moved text run that is not blank: any ASCII letter (never '<' or '&').
    static let textStandIn: UInt8 = 0x78
    /// libxml2 hands text on in chunks of this many bytes (HTML_PARSER_BIG_BUFFER_SIZE); a moved
    /// run's stand-in (its blank prefix and one byte) stays well inside one chunk.
    static let maxStandInBytes = 990
    /// Shorter text and values are not worth moving.
    static let minMovedBytes = 4

    /// One change to the page: `range` dropped, and `insert` in its place.
    struct Edit {
        enum Insert { case nothing, text(UInt8), value }
        var range: Range<Int>
        var insert: Insert
    }

    /// Follows libxml2's reading of the page and collects the ranges to drop.
    struct Scanner {
        let b: UnsafeBufferPointer<UInt8>
        let n: Int
        /// The changes, in page order.
        var edits: [Edit] = []
        /// Also drop the attributes the reader does not keep.
        var dropsAttributes = true
        /// Move text runs and kept attribute values out (`trim`).
        var movesText = false
        var movesValues = false

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
            // `i` follows a tag, a comment, a DOCTYPE or a processing instruction (or starts the
            // page): libxml2 starts reading text afresh there.
            var afterToken = true
            while i < n {
                let lt = find(0x3C, from: i)  // '<'
                if prolog && skipBlanks(i) < lt { prolog = false }
                guard lt < n else { return }
                let c1 = byte(lt + 1)
                // Text between two tokens (a tag, an end tag with a name, a comment) is read in one go.
                if movesText && afterToken && lt - i >= InputTrimmer.minMovedBytes
                    && (Self.isLetter(c1) || (c1 == 0x2F && Self.isNameStart(byte(lt + 2)))
                        || (c1 == 0x21 && byte(lt + 2) == 0x2D && byte(lt + 3) == 0x2D)) {
                    moveText(i, lt)
                }
                afterToken = true
                if c1 == 0x2F {  // "</": htmlParseEndTag
                    i = endTag(lt)
                    prolog = false
                    afterToken = i > lt + 2
                } else if Self.isLetter(c1) {
                    guard let next = startTag(lt) else { return }
                    i = next
                    prolog = false
                } else if c1 == 0x21, byte(lt + 2) == 0x2D, byte(lt + 3) == 0x2D {  // "<!--"
                    let (end, terminator) = commentEnd(lt)
                    // The comment's text never reaches the tree: "<!--" and its terminator stay.
                    if terminator > lt + 4 { edits.append(Edit(range: (lt + 4)..<terminator, insert: .nothing)) }
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
                    afterToken = false
                }
            }
        }

        /// The text run `b[s..<e]` (no '<' in it) handed to libxml2 as one byte, when libxml2 would
        /// copy it unchanged: no reference, no character it drops (C0 controls but tab, line feed and
        /// carriage return; U+FFFE, U+FFFF). A blank run stands for itself by its first byte; a
        /// run with text keeps its blank prefix and the rest stands as one letter.
        mutating func moveText(_ s: Int, _ e: Int) {
            var firstText = e
            var k = s
            while k < e && Self.isBlank(b[k]) { k += 1 }
            if k < e {
                firstText = k
                // Eight bytes at a time while they hold no control character but blanks, no '&' and no 0xEF.
                while k + 8 <= e {
                    let w = UInt64(littleEndian: UnsafeRawPointer(b.baseAddress! + k).loadUnaligned(as: UInt64.self))
                    let control = (ByteWord.between(w, 0, 0x20) | ByteWord.equal(w, 0))
                        & ~(ByteWord.equal(w, 0x0A) | ByteWord.equal(w, 0x09) | ByteWord.equal(w, 0x0D))
                    if control != 0 || ByteWord.equal(w, 0x26) != 0 || ByteWord.equal(w, 0xEF) != 0 { break }
                    k += 8
                }
            }
            while k < e {
                let c = b[k]
                if c < 0x21 {
                    if c != 0x20 && c != 0x0A && c != 0x09 && c != 0x0D { return }
                } else {
                    if firstText == e { firstText = k }
                    if c == 0x26 { return }  // '&'
                    if c == 0xEF && k + 2 < e && b[k + 1] == 0xBF && b[k + 2] >= 0xBE { return }
                }
                k += 1
            }
            if firstText == e {
                guard e - s <= InputTrimmer.maxStandInBytes else { return }
                edits.append(Edit(range: s..<e, insert: .text(b[s])))
            } else {
                guard firstText - s < InputTrimmer.maxStandInBytes, e - firstText >= InputTrimmer.minMovedBytes else { return }
                edits.append(Edit(range: firstText..<e, insert: .text(InputTrimmer.textStandIn)))
            }
        }

        /// The page with the edits made.
        func assemble() -> Trimmed {
            var out = Trimmed()
            // Sizes first, then one allocation and a copy per kept stretch.
            var size = n
            var values = 0
            for edit in edits {
                size -= edit.range.count
                switch edit.insert {
                case .nothing: break
                case .text:
                    size += 1
                    out.textEnds.reserveCapacity(edits.count)
                case .value:
                    size += 1 + Self.digits(values)
                    values += 1
                }
            }
            out.textSources.reserveCapacity(out.textEnds.capacity)
            out.values.reserveCapacity(values)
            let base = b.baseAddress!
            out.bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
                let to = buffer.baseAddress!
                var at = 0
                var o = 0
                for edit in edits {
                    let keep = edit.range.lowerBound - at
                    if keep > 0 { memcpy(to + o, base + at, keep) }
                    o += keep
                    at = edit.range.upperBound
                    switch edit.insert {
                    case .nothing: break
                    case .text(let standIn):
                        to[o] = standIn
                        o += 1
                        out.textEnds.append(o)
                        out.textSources.append(edit.range)
                    case .value:
                        to[o] = InputTrimmer.valueMarker
                        o += 1
                        var number = out.values.count
                        let width = Self.digits(number)
                        for k in stride(from: width - 1, through: 0, by: -1) {
                            to[o + k] = 0x30 + UInt8(number % 10)
                            number /= 10
                        }
                        o += width
                        out.values.append(edit.range)
                    }
                }
                if n > at { memcpy(to + o, base + at, n - at) }
                initialized = o + (n - at)
            }
            return out
        }

        /// Decimal digits of `number` (≥ 0).
        static func digits(_ number: Int) -> Int {
            var width = 1
            var rest = number / 10
            while rest > 0 { width += 1; rest /= 10 }
            return width
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
            // href is kept on <link> and <base> (and, to be safe, on any prefixed name: the tree keeps the local part).
            let keepsHref = equalsIgnoringCase(nameStart, nameEnd, "link") || equalsIgnoringCase(nameStart, nameEnd, "base") || memchr(b.baseAddress! + nameStart, 0x3A, nameEnd - nameStart) != nil
            var mayBeJSON = false
            let firstCut = edits.count
            // htmlParseStartTag's attribute loop, until '>' or "/>".
            while k < n && b[k] != 0x3E && !(b[k] == 0x2F && byte(k + 1) == 0x3E) {
                if Self.isNameStart(b[k]) {
                    let attrStart = k
                    let attrNameEnd = self.nameEnd(k)
                    // A name cut at 100 characters goes on as another attribute: leave it alone.
                    let whole = attrNameEnd - attrStart < Self.maxName || !Self.isNameChar(byte(attrNameEnd))
                    k = skipBlanks(attrNameEnd)
                    var attrEnd = attrNameEnd
                    var valueStart = 0, valueEnd = 0
                    if byte(k) == 0x3D {  // '='
                        k = skipBlanks(k + 1)
                        let q = byte(k)
                        if q == 0x22 || q == 0x27 {
                            let close = find(q, from: k + 1)
                            if isScript && containsJSONHint(k + 1, close) { mayBeJSON = true }
                            if movesValues && whole && close < n { valueStart = k + 1; valueEnd = close }
                            k = close < n ? close + 1 : n
                        } else {
                            let start = k
                            while k < n && !Self.isBlank(b[k]) && b[k] != 0x3E { k += 1 }
                            if isScript && containsJSONHint(start, k) { mayBeJSON = true }
                        }
                        attrEnd = k
                    }
                    let kind = Self.attributeKind(b, attrStart, attrNameEnd, keepsHref: keepsHref)
                    if dropsAttributes && whole && kind == .dropped {
                        edits.append(Edit(range: attrStart..<attrEnd, insert: .nothing))
                    } else if kind != .readByParser && valueEnd - valueStart >= InputTrimmer.minMovedBytes
                                && isPlainValue(valueStart, valueEnd) {
                        edits.append(Edit(range: valueStart..<valueEnd, insert: .value))
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
                edits.removeSubrange(firstCut...)
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

        enum AttributeKind { case dropped, kept, readByParser }

        /// Whether the reader keeps the attribute named `b[start..<end]` (`HTMLAttribute`, compared as
        /// libxml2 lower-cases names), and whether libxml2 compares its value itself (a meta tag's
        /// charset and http-equiv: never moved).
        static func attributeKind(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, keepsHref: Bool) -> AttributeKind {
            let len = end - start
            guard len >= 2 && len < keptByLength.count, !keptByLength[len].isEmpty else { return .dropped }
            let packed = packedLowerCase(b, start, len)
            for name in keptByLength[len] where name.lo == packed.lo && name.hi == packed.hi {
                return name.isHref && !keepsHref ? .dropped : name.kind
            }
            return .dropped
        }

        /// `len` (≤ 16) bytes from `start`, ASCII upper case lowered, packed little-endian in two words.
        @inline(__always)
        static func packedLowerCase(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ len: Int) -> (lo: UInt64, hi: UInt64) {
            if start + 16 <= b.count {
                let raw = UnsafeRawPointer(b.baseAddress! + start)
                var lo = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
                var hi = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
                if len < 8 { lo &= (1 << (8 * UInt64(len))) - 1; hi = 0 } else if len < 16 { hi &= (1 << (8 * UInt64(len - 8))) - 1 }
                return (lo | (ByteWord.between(lo, 0x40, 0x5B) >> 2), hi | (ByteWord.between(hi, 0x40, 0x5B) >> 2))
            }
            var packed = (lo: UInt64(0), hi: UInt64(0))
            for k in 0..<len {
                var c = UInt64(b[start + k])
                if c >= 0x41 && c <= 0x5A { c |= 0x20 }
                if k < 8 { packed.lo |= c << (8 * UInt64(k)) } else { packed.hi |= c << (8 * UInt64(k - 8)) }
            }
            return packed
        }

        /// Names packed as little-endian bytes in two words (names up to 16 bytes).
        static func pack(_ name: String) -> (lo: UInt64, hi: UInt64) {
            var packed = (lo: UInt64(0), hi: UInt64(0))
            for (k, c) in name.utf8.enumerated() {
                if k < 8 { packed.lo |= UInt64(c) << (8 * UInt64(k)) } else { packed.hi |= UInt64(c) << (8 * UInt64(k - 8)) }
            }
            return packed
        }

        struct KeptName {
            var lo: UInt64, hi: UInt64
            var kind: AttributeKind
            var isHref: Bool
        }

        /// The kept names by their length (at most 16).
        static let keptByLength: [[KeptName]] = {
            var table = [[KeptName]](repeating: [], count: 17)
            for attribute in HTMLAttribute.allCases {
                let name = attribute.name
                precondition(name.utf8.count <= 16)
                // libxml2 reads a meta tag's charset, and its content when http-equiv names the
                // Content-Type (only to switch encodings, which it does not, told "UTF-8": the
                // marker of a content value is harmless; charset and http-equiv stay as they are).
                let readByParser = attribute == .charset || attribute == .httpEquiv
                let packed = pack(name)
                table[name.utf8.count].append(KeptName(lo: packed.lo, hi: packed.hi, kind: readByParser ? .readByParser : .kept,
                                                       isHref: attribute == .href))
            }
            return table
        }()

        /// A quoted value libxml2 copies unchanged (htmlParseHTMLAttribute): no reference, no control
        /// character, no U+FFFE or U+FFFF; eight bytes at a time.
        func isPlainValue(_ s: Int, _ e: Int) -> Bool {
            var k = s
            while k + 8 <= e {
                let w = UInt64(littleEndian: UnsafeRawPointer(b.baseAddress! + k).loadUnaligned(as: UInt64.self))
                let control = ByteWord.between(w, 0, 0x20) | ByteWord.equal(w, 0)
                if control != 0 || ByteWord.equal(w, 0x26) != 0 { return false }
                if ByteWord.equal(w, 0xEF) == 0 { k += 8; continue }
                break
            }
            while k < e {
                let c = b[k]
                if c < 0x20 || c == 0x26 { return false }
                if c == 0xEF && k + 2 < e && b[k + 1] == 0xBF && b[k + 2] >= 0xBE { return false }
                k += 1
            }
            return true
        }

        /// "ld+json" in any case, or a character reference: a type attribute that might read
        /// application/ld+json once libxml2 has read it (the only script text the tree keeps).
        func containsJSONHint(_ from: Int, _ to: Int) -> Bool {
            var i = from
            while i < to {
                let c = b[i]
                if c == 0x26 { return true }  // '&'
                if c | 0x20 == 0x6C, i + 6 < to, equalsIgnoringCase(i, i + 7, "ld+json") { return true }
                i += 1
            }
            return false
        }

        /// The raw text of a script or style element starting at `p`: up to the first "</name"
        /// (htmlParseScript), then its end tag. nil: stop.
        mutating func rawText(at p: Int, name: StaticString, drop: Bool) -> Int? {
            guard p < n else { return nil }
            // At the start of the raw text the parser first looks for a tag ('<' and a letter, '_'
            // or ':') or an end tag: not followed here, except the element's own end tag right away
            // (an empty script). Any other '<' ("<!--" in an old page's script) is raw text.
            var e = p
            let c1 = byte(p + 1)
            let startsWithTag = b[p] == 0x3C && (Self.isLetter(c1) || c1 == 0x5F || c1 == 0x3A || c1 == 0x2F)
            if !startsWithTag {
                // htmlParseScript: up to "</" followed by the name, in any case.
                let len = name.utf8CodeUnitCount
                while true {
                    e = find(0x3C, from: e)
                    if e >= n { break }
                    if byte(e + 1) == 0x2F && e + 2 + len <= n && equalsIgnoringCase(e + 2, e + 2 + len, name) { break }
                    e += 1
                }
                if drop && e > p { edits.append(Edit(range: p..<e, insert: .nothing)) }
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
