import Foundation

/// Pipeline stage 1 for JSONL: one page per line, `{"text": …, "id"?: …, "url"?: …}`, or
/// `{"html": …}` for a raw HTML page.
/// A line that is not such a record is reported with its line number and skipped.
public struct JSONLReader: Sendable {
    public init() {}

    public struct Record: Decodable {
        public var id: String?
        public var url: String?
        public var text: String?
        public var html: String?
    }

    public enum Problem: Error, CustomStringConvertible {
        case notJSON(line: Int, String)
        case noText(line: Int)
        /// A page whose bytes cannot be read (a corrupt gzip stream…).
        case unreadable(String)

        public var description: String {
            switch self {
            case .notJSON(let line, let why): return "line \(line): not a JSON record: \(why)"
            case .noText(let line): return "line \(line): the record has no \"text\" or \"html\" string"
            case .unreadable(let why): return why
            }
        }
    }

    /// Reads the record on one line into a document; `inputStem` names records without an id.
    public func document(line: [UInt8], number: Int, inputStem: String) -> Result<Document?, Problem> {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return .success(nil) }
        let record: Record
        do {
            record = try JSONDecoder().decode(Record.self, from: Data(line))
        } catch {
            return .failure(.notJSON(line: number, Self.reason(error)))
        }
        let source = record.id ?? record.url ?? "\(inputStem):\(number)"
        let prefix = record.id ?? "\(inputStem):\(number)"
        if let text = record.text {
            return .success(TextDumpReader().read(text: text, source: source, idPrefix: prefix, url: record.url))
        }
        if let html = record.html {
            do {
                return .success(try HTMLDocumentReader().read(bytes: Array(html.utf8), source: source, idPrefix: prefix,
                                                              url: record.url))
            } catch {
                return .failure(.unreadable("line \(number): \(error)"))
            }
        }
        return .failure(.noText(line: number))
    }

    static func reason(_ error: Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error { return context.debugDescription }
        if case DecodingError.typeMismatch(_, let context) = error {
            return "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        }
        return "\(error)"
    }
}
