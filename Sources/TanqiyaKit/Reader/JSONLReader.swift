import Foundation

/// Pipeline stage 1 for JSONL: one page per line, `{"text": …, "id"?: …, "url"?: …}`, or
/// `{"html": …}` for a raw HTML page; `id` and `url` are strings or numbers.
/// A line that is not such a record is reported with its line number and skipped.
///
/// JSONL is UTF-8 by definition (a byte order mark on a line is dropped); a line that is not
/// valid UTF-8 is decided on its own like a text dump (`TextDecoding`: a Windows-1256 or
/// ISO-8859-6 line is transcoded, anything else gets U+FFFD for its invalid bytes, counted).
public struct JSONLReader: Sendable {
    public init() {}

    public struct Record: Decodable, Equatable {
        public var id: String?
        public var url: String?
        public var text: String?
        public var html: String?

        public init(id: String? = nil, url: String? = nil, text: String? = nil, html: String? = nil) {
            self.id = id
            self.url = url
            self.text = text
            self.html = html
        }

        enum CodingKeys: String, CodingKey { case id, url, text, html }

        /// `id` and `url` may be numbers (a database key, a numeric page id): kept as their
        /// decimal text. `text` and `html` are strings.
        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try Self.stringOrNumber(c, .id)
            url = try Self.stringOrNumber(c, .url)
            text = try c.decodeIfPresent(String.self, forKey: .text)
            html = try c.decodeIfPresent(String.self, forKey: .html)
        }

        private static func stringOrNumber(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> String? {
            if let integer = try? c.decodeIfPresent(Int64.self, forKey: key) { return String(integer) }
            if let integer = try? c.decodeIfPresent(UInt64.self, forKey: key) { return String(integer) }
            // Beyond 64 bits (a 20-digit key), or with a fraction: as a decimal, digit for digit (as
            // a Double, 12345678901234567890123 and …124 were one id, "1.2345678901234568e+22").
            if let number = try? c.decodeIfPresent(Decimal.self, forKey: key) { return "\(number)" }
            if let number = try? c.decodeIfPresent(Double.self, forKey: key) { return "\(number)" }
            return try c.decodeIfPresent(String.self, forKey: key)
        }
    }

    /// Why a line is not a page; every case names the line (1-based).
    public enum Problem: Error, CustomStringConvertible, Equatable {
        case notJSON(line: Int, String)
        case noText(line: Int)
        /// Binary data or mostly control codes.
        case notText(line: Int, String)
        /// An `html` string whose page cannot be read (a corrupt gzip stream…).
        case unreadableHTML(line: Int, String)

        public var line: Int {
            switch self {
            case .notJSON(let line, _), .noText(let line), .notText(let line, _), .unreadableHTML(let line, _): return line
            }
        }

        /// What is wrong, without the line number.
        public var reason: String {
            switch self {
            case .notJSON(_, let why): return "not a JSON record: \(why)"
            case .noText: return "the record has no \"text\" or \"html\" string"
            case .notText(_, let why), .unreadableHTML(_, let why): return why
            }
        }

        public var description: String { "line \(line): \(reason)" }

        /// The problem as the run accounts for it.
        public var skip: PageSkip { PageSkip(line: line, reason: reason) }
    }

