/// The rules of every outlet known to a run, in rule-file order.
public struct RuleSet: Sendable {
    public var outlets: [OutletRules]
    /// A digest of the rule files (their names and bytes) the set was loaded from: a staged run
    /// records it, so shards made with other rules are refused. 0 for a set built in code.
    public internal(set) var fingerprint: UInt64 = 0

    public init(outlets: [OutletRules]) { self.outlets = outlets }

    public static let empty = RuleSet(outlets: [])

    public func outlet(id: String) -> OutletRules? { outlets.first { $0.id == id } }

    /// "FILE: pattern 'P' gave up on N lines…" for each pattern that went over its per-line
    /// budget during a run (those lines were taken as not matching).
    public var budgetWarnings: [String] {
        outlets.flatMap { outlet in
            outlet.matchers.compactMap(\.pattern).filter { $0.linesOverBudget > 0 }.map {
                "\(outlet.file): pattern \(Quoted.single($0.source)) gave up on \($0.linesOverBudget) lines over its budget of about "
                    + "\(CompiledPattern.budgetTicks * 10_000) steps a line (taken as not matching); simplify it"
            }
        }
    }
}
