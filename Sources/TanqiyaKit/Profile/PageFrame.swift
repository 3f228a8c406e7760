/// What the profile pass keeps of one page: its URL's host (the site it names, if any) and one
/// signature per line, with the bytes of the lines short enough to be chrome (what a saved
/// profile shows a reviewer), all in one buffer.
public struct PageFrame: Sendable, Equatable {
    public var host: String?
    public var lines: [LineSignature]
    /// The trimmed bytes of every line of at most `LearningTunables.maxChromeBytes` bytes, one after
    /// the other; `textEnds[i]` is where line `i`'s end (a blank or longer line has none).
    var textBytes: [UInt8]
    var textEnds: [UInt32]

    init(host: String?, lines: [LineSignature], textBytes: [UInt8], textEnds: [UInt32]) {
        self.host = host
        self.lines = lines
        self.textBytes = textBytes
        self.textEnds = textEnds
    }

    /// The trimmed text of line `i`, if kept.
    public func text(_ i: Int) -> String? {
        let start = i == 0 ? 0 : Int(textEnds[i - 1])
        let end = Int(textEnds[i])
        return end > start ? String(decoding: textBytes[start..<end], as: UTF8.self) : nil
    }

    /// A frame being filled line by line.
    struct Builder {
        let maxChromeBytes: Int
        var frame: PageFrame

        init(host: String?, lines: Int, _ t: LearningTunables) {
            maxChromeBytes = t.maxChromeBytes
            frame = PageFrame(host: host, lines: [], textBytes: [], textEnds: [])
            frame.lines.reserveCapacity(lines)
            frame.textEnds.reserveCapacity(lines)
        }

        mutating func add(_ line: UnsafeBufferPointer<UInt8>) {
            let signature = LineSignature.of(line, maxShapeBytes: maxChromeBytes)
            frame.lines.append(signature)
            if !signature.isBlank && signature.bytes <= maxChromeBytes { frame.textBytes.append(contentsOf: LineShapes.trimmed(line)) }
            frame.textEnds.append(UInt32(frame.textBytes.count))
        }
    }

    /// The frame of a page's blocks as read (their raw text; nothing classified).
    public init(document: Document, tunables: LearningTunables) {
        var builder = Builder(host: document.url.flatMap(SiteKey.host(of:)), lines: document.blocks.count, tunables)
        for i in document.blocks.indices {
            var raw = document.blocks[i].raw
            raw.withUTF8 { builder.add($0) }
        }
        self = builder.frame
    }

    /// The frame of a text dump's UTF-8 bytes: the lines `TextDumpReader` makes blocks of.
    public init(utf8 text: UnsafeBufferPointer<UInt8>, host: String?, tunables: LearningTunables) {
        var builder = Builder(host: host, lines: 64, tunables)
        TextDumpReader.forEachLine(text, limit: TextDumpReader.maxLines) { builder.add($0) }
        self = builder.frame
    }
}

/// How pages are grouped into sites: by the host of their URL when they have one (JSONL `url`,
/// an HTML page's canonical or og:url), else by their chrome (a *template*: pages that share most
/// of their recurring lines; see `ProfileBuilder`).
public enum SiteKey {
    /// The lower-cased host of an http(s) URL, without a leading "www." (nil for anything else).
    public static func host(of url: String) -> String? {
        var rest = Substring(url)
        guard let scheme = rest.range(of: "://") else { return nil }
        let name = rest[..<scheme.lowerBound].lowercased()
        guard name == "http" || name == "https" else { return nil }
        rest = rest[scheme.upperBound...]
        let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        var host = rest[..<end]
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if let colon = host.lastIndex(of: ":"), !host.hasPrefix("[") { host = host[..<colon] }
        var lower = host.lowercased()
        if lower.hasPrefix("www.") { lower.removeFirst(4) }
        if lower.hasSuffix(".") { lower.removeLast() }
        return lower.isEmpty ? nil : lower
    }
}

extension PageFrame {
    /// A page's frame as the profile pass reads it, with the page's `Document` when it was parsed
    /// into blocks for it (an HTML page, a JSONL record holding HTML) and asked for, and the page's
    /// record number (a JSONL line's, else 0).
    struct Read: Sendable {
        var frame: PageFrame
        var document: Document?
        var record: Int
    }

    /// The frame of a page as read, without building its blocks where the bytes suffice (a text
    /// dump, a JSONL record's text); nil for what the clean pass will skip or not read. With
    /// `framed` false the frame is left empty (the page only counted; its document still read).
    static func read(_ raw: RawPage, tunables: LearningTunables, keepingDocument: Bool, framed: Bool = true) -> Read? {
        switch raw.kind {
        case .text:
            guard framed else { return Read(frame: PageFrame(host: nil, lines: [], textBytes: [], textEnds: []), document: nil, record: 0) }
            let decoded = TextDecoding.decode(raw.bytes, forced: raw.item.encoding)
            let frame = decoded.utf8.withUnsafeBufferPointer { PageFrame(utf8: $0, host: nil, tunables: tunables) }
            return Read(frame: frame, document: nil, record: 0)
        case .jsonl(let line):
            guard case .success(let (record, _)?) = JSONLReader().record(line: raw.bytes, number: line, encoding: raw.item.encoding)
            else { return nil }
            if var text = record.text {
                let host = record.url.flatMap(SiteKey.host(of:))
                return Read(frame: text.withUTF8 { PageFrame(utf8: $0, host: host, tunables: tunables) }, document: nil, record: line)
            }
            guard let document = Self.read(raw) else { return nil }
            return Read(frame: PageFrame(document: document, tunables: tunables), document: keepingDocument ? document : nil, record: line)
        case .html:
            guard let document = Self.read(raw) else { return nil }
            let frame = framed ? PageFrame(document: document, tunables: tunables) : PageFrame(host: nil, lines: [], textBytes: [], textEnds: [])
            return Read(frame: frame, document: keepingDocument ? document : nil, record: 0)
        }
    }

    /// The page as the pipeline's reader reads it (an HTML page, a JSONL record's HTML).
    static func read(_ raw: RawPage) -> Document? {
        var counters = StageCounters()
        guard case .page(let document) = ReaderStage().process(raw, counters: &counters) else { return nil }
        return document
    }
}
