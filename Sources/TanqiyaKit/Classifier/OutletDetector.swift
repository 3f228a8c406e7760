import Foundation

/// Decides which outlet's rules read a page: `--outlet` first, then the URL's host, then the
/// content signatures declared in the rule files (the highest summed weight at or above the
/// outlet's `min_score`; a tie between outlets is no decision).
public struct OutletDetector: Sendable {
    public let rules: RuleSet
    public let forced: String?

    private let index: SignatureIndex

    public init(rules: RuleSet, forced: String? = nil) {
        self.rules = rules
        self.forced = forced
        self.index = SignatureIndex(rules)
    }

    public struct Decision: Sendable {
        public var outlet: OutletRules?
        public var reason: String
        /// Signature rule ids that matched, for the chosen outlet.
        public var signatures: [String]
    }

    public func detect(blocks: [Block], url: String?) -> Decision {
        if let forced {
            return Decision(outlet: rules.outlet(id: forced), reason: "--outlet \(forced)", signatures: [])
        }
        if let url, let host = Self.host(of: url) {
            for outlet in rules.outlets where outlet.detection.hosts.contains(where: { host == $0 || host.hasSuffix("." + $0) }) {
                return Decision(outlet: outlet, reason: "url host \(host)", signatures: [])
            }
        }
        let matched = index.matchedSignatures(blocks)
        var best: (OutletRules, Int, [String])?
        var tie = false
        for (n, outlet) in rules.outlets.enumerated() {
            let ids = matched[n].map { outlet.detection.signatures[$0].id }
            let score = matched[n].reduce(0) { $0 + outlet.detection.signatures[$1].weight }
            guard score >= outlet.detection.minScore else { continue }
            if let current = best, current.1 == score {
                tie = true
            } else if best == nil || score > best!.1 {
                best = (outlet, score, ids)
                tie = false
            }
        }
        guard let best else { return Decision(outlet: nil, reason: "no outlet's signatures matched", signatures: []) }
        if tie { return Decision(outlet: nil, reason: "signatures of several outlets matched equally", signatures: []) }
        return Decision(outlet: best.0, reason: "signatures \(best.2.joined(separator: ",")) (score \(best.1))",
                        signatures: best.2)
    }

    /// The summed weight of an outlet's signatures that match some block, and their ids.
    public static func score(_ outlet: OutletRules, blocks: [Block]) -> (Int, [String]) {
        var score = 0
        var matched: [String] = []
        for sig in outlet.detection.signatures where blocks.contains(where: { sig.matcher.matches($0) }) {
            score += sig.weight
            matched.append(sig.id)
        }
        return (score, matched)
    }

    /// The lower-cased host of an http(s) URL, without a leading "www.".
    static func host(of url: String) -> String? {
        guard let host = URLComponents(string: url)?.host?.lowercased(), !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}

/// Every outlet's signatures, checked in one pass over a page: exact lines by one hash lookup
/// per line, the other matchers (prefix, pattern) tried only until they have matched once.
struct SignatureIndex: Sendable {
    /// Exact line → (outlet, signature) pairs.
    private var exact = ByteKeyTable<[(Int, Int)]>()
    /// Signatures with a prefix or pattern, flattened: their matchers and (outlet, signature).
    private var otherMatchers: [LineMatcher] = []
    private var otherOwners: [(Int, Int)] = []
    private var allMatchers: [[LineMatcher]] = []
    private let counts: [Int]
    /// The first bytes a key can have for some of `otherMatchers` to match it (all 256 when one of
    /// them does not tell): a line starting otherwise is not offered to them.
    private var otherFirstBytes = [Bool](repeating: false, count: 256)

    init(_ rules: RuleSet) {
        counts = rules.outlets.map(\.detection.signatures.count)
        for (o, outlet) in rules.outlets.enumerated() {
            allMatchers.append(outlet.detection.signatures.map(\.matcher))
            for (s, sig) in outlet.detection.signatures.enumerated() {
                for line in sig.matcher.exact {
                    let (entry, _) = exact.insert(line, [])
                    exact.setValue(exact.values[entry] + [(o, s)], at: entry)
                }
                if sig.matcher.exact.isEmpty {
                    otherMatchers.append(sig.matcher)
                    otherOwners.append((o, s))
                    if let bytes = Self.firstBytes(of: sig.matcher) {
                        for b in bytes { otherFirstBytes[Int(b)] = true }
                    } else {
                        otherFirstBytes = [Bool](repeating: true, count: 256)
                    }
                }
            }
        }
    }

    /// The first bytes of the keys a matcher without exact lines can match, or nil (any): its
    /// prefixes' first bytes, and its pattern's literal prefix or leading class.
    static func firstBytes(of m: LineMatcher) -> Set<UInt8>? {
        var out = Set<UInt8>()
        var tested = false
        for p in m.prefixes {
            tested = true
            guard let b = p.utf8.first else { return nil }
            out.insert(b)
        }
        if m.pattern != nil {
            tested = true
            if let prefix = m.prefix, let b = prefix.utf8.first {
                out.insert(b)
            } else if let scalars = m.firstScalars {
                for v in scalars {
                    guard let u = Unicode.Scalar(v), let b = String(Character(u)).utf8.first else { return nil }
                    out.insert(b)
                }
            } else {
                return nil
            }
        }
        return tested ? out : nil
    }

    /// Per outlet, the indices of its signatures that match at least one block, in order.
    func matchedSignatures(_ blocks: [Block]) -> [[Int]] {
        var hit = counts.map { Array(repeating: false, count: $0) }
        var open = Array(repeating: true, count: otherMatchers.count)
        var openCount = otherMatchers.count
        // The matchers get the few fields they read, taken once per block: no `Block` is copied.
        for b in blocks.indices {
            let line = blocks.matchSubject(b)
            guard !line.key.isEmpty else { continue }
            let first = UInt8(truncatingIfNeeded: line.head)
            func test(_ m: LineMatcher) -> Bool {
                m.mayMatch(head: line.head) && m.match(line, exactPossible: true, capture: false) != nil
            }
            if let pairs = exact[ByteKey(line.key, fingerprint: line.fingerprint)] {
                for (o, s) in pairs where test(allMatchers[o][s]) { hit[o][s] = true }
            }
            guard openCount > 0, otherFirstBytes[Int(first)] else { continue }
            for m in otherMatchers.indices where open[m] && test(otherMatchers[m]) {
                open[m] = false
                openCount -= 1
                hit[otherOwners[m].0][otherOwners[m].1] = true
            }
        }
        return hit.map { flags in flags.indices.filter { flags[$0] } }
    }
}
