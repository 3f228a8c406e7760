import Foundation

/// A rule file being drafted for a new outlet (`tanqiya rules suggest`): the same parts as a rule
/// file (rules/README.md), each with the comment that says what evidence made it. `yaml()` writes
/// it; `RuleLoader` reads it back like any other rule file.
public struct RuleDraft: Sendable, Equatable {
    public var outlet: String
    public var name: String
    /// Comment lines at the top of the file: how it was made.
    public var header: [String] = []
    public var hosts: [String] = []
    public var signatures: [Signature] = []
    public var minScore = 2
    /// Comment lines above `detect:`.
    public var detectNotes: [String] = []
    /// Who decides the lines no rule names: a draft names only what the pages showed, so the
    /// generic path decides the rest.
    public var fallback: ArticleLayout.Fallback = .generic
    public var titleRepeatWithin: Int?
    public var titleNotes: [String] = []
    public var captions: [Caption] = []
    /// Lines after the one that ends the body (`ends_body`) are the page's tail, dropped as this.
    public var tailLabel: Label?
    public var lines: [Rule] = []
    public var sections: [Section] = []
    /// What the draft could not express, or left out: comment lines at the end of the file.
    public var notes: [String] = []

    public init(outlet: String, name: String) {
        self.outlet = outlet
        self.name = name
    }

    /// What a rule matches (one of the rule format's matchers).
    public enum Matcher: Sendable, Equatable {
        /// Whole lines, each with its evidence.
        case exact([Entry])
        /// Lines that begin so, each with its evidence.
        case prefix([Entry])
        /// An anchored pattern.
        case pattern(String)
        /// Any line of at most this many bytes (with `followed_by`: the line above something).
        case anyLine(maxBytes: Int)
    }

    public struct Entry: Sendable, Equatable {
        public var text: String
        public var note: String
        public init(_ text: String, note: String) {
            self.text = text
            self.note = note
        }
    }

    public struct Signature: Sendable, Equatable {
        public var id: String
        public var matcher: Matcher
        public var weight = 1
    }

    public struct Caption: Sendable, Equatable {
        public var id: String
        public var kind: ArticleLayout.CaptionRule.Kind
        public var note: String
    }

    public struct Rule: Sendable, Equatable {
        public var id: String
        public var label: Label
        public var matcher: Matcher
        public var followedBy: Matcher?
        public var field: Field?
        public var endsBody = false
        public var alsoNext = 0
        /// Comment lines above the rule.
        public var notes: [String] = []
    }

    public struct Section: Sendable, Equatable {
        public var id: String
        public var label: Label
        public var start: Matcher
        /// nil: the section runs to the article's end.
        public var end: Matcher?
        public var notes: [String] = []
    }

    /// Every rule id of the draft, in file order.
    public var ruleIds: [String] {
        var ids = signatures.map(\.id)
        ids.append(titleId)
        if let id = titleRepeatId { ids.append(id) }
        ids += [leadId, bodyId, headerId]
        if let id = tailId { ids.append(id) }
        ids += captions.map(\.id)
        ids += lines.map(\.id)
        ids += sections.map(\.id)
        return ids
    }

    var titleId: String { "\(outlet).title" }
    var titleRepeatId: String? { titleRepeatWithin.map { _ in "\(outlet).title-repeat" } }
    var leadId: String { "\(outlet).lead" }
    var bodyId: String { "\(outlet).body" }
    var headerId: String { "\(outlet).header" }
    var tailId: String? { tailLabel.map { _ in "\(outlet).tail" } }
}

// MARK: - YAML

