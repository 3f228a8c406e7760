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
public struct BlockFeatures: Sendable, Equatable {
    /// Innermost block-level element holding the text ("p", "li", "h2", "td", "div"…).
    public var tag: String
    /// Tags of the open elements from the root down to (and including) `tag`.
    public var tagPath: [String]
    /// Page-local ids of the elements in `tagPath` (same order): the same id means the same
    /// element, so blocks can be grouped by container. Not stable across pages.
    public var ancestorIDs: [Int]
    /// class and id tokens (lower case) of the block element and its ancestors, innermost first.
    public var classTokens: [String]
    /// For each token, the index into `tagPath`/`ancestorIDs` of the element that carries it.
    public var classTokenLevels: [Int]
    /// Characters of text (white space collapsed) and of text inside <a>.
    public var charCount: Int
    public var linkCharCount: Int
    /// 1–6 inside h1–h6, else 0.
    public var headingLevel: Int
    public var regions: DOMRegions
    /// Index of the block on its page (0-based, document order).
    public var position: Int

    public var linkDensity: Double { charCount == 0 ? 0 : Double(linkCharCount) / Double(charCount) }
    public var ownClassTokens: [String] {
        zip(classTokens, classTokenLevels).filter { $0.1 == tagPath.count - 1 }.map(\.0)
    }

    public init(tag: String, tagPath: [String] = [], ancestorIDs: [Int] = [], classTokens: [String] = [],
                classTokenLevels: [Int] = [], charCount: Int, linkCharCount: Int = 0, headingLevel: Int = 0,
                regions: DOMRegions = [], position: Int = 0) {
        self.tag = tag; self.tagPath = tagPath; self.ancestorIDs = ancestorIDs; self.classTokens = classTokens
        self.classTokenLevels = classTokenLevels; self.charCount = charCount; self.linkCharCount = linkCharCount
        self.headingLevel = headingLevel; self.regions = regions; self.position = position
    }
}

/// A text block as the reader hands it on: text plus, for HTML, its features.
public struct TextBlock: Sendable, Equatable {
    public var text: String
    public var features: BlockFeatures?
    public init(text: String, features: BlockFeatures? = nil) { self.text = text; self.features = features }
}
