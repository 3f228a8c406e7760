import Foundation

/// Decides which outlet's rules read a page: `--outlet` first, then the URL's host, then the
/// content signatures declared in the rule files (the highest summed weight at or above the
/// outlet's `min_score`; a tie between outlets is no decision).
public struct OutletDetector: Sendable {
    public let rules: RuleSet
    public let forced: String?

    public init(rules: RuleSet, forced: String? = nil) {
        self.rules = rules
        self.forced = forced
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
        var best: (OutletRules, Int, [String])?
        var tie = false
        for outlet in rules.outlets {
            let (score, matched) = Self.score(outlet, blocks: blocks)
            guard score >= outlet.detection.minScore else { continue }
            if let current = best, current.1 == score {
                tie = true
            } else if best == nil || score > best!.1 {
                best = (outlet, score, matched)
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
