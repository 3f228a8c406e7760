/// A problem in a rule file, located precisely enough to jump to it.
public struct RuleDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// An error stops the rules from loading; a warning is advice (`rules lint` prints it, exit 0).
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public var severity: Severity

    public init(file: String, line: Int, column: Int, message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.severity = severity
    }

    /// `rules/rt-arabic.yaml:12:5: error: unknown key 'patern' (expected one of: …)`; a problem of
    /// the whole file or folder (line 0) without the position: `rules: error: …`.
    public var description: String {
        line > 0 ? "\(file):\(line):\(column): \(severity.rawValue): \(message)" : "\(file): \(severity.rawValue): \(message)"
    }
}

/// Rule files that cannot be used. Carries every problem found, not just the first.
public struct RuleError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [RuleDiagnostic]

    public init(_ diagnostics: [RuleDiagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
