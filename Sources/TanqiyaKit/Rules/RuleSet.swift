/// The rules of every outlet known to a run, in rule-file order.
public struct RuleSet: Sendable {
    public var outlets: [OutletRules]

    public init(outlets: [OutletRules]) { self.outlets = outlets }

    public static let empty = RuleSet(outlets: [])

    public func outlet(id: String) -> OutletRules? { outlets.first { $0.id == id } }

    /// "FILE: pattern 'P' gave up on N lines…" for each pattern that went over its per-line
    /// budget during a run (those lines were taken as not matching).
    public var budgetWarnings: [String] {
        outlets.flatMap { outlet in
            outlet.matchers.compactMap(\.pattern).filter { $0.linesOverBudget > 0 }.map {
                "\(outlet.file): pattern '\($0.source)' gave up on \($0.linesOverBudget) lines over its budget of about "
                    + "\(CompiledPattern.budgetTicks * 10_000) steps a line (taken as not matching); simplify it"
            }
        }
    }
}
