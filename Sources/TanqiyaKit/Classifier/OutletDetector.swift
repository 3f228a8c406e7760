import Foundation

/// Decides which outlet's rules read a page:
///
/// 1. `--outlet`;
/// 2. the page's URL host — the record's `url` (or an HTML page's canonical URL), else the address
///    the page prints in a copy-link line (`PrintedPageURL`): a host in an outlet's `detect.hosts`
///    (subdomains included) picks that outlet, and **a host that belongs to no outlet gives the
///    generic path**, whatever the page's content says; a page its host names but its own
///    signatures would not (step 3) is in a layout the rules do not know (`layoutKnown`): the
///    classifier keeps what the rules name and gives the rest to the generic path;
/// 3. the content signatures declared in the rule files: an outlet claims the page when the
///    summed weight of its matching signatures reaches its `min_score` **and its signatures agree:
///    at least `minAgreeingSignatures` of them, first found on different lines** (one stock
///    phrase, «مقالات ذات صلة» on a blog, never decides alone, nor two signatures that only match
///    the same line); the highest score wins, a tie between outlets is no decision. For an outlet
///    whose articles have a marker (`article.marker`), the marker's structure found on the page
///    (the line after a marker printed a few lines before it too) is one more signature of weight
///    `markerStructureWeight`, on the title's line.
public struct OutletDetector: Sendable {
    public let rules: RuleSet
    public let forced: String?

    /// Signatures, on as many different lines, that must match before content can name an
    /// outlet: one line, however distinctive it looks, can be printed by any site (a shared
    /// widget, a quoted line).
    public static let minAgreeingSignatures = 2

    /// The weight of an outlet's marker structure found on a page (see above).
    public static let markerStructureWeight = 1

    private let index: SignatureIndex
    private let printedURL = PrintedPageURL(phrases: .pageURLLabels)

    public init(rules: RuleSet, forced: String? = nil) {
        self.rules = rules
        self.forced = forced
        self.index = SignatureIndex(rules)
    }

    /// Whether an outlet claims a page on content: enough weight, and enough signatures agreeing
    /// (`lines`: the distinct lines where its matching signatures were first found).
    public static func claims(_ outlet: OutletRules, score: Int, lines: Int) -> Bool {
        score >= outlet.detection.minScore && lines >= minAgreeingSignatures
    }

    public struct Decision: Sendable {
        public var outlet: OutletRules?
        public var reason: String
        /// Signature rule ids that matched, for the chosen outlet.
        public var signatures: [String]
        /// The page's content claims the outlet too (`claims`): its rules know the layout. A page
        /// named by its URL host alone is in a layout the rule file does not know.
        public var layoutKnown = true
    }

    public func detect(blocks: [Block], url: String?) -> Decision {
        if let forced {
            return Decision(outlet: rules.outlet(id: forced), reason: "--outlet \(forced)", signatures: [])
        }
        let printed = url == nil ? printedURL.find(in: blocks) : nil
        if let address = url ?? printed?.url, let host = Self.host(of: address) {
            let source = printed.map { "url host \(host), printed on line \(blocks[$0.index].line)" } ?? "url host \(host)"
            // The most specific host wins (`news.example.com` over `example.com`), whichever
            // rule file comes first: the first claim won, so a page of a section with rules of
            // its own took the whole site's.
            var claim: (n: Int, length: Int)?
            for (n, outlet) in rules.outlets.enumerated() {
                for claimed in outlet.detection.hosts where host == claimed || host.hasSuffix("." + claimed) {
                    if claimed.utf8.count > claim?.length ?? -1 { claim = (n, claimed.utf8.count) }
                }
            }
            if let n = claim?.n {
                let outlet = rules.outlets[n]
                let content = contentScore(n, index.matchedSignatures(blocks)[n], blocks)
                let known = Self.claims(outlet, score: content.score, lines: content.lines)
                return Decision(outlet: outlet, reason: known ? source : "\(source); its signatures do not claim the page: a layout the rules do not know",
                                signatures: content.ids, layoutKnown: known)
            }
            return Decision(outlet: nil, reason: "\(source) belongs to no outlet", signatures: [])
        }
        let matched = index.matchedSignatures(blocks)
        var best: (OutletRules, Int, [String])?
        var tie = false
        for (n, outlet) in rules.outlets.enumerated() {
            let (score, ids, lines) = contentScore(n, matched[n], blocks)
            guard Self.claims(outlet, score: score, lines: lines) else { continue }
            if let current = best, current.1 == score {
                tie = true
            } else if best == nil || score > best!.1 {
                best = (outlet, score, ids)
                tie = false
            }
        }
        guard let best else {
            let anyMatched = matched.contains { !$0.isEmpty }
            let reason = anyMatched ? "no outlet's signatures reached its min_score on \(Self.minAgreeingSignatures) lines or more"
                : "no outlet's signatures matched"
            return Decision(outlet: nil, reason: reason, signatures: [])
        }
        if tie { return Decision(outlet: nil, reason: "signatures of several outlets matched equally", signatures: []) }
        return Decision(outlet: best.0, reason: "signatures \(best.2.joined(separator: ",")) (score \(best.1))",
                        signatures: best.2)
    }

