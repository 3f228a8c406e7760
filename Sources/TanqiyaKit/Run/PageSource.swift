import Foundation
import Glibc

/// Reads the inputs in order, one page at a time: a text dump is one page, a JSONL file one page
/// per record (streamed, never held whole). Problems are events, not stops.
public final class PageSource {
    public enum Event: Sendable {
        /// A page of input `item` (its index in the run's inputs).
        case page(item: Int, RawPage)
        /// Input `item` is finished; `failure` says why it stopped early, if it did.
        case inputEnd(item: Int, failure: String?)
        case end
    }

    public let items: [InputItem]
    /// Pages the run's profile pass read whole: each comes with its document.
    private let profiled: ProfiledPages?
    private var index = 0
    private var stream: LineStream?
    private var handle: FileHandle?
    private var recordNumber = 0
    private var pendingEnd: Int?

    public init(items: [InputItem], profiled: ProfiledPages? = nil) {
        self.items = items
        self.profiled = profiled
    }

    public func next() -> Event {
        if let item = pendingEnd {
            pendingEnd = nil
            index = item + 1
            return .inputEnd(item: item, failure: nil)
        }
        guard index < items.count else { return .end }
        let item = items[index]
        switch item.format {
        case .text, .html:
            do {
                var bytes = try Self.readAll(item, limit: item.format == .html ? Self.htmlReadLimit : RawPage.maxTextBytes + 1)
                // A gzipped text dump (`page.txt.gz`) is its decompressed text, up to the page
                // limit, and a gzipped HTML page (`.html.gz`) its HTML up to the parser's, one byte
                // more telling it the page was cut (standard input is judged on its first bytes:
                // not decompressed). A damaged stream fails the input here, whatever its kind (an
                // HTML page's was a skipped page: status 0 for a download cut short).
                if !item.isStdin, Gzip.isGzip(bytes) {
                    do {
                        bytes = try Gzip.decompress(bytes, limit: item.format == .html ? HTMLParseLimits().maxInputBytes + 1 : RawPage.maxTextBytes + 1)
                    } catch {
                        throw Problem.unreadable(item.path, "\(error)")
                    }
                }
                var cut: Int?
                if item.format == .text, bytes.count > RawPage.maxTextBytes {
                    bytes.removeLast(bytes.count - RawPage.maxTextBytes)
                    cut = RawPage.maxTextBytes
                }
                pendingEnd = index
                return .page(item: index, RawPage(item: item, bytes: bytes, kind: item.format == .html ? .html : .text,
                                                  document: profiled?.take(item: index, record: 0), cutAtBytes: cut))
            } catch {
                index += 1
                return .inputEnd(item: index - 1, failure: "\(error)")
            }
        case .jsonl:
            if stream == nil {
                do {
                    let handle = try Self.open(item)
                    self.handle = handle
                    stream = LineStream(handle: handle, prefix: item.isStdin ? StandardInput.takePeeked() : [],
                                        maxLineBytes: RawPage.maxTextBytes, utf16: item.encoding)
                    recordNumber = 0
                } catch {
                    index += 1
                    return .inputEnd(item: index - 1, failure: "\(error)")
                }
            }
            switch stream!.next() {
            case .bytes(let line)?:
                recordNumber += 1
                // A UTF-16 input's lines come decoded: UTF-8 now, whatever `--encoding` said.
                var item = item
                if stream!.utf16 != nil { item.encoding = .utf8 }
                return .page(item: index, RawPage(item: item, bytes: line, kind: .jsonl(line: recordNumber),
                                                  document: profiled?.take(item: index, record: recordNumber)))
            case .tooLong(let length)?:
                recordNumber += 1
                return .page(item: index, RawPage(item: item, bytes: [], kind: .jsonl(line: recordNumber), recordTooLong: length))
            case nil: break
            }
            let failure = stream!.error.map { Problem.unreadable(item.path, Self.reason($0)).description }
            if !item.isStdin { try? handle?.close() }
            stream = nil
            handle = nil
            index += 1
            return .inputEnd(item: index - 1, failure: failure)
        }
    }

    public enum Problem: Error, CustomStringConvertible {
        case unreadable(String, String)

        public var description: String {
            switch self {
            case .unreadable(let path, let why): return "\(path): cannot read: \(why)"
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
        if let problem = error as? Gzip.Problem { return problem.description }
        let ns = error as NSError
        if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }
}
