import Foundation

/// Finds the shapes of regular expression that make a backtracking engine (ICU's, behind
/// `NSRegularExpression`) take exponential time on a line that almost matches — `^(a+)+$` on
/// thirty a's and a b takes seconds — so the rule loader can reject them with the reason.
///
/// A repetition is *ambiguous* when a string can be cut into its iterations in more than one
/// way; nested inside another repetition, the number of ways grows exponentially with the
/// line. Three shapes make it so, checked for every repetition that can run long (unbounded,
/// or more than `longRepeat` times; possessive quantifiers and atomic groups never backtrack,
/// and are skipped):
///
/// 1. its body can match the empty string (`(a*)*`);
/// 2. its body is an alternation whose branches can start with the same character (`(a|ab)+`);
/// 3. a repetition inside its body can go on with the character that comes after it — the
///    next part of the body or, at the body's end, the body's start again (`(a+)+`,
///    `(\w+\s?)*`, `(\d{1,2}\s?)+`), where `^#\S+( #\S+)*` is fine: `\S` never takes the space
///    that starts the next iteration.
///
/// "The same character" is decided on a sample of code points (ASCII, Latin-1, Arabic and its
/// presentation forms, punctuation, digits and letters of other scripts), asking ICU itself
/// whether each atom (`\S`, `[0-9٠-٩]`, `\p{Arabic}`, `.`) matches them. What this leaves —
/// polynomial shapes such as `\d*\d*\d*x` — is bounded at run time by `CompiledPattern`'s
/// per-line step budget.
public enum PatternLinearity {
    /// A repetition that may run more times than this counts as long.
    public static let longRepeat = 16

    /// Why `pattern` can take exponential time, or nil when none of the shapes is found (or the
    /// pattern uses syntax this reader does not follow, such as the `x` flag: ICU decides).
    public static func problem(in pattern: String) -> String? {
        var parser = Parser(Array(pattern.unicodeScalars))
        guard let tree = parser.parse() else { return nil }
        var checker = Checker(caseInsensitive: parser.caseInsensitive)
        return checker.check(tree)
    }

    // MARK: - The tree

    indirect enum Node {
        /// One character from a set, written as `text` (a literal, `.`, an escape or a class).
        case atom(String)
        /// Matches the empty string only: anchors, word boundaries, lookarounds.
        case empty
        /// A backreference: any string, the empty one too.
        case any
        case sequence([Node])
        case alternation([Node])
        case repetition(Node, min: Int, max: Int?, possessive: Bool, text: String)
        /// An atomic group: no backtracking into it.
        case atomic(Node)
    }

    // MARK: - Parsing ICU's syntax (enough of it to see the structure)

    struct Parser {
        let s: [Unicode.Scalar]
        var i = 0
        var caseInsensitive = false
        var failed = false

        init(_ scalars: [Unicode.Scalar]) { s = scalars }

        mutating func parse() -> Node? {
            let node = alternation()
            return failed || i != s.count ? nil : node
        }

        func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < s.count ? s[i + k] : nil }

        mutating func alternation() -> Node {
            var branches = [sequence()]
            while peek() == "|" {
                i += 1
                branches.append(sequence())
            }
            return branches.count == 1 ? branches[0] : .alternation(branches)
        }

        mutating func sequence() -> Node {
            var items: [Node] = []
            while let c = peek(), c != "|", c != ")", !failed {
                let start = i
                guard var item = atom() else { continue }
                item = quantified(item, from: start)
                items.append(item)
            }
            return .sequence(items)
        }

        /// A quantifier after `item`, if there is one.
        mutating func quantified(_ item: Node, from start: Int) -> Node {
            var min = 0, max: Int? = nil
            switch peek() {
            case "*": i += 1
            case "+": i += 1; min = 1
            case "?": i += 1; max = 1
            case "{":
                guard let (lo, hi) = braces() else { return item }
                (min, max) = (lo, hi)
            default: return item
            }
            var possessive = false
            if peek() == "?" { i += 1 } else if peek() == "+" { i += 1; possessive = true }
            let text = String(String.UnicodeScalarView(s[start..<i]))
            return quantified(.repetition(item, min: min, max: max, possessive: possessive, text: text), from: start)
        }

        /// `{n}`, `{n,}`, `{n,m}`; nil (nothing consumed) when the brace is a literal.
        mutating func braces() -> (Int, Int?)? {
            var k = i + 1
            func number() -> Int? {
                var v = 0, digits = 0
                while k < s.count, let d = Int(String(s[k])), digits < 9 { v = v * 10 + d; k += 1; digits += 1 }
                return digits > 0 ? v : nil
            }
            guard let lo = number() else { return nil }
            var hi: Int? = lo
            if k < s.count, s[k] == "," {
                k += 1
                hi = number()
            }
            guard k < s.count, s[k] == "}" else { return nil }
            i = k + 1
            return (lo, hi)
        }