    /// Outlet `n`'s signatures found on the page (`found`: the index's matches for it): their
    /// summed weight, ids and distinct lines — with the marker's structure when the signatures
    /// alone do not claim the page.
    private func contentScore(_ n: Int, _ found: [(signature: Int, line: Int)], _ blocks: [Block]) -> (score: Int, ids: [String], lines: Int) {
        let outlet = rules.outlets[n]
        var ids = found.map { outlet.detection.signatures[$0.signature].id }
        var score = found.reduce(0) { $0 + outlet.detection.signatures[$1.signature].weight }
        var lines = Set(found.map(\.line))
        if !ids.isEmpty, !Self.claims(outlet, score: score, lines: lines.count),
           let marker = outlet.article.marker, let title = Self.markerStructure(marker, blocks) {
            ids.append(marker.id)
            score += Self.markerStructureWeight
            lines.insert(title)
        }
        return (score, ids, lines.count)
    }

    /// The title line of the first marker whose next line was printed before it too (within the
    /// marker's `title_search_back` lines), if there is one.
    static func markerStructure(_ marker: ArticleLayout.Marker, _ blocks: [Block]) -> Int? {
        for m in blocks.indices where !blocks[m].key.isEmpty && marker.matcher.matches(blocks, m) {
            guard let t = nextNonBlank(blocks, after: m) else { continue }
            var seen = 0
            var i = m - 1
            while i >= 0, seen < marker.titleSearchBack {
                if !blocks[i].key.isEmpty {
                    seen += 1
                    if blocks.sameKey(i, t) { return t }
                }
                i -= 1
            }
        }
        return nil
    }

    /// The summed weight of an outlet's signatures that match some block, their ids, and the
    /// number of distinct lines where they were first found.
    public static func score(_ outlet: OutletRules, blocks: [Block]) -> (score: Int, ids: [String], lines: Int) {
        var score = 0
        var matched: [String] = []
        var lines = Set<Int>()
        for sig in outlet.detection.signatures {
            guard let first = blocks.firstIndex(where: { sig.matcher.matches($0) }) else { continue }
            score += sig.weight
            matched.append(sig.id)
            lines.insert(first)
        }
        return (score, matched, lines.count)
    }

    /// The lower-cased host of an http(s) URL, without a leading "www.".
    static func host(of url: String) -> String? {
        guard let host = URLComponents(string: url)?.host, !host.isEmpty else { return nil }
        return HostName.canonical(host)  // as a rule file's hosts are
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

    /// Per outlet, its signatures that match at least one block, in order, with the first block
    /// each matched.
    func matchedSignatures(_ blocks: [Block]) -> [[(signature: Int, line: Int)]] {
        var hit = counts.map { Array(repeating: -1, count: $0) }
        var open = Array(repeating: true, count: otherMatchers.count)
        var openCount = otherMatchers.count
        // The matchers get the few fields they read, taken once per block: no `Block` is copied.
        // A line printed again (same key and indent, no HTML features) answers as it did the
        // first time, which already set what it matches: it is not tested again.
        var seen = ByteKeyTable<Int>()
        for b in blocks.indices {
            let line = blocks.matchSubject(b)
            guard !line.key.isEmpty else { continue }
            if line.features == nil {
                let (entry, inserted) = seen.insert(ByteKey(line.key, fingerprint: line.fingerprint), line.indent)
                if !inserted && seen.values[entry] == line.indent { continue }
            }
            let first = UInt8(truncatingIfNeeded: line.head)
            func test(_ m: LineMatcher) -> Bool {
                m.mayMatch(head: line.head) && m.match(line, exactPossible: true, capture: false) != nil
            }
            if let pairs = exact[ByteKey(line.key, fingerprint: line.fingerprint)] {
                for (o, s) in pairs where hit[o][s] < 0 && test(allMatchers[o][s]) { hit[o][s] = b }
            }
            guard openCount > 0, otherFirstBytes[Int(first)] else { continue }
            for m in otherMatchers.indices where open[m] && test(otherMatchers[m]) {
                open[m] = false
                openCount -= 1
                hit[otherOwners[m].0][otherOwners[m].1] = b
            }
        }
        return hit.map { first in first.indices.filter { first[$0] >= 0 }.map { ($0, first[$0]) } }
    }
}
