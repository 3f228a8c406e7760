/// A publication date as a record holds it: a day, perhaps a time of day, perhaps its UTC offset.
public struct PublicationDate: Sendable, Equatable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Hours, minutes, seconds (nil: the source gave the day only).
    public var time: (hour: Int, minute: Int, second: Int)?
    /// Minutes east of UTC (nil: no zone given, or a zone name the parser does not resolve).
    public var offsetMinutes: Int?

    public init(year: Int, month: Int, day: Int, time: (hour: Int, minute: Int, second: Int)? = nil, offsetMinutes: Int? = nil) {
        self.year = year; self.month = month; self.day = day; self.time = time; self.offsetMinutes = offsetMinutes
    }

    /// ISO 8601: `2019-11-19`, `2019-11-19T08:21:00`, `2019-11-19T08:21:00Z`, `2019-11-19T08:21:00+03:00`.
    public var description: String {
        var s = "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
        guard let time else { return s }
        s += "T\(Self.pad(time.hour, 2)):\(Self.pad(time.minute, 2)):\(Self.pad(time.second, 2))"
        if let offset = offsetMinutes {
            if offset == 0 { return s + "Z" }
            s += offset < 0 ? "-" : "+"
            s += "\(Self.pad(abs(offset) / 60, 2)):\(Self.pad(abs(offset) % 60, 2))"
        }
        return s
    }

    public static func == (a: PublicationDate, b: PublicationDate) -> Bool { a.description == b.description }

    /// Whether the fields make a real calendar day and time (years 1900–2100).
    var isValid: Bool {
        guard (1900...2100).contains(year), (1...12).contains(month), day >= 1, day <= Self.daysIn(month, year) else { return false }
        if let t = time, !((0...23).contains(t.hour) && (0...59).contains(t.minute) && (0...60).contains(t.second)) { return false }
        if let offset = offsetMinutes, abs(offset) > Self.maxOffsetMinutes { return false }
        return true
    }

    /// The widest UTC offset a date may state (±18:00, as java.time and ICU allow; real zones
    /// span −12:00 to +14:00): "+99:99" is not an offset.
    static let maxOffsetMinutes = 18 * 60

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

/// Reads publication dates: machine-written ones (ISO 8601 and its relatives in meta tags,
/// JSON-LD and `<time datetime>`; RFC 2822), dates written in text in many languages (Arabic
/// month names of both the Levantine and the Egyptian/Gulf sets, Arabic-Indic and Persian digits),
/// date lines (a line that is a date and little else) and dates in URL paths. The words it knows
/// are data: `data/metadata/date-names.txt`.
public struct DateParser: Sendable {
    let names: DateNames

    /// With the names compiled into the binary.
    public static let standard = DateParser(names: .embedded)

    init(names: DateNames) { self.names = names }

    /// A date line has at most this many words that are not part of a date, a time, a weekday or
    /// a date word ("Updated", "نشر في"): "By Jane Doe, 19 November 2019" is one, a sentence that
    /// mentions a date is not.
    public static let maxOtherWordsInDateLine = 4

    // MARK: Machine-written dates

    /// `2019-11-19`, `2019-11-19T08:21:00.000-05:00`, `2019-11-19 08:21:00Z`, `20191119`,
    /// `Tue, 19 Nov 2019 08:21:00 GMT`; anything else is read as written text.
    public func parseMachine(_ text: String) -> PublicationDate? {
        let b = Array(text.utf8.drop { $0 == 0x20 })
        if let d = Self.parseISO(b) { return d }
        // ISO-shaped but impossible (a 25th hour, a 30th of February): no date, not a guess.
        if b.count > 4, b[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), b[4] == 0x2D { return nil }
        return find(in: text)?.date
    }

