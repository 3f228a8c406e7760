/// Every tunable of the generic extractor, with its default and why. Defaults follow jusText
/// (justext/core.py) where the rule is jusText's; the others were set on the development pages
/// of the scrapinghub benchmark (see bench/html_bench.sh) and are deliberately round numbers.
public struct GenericTunables: Sendable, Equatable {
    /// A block with more link text than this share is boilerplate (jusText MAX_LINK_DENSITY 0.2).
    public var maxLinkDensity = 0.2
    /// Inside the main container a block up to this link density is judged on its text alone
    /// (news paragraphs link names and sources; jusText's 0.2 is meant for the whole page).
    public var maxLinkDensityInContainer = 0.5
    /// Blocks shorter than this (characters) are "short": decided by their neighbours (jusText 70).
    public var lengthLow = 70
    /// Blocks at least this long with enough stop words are "good" (jusText 200).
    public var lengthHigh = 200
    /// Stop-word density below which a block is "bad" (jusText 0.30).
    public var stopwordsLow = 0.30
    /// Stop-word density from which a long block is "good" (jusText 0.32).
    public var stopwordsHigh = 0.32
    /// A short heading followed by a good block within this many characters is kept (jusText 200).
    public var maxHeadingDistance = 200
    /// A page's language is the stop list with most hits, if at least this share of its words hit;
    /// below it (Chinese, Japanese, a language without a list) stop words are not used.
    public var minLanguageStopwordShare = 0.08
    /// Words sampled from the page to choose the language.
    public var languageSampleWords = 1500
    /// Without a stop list, a block this long and link-free counts as good, half of it as near-good.
    public var lengthHighWithoutStoplist = 120
    /// A DOM hint (nav/footer/aside/form/header, boilerplate class) is ignored on an element that
    /// holds more than this share of the page's text: it is a wrapper, not a page part
    /// (ASP.NET pages wrap the whole body in <form>).
    public var maxHintedRegionShare = 0.5
    /// Main-container score: weight of near-good text relative to good text.
    public var nearGoodWeight = 0.5
    /// Main-container score: how strongly hinted boilerplate text inside an element lowers its
    /// score (the score is multiplied by 1 - badWeight x hinted share).
    public var badWeight = 1.0
    /// Main-container score: factor for text under an element with a positive class hint.
    public var positiveHintBoost = 1.25
    /// Among containers scoring at least this share of the best, the deepest is chosen.
    public var containerTieShare = 0.98
    /// The main container must hold at least this share of the page's content text, else the whole
    /// page is used (pages without one dominant region: lists, forums).
    public var minContainerGoodShare = 0.35
    /// Text-dump lines (no DOM): lines at least this long are kept unless links say otherwise;
    /// shorter ones follow their neighbours. Conservative: article text is kept.
    public var plainTextKeepLength = 30

    public init() {}
}
