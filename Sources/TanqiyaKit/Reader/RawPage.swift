/// A page's bytes as read from its input, not yet decoded: what the pipeline takes. Decoding
/// (encodings, JSON, HTML) is the reader stage's work, on the worker threads, so the thread that
/// reads the inputs only does I/O.
public struct RawPage: Sendable {
    /// A text page is read up to this many bytes, the rest dropped with a warning: above the
    /// 50 MB line and the million-line page the reader cleans in linear time, and an input that
    /// never ends (`/dev/zero`, `yes … | tanqiya clean -`) is cut here instead of filling memory.
    /// A JSONL record (one page) longer than this is skipped whole, its line named: a cut record
    /// is no longer JSON, and one endless line would otherwise be held without bound.
    public static let maxTextBytes = 64 << 20

    public enum Kind: Sendable, Equatable {
        /// A text dump: the whole input.
        case text
        /// An HTML page (gzipped or not): the whole input.
        case html
        /// One line of a JSONL input, with its 1-based number.
        case jsonl(line: Int)
    }

    /// The input the page comes from.
    public var item: InputItem
    public var bytes: [UInt8]
    public var kind: Kind
    /// The page as the run's profile pass already read it (`ProfiledPages`): the reader hands it
    /// on instead of reading `bytes` again.
    public var document: Document?
    /// Set when the input was longer than its reader takes: `bytes` are its first this many.
    public var cutAtBytes: Int?
    /// A JSONL record longer than a page is read to: its length in bytes. Its bytes were never
    /// held (`bytes` is empty); the reader skips it.
    public var recordTooLong: Int?

    public init(item: InputItem, bytes: [UInt8], kind: Kind, document: Document? = nil, cutAtBytes: Int? = nil,
                recordTooLong: Int? = nil) {
        self.item = item
        self.bytes = bytes
        self.kind = kind
        self.document = document
        self.cutAtBytes = cutAtBytes
        self.recordTooLong = recordTooLong
    }
}

/// Why a page was not cleaned: a JSONL record that cannot be read (`line` is its number), or a
/// whole input that is not text or cannot be decoded (`line` is nil).
public struct PageSkip: Sendable, Equatable {
    public var line: Int?
    public var reason: String

    public init(line: Int?, reason: String) {
        self.line = line
        self.reason = reason
    }

    /// "path: line N: skipped: reason", or "path: skipped: reason" for a whole input.
    public func message(path: String) -> String {
        line.map { "\(path): line \($0): skipped: \(reason)" } ?? "\(path): skipped: \(reason)"
    }
}
