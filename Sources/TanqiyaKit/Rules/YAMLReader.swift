import Yams

/// Walks a composed YAML tree strictly: every key known, every value of the expected kind, and
/// every problem recorded with its file, line and column instead of stopping at the first.
struct YAMLReader {
    let file: String
    private(set) var diagnostics: [RuleDiagnostic] = []
    /// Where each rule id of this file is declared.
    var ruleLocations: [String: SourceLocation] = [:]

    /// A rule file's values come to at most this many bytes, counted where they are read: a YAML
    /// alias repeats its value wherever it stands, so a small file could otherwise hand the loader
    /// gigabytes to normalise and fingerprint. Real rule files hold tens of kilobytes.
    static let maxValueBytes = 16 << 20
    private var valueBytes = 0

    init(file: String) { self.file = file }

    mutating func append(_ diagnostic: RuleDiagnostic) { diagnostics.append(diagnostic) }

    mutating func error(_ message: String, at node: Node?) {
        let mark = node?.mark
        diagnostics.append(RuleDiagnostic(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
    }

    /// The mapping's entries by key, after checking keys against `allowed` and `required`.
    mutating func mapping(_ node: Node, what: String, allowed: [String], required: [String] = []) -> [String: Node]? {
        guard case .mapping(let map) = node else {
            error("\(what) must be a mapping", at: node)
            return nil
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in map {
            guard let key = keyNode.string else {
                error("\(what): keys must be strings", at: keyNode)
                continue
            }
            if !allowed.contains(key) {
                let hint = DidYouMean.suggest(key, among: allowed).map { "did you mean '\($0)'? " } ?? ""
                error("unknown key \(Quoted.single(key)) in \(what) (\(hint)expected one of: \(allowed.joined(separator: ", ")))", at: keyNode)
                continue
            }
            if result[key] != nil {
                error("key \(Quoted.single(key)) appears twice in \(what)", at: keyNode)
            }
            result[key] = value
        }
        for key in required where result[key] == nil {
            error("\(what) needs '\(key)'", at: node)
        }
        return result
    }

    mutating func string(_ node: Node?, what: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node else {
            error("\(what) must be a string", at: node)
            return nil
        }
        let before = valueBytes
        valueBytes += scalar.string.utf8.count
        if valueBytes > Self.maxValueBytes {
            if before <= Self.maxValueBytes {
                error("the file's values come to more than \(Self.maxValueBytes >> 20) MiB here (YAML aliases repeat their value where they stand)", at: node)
            }
            return nil
        }
        return scalar.string
    }

    mutating func strings(_ node: Node?, what: String) -> [String]? {
        guard let node else { return nil }
        switch node {
        case .scalar(let scalar): return [scalar.string]
        case .sequence(let seq):
            return seq.compactMap { item in string(item, what: what) }
        default:
            error("\(what) must be a string or a list of strings", at: node)
            return nil
        }
    }

    mutating func int(_ node: Node?, what: String, range: ClosedRange<Int>) -> Int? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
            error("\(what) must be a whole number", at: node)
            return nil
        }
        guard range.contains(value) else {
            error("\(what) must be between \(range.lowerBound) and \(range.upperBound)", at: node)
            return nil
        }
        return value
    }

    mutating func bool(_ node: Node?, what: String) -> Bool? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, let value = Bool(scalar.string.lowercased()) else {
            error("\(what) must be true or false", at: node)
            return nil
        }
        return value
    }

    mutating func sequence(_ node: Node?, what: String) -> [Node] {
        guard let node else { return [] }
        guard case .sequence(let seq) = node else {
            error("\(what) must be a list", at: node)
            return []
        }
        return Array(seq)
    }

    mutating func enumValue<E: RawRepresentable & CaseIterable>(_ node: Node?, what: String, as: E.Type) -> E?
    where E.RawValue == String {
        guard let raw = string(node, what: what) else { return nil }
        if let value = E(rawValue: raw) { return value }
        let names = E.allCases.map(\.rawValue)
        let hint = DidYouMean.suggest(raw, among: names).map { " (did you mean '\($0)'?)" } ?? ""
        error("\(what) \(Quoted.single(raw)) is not one of: \(names.joined(separator: ", "))\(hint)", at: node)
        return nil
    }
}

extension Node {
    var string: String? {
        if case .scalar(let scalar) = self { return scalar.string }
        return nil
    }
}
