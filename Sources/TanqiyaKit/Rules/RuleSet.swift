/// The rules of every outlet known to a run, in rule-file order.
public struct RuleSet: Sendable {
    public var outlets: [OutletRules]

    public init(outlets: [OutletRules]) { self.outlets = outlets }

    public static let empty = RuleSet(outlets: [])

    public func outlet(id: String) -> OutletRules? { outlets.first { $0.id == id } }
}
