import Foundation
import Glibc

/// A page's bytes as read, not yet decoded: decoding (UTF-8 checks, JSON) happens on the
/// worker threads, so the reading thread only does I/O.
public struct RawPage: Sendable {
    public enum Kind: Sendable {
        case text
        /// An HTML page (gzipped or not).
        case html
        /// A JSONL record, with its line number in the file.
        case jsonl(line: Int)
    }

    public var item: InputItem
    public var bytes: [UInt8]
    public var kind: Kind

    /// The page as a document, `nil` for a blank JSONL line, or why the page (a JSONL record, or
    /// a whole text dump that is not text) is skipped.
    public func decode() -> Result<Document?, JSONLReader.Problem> {
        switch kind {
        case .text:
            let decoded = TextDecoding.decode(bytes, forced: item.encoding)
            if let why = TextCheck.notTextReason(raw: bytes, decoded: decoded) { return .failure(.notText(line: nil, why)) }
            return .success(TextDumpReader().read(fromDecode: decoded, source: item.path, idPrefix: item.stem))
        case .html:
            do {
                return .success(try HTMLDocumentReader().read(bytes: bytes, source: item.path, idPrefix: item.stem))
            } catch {
                return .failure(.unreadable("\(error)"))
            }
        case .jsonl(let line):
            return JSONLReader().document(line: bytes, number: line, inputStem: item.stem, encoding: item.encoding)
        }
    }
}

/// Reads the inputs in order, one page at a time: a text dump is one page, a JSONL file one page
/// per record (streamed, never held whole). Problems are events, not stops.
public final class PageSource {
    public enum Event {
        /// A page of input `item` (its index in the run's inputs).
        case page(item: Int, RawPage)
        /// A record of input `item` that could not be read; the input goes on.
        case warning(item: Int, String)
        /// Input `item` is finished; `failure` says why it stopped early, if it did.
        case itemEnd(item: Int, failure: String?)
        case end
    }

    public let items: [InputItem]
    private var index = 0
    private var stream: LineStream?
    private var handle: FileHandle?
    private var recordNumber = 0
    private var pendingEnd: Int?

    public init(items: [InputItem]) { self.items = items }

    public func next() -> Event {
        if let item = pendingEnd {
            pendingEnd = nil
            index = item + 1
            return .itemEnd(item: item, failure: nil)
        }
        guard index < items.count else { return .end }
        let item = items[index]
        switch item.format {
        case .text:
            do {
                let bytes = try Self.readAll(item)
                pendingEnd = index
                return .page(item: index, RawPage(item: item, bytes: bytes, kind: .text))
            } catch {
                index += 1
                return .itemEnd(item: index - 1, failure: "\(error)")
            }
        case .jsonl:
            if stream == nil {
                do {
                    let handle = try Self.open(item)
                    self.handle = handle
                    stream = LineStream(handle: handle, prefix: item.isStdin ? StandardInput.takePeeked() : [])
                    recordNumber = 0
                } catch {
                    index += 1
                    return .itemEnd(item: index - 1, failure: "\(error)")
                }
            }
            if let line = stream!.next() {
                recordNumber += 1
                return .page(item: index, RawPage(item: item, bytes: line, kind: .jsonl(line: recordNumber)))
            }
            let failure = stream!.error.map { Problem.unreadable(item.path, Self.reason($0)).description }
            if !item.isStdin { try? handle?.close() }
            stream = nil
            handle = nil
            index += 1
            return .itemEnd(item: index - 1, failure: failure)
        case .html:
            do {
                let bytes = try Self.readAll(item, limit: Self.htmlReadLimit)
                pendingEnd = index
                return .page(item: index, RawPage(item: item, bytes: bytes, kind: .html))
            } catch {
                index += 1
                return .itemEnd(item: index - 1, failure: "\(error)")
            }
        }
    }

    public enum Problem: Error, CustomStringConvertible {
        case unreadable(String, String)
        case failed(String)

        public var description: String {
            switch self {
            case .unreadable(let path, let why): return "\(path): cannot read: \(why)"
            case .failed(let why): return why
            }
        }
    }

    static func open(_ item: InputItem) throws -> FileHandle {
        if item.isStdin { return FileHandle.standardInput }
        let fd = FileSystemPath.open(item.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Problem.unreadable(item.path, String(cString: strerror(errno))) }
        return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    /// An HTML page is read up to this many bytes: the reader parses at most
    /// `HTMLParseLimits.maxInputBytes` of it (decompressed), and a gzip stream that gives that
    /// many is at most a little longer. A page of many gigabytes (or a sparse file) is never held.
    static let htmlReadLimit = 2 * HTMLParseLimits().maxInputBytes

    /// The input's bytes, the first `limit` of them when it is longer.
    static func readAll(_ item: InputItem, limit: Int = .max) throws -> [UInt8] {
        if item.isStdin {
            do {
                var bytes = Array(StandardInput.takePeeked().prefix(limit))
                while bytes.count < limit, let chunk = try FileHandle.standardInput.read(upToCount: min(1 << 20, limit - bytes.count)),
                      !chunk.isEmpty {
                    bytes.append(contentsOf: chunk)
                }
                return bytes
            } catch {
                throw Problem.unreadable(item.path, reason(error))
            }
        }
        // POSIX calls straight into one buffer: no Data, no bridging.
        let fd = FileSystemPath.open(item.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Problem.unreadable(item.path, String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Problem.unreadable(item.path, String(cString: strerror(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw Problem.unreadable(item.path, "is a directory") }
        // Read into uninitialised capacity (zeroing it first cost a pass over every page); one
        // byte more than the size tells whether the file grew since `fstat`.
        let expected = min(max(Int(info.st_size), 0), limit - 1) + 1
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, initialized in
            initialized = 0
            while initialized < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + initialized, buffer.count - initialized)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { return }
                initialized += n
            }
        }
        if failure != 0 { throw Problem.unreadable(item.path, String(cString: strerror(failure))) }
        guard bytes.count == expected, bytes.count < limit else { return bytes }
        // The file grew: read on to its end (or the limit).
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < limit {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, min($0.count, limit - bytes.count)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Problem.unreadable(item.path, String(cString: strerror(errno)))
            }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<n])
        }
        return bytes
    }

    /// An I/O error's message ("Is a directory", "Input/output error").
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }

    /// "path: skipped: reason", or "path: line N: skipped: reason" for a JSONL record (as `clean` says it).
    static func skipMessage(_ path: String, _ problem: JSONLReader.Problem) -> String {
        let text = "\(problem)"
        if text.hasPrefix("line "), let colon = text.firstIndex(of: ":") {
            return "\(path): \(text[..<colon]): skipped:\(text[text.index(after: colon)...])"
        }
        return "\(path): skipped: \(text)"
    }

    /// Every page of one input, in order (explain, check, lint); warnings go to `onProblem`.
    public static func forEachPage(of item: InputItem, _ body: (Document) -> Void, onProblem: (String) -> Void) throws {
        let source = PageSource(items: [item])
        while true {
            switch source.next() {
            case .page(_, let raw):
                switch raw.decode() {
                case .success(let document?): body(document)
                case .success(nil): continue
                case .failure(let problem): onProblem(skipMessage(item.path, problem))
                }
            case .warning(_, let message): onProblem(message)
            case .itemEnd(_, let failure?): throw Problem.failed(failure)
            case .itemEnd, .end: return
            }
        }
    }
}