extension RuleDraft {
    /// The draft as a rule file.
    public func yaml() -> String {
        var out: [String] = header.map { Self.comment($0) }
        out.append("outlet: \(outlet)")
        out.append("name: \(Self.quoted(name))")
        out.append("")
        out += detectNotes.map { Self.comment($0) }
        out.append("detect:")
        if !hosts.isEmpty { out.append("  hosts: [\(hosts.map(Self.quoted).joined(separator: ", "))]") }
        if !signatures.isEmpty {
            out.append("  signatures:")
            for sig in signatures {
                out += Self.listItem(id: sig.id, keys: [.matcher(sig.matcher), .scalar("weight", "\(sig.weight)")], indent: "    ")
            }
        }
        out.append("  min_score: \(minScore)")
        out.append("")
        out.append("article:")
        out += titleNotes.map { "  " + Self.comment($0) }
        out.append("  title: {id: \(titleId)}")
        if let within = titleRepeatWithin, let id = titleRepeatId {
            out.append("  title_repeat: {id: \(id), within: \(within)}")
        }
        if fallback == .generic {
            out.append("  # fallback: generic (below): the generic path decides the lines these would take.")
        }
        out.append("  lead: {id: \(leadId), label: lead}")
        if !captions.isEmpty {
            out.append("  captions:")
            for caption in captions {
                out.append("    " + Self.comment(caption.note))
                out.append("    - {id: \(caption.id), kind: \(caption.kind.rawValue)}")
            }
        }
        out.append("  body: {id: \(bodyId)}")
        if let label = tailLabel, let id = tailId {
            out.append("  # After the line that ends the body (ends_body below): the page's tail.")
            out.append("  tail: {id: \(id), label: \(label.rawValue)}")
        }
        out.append("  header: {id: \(headerId), label: navigation}")
        if fallback == .generic {
            out.append("  # Lines no rule of this file names are judged as on a site without rules (learned chrome, then")
            out.append("  # the generic path: its headline, its chrome lists). Once the rules name every kind of line,")
            out.append("  # `fallback: layout` makes them decide alone (the first unnamed line is then the title).")
        }
        out.append("  fallback: \(fallback.rawValue)")
        if !lines.isEmpty {
            out.append("")
            out.append("lines:")
            for rule in lines {
                var keys: [ItemKey] = [.scalar("label", rule.label.rawValue), .matcher(rule.matcher)]
                if let next = rule.followedBy { keys.append(.nested("followed_by", next)) }
                if let field = rule.field { keys.append(.scalar("field", field.rawValue)) }
                if rule.endsBody { keys.append(.scalar("ends_body", "true")) }
                if rule.alsoNext > 0 { keys.append(.scalar("also_next", "\(rule.alsoNext)")) }
                out += Self.listItem(id: rule.id, notes: rule.notes, keys: keys, indent: "  ")
            }
        }
        if !sections.isEmpty {
            out.append("")
            out.append("sections:")
            for section in sections {
                let end: ItemKey = section.end.map { .nested("end", $0) } ?? .scalar("end", "article-end")
                out += Self.listItem(id: section.id, notes: section.notes,
                                     keys: [.scalar("label", section.label.rawValue), .nested("start", section.start), end], indent: "  ")
            }
        }
        if !notes.isEmpty {
            out.append("")
            out += notes.map { Self.comment($0) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A key of a list item (`listItem`): `key: value`, a matcher's keys, or a matcher under a key.
    enum ItemKey {
        case scalar(String, String)
        case matcher(Matcher)
        case nested(String, Matcher)
    }

    /// One item of the `signatures:`, `lines:` or `sections:` list, at `indent`: its notes as
    /// comments, `- id: …`, then its keys in order (a nested matcher two spaces further in).
    static func listItem(id: String, notes: [String] = [], keys: [ItemKey], indent: String) -> [String] {
        var out = notes.map { indent + comment($0) }
        out.append("\(indent)- id: \(id)")
        let inner = indent + "  "
        for key in keys {
            switch key {
            case .scalar(let name, let value): out.append("\(inner)\(name): \(value)")
            case .matcher(let matcher): out += matcherLines(matcher, indent: inner)
            case .nested(let name, let matcher):
                out.append("\(inner)\(name):")
                out += matcherLines(matcher, indent: inner + "  ")
            }
        }
        return out
    }

    static func matcherLines(_ matcher: Matcher, indent: String) -> [String] {
        switch matcher {
        case .exact(let entries): return entryLines("exact", entries, indent: indent)
        case .prefix(let entries): return entryLines("prefix", entries, indent: indent)
        case .pattern(let source): return ["\(indent)pattern: \(singleQuoted(source))"]
        case .anyLine(let max): return ["\(indent)pattern: '^.'", "\(indent)max_length: \(max)"]
        }
    }

    /// `key: "x"  # note` for one entry, else a block list with a note per entry.
    static func entryLines(_ key: String, _ entries: [Entry], indent: String) -> [String] {
        if entries.count == 1 { return ["\(indent)\(key): \(quoted(entries[0].text))" + noteSuffix(entries[0].note)] }
        return ["\(indent)\(key):"] + entries.map { "\(indent)  - \(quoted($0.text))" + noteSuffix($0.note) }
    }

    static func noteSuffix(_ note: String) -> String { note.isEmpty ? "" : "   # " + oneLine(note) }

    static func comment(_ text: String) -> String { text.isEmpty ? "#" : "# " + oneLine(text) }

    /// A comment's text on one line: control and line-separator characters as spaces, invisible
    /// format characters (ZWSP, bidi overrides: `isInvisible`) as `\uXXXX`, so the reviewer sees them.
    static func oneLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" {
                out.append(" ")
            } else if isInvisible(scalar) {
                out.append(contentsOf: String(format: "\\u%04X", scalar.value).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A format character (general category Cf: ZWSP, ZWNJ, ZWJ, bidi marks and overrides, the
    /// byte order mark) or U+034F: nothing shows where it stands. A draft that printed one as it is
    /// (a page's «‮محليات» with a right-to-left override) asked its reviewer to approve what no
    /// editor shows.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format || scalar == "\u{34F}"
    }

    /// A YAML double-quoted scalar: `\` and `"` escaped; control, line-separator and invisible
    /// (`isInvisible`) characters as `\u` escapes.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default:
                if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
                    || scalar == "\u{85}" || isInvisible(scalar) {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A YAML single-quoted scalar (what a pattern reads best in: backslashes are literal).
    static func singleQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
}
