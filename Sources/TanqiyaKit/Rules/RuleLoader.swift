import Foundation
import Yams

/// Loads and checks every rule file (`*.yaml`, `*.yml`) of a directory. All problems of all
/// files are collected and thrown together as one `RuleError`, before any input is read.
public enum RuleLoader {
    /// The extensions of rule files; both load.
    public static let fileExtensions = ["yaml", "yml"]

    /// The rule files of a directory, sorted by file name (hidden files skipped).
    public static func ruleFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { name in
            !name.hasPrefix(".") && fileExtensions.contains { name.hasSuffix("." + $0) && name.count > $0.count + 1 }
        }.sorted()
    }

    /// Why a directory with no rule files listed cannot be listed ("Permission denied"), or nil
    /// when it can (and is just empty of rule files): the message says which.
    static func emptyFolderMessage(_ directory: String) -> String {
        guard let dir = opendir(directory) else {
            return "cannot list the directory: " + String(cString: strerror(errno))
        }
        closedir(dir)
        return "no rule files (*.yaml, *.yml) in this directory"
    }

    /// What a rule file's path is when it is not a regular file ("a FIFO", "a device"…), or nil:
    /// opening a FIFO blocks until a writer comes (`rules lint` and every `clean` hung), a
    /// device can be endless.
    static func notRegularFile(_ path: String) -> String? {
        var info = Glibc.stat()
        guard FileSystemPath.stat(path, &info) == 0 else { return nil }  // the read says why
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil  // a folder: the read names it ("Is a directory")
        case S_IFIFO: return "a FIFO"
        case S_IFSOCK: return "a socket"
        default: return "a device"
        }
    }

    /// Loads the directory's rule files. A directory without any is an error: rules that are
    /// silently not there would send every page down the generic path.
    public static func load(directory: String) throws -> RuleSet {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir) else {
            throw RuleError([RuleDiagnostic(file: directory, line: 0, column: 0, message: "no such rules directory")])
        }
        guard isDir.boolValue else {
            throw RuleError([RuleDiagnostic(file: directory, line: 0, column: 0,
                                            message: "a file, not a rules directory: give the folder that holds the rule files")])
        }
        let files = ruleFiles(in: directory)
        if files.isEmpty {
            throw RuleError([RuleDiagnostic(file: directory, line: 0, column: 0, message: emptyFolderMessage(directory))])
        }
        var sources: [(file: String, text: String)] = []
        var diagnostics: [RuleDiagnostic] = []
        for name in files {
            let path = (directory as NSString).appendingPathComponent(name)
            if let kind = notRegularFile(path) {
                diagnostics.append(RuleDiagnostic(file: path, line: 0, column: 0, message: "not a regular file (\(kind)): rule files are read whole"))
                continue
            }
            let data: Data
            do throws(FileSystemPath.PathError) {
                data = Data(try FileSystemPath.contents(of: path))
            } catch {
                diagnostics.append(RuleDiagnostic(file: path, line: 0, column: 0, message: "cannot read the file: \(error.message)"))
                continue
            }
            guard let text = String(validating: [UInt8](data), as: UTF8.self) else {
                let (line, column) = firstInvalidUTF8([UInt8](data))
                diagnostics.append(RuleDiagnostic(file: path, line: line, column: column, message: "the file is not valid UTF-8"))
                continue
            }
            sources.append((path, text))
        }
        do {
            let set = try load(sources: sources)
            if diagnostics.isEmpty { return set }
        } catch let error as RuleError {
            diagnostics += error.diagnostics
        }
        throw RuleError(diagnostics)
    }

    /// Line and column (in characters) of the first byte that is not well-formed UTF-8.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1, i = 0
        while i < bytes.count {
            let length = bytes.withUnsafeBufferPointer { EncodingDetector.validSequenceLength($0, i) }
            if bytes[i] < 0x80 {
                if bytes[i] == 0x0A { line += 1; column = 0 }
                i += 1
            } else if length == 0 {
                return (line, column)
            } else {
                i += length
            }
            column += 1
        }
        return (line, column)
    }

    /// Loads rule files given as text (tests, and `load(directory:)`).
    public static func load(sources: [(file: String, text: String)]) throws -> RuleSet {
        var outlets: [OutletRules] = []
        var diagnostics: [RuleDiagnostic] = []
        for (file, text) in sources {
            var reader = YAMLReader(file: file)
            if let outlet = parse(text: text, reader: &reader) { outlets.append(outlet) }
            diagnostics += reader.diagnostics
        }
        diagnostics += crossFileProblems(outlets)
        guard diagnostics.isEmpty else { throw RuleError(diagnostics) }
        var set = RuleSet(outlets: outlets)
        set.fingerprint = fingerprint(sources)
        return set
    }

    /// A digest of the files' names (without their folder) and texts, in order.
    static func fingerprint(_ sources: [(file: String, text: String)]) -> UInt64 {
        var hash = StableHash.Streaming(seed: StableHash.fnvOffset)
        for (file, text) in sources {
            for var part in [(file as NSString).lastPathComponent, text] {
                part += "\u{0}"
                part.withUTF8 { hash.add($0) }
            }
        }
        return hash.finish()
    }

    // MARK: - One file

    static func parse(text: String, reader: inout YAMLReader) -> OutletRules? {
        let root: Node
        // A byte order mark (a file saved by Windows Notepad) is no part of the YAML: libyaml skips
        // it but counts it as a column, so a first line that is a key (`outlet: …`) was out of
        // line with the next one ("did not find expected <document start>").
        let yaml = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                reader.error("the rule file is empty", at: nil)
                return nil
            }
            root = node
        } catch let error as YamlError {
            let (mark, problem) = describe(error)
            reader.append(RuleDiagnostic(file: reader.file, line: mark?.line ?? 1, column: mark?.column ?? 1,
                                         message: "malformed YAML: \(problem)"))
            return nil
        } catch {
            reader.error("malformed YAML: \(error)", at: nil)
            return nil
        }
        guard let top = reader.mapping(root, what: "the rule file",
                                       allowed: ["outlet", "name", "description", "detect", "article", "lines", "sections"],
                                       required: ["outlet", "name", "detect", "article"]) else { return nil }
        let given = reader.string(top["outlet"], what: "outlet")
        let id = given ?? ""
        if given == "" {
            reader.error("outlet id is empty: name the outlet (lower-case letters, digits, '-' and '.', e.g. example-news)", at: top["outlet"])
        } else if !id.isEmpty, !isValidId(id) {
            reader.error("outlet id \(Quoted.single(id)) must be lower-case letters, digits, '-' and '.'", at: top["outlet"])
        }
        let name = reader.string(top["name"], what: "name") ?? id
        let detection = top["detect"].flatMap { parseDetection($0, reader: &reader) }
        let layout = top["article"].flatMap { parseLayout($0, reader: &reader) }
        let lines = reader.sequence(top["lines"], what: "lines").compactMap { parseLineRule($0, reader: &reader) }
        let sections = reader.sequence(top["sections"], what: "sections").compactMap { parseSection($0, reader: &reader) }
        guard let detection, let layout else { return nil }
        var rules = OutletRules(id: id, name: name, file: reader.file, detection: detection, article: layout,
                                lines: lines, sections: sections, ruleLocations: reader.ruleLocations)
        if let mark = top["detect"]?.mark { rules.detectLocation = SourceLocation(line: mark.line, column: mark.column) }
        rules.exactLines = rules.collectExactLines()
        return rules
    }

    static let matcherKeys = ["exact", "prefix", "pattern", "indented", "max_length", "tag", "inside", "class"]

    static let regionNames: [String: DOMRegions] = [
        "nav": .nav, "header": .header, "footer": .footer, "aside": .aside, "form": .form, "figure": .figure,
        "figcaption": .figcaption, "li": .listItem, "td": .tableCell, "article": .article, "blockquote": .blockquote,
    ]

    /// Reads the matcher keys of `map` (other keys are the caller's). `nil` when none is given.
    static func parseMatcher(_ map: [String: Node], what: String, reader: inout YAMLReader) -> LineMatcher? {
        var matcher = MatcherSpec()
        if let exact = reader.strings(map["exact"], what: "\(what): exact") {
            matcher.exact = Set(exact.map { ByteKey(defaultKey($0)) })
        }
        if let prefixes = reader.strings(map["prefix"], what: "\(what): prefix") {
            matcher.prefixes = prefixes.map { defaultKey($0) }.filter { !$0.isEmpty }
        }
        if let source = reader.string(map["pattern"], what: "\(what): pattern") {
            if !source.hasPrefix("^") {
                reader.error("\(what): pattern \(Quoted.single(source)) must be anchored: start it with ^", at: map["pattern"])
            } else if let problem = PatternLinearity.problem(in: source) {
                reader.error("\(what): pattern \(Quoted.single(source)) can take exponential time on a line that almost matches: \(problem); "
                             + "make it unambiguous, or use a possessive quantifier (*+, ++) or an atomic group (?>…)", at: map["pattern"])
            } else {
                do {
                    matcher.pattern = try CompiledPattern(source)
                    if let literal = literalPrefix(of: source), !literal.isEmpty {
                        matcher.prefix = literal
                    }
                    if let literal = requiredLiteral(of: source), literal.utf8.count >= 2 {
                        matcher.required = literal
                    }
                    matcher.firstScalars = leadingClass(of: source)
                } catch {
                    // NSRegularExpression says only "The value is invalid": name the syntax at least.
                    reader.error("\(what): invalid pattern \(Quoted.single(source)): not a valid ICU regular expression", at: map["pattern"])
                }
            }
        }
        matcher.indented = reader.bool(map["indented"], what: "\(what): indented")
        if let tags = reader.strings(map["tag"], what: "\(what): tag") { matcher.tags = Set(tags.map { $0.lowercased() }) }
        if let classes = reader.strings(map["class"], what: "\(what): class") { matcher.classes = Set(classes.map { $0.lowercased() }) }
        if let names = reader.strings(map["inside"], what: "\(what): inside") {
            var regions: DOMRegions = []
            for name in names {
                if let region = regionNames[name.lowercased()] {
                    regions.insert(region)
                } else {
                    reader.error("\(what): inside \(Quoted.single(name)) is not one of: \(regionNames.keys.sorted().joined(separator: ", "))",
                                 at: map["inside"])
                }
            }
            matcher.inside = regions
        }
        if let max = reader.int(map["max_length"], what: "\(what): max_length", range: 1...1_000_000) {
            matcher.maxBytes = max
        }
        return matcher.isEmpty ? nil : LineMatcher(matcher)
    }

    static func parseDetection(_ node: Node, reader: inout YAMLReader) -> Detection? {
        guard let map = reader.mapping(node, what: "detect", allowed: ["hosts", "signatures", "min_score"],
                                       required: ["min_score"]) else { return nil }
        // Each host checked where it stands (`HostName`), and kept in the form a page's host is
        // compared in (`www.example.com` is `example.com`, as the page's host is).
        var hosts: [String] = []
        let hostNodes: [Node]
        switch map["hosts"] {
        case .sequence(let seq)?: hostNodes = Array(seq)
        case let node?: hostNodes = [node]
        case nil: hostNodes = []
        }
        for node in hostNodes {
            guard let host = reader.string(node, what: "detect: hosts") else { continue }
            if let problem = HostName.problem(host) {
                reader.error("detect: hosts: \(Quoted.single(host)) \(problem)", at: node)
            } else {
                hosts.append(HostName.canonical(host))
            }
        }
        var signatures: [Detection.Signature] = []
        for item in reader.sequence(map["signatures"], what: "detect: signatures") {
            guard let sig = reader.mapping(item, what: "a signature", allowed: ["id", "weight"] + matcherKeys,
                                           required: ["id"]) else { continue }
            let id = ruleId(sig["id"], reader: &reader)
            let weight = reader.int(sig["weight"], what: "signature \(id): weight", range: 1...100) ?? 1
            let reported = reader.diagnostics.count
            guard let matcher = parseMatcher(sig, what: "signature \(id)", reader: &reader) else {
                if reader.diagnostics.count == reported { reader.error("signature \(id) needs exact, prefix or pattern", at: item) }
                continue
            }
            signatures.append(.init(id: id, matcher: matcher, weight: weight))
        }
        let minScore = reader.int(map["min_score"], what: "detect: min_score", range: 1...1000) ?? 1
        if hosts.isEmpty && signatures.isEmpty {
            reader.error("detect needs hosts or signatures", at: node)
        }
        return Detection(hosts: hosts, signatures: signatures, minScore: minScore)
    }

    static func parseLayout(_ node: Node, reader: inout YAMLReader) -> ArticleLayout? {
        guard let map = reader.mapping(node, what: "article",
                                       allowed: ["marker", "title", "title_repeat", "lead", "captions", "body", "header", "tail", "fallback"],
                                       required: ["title", "lead", "body", "header"]) else { return nil }
        func idOnly(_ key: String, extra: [String] = []) -> (String, [String: Node])? {
            guard let node = map[key], let m = reader.mapping(node, what: "article: \(key)", allowed: ["id"] + extra,
                                                               required: ["id"]) else { return nil }
            return (ruleId(m["id"], reader: &reader), m)
        }
        var marker: ArticleLayout.Marker?
        if let node = map["marker"], let m = reader.mapping(node, what: "article: marker",
                                                           allowed: ["id", "label", "title_search_back"] + matcherKeys,
                                                           required: ["id"]) {
            let id = ruleId(m["id"], reader: &reader)
            let reported = reader.diagnostics.count
            if let matcher = parseMatcher(m, what: "marker \(id)", reader: &reader) {
                marker = .init(id: id, matcher: matcher,
                               label: reader.enumValue(m["label"], what: "marker \(id): label", as: Label.self) ?? .marker,
                               titleSearchBack: reader.int(m["title_search_back"], what: "marker \(id): title_search_back",
                                                           range: 1...200) ?? 12)
            } else if reader.diagnostics.count == reported {
                reader.error("marker \(id) needs exact, prefix or pattern", at: node)
            }
        }
        let title = idOnly("title")
        let repeatRule = idOnly("title_repeat", extra: ["within"])
        let within = repeatRule.flatMap { reader.int($0.1["within"], what: "title_repeat: within", range: 1...100) } ?? 8
        let lead = idOnly("lead", extra: ["label"])
        let leadLabel = lead.flatMap { reader.enumValue($0.1["label"], what: "lead: label", as: Label.self) } ?? .lead
        var captions: [ArticleLayout.CaptionRule] = []
        for item in reader.sequence(map["captions"], what: "article: captions") {
            guard let m = reader.mapping(item, what: "a caption rule", allowed: ["id", "kind"], required: ["id", "kind"]) else { continue }
            let id = ruleId(m["id"], reader: &reader)
            guard let raw = reader.string(m["kind"], what: "caption \(id): kind") else { continue }
            guard let kind = ArticleLayout.CaptionRule.Kind(rawValue: raw) else {
                reader.error("caption \(id): kind \(Quoted.single(raw)) is not one of: printed-twice, after-title-repeat", at: m["kind"])
                continue
            }
            captions.append(.init(id: id, kind: kind))
        }
        let body = idOnly("body")
        let header = idOnly("header", extra: ["label"])
        let headerLabel = header.flatMap { reader.enumValue($0.1["label"], what: "header: label", as: Label.self) } ?? .navigation
        let tail = idOnly("tail", extra: ["label"])
        let tailLabel = tail.flatMap { reader.enumValue($0.1["label"], what: "tail: label", as: Label.self) } ?? .body
        let fallback = reader.enumValue(map["fallback"], what: "article: fallback", as: ArticleLayout.Fallback.self) ?? .layout
        if fallback == .generic, marker != nil {
            reader.error("article: fallback generic reads one article a page: it cannot go with a marker", at: map["fallback"])
        }
        guard let title, let lead, let body, let header else { return nil }
        var layout = ArticleLayout(marker: marker, titleRule: title.0, titleRepeatRule: repeatRule?.0, titleRepeatWithin: within,
                                   leadRule: lead.0, leadLabel: leadLabel, captions: captions, bodyRule: body.0,
                                   tailRule: tail?.0, tailLabel: tailLabel, headerRule: header.0, headerLabel: headerLabel)
        layout.fallback = fallback
        return layout
    }

    static func parseLineRule(_ node: Node, reader: inout YAMLReader) -> LineRule? {
        guard let map = reader.mapping(node, what: "a line rule",
                                       allowed: ["id", "label", "zone", "followed_by", "field", "ends_body", "also_next", "note"] + matcherKeys,
                                       required: ["id", "label"]) else { return nil }
        let id = ruleId(map["id"], reader: &reader)
        let label = reader.enumValue(map["label"], what: "rule \(id): label", as: Label.self)
        let zone = reader.enumValue(map["zone"], what: "rule \(id): zone", as: Zone.self) ?? .anywhere
        let reported = reader.diagnostics.count
        let matcher = parseMatcher(map, what: "rule \(id)", reader: &reader)
        // (unless the matcher's own problem, an invalid pattern…, was just reported)
        if matcher == nil && reader.diagnostics.count == reported { reader.error("rule \(id) needs exact, prefix, pattern or indented", at: node) }
        var followedBy: LineMatcher?
        if let next = map["followed_by"], let m = reader.mapping(next, what: "rule \(id): followed_by", allowed: matcherKeys) {
            followedBy = parseMatcher(m, what: "rule \(id): followed_by", reader: &reader)
        }
        var field: Field?
        if let raw = reader.string(map["field"], what: "rule \(id): field") {
            field = Field(rawValue: raw)
            if field == nil { reader.error("rule \(id): field \(Quoted.single(raw)) is not one of: credit, section", at: map["field"]) }
        }
        let endsBody = reader.bool(map["ends_body"], what: "rule \(id): ends_body") ?? false
        let alsoNext = reader.int(map["also_next"], what: "rule \(id): also_next", range: 0...20) ?? 0
        guard let label, let matcher else { return nil }
        return LineRule(id: id, label: label, zone: zone, matcher: matcher, followedBy: followedBy, field: field,
                        endsBody: endsBody, alsoNext: alsoNext)
    }

    static func parseSection(_ node: Node, reader: inout YAMLReader) -> SectionRule? {
        guard let map = reader.mapping(node, what: "a section", allowed: ["id", "label", "start", "end", "note"],
                                       required: ["id", "label", "start", "end"]) else { return nil }
        let id = ruleId(map["id"], reader: &reader)
        let label = reader.enumValue(map["label"], what: "section \(id): label", as: Label.self)
        var start: LineMatcher?
        if let node = map["start"], let m = reader.mapping(node, what: "section \(id): start", allowed: matcherKeys) {
            start = parseMatcher(m, what: "section \(id): start", reader: &reader)
            if start == nil { reader.error("section \(id): start needs exact, prefix or pattern", at: node) }
        }
        var end: LineMatcher?
        if let node = map["end"] {
            if node.string == "article-end" {
                end = nil
            } else if let m = reader.mapping(node, what: "section \(id): end (a matcher, or article-end)", allowed: matcherKeys) {
                end = parseMatcher(m, what: "section \(id): end", reader: &reader)
                if end == nil { reader.error("section \(id): end needs exact, prefix or pattern, or article-end", at: node) }
            }
        }
        guard let label, let start else { return nil }
        return SectionRule(id: id, label: label, start: start, end: end)
    }

    static func ruleId(_ node: Node?, reader: inout YAMLReader) -> String {
        let id = reader.string(node, what: "id") ?? ""
        if !isValidId(id) {
            reader.error("rule id \(Quoted.single(id)) must be lower-case letters, digits, '-' and '.'", at: node)
        } else if let first = reader.ruleLocations[id] {
            reader.error("rule id \(Quoted.single(id)) is declared twice (first at line \(first.line))", at: node)
        } else {
            reader.ruleLocations[id] = SourceLocation(line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
        }
        // An invalid id stops the rules from loading: it only names the rule in the other
        // messages about it, cut as any quoted text is.
        return isValidId(id) ? id : Quoted.cut(id)
    }

    static func isValidId(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x2E }
    }

    /// Exact lines and prefixes are compared with blocks' keys, so they are normalised the same way.
    static func defaultKey(_ text: String) -> String {
        let key = Normalizer.matching.normalize(text)
        return MatchingFold.fold(key) ?? key
    }

    /// The literal text a pattern starts with after `^`, used as a cheap pre-check.
    static func literalPrefix(of pattern: String) -> String? {
        var scalars = Array(pattern.unicodeScalars.dropFirst())
        var out = String.UnicodeScalarView()
        let meta = Set("\\.[](){}*+?|$^".unicodeScalars)
        var i = 0
        while i < scalars.count, !meta.contains(scalars[i]) {
            out.append(scalars[i]); i += 1
        }
        if i < scalars.count, "*?{".unicodeScalars.contains(scalars[i]), !out.isEmpty { out.removeLast() }
        scalars.removeAll()
        let literal = String(out)
        // White space in a pattern may stand for other spaces in the key; only trust what precedes it.
        return String(literal.prefix { !$0.isWhitespace })
    }

    /// The longest run of literal characters outside any group, class or alternation, that is not
    /// made optional by a quantifier: text every match contains. `nil` for patterns with `|` at top level.
    static func requiredLiteral(of pattern: String) -> String? {
        let scalars = Array(pattern.unicodeScalars)
        var depth = 0, i = 0
        var runs: [String] = []
        var current = String.UnicodeScalarView()
        func flush() { if !current.isEmpty { runs.append(String(current)); current = .init() } }
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "\\":
                flush(); i += 2; continue
            case "(":
                flush(); depth += 1
            case ")":
                flush(); depth -= 1
            case "[":
                flush()
                while i < scalars.count, scalars[i] != "]" { i += scalars[i] == "\\" ? 2 : 1 }
            case "|":
                if depth == 0 { return nil }
                flush()
            case "*", "?", "{":
                if depth == 0, !current.isEmpty { current.removeLast() }
                flush()
                if c == "{" { while i < scalars.count, scalars[i] != "}" { i += 1 } }
            case "+", ".", "^", "$":
                flush()
            default:
                if depth == 0 { current.append(c) } else { flush() }
            }
            i += 1
        }
        flush()
        return runs.max { $0.utf8.count < $1.utf8.count }
    }

    /// For `^[abc0-9]…`: the scalars the class admits (no negation, no escapes, no shorthand).
    static func leadingClass(of pattern: String) -> Set<UInt32>? {
        let scalars = Array(pattern.unicodeScalars)
        guard scalars.count > 3, scalars[0] == "^", scalars[1] == "[", scalars[2] != "^" else { return nil }
        var set = Set<UInt32>()
        var i = 2
        while i < scalars.count, scalars[i] != "]" {
            if scalars[i] == "\\" || scalars[i] == "[" { return nil }
            if i + 2 < scalars.count, scalars[i + 1] == "-", scalars[i + 2] != "]" {
                let (a, b) = (scalars[i].value, scalars[i + 2].value)
                guard a <= b, b - a < 4096 else { return nil }
                for v in a...b { set.insert(v) }
                i += 3
            } else {
                set.insert(scalars[i].value)
                i += 1
            }
        }
        guard i < scalars.count, !set.isEmpty else { return nil }
        // A quantifier that allows zero repetitions makes the class optional.
        if i + 1 < scalars.count, "*?{".unicodeScalars.contains(scalars[i + 1]) { return nil }
        return set
    }

    static func describe(_ error: YamlError) -> ((line: Int, column: Int)?, String) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return ((mark.line, mark.column), [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": "))
        // Yams's own descriptions of these two quote the whole file (a duplicated key) or the
        // whole line (a character YAML does not take): megabytes for a big rule file.
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { Quoted.single($0) }.joined(separator: ", ")
            return ((context.mark.line, context.mark.column), "a key given twice in one mapping: \(keys)")
        case .reader(let problem, let offset, let value, let yaml):
            guard let offset else { return (nil, problem) }
            var line = 1, column = 1  // the offset counts characters (code points)
            for scalar in yaml.unicodeScalars.prefix(offset) {
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            return ((line, column), "\(problem) (U+\(String(format: "%04X", value)))")
        default:
            return (nil, "\(error)")
        }
    }

    // MARK: - Across files

    static func crossFileProblems(_ outlets: [OutletRules]) -> [RuleDiagnostic] {
        var problems: [RuleDiagnostic] = []
        var seenOutlets: [String: String] = [:]
        var seenRules: [String: String] = [:]
        var seenHosts: [String: OutletRules] = [:]
        for outlet in outlets {
            if let other = seenOutlets[outlet.id] {
                problems.append(RuleDiagnostic(file: outlet.file, line: 1, column: 1,
                                               message: "outlet id \(Quoted.single(outlet.id)) is already declared in \(other)"))
            }
            seenOutlets[outlet.id] = outlet.file
            // One host, two outlets: which rules its pages take would depend on the files' order.
            for host in outlet.detection.hosts {
                if let other = seenHosts[host], other.id != outlet.id {
                    problems.append(RuleDiagnostic(file: outlet.file, line: 1, column: 1,
                                                   message: "host \(Quoted.single(host)) is already claimed by outlet \(Quoted.single(other.id)) in \(other.file)"))
                } else {
                    seenHosts[host] = outlet
                }
            }
            for id in outlet.ruleIds {
                if let other = seenRules[id], other != outlet.file {
                    let at = outlet.ruleLocations[id] ?? SourceLocation(line: 1, column: 1)
                    problems.append(RuleDiagnostic(file: outlet.file, line: at.line, column: at.column,
                                                   message: "rule id \(Quoted.single(id)) is already declared in \(other)"))
                } else {
                    seenRules[id] = outlet.file
                }
            }
        }
        return problems
    }
}