    /// ISO 8601 (extended or basic day) with an optional time and offset.
    static func parseISO(_ b: [UInt8]) -> PublicationDate? {
        var i = 0
        func digits(_ n: Int) -> Int? {
            guard i + n <= b.count else { return nil }
            var v = 0
            for k in i..<(i + n) { guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }; v = v * 10 + Int(b[k] - 0x30) }
            i += n
            return v
        }
        func take(_ c: UInt8) -> Bool { if i < b.count && b[i] == c { i += 1; return true }; return false }
        guard let year = digits(4) else { return nil }
        let extended = take(0x2D)
        guard let month = digits(2) else { return nil }
        if extended { guard take(0x2D) else { return nil } }
        guard let day = digits(2) else { return nil }
        var date = PublicationDate(year: year, month: month, day: day)
        if i < b.count && (b[i] == 0x54 || b[i] == 0x20) {  // T or space
            i += 1
            guard let h = digits(2) else { return date.isValid ? date : nil }
            _ = take(0x3A)
            let m = digits(2) ?? 0
            var s = 0
            if take(0x3A) { s = digits(2) ?? 0 }
            if take(0x2E) || take(0x2C) { while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 { i += 1 } }
            date.time = (h, m, s)
            if take(0x5A) { date.offsetMinutes = 0 }
            else if i < b.count && (b[i] == 0x2B || b[i] == 0x2D) {
                let sign = b[i] == 0x2D ? -1 : 1
                i += 1
                if let oh = digits(2) {
                    _ = take(0x3A)
                    let om = digits(2) ?? 0
                    guard om <= 59 else { return nil }
                    date.offsetMinutes = sign * (oh * 60 + om)
                }
            }
        }
        // Whatever follows must not be more digits or letters (a longer number is no date).
        if i < b.count, (b[i] >= 0x30 && b[i] <= 0x39) || (b[i] | 0x20 >= 0x61 && b[i] | 0x20 <= 0x7A) { return nil }
        return date.isValid ? date : nil
    }

    // MARK: Dates in text

    /// A date found in text, and how much of the text is not date.
    public struct Found: Sendable {
        public var date: PublicationDate
        /// Words of the text that are not part of a date, a time, a weekday or a date word.
        public var otherWords: Int
    }

    /// The first date written in `text`: day month year ("19 November 2019", "١٩ تشرين الثاني
    /// ٢٠١٩"), month day year ("Nov. 19th, 2019"), year month day ("2019/11/19") or day month year
    /// in numbers ("19/11/2019"; when both first numbers could be the month, `dayFirst` decides),
    /// with a time of day when one is written next to it.
    public func find(in text: String, dayFirst: Bool = true) -> Found? {
        let tokens = DateTokens(text, names: names)
        var used = [Bool](repeating: false, count: tokens.items.count)
        guard let first = firstDate(tokens.items, dayFirst: dayFirst) else { return nil }
        var (date, range) = first
        for k in range { used[k] = true }
        if let (time, offset, timeRange) = firstTime(tokens.items) {
            date.time = time
            date.offsetMinutes = offset
            for k in timeRange { used[k] = true }
        }
        var other = 0
        for (k, t) in tokens.items.enumerated() where !used[k] {
            if case .word(.other) = t.kind { other += 1 }
            if case .number = t.kind { other += 1 }
        }
        return date.isValid ? Found(date: date, otherWords: other) : nil
    }

    /// The date of a line that is a date and little else (see `maxOtherWordsInDateLine`).
    public func dateLine(_ text: String, dayFirst: Bool = true) -> PublicationDate? {
        guard text.utf8.count <= 200, let found = find(in: text, dayFirst: dayFirst),
              found.otherWords <= Self.maxOtherWordsInDateLine else { return nil }
        return found.date
    }

    /// A date in a URL's path: `/2019/11/19/`, `/2019-11-19-title`, `/20191119/`.
    public func fromURL(_ url: String) -> PublicationDate? {
        var b = Array(url.utf8)
        // The path only: after the host.
        if let scheme = Self.firstIndex(of: [0x3A, 0x2F, 0x2F], in: b) {
            let afterHost = b[(scheme + 3)...].firstIndex(of: 0x2F) ?? b.count
            b = Array(b[afterHost...])
        }
        if let q = b.firstIndex(where: { $0 == 0x3F || $0 == 0x23 }) { b = Array(b[..<q]) }
        var i = 0
        while i < b.count {
            guard b[i] == 0x2F || b[i] == 0x2D || b[i] == 0x5F else { i += 1; continue }
            // A date is a few bytes: copying the whole rest of the path at every separator made a
            // URL of 400,000 "/-" take 56 s.
            let rest = Array(b[(i + 1)..<min(b.count, i + 1 + Self.urlDateWindow)])
            if let d = Self.urlDate(rest) ?? urlDateWithMonthName(rest) { return d }
            i += 1
        }
        return nil
    }

    /// Bytes of a URL's path looked at after a separator for a date: `YYYY/month/DD/` with the
    /// longest month name (`maxURLMonthNameBytes`) and the byte after it.
    static let urlDateWindow = 64
    static let maxURLMonthNameBytes = 32

    /// `YYYY/MM/DD`, `YYYY-MM-DD`, `YYYY_MM_DD` or `YYYYMMDD` at the start of `b`, ending at a
    /// separator or the end.
    static func urlDate(_ b: [UInt8]) -> PublicationDate? {
        func number(_ from: Int, _ n: Int) -> Int? {
            guard from + n <= b.count else { return nil }
            var v = 0
            for k in from..<(from + n) { guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }; v = v * 10 + Int(b[k] - 0x30) }
            return v
        }
        func boundary(_ k: Int) -> Bool { k == b.count || !(b[k] >= 0x30 && b[k] <= 0x39) }
        guard let y = number(0, 4), b.count > 4 else { return nil }
        let sep = b[4]
        if sep == 0x2F || sep == 0x2D || sep == 0x5F {
            guard let m = number(5, 2), b.count > 7, b[7] == sep, let d = number(8, 2), boundary(10) else { return nil }
            let date = PublicationDate(year: y, month: m, day: d)
            return date.isValid ? date : nil
        }
        guard let m = number(4, 2), let d = number(6, 2), boundary(8) else { return nil }
        let date = PublicationDate(year: y, month: m, day: d)
        return date.isValid && y >= 1990 ? date : nil
    }

    /// `YYYY/nov/18/` (a month's name or abbreviation between numbers).
    func urlDateWithMonthName(_ b: [UInt8]) -> PublicationDate? {
        guard b.count > 5, b[4] == 0x2F || b[4] == 0x2D else { return nil }
        let sep = b[4]
        guard let y = Int(String(decoding: b[0..<4], as: UTF8.self)),
              let end = b[5...].prefix(Self.maxURLMonthNameBytes + 1).firstIndex(of: sep), end > 5, end + 1 < b.count,
              case let .month(m)? = names.kind(of: String(decoding: b[5..<end], as: UTF8.self).lowercased()) else { return nil }
        var k = end + 1
        var d = 0
        while k < b.count, k < end + 3, b[k] >= 0x30 && b[k] <= 0x39 { d = d * 10 + Int(b[k] - 0x30); k += 1 }
        guard k > end + 1, k == b.count || b[k] == sep else { return nil }
        let date = PublicationDate(year: y, month: m, day: d)
        return date.isValid ? date : nil
    }

    private static func firstIndex(of needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard hay.count >= needle.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
        return nil
    }

    // MARK: Patterns over tokens

    private func firstDate(_ t: [DateTokens.Token], dayFirst: Bool) -> (PublicationDate, ClosedRange<Int>)? {
        for s in t.indices {
            if let r = dateAt(s, t, dayFirst: dayFirst) { return r }
        }
        return nil
    }

    /// The date starting at token `s`, if one does.
    private func dateAt(_ s: Int, _ t: [DateTokens.Token], dayFirst: Bool) -> (PublicationDate, ClosedRange<Int>)? {
        // Skip one filler word ("de", "of") or one dot/comma between the parts.
        func next(_ k: Int) -> Int {
            var j = k + 1
            while j < t.count, j <= k + 2 {
                switch t[j].kind {
                case .separator(let c) where c == "." || c == "," || c == "،": j += 1
                case .word(.filler): j += 1
                default: return j
                }
            }
            return j
        }
        func number(_ k: Int) -> (value: Int, digits: Int)? {
            guard k < t.count, case let .number(v, d) = t[k].kind else { return nil }
            return (v, d)
        }
        func month(_ k: Int) -> Int? {
            guard k < t.count, case let .word(.month(m)) = t[k].kind else { return nil }
            return m
        }
        func separator(_ k: Int) -> Character? {
            guard k < t.count, case let .separator(c) = t[k].kind, t[k].attached else { return nil }
            return c
        }
        // Numbers: y-m-d, d/m/y (or m/d/y).
        if let a = number(s), let c1 = separator(s + 1), "/-.".contains(c1), let b = number(s + 2),
           separator(s + 3) == c1, let c = number(s + 4) {
            if a.digits == 4 && b.digits <= 2 && c.digits <= 2 {
                return (PublicationDate(year: a.value, month: b.value, day: c.value), s...(s + 4))
            }
            if a.digits <= 2 && b.digits <= 2 && c.digits == 4 {
                let monthFirst = b.value > 12 || (!dayFirst && a.value <= 12)
                let (d, m) = monthFirst ? (b.value, a.value) : (a.value, b.value)
                return (PublicationDate(year: c.value, month: m, day: d), s...(s + 4))
            }
        }
        // Words: day month year, month day year, year month day.
        if let d = number(s), d.digits <= 2 {
            let k = next(s)
            if let m = month(k) { let k2 = next(k); if let y = number(k2), y.digits == 4 {
                return (PublicationDate(year: y.value, month: m, day: d.value), s...k2) } }
        }
        if let m = month(s) {
            let k = next(s)
            if let d = number(k), d.digits <= 2 {
                var k2 = next(k)
                if k2 < t.count, case .word(.filler) = t[k2].kind { k2 = next(k2) }  // 19th
                if let y = number(k2), y.digits == 4 { return (PublicationDate(year: y.value, month: m, day: d.value), s...k2) }
            }
        }
        if let y = number(s), y.digits == 4 {
            let k = next(s)
            if let m = month(k) { let k2 = next(k); if let d = number(k2), d.digits <= 2 {
                return (PublicationDate(year: y.value, month: m, day: d.value), s...k2) } }
        }
        return nil
    }

    /// The first time of day: `10:45`, `08:21:00`, with am/pm (or ص/م) and an offset
    /// (`GMT`, `UTC`, `+03:00`) when written right after it.
    private func firstTime(_ t: [DateTokens.Token]) -> ((Int, Int, Int), Int?, ClosedRange<Int>)? {
        for s in t.indices {
            // An hour is not the minutes or seconds of a time before it.
            if s > 0, case .separator(":") = t[s - 1].kind, t[s].attached { continue }
            guard case let .number(h, hd) = t[s].kind, hd <= 2, s + 2 < t.count,
                  case .separator(":") = t[s + 1].kind, case let .number(m, md) = t[s + 2].kind, md == 2 else { continue }
            var end = s + 2
            var second = 0
            if end + 2 < t.count, case .separator(":") = t[end + 1].kind, case let .number(sec, sd) = t[end + 2].kind, sd == 2 {
                second = sec; end += 2
            }
            var hour = h
            var offset: Int?
            var k = end + 1
            while k < t.count, k <= end + 3 {
                if case let .word(.meridiem(pm)) = t[k].kind {
                    if pm && hour < 12 { hour += 12 } else if !pm && hour == 12 { hour = 0 }
                    end = k
                } else if case .word(.utc) = t[k].kind {
                    offset = 0; end = k
                } else if case .separator(let c) = t[k].kind, c == "+" || c == "-", k + 1 < t.count,
                          case let .number(oh, _) = t[k + 1].kind, oh <= 14 {
                    var minutes = 0
                    var last = k + 1
                    if k + 3 < t.count, case .separator(":") = t[k + 2].kind, case let .number(om, 2) = t[k + 3].kind, om <= 59 { minutes = om; last = k + 3 }
                    // «14:20-12 مارس 2026»: a day before its month, not an offset.
                    if last == k + 1, k + 2 < t.count, case .word(.month) = t[k + 2].kind { break }
                    offset = (c == "-" ? -1 : 1) * (oh * 60 + minutes)
                    end = last
                    k = last
                } else if case .separator = t[k].kind {
                } else { break }
                k += 1
            }
            guard hour <= 23, m <= 59 else { continue }
            return ((hour, m, second), offset, s...end)
        }
        return nil
    }
}

