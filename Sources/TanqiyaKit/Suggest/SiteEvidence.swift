/// What a site's sample pages show, read the way `clean` reads them with learning on (the learned
/// chrome, then the generic path): where each recurring line and shape stands relative to the
/// article, how the pages labelled it, and the article's own structure (a title printed twice,
/// captions). `RuleDrafter` turns it into rules; every rule's comment quotes it.
public struct SiteEvidence: Sendable, Equatable {
    /// Pages of the site read.
    public var pages = 0
    /// Pages with a title, and their titles' words (a rule that claims short lines before the
    /// title must not claim a title).
    public var titledPages = 0
    /// Pages where the title is printed again below it, and the largest distance seen (non-blank lines).
    public var titleRepeatPages = 0
    public var maxTitleRepeatDistance = 0
    /// Of those, pages where the line right after the repeat (no blank between) is the picture caption.
    public var captionAfterRepeatPages = 0
    /// Pages with a caption printed twice in a row, and pages with a caption at all.
    public var captionTwicePages = 0
    public var captionPages = 0
    /// The URL host of the site's pages (the record's URL, else the address a copy-link line
    /// prints), and on how many pages.
    public var hosts: [String: Int] = [:]
    /// Recurring lines (by their text, as the profile stores it) and shapes (by the shape's text).
    public var lines: [String: Item] = [:]
    public var dateShapes: [String: Item] = [:]
    public var labelShapes: [String: Item] = [:]
    /// Lines the pages drop that no learned line or shape takes, by their first word: the
    /// candidates of prefix rules.
    public var dropped: [String: DroppedLines] = [:]
    /// The first words (1 to `SuggestTunables.maxPrefixWords`) of every line kept as text, title
    /// or caption on some page: a prefix that begins one of them is never drafted.
    public var keptPrefixes: Set<String> = []
    /// The other pages of the sample (other sites), and on how many of them each of this site's
    /// recurring lines stands.
    public var otherPages = 0
    public var linesElsewhere: [String: Int] = [:]

    public init() {}

    /// Where an item stood on one page, relative to the article.
    public enum Position: Sendable, Equatable {
        /// Before the article's title (the page's header).
        case above
        /// Between the title and the text (the article's head: byline, date, caption, tools).
        case head
        /// Among the article's paragraphs.
        case within
        /// After the article's last paragraph.
        case below
    }

    /// What the pages show about one recurring line or shape (counted once per page, at its first
    /// place on the page).
    public struct Item: Sendable, Equatable {
        public var pages = 0
        public var above = 0, head = 0, within = 0, below = 0
        /// How the pages labelled it.
        public var labels: [Label: Int] = [:]
        /// Pages where it stood beside a headline of the site's lists (a line on several pages, not
        /// learned), or was a page's title: a headline, not the template.
        public var listed = 0
        /// Pages where it was the first line after the article's last paragraph.
        public var firstAfterText = 0
        /// Pages where a paragraph of the article stood right above it.
        public var textAbove = 0
        /// Pages where the article's picture caption stood right above it.
        public var captionAbove = 0
        /// Pages where a list (a slot: lines no rule names, other articles' headlines) followed
        /// it, and the recurring line that ended that list on each ("" when the list ran to the
        /// page's end or to the article).
        public var slotPages = 0
        public var slotEnds: [String: Int] = [:]
        /// The fewest non-blank lines such a list took on a page (from the line to the list's last).
        public var minSlotSpan: Int?
        /// An example of the line (for a shape: the first line seen with it).
        public var example = ""

        public init() {}

        mutating func count(_ position: Position) {
            switch position {
            case .above: above += 1
            case .head: head += 1
            case .within: within += 1
            case .below: below += 1
            }
        }

        /// The label the pages gave it most often (ties: the label's order), nil when none.
        public var label: Label? {
            labels.max { a, b in a.value < b.value || (a.value == b.value && Label.ordinal(a.key) > Label.ordinal(b.key)) }?.key
        }
    }

    /// Dropped lines that begin with the same word.
    public struct DroppedLines: Sendable, Equatable {
        public var pages = 0
        /// The lines' words (normalised), up to `SuggestTunables.maxPrefixWords` + 1 each, one
        /// entry per page (the first such line of the page).
        public var starts: [[String]] = []
        public var labels: [Label: Int] = [:]
        public var above = 0

        public init() {}
    }
}
