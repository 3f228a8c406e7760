/// jusText's paragraph classes.
public enum ParagraphClass: String, Sendable, Equatable {
    case good, nearGood = "near-good", short, bad
}

/// Rule ids, shown by `tanqiya explain` and counted in stats.
public enum GenericRule {
    public static let linkDensity = "generic.link-density"
    public static let copyright = "generic.copyright"
    public static let tooShort = "generic.too-short"
    public static let shortWithLinks = "generic.short-with-links"
    public static let stopwordDensityHigh = "generic.stopword-density-high"
    public static let stopwordDensityMedium = "generic.stopword-density-medium"
    public static let stopwordDensityLow = "generic.stopword-density-low"
    public static let lengthWithoutStoplist = "generic.length-no-stoplist"
    public static let domNav = "generic.dom-nav"
    public static let domHeader = "generic.dom-header"
    public static let domFooter = "generic.dom-footer"
    public static let domAside = "generic.dom-aside"
    public static let domForm = "generic.dom-form"
    public static let domClass = "generic.dom-class"
    /// A weak class/id word (DOMHints): boilerplate unless its region holds most of the page's content.
    public static let domClassWeak = "generic.dom-class-weak"
    public static let outsideMain = "generic.outside-main"
    /// How the main content was found (MainContentFinder): the best candidate and its siblings…
    public static let mainCandidate = "generic.main-candidate"
    /// …the element holding the page's stated article body (JSON-LD articleBody)…
    public static let mainStructured = "generic.main-structured"
    /// …or none, and the whole page is classified: no paragraph anywhere…
    public static let mainNone = "generic.main-none"
    /// …the best candidate holds too little text…
    public static let mainTooShort = "generic.main-too-short"
    /// …or mostly links.
    public static let mainLinkHeavy = "generic.main-link-heavy"
    /// A DOM hint void on a wrapper of most of the page's text (explain header)…
    public static let hintVoidWrapper = "generic.hint-void-wrapper"
    /// …or a weak hint void on an element holding most of the page's good text.
    public static let hintVoidContent = "generic.hint-void-content"
    /// Inside the main content, between its first and last good block: kept (lists, tables, headings).
    public static let articleSpan = "generic.article-span"
    /// Inside the main content, after a related list's header, the teasers it lists (their
    /// descriptions too: `CandidateScorer.Scores.teasers`).
    public static let teaserList = "generic.teaser-list"
    /// A date line by the headline or in the main content's fringes: the page's dateline.
    public static let dateLine = "generic.date-line"
    /// Text of a <figure> or <figcaption> inside the main content: a caption, not body.
    public static let figureCaption = "generic.figure-caption"
    /// Text of an element named a caption inside the main content (WordPress' `.wp-caption-text`,
    /// Blogger's `td.tr-caption`, a `div.photo-caption`): a caption, not body and not dropped.
    public static let captionClass = "generic.caption-class"
    public static let containerNearGood = "generic.container-near-good"
    public static let headingBeforeGood = "generic.context-heading-before-good"
    public static let goodNeighbours = "generic.context-good-neighbours"
    public static let badNeighbours = "generic.context-bad-neighbours"
    public static let nearGoodNeighbour = "generic.context-near-good-neighbour"
    public static let mixedNeighbours = "generic.context-mixed-neighbours"
    public static let title = "generic.title"
    public static let titleH1 = "generic.title-h1"
    public static let titleAboveText = "generic.title-above-text"
    public static let plainTextKeep = "generic.plain-keep"
    /// A text dump without a title block: its first kept line, when it reads as a headline.
    public static let firstLineTitle = "generic.first-line-title"
}

/// What the generic labeler decided about a block: body, title or boilerplate, and why.
public struct BlockDecision: Sendable, Equatable {
    public var label: Label
    /// The rule that settled the label.
    public var rule: String
    /// Class from the block alone, and after context.
    public var contextFreeClass: ParagraphClass
    public var finalClass: ParagraphClass
    /// A credit line's value (the text after its label), for the record's `credit`.
    public var value: String? = nil
}

/// The generic labeler's answer for one page.
public struct GenericExtraction: Sendable, Equatable {
    public var title: String?
    /// Body blocks' text, in order.
    public var paragraphs: [String]
    /// One decision per input block, same order.
    public var decisions: [BlockDecision]
    /// Stop list used (nil: none matched the page, length rules only).
    public var language: String?
    /// Page-local id of the element chosen as main content (nil: whole page / no DOM).
    public var mainContainerID: Int?
    /// HTML pages: the main content's element and the rule that chose it, or "whole page (rule)".
    public var mainContent: String?

    public init(title: String?, paragraphs: [String], decisions: [BlockDecision], language: String?,
                mainContainerID: Int?, mainContent: String? = nil) {
        self.title = title; self.paragraphs = paragraphs; self.decisions = decisions
        self.language = language; self.mainContainerID = mainContainerID; self.mainContent = mainContent
    }

    public var text: String { paragraphs.joined(separator: "\n") }
}