/// A text cut into numbers, words (classified by `DateNames`) and separators.
struct DateTokens {
    enum Kind: Equatable {
        case number(Int, digits: Int)
        case word(DateNames.Kind)
        case separator(Character)
    }

    struct Token {
        var kind: Kind
        /// No space before it (separators inside "19/11/2019" are attached; "19 - 11" are not).
        var attached: Bool
    }

    var items: [Token] = []

    init(_ text: String, names: DateNames) {
        var word = ""
        var number = 0, digits = 0
        var spaceBefore = true
        var pendingAttached = true
        var words: [(String, Bool)] = []  // raw words, to try two-word names
        func flushWord() {
            guard !word.isEmpty else { return }
            words.append((word, pendingAttached))
            items.append(Token(kind: .word(.other), attached: pendingAttached))
            word = ""
        }
        func flushNumber() {
            guard digits > 0 else { return }
            items.append(Token(kind: .number(number, digits: digits), attached: pendingAttached))
            words.append(("", false))
            number = 0; digits = 0
        }
        for u in text.unicodeScalars {
            if let d = DateNames.digitValue(u) {
                if !word.isEmpty { flushWord(); pendingAttached = true }
                if digits == 0 { pendingAttached = !spaceBefore }
                if digits < 9 { number = number * 10 + d }
                digits += 1
                spaceBefore = false
            } else if DateNames.isWordScalar(u) {
                if digits > 0 { flushNumber(); pendingAttached = true }
                if word.isEmpty { pendingAttached = !spaceBefore }
                if let folded = DateNames.fold(u) { word.unicodeScalars.append(folded) }
                spaceBefore = false
            } else {
                flushWord(); flushNumber()
                if u.properties.isWhitespace {
                    spaceBefore = true
                } else {
                    items.append(Token(kind: .separator(Character(u)), attached: !spaceBefore))
                    words.append(("", false))
                    spaceBefore = false
                }
            }
        }
        flushWord(); flushNumber()
        // Classify words, two-word names first ("كانون الثاني"): the second word becomes a filler.
        var k = 0
        while k < items.count {
            guard case .word = items[k].kind else { k += 1; continue }
            if k + 1 < items.count, case .word = items[k + 1].kind,
               let kind = names.kind(of: words[k].0 + " " + words[k + 1].0) {
                items[k].kind = .word(kind)
                items[k + 1].kind = .word(.filler)
                k += 2
                continue
            }
            items[k].kind = .word(names.kind(of: words[k].0) ?? .other)
            k += 1
        }
    }
}

