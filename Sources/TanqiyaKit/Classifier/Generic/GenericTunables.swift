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
    /// A page whose letters are at least this share in scripts written without spaces between
    /// words (Chinese, Japanese, Thai…) has no stop-list language, whatever Latin words it quotes:
    /// its space-separated tokens are not words (jusText's language-independent mode).
    public var maxUnspacedScriptShare = 0.5
    /// Letters sampled from the page for that share.
    public var languageSampleLetters = 8000
    /// Without a stop list, a block this long and link-free counts as good, half of it as near-good.
    public var lengthHighWithoutStoplist = 120
    /// A DOM hint (nav/footer/aside/form/header, boilerplate class) is ignored on an element that
    /// holds more than this share of the page's text: it is a wrapper, not a page part
    /// (ASP.NET pages wrap the whole body in <form>).
    public var maxHintedRegionShare = 0.5
    /// A weak class/id hint (paywall, header, more…) is ignored on an element holding at least this
    /// share of the page's good text: boilerplate does not hold most of a page's prose, an article
    /// wrapper named so by its site does.
    public var weakHintVoidContentShare = 0.5
    /// A strong class hint (date, meta, comment…) is ignored on an element when the innermost
    /// positively named element holding the most text of the page is inside it and holds at least
    /// this share of its text: it wraps the article's body (the rest being the headline, byline,
    /// date, share row and tags printed around a body).
    public var articleBodyWrapperShare = 0.6

    // Main content: readability's candidate scoring (CandidateScorer, Readability.js's defaults).
    /// Blocks shorter than this (characters) are not paragraphs and score nothing (readability 25).
    public var minParagraphChars = 25
    /// A paragraph scores 1, plus 1 per comma, plus 1 per this many characters…
    public var paragraphLengthUnit = 100
    /// …at most this many times (readability: 3).
    public var paragraphLengthBonusCap = 3
    /// A paragraph's score reaches its holder and this many elements in all, going up; the k-th
    /// gets 1/1, 1/2, then 1/(3k) of it (readability: 5 levels).
    public var candidateAncestorLevels = 5
    /// Added to a candidate's score by its tag (readability's initial scores): wrappers of prose
    /// up, lists, forms and headings down.
    public var candidateTagWeights: [String: Double] = [
        "div": 5, "pre": 3, "td": 3, "blockquote": 3,
        "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3,
        "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5,
    ]
    /// A candidate with a positive hint (<article>, <main>, a content/story class) scores this many
    /// times more. readability adds 25 to a score of a few points per paragraph; a factor keeps a
    /// small positively named wrapper (a title box) from beating the article.
    public var positiveHintFactor = 1.5
    /// Going up from the best candidate, an ancestor scoring below this share of it ends the climb;
    /// one scoring more than the element below it is taken (readability: a third).
    public var climbScoreShare = 1.0 / 3
    /// Siblings of the top candidate join it when they score at least this share of it…
    public var siblingScoreShare = 0.2
    /// …and at least this much (readability: 10)…
    public var siblingMinScore = 10.0
    /// …or are a paragraph (no child elements) longer than this with less link text than this
    /// share: a lede or standfirst printed beside the body's wrapper (readability: 80, 0.25).
    public var siblingParagraphChars = 80
    public var siblingMaxLinkDensity = 0.25
    /// A teaser (a linked headline and its description, `CandidateScorer.Scores.teasers`) holds
    /// at most this many characters: a sentence or two; a listicle's item under a linked heading
    /// says more.
    public var maxTeaserChars = 400
    /// Structured evidence (JSON-LD articleBody): used when it matches at least this much text on
    /// the page (characters)…
    public var minStructuredChars = 200
    /// …and the candidate holds less than this share of the matched text; the element then taken
    /// is the deepest holding at least `structuredElementCoverage` of it.
    public var minStructuredCoverage = 0.5
    public var structuredElementCoverage = 0.8
    /// Without an h1 above the main content, date lines are looked for in this many blocks above
    /// it (the article's header: byline and date sit right above the text).
    public var dateLineBlocksAboveMain = 8
    /// Inside the main content's span, a lone date line is the dateline only among its first this
    /// many blocks after the span's start (headline, byline, date); further down it is content.
    public var datelineHeadItems = 3
    /// Fallback to the whole page: main content with less text than this (characters) is not an
    /// article body (a title box, a lone caption)…
    public var minMainChars = 100
    /// …nor is one with more link text than this share (a list of links).
    public var maxMainLinkDensity = 0.5

    /// Text-dump lines (no DOM): lines at least this long are kept unless links say otherwise;
    /// shorter ones follow their neighbours. Conservative: article text is kept.
    public var plainTextKeepLength = 30

    public init() {}
}