    /// Reads the record on one line into a document; `inputStem` names records without an id.
    /// `encoding` (`--encoding`) reads every line in that encoding instead of deciding.
    public func document(line: [UInt8], number: Int, inputStem: String,
                         encoding: DetectedEncoding? = nil) -> Result<Document?, Problem> {
        let decoded: DecodedText
        let record: Record
        switch self.record(line: line, number: number, encoding: encoding) {
        case .success(nil): return .success(nil)
        case .success(let read?): (record, decoded) = read
        case .failure(let problem): return .failure(problem)
        }
        let source = record.id ?? record.url ?? "\(inputStem):\(number)"
        let prefix = record.id ?? "\(inputStem):\(number)"
        if let text = record.text {
            if let why = TextCheck.notTextReason(text: text) { return .failure(.notText(line: number, why)) }
            var document = TextDumpReader().read(text: text, source: source, idPrefix: prefix, url: record.url)
            if decoded.encoding != .utf8 { document.encoding = decoded.encoding.rawValue }
            document.warnings.insert(contentsOf: TextDecoding.warnings(decoded), at: 0)
            return .success(document)
        }
        if let html = record.html {
            do {
                var document = try HTMLDocumentReader().read(bytes: Array(html.utf8), source: source, idPrefix: prefix,
                                                             url: record.url)
                if decoded.encoding != .utf8 { document.encoding = decoded.encoding.rawValue }
                document.warnings.insert(contentsOf: TextDecoding.warnings(decoded), at: 0)
                return .success(document)
            } catch {
                return .failure(.unreadableHTML(line: number, "\(error)"))
            }
        }
        return .failure(.noText(line: number))
    }

    /// The record on one line (nil for a blank line) and the line as decided and decoded.
    func record(line: [UInt8], number: Int, encoding: DetectedEncoding? = nil) -> Result<(Record, DecodedText)?, Problem> {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return .success(nil) }
        let decoded = Self.decode(line, forced: encoding)
        if let scanned = decoded.utf8.withUnsafeBufferPointer({ JSONRecordScanner.scan($0) }) {
            return .success((scanned, decoded))
        }
        // Not the usual flat record (or not JSON): `JSONDecoder` decides, and says why.
        do {
            return .success((try JSONDecoder().decode(Record.self, from: Data(decoded.utf8)), decoded))
        } catch DecodingError.dataCorrupted where decoded.utf8.withUnsafeBufferPointer({ JSONRecordScanner.isObject($0) }) {
            // Valid JSON that `JSONDecoder` calls invalid: a record field nested deeper than it reads.
            let field = decoded.utf8.withUnsafeBufferPointer { JSONRecordScanner.nestedRecordField($0) } ?? "a record field"
            let wanted = field == "id" || field == "url" ? "a string or a number" : "a string"
            return .failure(.notJSON(line: number, "\(field): an array or object nested too deep for JSONDecoder, not \(wanted)"))
        } catch {
            return .failure(.notJSON(line: number, Self.reason(error, decoded.utf8)))
        }
    }

    /// A line's bytes as UTF-8: valid UTF-8 as it is (without a byte order mark); otherwise an
    /// Arabic code page when the line reads as one, else U+FFFD for each invalid byte.
    static func decode(_ line: [UInt8], forced: DetectedEncoding?) -> DecodedText {
        if let forced, forced != .utf8 { return TextDecoding.decode(line, as: forced) }
        let body = TextDecoding.hasUTF8BOM(line) ? Array(line[3...]) : line
        if forced == nil, TextDecoding.utf16BOM(body) == nil { return TextDecoding.decode(body) }
        return TextDecoding.decode(body, as: .utf8)
    }

    /// Why `JSONDecoder` refused the line `utf8`, in plain words: what the line or the field is
    /// («an array, not an object», «text: a number, not a string»), not the decoder's types.
    static func reason(_ error: Error, _ utf8: [UInt8]) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context):
            return context.debugDescription
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let value = try? JSONSerialization.jsonObject(with: Data(utf8), options: [.fragmentsAllowed])
            guard let field = context.codingPath.first?.stringValue else { return "\(kind(value)), not an object" }
            let wanted = field == "id" || field == "url" ? "a string or a number" : "a string"
            return "\(field): \(kind((value as? [String: Any])?[field])), not \(wanted)"
        default:
            return "\(error)"
        }
    }

    /// What a JSON value is, in words: «an array», «null», «a number»…
    static func kind(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: return "null"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        case is String: return "a string"
        case let n as NSNumber: return String(cString: n.objCType) == "c" ? "a boolean" : "a number"
        default: return "a value"
        }
    }
}