        /// One atom or group; nil for what matches nothing at all (a comment, a flag setting).
        mutating func atom() -> Node? {
            let c = s[i]
            switch c {
            case "^", "$":
                i += 1
                return .empty
            case "(":
                return group()
            case "[":
                let start = i
                guard skipClass() else { failed = true; return nil }
                return .atom(String(String.UnicodeScalarView(s[start..<i])))
            case "\\":
                return escape()
            case "*", "+", "?":
                failed = true  // a quantifier with nothing before it: ICU rejected it already
                return nil
            case "{" where braceIsQuantifier():
                failed = true
                return nil
            default:
                i += 1
                return .atom(String(c))
            }
        }

        func braceIsQuantifier() -> Bool {
            var copy = self
            return copy.braces() != nil
        }

        mutating func group() -> Node? {
            i += 1
            var atomic = false, zeroWidth = false
            if peek() == "?" {
                switch peek(1) {
                case ":": i += 2
                case ">": i += 2; atomic = true
                case "=", "!": i += 2; zeroWidth = true
                case "<" where peek(2) == "=" || peek(2) == "!": i += 3; zeroWidth = true
                case "<":  // a named group
                    while let c = peek(), c != ">" { i += 1 }
                    i += 1
                case "#":
                    while let c = peek(), c != ")" { i += 1 }
                    i += 1
                    return nil
                default:
                    // Flags: (?i) or (?i-m:…). The x flag changes what spaces mean: give up.
                    i += 1
                    var flags = ""
                    while let c = peek(), c != ")", c != ":" { flags.unicodeScalars.append(c); i += 1 }
                    if flags.contains("x") { failed = true; return nil }
                    if flags.contains("i") && !flags.hasPrefix("-") { caseInsensitive = true }
                    if peek() == ")" { i += 1; return nil }
                    i += 1  // ":"
                }
            }
            let body = alternation()
            guard peek() == ")" else { failed = true; return nil }
            i += 1
            if zeroWidth { return .empty }
            return atomic ? .atomic(body) : body
        }

        /// Past a character class, nested classes and escapes included.
        mutating func skipClass() -> Bool {
            i += 1
            if peek() == "^" { i += 1 }
            if peek() == "]" { i += 1 }
            var depth = 1
            while let c = peek() {
                i += 1
                switch c {
                case "\\": i += 1
                case "[": depth += 1
                case "]":
                    depth -= 1
                    if depth == 0 { return true }
                default: break
                }
            }
            return false
        }