/// The words of written dates (`data/metadata/date-names.txt`): month names, weekdays, and the
/// filler words a date line may hold.
struct DateNames: Sendable {
    enum Kind: Equatable, Sendable {
        case month(Int), weekday, filler, meridiem(pm: Bool), utc, other

        var isMonth: Bool { if case .month = self { return true }; return false }
    }

    private var table: [String: Kind] = [:]

    static let embedded: DateNames = {
        // The embedded file is checked by DateParserTests; a parse error here is a build defect.
        guard let names = try? DateNames(text: EmbeddedData.dateNames) else {
            preconditionFailure("data/metadata/date-names.txt does not parse: run the tests")
        }
        return names
    }()

    struct ParseError: Error, CustomStringConvertible {
        var line: Int
        var text: String
        var description: String { "date-names.txt:\(line): cannot read: \(text)" }
    }

    init(text: String) throws {
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else { throw ParseError(line: n + 1, text: line) }
            let head = line[..<colon].split(separator: " ")
            let kind: Kind
            switch (head.first, head.count) {
            case ("month", 2): guard let m = Int(head[1]), (1...12).contains(m) else { throw ParseError(line: n + 1, text: line) }
                kind = .month(m)
            case ("weekday", 1): kind = .weekday
            case ("filler", 1): kind = .filler
            default: throw ParseError(line: n + 1, text: line)
            }
            for name in line[line.index(after: colon)...].split(separator: ",") {
                let key = Self.key(String(name).trimmingCharacters(in: .whitespaces))
                guard !key.isEmpty else { continue }
                // A month name wins over a filler or weekday spelled the same.
                if table[key]?.isMonth == true && !kind.isMonth { continue }
                table[key] = kind
            }
        }
        for (w, k) in [("am", Kind.meridiem(pm: false)), ("a.m", .meridiem(pm: false)), ("pm", .meridiem(pm: true)),
                       ("p.m", .meridiem(pm: true)), ("ص", .meridiem(pm: false)), ("صباحا", .meridiem(pm: false)),
                       ("م", .meridiem(pm: true)), ("مساء", .meridiem(pm: true)), ("مساءا", .meridiem(pm: true)),
                       ("gmt", .utc), ("utc", .utc), ("غرينتش", .utc), ("جرينتش", .utc)] {
            table[w] = k
        }
    }

    func kind(of word: String) -> Kind? { table[word] }

    /// Lower case, Arabic alef forms folded, diacritics and tatweel dropped, a final dot kept off.
    static func key(_ name: String) -> String {
        var out = ""
        for u in name.lowercased().unicodeScalars {
            if u == " " { out.unicodeScalars.append(u); continue }
            if let f = fold(u) { out.unicodeScalars.append(f) }
        }
        while out.hasSuffix(".") { out.removeLast() }
        return out
    }

    /// The scalar as matched: lower case, أ إ آ ٱ → ا, harakat and tatweel dropped (nil).
    static func fold(_ u: Unicode.Scalar) -> Unicode.Scalar? {
        switch u.value {
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"
        case 0x0640, 0x064B...0x0652, 0x0670: return nil
        case 0x41...0x5A: return Unicode.Scalar(u.value | 0x20)
        case 0..<0x80: return u
        default:
            return u.properties.changesWhenLowercased ? u.properties.lowercaseMapping.unicodeScalars.first : u
        }
    }

    /// Letters (any script), combining marks, and the dot of "a.m." inside a word are word scalars.
    static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return (u.value | 0x20 >= 0x61 && u.value | 0x20 <= 0x7A) }
        return u.properties.isAlphabetic || u.properties.generalCategory == .nonspacingMark || u.value == 0x0640
    }

    /// ASCII, Arabic-Indic (U+0660…) and Persian (U+06F0…) digits.
    static func digitValue(_ u: Unicode.Scalar) -> Int? {
        switch u.value {
        case 0x30...0x39: return Int(u.value - 0x30)
        case 0x0660...0x0669: return Int(u.value - 0x0660)
        case 0x06F0...0x06F9: return Int(u.value - 0x06F0)
        default: return nil
        }
    }
}
