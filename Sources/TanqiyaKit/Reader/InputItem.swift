import Foundation

/// One input named on the command line, or found under a directory named there.
public struct InputItem: Sendable, Equatable {
    public enum Format: String, Sendable, CaseIterable {
        case text, jsonl, html
    }

    /// The path as the user gave it, or as found while walking a directory ("-" for stdin).
    public var path: String
    /// The path relative to the directory it was found under (its file name when given directly):
    /// where `-o DIR/` writes its output.
    public var relativePath: String
    public var format: Format
    /// Read the input in this encoding instead of deciding it (`--encoding`).
    public var encoding: DetectedEncoding?
    /// What its records' ids start with (`ID#n`, or `ID:line#n` for a JSONL record without an
    /// id): its `stem`, unless another input of the run has the same stem
    /// (`uniqueIDPrefixes`).
    public var idPrefix: String

    public init(path: String, relativePath: String, format: Format, encoding: DetectedEncoding? = nil) {
        self.path = path
        self.relativePath = relativePath
        self.format = format
        self.encoding = encoding
        idPrefix = path == "-" ? "stdin" : Self.stem(of: relativePath)
    }

    public var isStdin: Bool { path == "-" }

    /// Whether reading the input leaves it there to be read again: a regular file. Standard
    /// input, a FIFO (`<(…)`) or a device is read once.
    public var isRereadable: Bool {
        var info = stat()
        return !isStdin && FileSystemPath.stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The file name without its directory and its extensions (".txt", ".html.gz"): the id prefix.
    public var stem: String {
        if isStdin { return "stdin" }
        return Self.stem(of: relativePath)
    }

    /// Makes every input's `idPrefix` unique in the run, so no two records share an id and a
    /// `duplicate_of` names one article: an input keeps its stem when no other input has it (the
    /// common case: ids stay `page#1`); inputs that share a stem (`a/page.txt` and `b/page.txt`,
    /// `page.txt` and `page.html`) take their path as given (`a/page.txt#1`, `-` for standard
    /// input); a prefix taken already (the same path named twice) gets `~2`, `~3`… It
    /// depends on the whole input list only, so every shard of a staged run gives the same ids.
    public static func uniqueIDPrefixes(_ items: inout [InputItem]) {
        var stems: [[UInt8]: Int] = [:]
        for item in items { stems[FileSystemPath.bytes(item.idPrefix), default: 0] += 1 }
        var used = Set<[UInt8]>()
        for n in items.indices {
            let wanted = stems[FileSystemPath.bytes(items[n].idPrefix)]! > 1 ? items[n].path : items[n].idPrefix
            var prefix = wanted
            var occurrence = 1
            while !used.insert(FileSystemPath.bytes(prefix)).inserted {
                occurrence += 1
                prefix = "\(wanted)~\(occurrence)"
            }
            items[n].idPrefix = prefix
        }
    }

    /// Dropped from the end of a file name in this order (".txt.gz": ".gz", then ".txt").
    static let stemExtensions = [".gz", ".jsonl", ".ndjson", ".json", ".txt", ".html", ".htm"]
    static let stemExtensionBytes = stemExtensions.map { Array($0.utf8) }

    /// The path's last non-empty component (the whole path if none) without `stemExtensions`, on
    /// its UTF-8 bytes, as the file system sees the path: "/" and "." are single bytes that no
    /// other character's bytes contain. (On the path's Characters, `stem` spent most of its time
    /// on grapheme breaking, and a combining mark could join "/" to a neighbour.)
    static func stem(of path: String) -> String {
        var path = path
        return path.withUTF8 { bytes -> String in
            let slash = UInt8(ascii: "/")
            var end = bytes.count
            // The last non-empty component, as `split(separator:)` finds it; the whole path if none.
            while end > 0, bytes[end - 1] == slash { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != slash { start -= 1 }
            if start == end { (start, end) = (0, bytes.count) }
            for suffix in stemExtensionBytes where end - start > suffix.count
                && bytes[(end - suffix.count)..<end].elementsEqual(suffix) {
                end -= suffix.count
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// The format the first bytes of an input show (standard input has no name): HTML when it
    /// starts (after a byte order mark and white space) with a tag or `<!DOCTYPE`, JSONL when its
    /// first line is a JSON object, a text dump otherwise.
    public static func format(ofContent bytes: [UInt8]) -> Format {
        // UTF-16 with a byte order mark (PowerShell's `>`): judged on its text.
        if let utf16 = TextDecoding.utf16BOM(bytes) {
            return format(ofContent: EncodingDetector.decodeUTF16(bytes[2..<(bytes.count & ~1)], bigEndian: utf16 == .utf16BE).0)
        }
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard start + 1 < bytes.count else { return .text }
        let next = bytes[start + 1]
        let isLetter = (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A
        if bytes[start] == UInt8(ascii: "<"), isLetter || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") { return .html }
        if bytes[start] == UInt8(ascii: "{") {
            guard let newline = bytes[start...].firstIndex(of: 0x0A) else {
                // The first record is longer than the bytes seen (or is all there is).
                if bytes[start...].withUnsafeBufferPointer({ JSONRecordScanner.isObject($0) }) { return .jsonl }
                return next == UInt8(ascii: "\"") || bytes.count >= StandardInput.sniffBytes ? .jsonl : .text
            }
            // Any JSON object, at any depth (JSONSerialization stops at 512 levels).
            if bytes[start..<newline].withUnsafeBufferPointer({ JSONRecordScanner.isObject($0) }) { return .jsonl }
        }
        return .text
    }

    /// Whether a file's first bytes are an HTML document's start (`<!DOCTYPE html` or `<html`,
    /// in any case, after a byte order mark and white space): no text dump starts so, and a web
    /// mirror names its pages `article.php?id=3`, `index` or `page.xhtml`.
    public static func startsHTMLDocument(_ bytes: [UInt8]) -> Bool {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        let head = String(decoding: bytes[start..<min(bytes.count, start + 14)], as: UTF8.self).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }

    /// The format of the regular file at `path`, which its name says is a text dump: HTML when it
    /// starts as an HTML document (`startsHTMLDocument`), else text.
    static func format(ofTextFile path: String) -> Format {
        let fd = FileSystemPath.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .text }  // the reader reports why
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 64)
        let n = read(fd, &head, head.count)
        return n > 0 && startsHTMLDocument(Array(head[..<n])) ? .html : .text
    }

    /// The format a file name implies: `.jsonl`/`.ndjson` records, `.html`/`.htm` pages (each
    /// optionally gzipped: `.jsonl.gz` is read as a stream), anything else a text dump (gzipped
    /// or not: the reader sees gzip's magic number).
    public static func format(ofPath path: String) -> Format {
        let lower = path.lowercased()
        for ext in [".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"] where lower.hasSuffix(ext) { return .jsonl }
        for ext in [".html", ".htm", ".html.gz", ".htm.gz"] where lower.hasSuffix(ext) { return .html }
        return .text
    }
}
