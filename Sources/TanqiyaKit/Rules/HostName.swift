/// A URL host as an outlet's `detect.hosts` names it (and `rules suggest --host` takes it): the
/// one check both apply, and the form a page's host is compared in.
///
/// Why: a host is compared with a page's URL host whole (or as its parent domain), so a host
/// with a space, a line break, a scheme, a path or a port can never match a page, and the rule
/// file would silently claim nothing by it; a name that is not one is refused where it is written.
public enum HostName {
    /// What is wrong with `host` as a host name, or nil when it is one: two labels or more (a
    /// site's name, not a top-level domain) of letters (any script: an internationalised name as
    /// it is written), digits, `-` and `_`, separated by single dots, none starting or ending with `-`.
    public static func problem(_ host: String) -> String? {
        if host.isEmpty { return "is empty" }
        if host.contains("://") || host.contains("/") { return "is not a host name (a URL or a path?): give the host alone, e.g. example.com" }
        if host.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) {
            return "holds a space, a line break or a control character"
        }
        if host.contains(":") { return "holds ':' (a port?): give the host alone, e.g. example.com" }
        let trimmed = host.hasSuffix(".") ? String(host.dropLast()) : host
        // A host matches its subdomains too: `com` would make every .com page this outlet's.
        if !trimmed.contains(".") && !trimmed.isEmpty && !trimmed.hasPrefix(".") {
            return "is a single label (a top-level domain?): it would match every host under it; give the site's name, e.g. example.com"
        }
        for label in trimmed.split(separator: ".", omittingEmptySubsequences: false) {
            if label.isEmpty { return "has an empty label (two dots in a row, or a leading dot)" }
            if label.hasPrefix("-") || label.hasSuffix("-") { return "has a label starting or ending with '-' (\(label))" }
            if let bad = label.unicodeScalars.first(where: { !isHostScalar($0) }) {
                return "holds \(Quoted.single(String(bad))), which no host name holds"
            }
        }
        return nil
    }

    /// The host as a page's host is compared (`OutletDetector.host(of:)`): lower-cased, without a
    /// final dot (a fully qualified name is the same host) or a leading "www.".
    public static func canonical(_ host: String) -> String {
        var host = host.lowercased()
        if host.hasSuffix(".") { host.removeLast() }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// ASCII letters, digits, `-`, `_` (seen in real subdomains), or a letter, digit or mark of
    /// another script.
    private static func isHostScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || v == 0x2D || v == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber:
            return true
        default:
            return false
        }
    }
}
