/// What the profile pass keeps of one page: its URL's host (the site it names, if any) and one
/// signature per line, with the text of the lines short enough to be chrome (what a saved
/// profile shows a reviewer).
public struct PageFrame: Sendable, Equatable {
    public var host: String?
    public var lines: [LineSignature]
    /// The trimmed text of each line of at most `LearningTunables.maxChromeBytes` bytes; nil for
    /// blank and longer lines.
    public var texts: [String?]

    public init(host: String?, lines: [LineSignature], texts: [String?]) {
        self.host = host
        self.lines = lines
        self.texts = texts
    }

    /// The frame of a page as read (its blocks' raw text; nothing classified).
    public init(document: Document, tunables: LearningTunables) {
        host = document.url.flatMap(SiteKey.host(of:))
        var lines: [LineSignature] = []
        var texts: [String?] = []
        lines.reserveCapacity(document.blocks.count)
        texts.reserveCapacity(document.blocks.count)
        for i in document.blocks.indices {
            let signature = LineSignature.of(document.blocks[i].raw, maxShapeBytes: tunables.maxChromeBytes)
            lines.append(signature)
            texts.append(signature.isBlank || signature.bytes > tunables.maxChromeBytes
                ? nil : LineShapes.trimmedText(document.blocks[i].raw))
        }
        self.lines = lines
        self.texts = texts
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
