import Glibc

/// Page regions a block can sit inside (its own element or any ancestor).
public struct DOMRegions: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    public static let nav = DOMRegions(rawValue: 1 << 0)        // <nav>, role=navigation
    public static let header = DOMRegions(rawValue: 1 << 1)     // <header>, role=banner
    public static let footer = DOMRegions(rawValue: 1 << 2)     // <footer>, role=contentinfo
    public static let aside = DOMRegions(rawValue: 1 << 3)      // <aside>, role=complementary
    public static let form = DOMRegions(rawValue: 1 << 4)       // <form>
    public static let figure = DOMRegions(rawValue: 1 << 5)     // <figure>
    public static let figcaption = DOMRegions(rawValue: 1 << 6) // <figcaption>
    public static let listItem = DOMRegions(rawValue: 1 << 7)   // inside <li>
    public static let tableCell = DOMRegions(rawValue: 1 << 8)  // inside <td>/<th>
    public static let article = DOMRegions(rawValue: 1 << 9)   // <article>, <main>, role=main
    public static let blockquote = DOMRegions(rawValue: 1 << 10)
}

/// What the HTML reader knows about one text block besides its text. A plain value: the
/// pipeline's block carries it as an optional (text dumps have none).
///
/// The element path (tags, ids, class tokens of the block's element and its ancestors) is not
/// copied into every block: the blocks of a page share one `ElementPaths` store and each names its
/// element in it. The array properties below are built on request.
public struct BlockFeatures: Sendable, Equatable {
    /// Innermost block-level element holding the text ("p", "li", "h2", "td", "div"…).
    public var tag: String
    /// Characters of text (white space collapsed) and of text inside <a>.
    public var charCount: Int
    public var linkCharCount: Int
    /// 1–6 inside h1–h6, else 0.
    public var headingLevel: Int
    public var regions: DOMRegions
    /// Index of the block on its page (0-based, document order).
    public var position: Int
    /// The element path: an entry of the page's store (-1: no element), or arrays given to `init`.
    let paths: ElementPaths
    let entry: Int32

    /// Tags of the open elements from the root down to (and including) `tag`.
    public var tagPath: [String] {
        if let given = paths.given { return given.tagPath }
        return paths.chain(entry).map { paths.tags[Int($0)] }
    }
    /// Page-local ids of the elements in `tagPath` (same order): the same id means the same
    /// element, so blocks can be grouped by container. Not stable across pages.
    public var ancestorIDs: [Int] {
        if let given = paths.given { return given.ancestorIDs }
        return paths.chain(entry).map { paths.ids[Int($0)] }
    }
    /// class, id and itemprop tokens (lower case) of the block element and its ancestors, innermost first.
    public var classTokens: [String] {
        var out: [String] = []
        forEachClassToken { token, _ in out.append(token); return true }
        return out
    }
    /// For each token, the index into `tagPath`/`ancestorIDs` of the element that carries it.
    public var classTokenLevels: [Int] {
        var out: [Int] = []
        forEachClassToken { _, level in out.append(level); return true }
        return out
    }

    public var linkDensity: Double { charCount == 0 ? 0 : Double(linkCharCount) / Double(charCount) }
    public var ownClassTokens: [String] {
        zip(classTokens, classTokenLevels).filter { $0.1 == tagPath.count - 1 }.map(\.0)
    }

    public init(tag: String, tagPath: [String] = [], ancestorIDs: [Int] = [], classTokens: [String] = [],
                classTokenLevels: [Int] = [], charCount: Int, linkCharCount: Int = 0, headingLevel: Int = 0,
                regions: DOMRegions = [], position: Int = 0) {
        self.tag = tag; self.charCount = charCount; self.linkCharCount = linkCharCount
        self.headingLevel = headingLevel; self.regions = regions; self.position = position
        self.paths = ElementPaths(tagPath: tagPath, ancestorIDs: ancestorIDs, classTokens: classTokens,
                                  classTokenLevels: classTokenLevels)
        self.entry = 0
    }

    /// A block of a page whose elements are in `paths` (the reader).
    init(tag: String, paths: ElementPaths, entry: Int32, charCount: Int, linkCharCount: Int, headingLevel: Int,
         regions: DOMRegions, position: Int) {
        self.tag = tag; self.charCount = charCount; self.linkCharCount = linkCharCount
        self.headingLevel = headingLevel; self.regions = regions; self.position = position
        self.paths = paths
        self.entry = entry
    }

    /// Number of ids in the path.
    var pathCount: Int {
        if let given = paths.given { return given.ancestorIDs.count }
        return entry < 0 ? 0 : Int(paths.levels[Int(entry)]) + 1
    }

    /// The class tokens with their levels, innermost element first, until `body` returns false.
    @inline(__always)
    func forEachClassToken(_ body: (String, Int) -> Bool) {
        if let given = paths.given {
            for (token, level) in zip(given.classTokens, given.classTokenLevels) where !body(token, level) { return }
            return
        }
        var e = entry
        while e >= 0 {
            let level = Int(paths.levels[Int(e)])
            for t in Int(paths.tokenStarts[Int(e)])..<Int(paths.tokenStarts[Int(e) + 1])
            where !body(paths.tokens[Int(paths.tokenIDs[t])], level) { return }
            e = paths.parents[Int(e)]
        }
    }

