/// The structure of a rule pattern, as `PatternLinearity` needs it: ICU's regular expression
/// syntax read far enough to see atoms, sequences, alternations, repetitions and atomic groups.
extension PatternLinearity {
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
}