        mutating func escape() -> Node? {
            let start = i
            i += 1
            guard let c = peek() else { failed = true; return nil }
            i += 1
            switch c {
            case "b", "B", "A", "z", "Z", "G":
                return .empty
            case "1"..."9", "k":
                if c == "k" { while let d = peek(), d != ">" { i += 1 }; i += 1 }
                while let d = peek(), ("0"..."9").contains(d) { i += 1 }
                return .any
            case "Q":
                var literal: [Node] = []
                while i < s.count, !(s[i] == "\\" && peek(1) == "E") {
                    literal.append(.atom(String(s[i])))
                    i += 1
                }
                i = min(s.count, i + 2)
                return .sequence(literal)
            case "p", "P", "N", "x":
                if peek() == "{" {
                    while let d = peek(), d != "}" { i += 1 }
                    i += 1
                } else {
                    i += c == "x" ? 2 : 1  // \xhh, or a one-letter property (\pL)
                }
            case "u": i += 4
            case "U": i += 8
            case "0": while let d = peek(), ("0"..."7").contains(d), i - start < 5 { i += 1 }
            default: break
            }
            i = min(i, s.count)
            return .atom(String(String.UnicodeScalarView(s[start..<i])))
        }
    }

    // MARK: - The checks

    struct Checker {
        let caseInsensitive: Bool
        /// Which sample code points each atom matches (by its text).
        var sets: [String: Set<Int>] = [:]

        init(caseInsensitive: Bool) { self.caseInsensitive = caseInsensitive }

        mutating func check(_ node: Node) -> String? {
            switch node {
            case .atom, .empty, .any: return nil
            case .sequence(let items), .alternation(let items):
                for item in items { if let problem = check(item) { return problem } }
                return nil
            case .atomic:
                return nil  // no backtracking into it
            case .repetition(let body, _, let max, let possessive, let text):
                if !possessive, max.map({ $0 > PatternLinearity.longRepeat }) ?? true,
                   let problem = ambiguity(of: body, text: text) {
                    return problem
                }
                return check(body)
            }
        }

        /// Why repeating `body` (written `text`) many times is ambiguous, if it is.
        mutating func ambiguity(of body: Node, text: String) -> String? {
            if Self.nullable(body) {
                return "'\(text)' repeats something that can match the empty string"
            }
            if case .alternation(let branches) = Self.unwrapped(body) {
                for a in branches.indices {
                    for b in branches.indices where b > a {
                        if overlap(Self.first(branches[a]), Self.first(branches[b])) {
                            return "'\(text)' repeats a choice whose branches can start with the same character"
                        }
                    }
                }
            }
            let restart = Self.first(body)
            return innerRepetition(in: body, follow: [], reachesEnd: true, restart: restart, outer: text)
        }

        /// A long repetition inside the repeated body whose characters can also start what
        /// follows it (`follow`; the body's start again when `reachesEnd`).
        mutating func innerRepetition(in node: Node, follow: [String], reachesEnd: Bool, restart: [String], outer: String) -> String? {
            switch node {
            case .atom, .empty, .any, .atomic: return nil
            case .alternation(let branches):
                for branch in branches {
                    if let p = innerRepetition(in: branch, follow: follow, reachesEnd: reachesEnd, restart: restart, outer: outer) {
                        return p
                    }
                }
                return nil
            case .sequence(let items):
                for (n, item) in items.enumerated() {
                    // What can come right after `item`: the next items up to the first that
                    // cannot be empty, then what follows the sequence.
                    var after: [String] = []
                    var toEnd = true
                    for next in items[(n + 1)...] {
                        after += Self.first(next)
                        if !Self.nullable(next) { toEnd = false; break }
                    }
                    if toEnd { after += follow }
                    if let p = innerRepetition(in: item, follow: after, reachesEnd: toEnd && reachesEnd, restart: restart,
                                               outer: outer) {
                        return p
                    }
                }
                return nil
            case .repetition(let body, _, let max, let possessive, let text):
                guard !possessive else { return nil }
                if max.map({ $0 > 1 }) ?? true {
                    let next = follow + (reachesEnd ? restart : [])
                    if overlap(Self.first(body), next) {
                        return "'\(text)' inside '\(outer)' can take the characters that come after it, so a line splits "
                            + "between the two repetitions in exponentially many ways (nested quantifiers)"
                    }
                }
                return innerRepetition(in: body, follow: Self.first(body) + follow, reachesEnd: reachesEnd, restart: restart,
                                       outer: outer)
            }
        }

        static func unwrapped(_ node: Node) -> Node {
            if case .sequence(let items) = node, items.count == 1 { return unwrapped(items[0]) }
            return node
        }

        static func nullable(_ node: Node) -> Bool {
            switch node {
            case .atom: return false
            case .empty, .any: return true
            case .sequence(let items): return items.allSatisfy(nullable)
            case .alternation(let branches): return branches.contains(where: nullable)
            case .repetition(let body, let min, _, _, _): return min == 0 || nullable(body)
            case .atomic(let body): return nullable(body)
            }
        }

        /// The atoms a match of `node` can start with ("." for a backreference: anything).
        static func first(_ node: Node) -> [String] {
            switch node {
            case .atom(let text): return [text]
            case .empty: return []
            case .any: return ["."]
            case .sequence(let items):
                var out: [String] = []
                for item in items {
                    out += first(item)
                    if !nullable(item) { break }
                }
                return out
            case .alternation(let branches): return branches.flatMap(first)
            case .repetition(let body, _, _, _, _), .atomic(let body): return first(body)
            }
        }

        mutating func overlap(_ a: [String], _ b: [String]) -> Bool {
            guard !a.isEmpty, !b.isEmpty else { return false }
            let left = a.reduce(into: Set<Int>()) { $0.formUnion(members($1)) }
            return b.contains { !left.isDisjoint(with: members($0)) }
        }

        /// The sample code points `atom` matches, asked of ICU.
        mutating func members(_ atom: String) -> Set<Int> {
            if let known = sets[atom] { return known }
            var found = Set<Int>()
            if let regex = try? NSRegularExpression(pattern: atom, options: caseInsensitive ? [.caseInsensitive] : []) {
                let text = Self.sampleText as NSString
                for match in regex.matches(in: Self.sampleText, range: NSRange(location: 0, length: text.length))
                where match.range.length > 0 {
                    if let scalar = text.substring(with: match.range).unicodeScalars.first { found.insert(Int(scalar.value)) }
                }
            }
            sets[atom] = found
            return found
        }

        /// Code points an atom is tested on.
        static let sample: [Int] = {
            var points = [0x09, 0x0A] + Array(0x20...0x7E) + Array(0xA0...0xFF)
            points += Array(0x370...0x3FF) + Array(0x400...0x45F) + Array(0x5D0...0x5EA)
            points += Array(0x600...0x6FF) + Array(0x750...0x77F) + Array(0x8A0...0x8FF) + Array(0x966...0x96F)
            points += Array(0x2000...0x206F) + Array(stride(from: 0xFB50, through: 0xFDFF, by: 7)) + Array(0xFE70...0xFEFF)
            points += [0x3000, 0x4E00, 0x4E8C, 0xAC00, 0x1F600]
            return points
        }()

        /// The sample as one string, each code point once.
        static let sampleText = String(String.UnicodeScalarView(sample.compactMap { Unicode.Scalar(UInt32($0)) }))
    }
}
