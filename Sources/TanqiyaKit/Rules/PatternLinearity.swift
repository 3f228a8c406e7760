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
                return "\(Quoted.single(text)) repeats something that can match the empty string"
            }
            if case .alternation(let branches) = Self.unwrapped(body) {
                for a in branches.indices {
                    for b in branches.indices where b > a {
                        if overlap(Self.first(branches[a]), Self.first(branches[b])) {
                            return "\(Quoted.single(text)) repeats a choice whose branches can start with the same character"
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
                        return "\(Quoted.single(text)) inside \(Quoted.single(outer)) can take the characters that come after it, so a line splits "
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