    /// The path's ids and tags (root first) into reusable buffers.
    @inline(__always)
    func path(ids: inout [Int], tags: inout [String]) {
        ids.removeAll(keepingCapacity: true)
        tags.removeAll(keepingCapacity: true)
        if let given = paths.given {
            ids += given.ancestorIDs
            tags += given.tagPath
            return
        }
        var e = entry
        while e >= 0 { ids.append(paths.ids[Int(e)]); tags.append(paths.tags[Int(e)]); e = paths.parents[Int(e)] }
        ids.reverse()
        tags.reverse()
    }

    public static func == (a: BlockFeatures, b: BlockFeatures) -> Bool {
        a.tag == b.tag && a.charCount == b.charCount && a.linkCharCount == b.linkCharCount
            && a.headingLevel == b.headingLevel && a.regions == b.regions && a.position == b.position
            && a.tagPath == b.tagPath && a.ancestorIDs == b.ancestorIDs && a.classTokens == b.classTokens
            && a.classTokenLevels == b.classTokenLevels
    }
}

/// The elements on the paths of a page's blocks: each entry is an element with its parent entry,
/// level (index in the path), page-local id, tag and class tokens. Built by `BlockBuilder` (as a
/// `Table`), immutable afterwards.
final class ElementPaths: Sendable {
    struct Table {
        var tags: [String] = []
        var ids: [Int] = []
        var parents: [Int32] = []
        var levels: [Int32] = []
        /// Entry e's tokens are `tokens[tokenIDs[k]]` for k in `tokenStarts[e] ..< tokenStarts[e + 1]`.
        var tokenStarts: [Int32] = [0]
        var tokenIDs: [Int32] = []
        /// The page's distinct tokens.
        var tokens = TokenInterner()

        /// An entry; its tokens are added with `addToken` right after, before the next entry.
        mutating func add(tag: String, id: Int, parent: Int32) -> Int32 {
            tags.append(tag)
            ids.append(id)
            parents.append(parent)
            levels.append(parent < 0 ? 0 : levels[Int(parent)] + 1)
            tokenStarts.append(Int32(tokenIDs.count))
            return Int32(tags.count - 1)
        }

        /// A class or id token (lower case) of the last entry.
        mutating func addToken(_ bytes: UnsafeBufferPointer<UInt8>) {
            tokenIDs.append(tokens.id(of: bytes))
            tokenStarts[tokenStarts.count - 1] = Int32(tokenIDs.count)
        }
    }

    let tags: [String]
    let ids: [Int]
    let parents: [Int32]
    let levels: [Int32]
    let tokenStarts: [Int32]
    let tokenIDs: [Int32]
    /// The page's distinct class, id and itemprop tokens (`tokenIDs` index them).
    let tokens: [String]
    /// A path given as arrays (the public `BlockFeatures.init`), kept as given.
    let given: Given?

    struct Given {
        var tagPath: [String]
        var ancestorIDs: [Int]
        var classTokens: [String]
        var classTokenLevels: [Int]
    }

    init(_ table: Table) {
        tags = table.tags; ids = table.ids; parents = table.parents; levels = table.levels
        tokenStarts = table.tokenStarts; tokenIDs = table.tokenIDs; tokens = table.tokens.strings
        given = nil
    }

    init(tagPath: [String], ancestorIDs: [Int], classTokens: [String], classTokenLevels: [Int]) {
        tags = []; ids = []; parents = []; levels = []; tokenStarts = [0]; tokenIDs = []; tokens = []
        given = Given(tagPath: tagPath, ancestorIDs: ancestorIDs, classTokens: classTokens, classTokenLevels: classTokenLevels)
    }

    /// Entries from the root to `entry`.
    func chain(_ entry: Int32) -> [Int32] {
        var out: [Int32] = []
        var e = entry
        while e >= 0 { out.append(e); e = parents[Int(e)] }
        return out.reversed()
    }
}

/// Distinct byte strings of a page (class, id and itemprop tokens) numbered in order of first sight; each
/// becomes a `String` once.
struct TokenInterner {
    private var arena: [UInt8] = []
    private var ranges: [(start: Int32, end: Int32)] = []
    private(set) var strings: [String] = []
    private var slots = [Int32](repeating: -1, count: 256)
    private var mask = 255

    mutating func id(of p: UnsafeBufferPointer<UInt8>) -> Int32 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in p { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        while true {
            let id = slots[s]
            if id < 0 { break }
            let r = ranges[Int(id)]
            if Int(r.end - r.start) == p.count
                && arena.withUnsafeBufferPointer({ p.isEmpty || memcmp($0.baseAddress! + Int(r.start), p.baseAddress!, p.count) == 0 }) {
                return id
            }
            s = (s + 1) & mask
        }
        let id = Int32(strings.count)
        let start = Int32(arena.count)
        arena.append(contentsOf: p)
        ranges.append((start, Int32(arena.count)))
        strings.append(String(decoding: p, as: UTF8.self))
        slots[s] = id
        if strings.count * 2 > slots.count { rehash() }
        return id
    }

    private mutating func rehash() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        arena.withUnsafeBufferPointer { a in
            for (id, r) in ranges.enumerated() {
                var h: UInt64 = 0xCBF2_9CE4_8422_2325
                for b in a[Int(r.start)..<Int(r.end)] { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
                var s = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
                while slots[s] >= 0 { s = (s + 1) & mask }
                slots[s] = Int32(id)
            }
        }
    }
}
