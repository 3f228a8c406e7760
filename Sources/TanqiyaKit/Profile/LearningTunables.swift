/// Every threshold of site-chrome learning, with its default and why. The defaults are
/// deliberately round numbers: what recurs on a large share of a site's pages is its template;
/// what varies is its articles.
public struct LearningTunables: Sendable, Equatable, Codable {
    /// A site needs this many pages before anything is learned from it: with fewer, a line on
    /// half of them could be a coincidence (a quote repeated in two follow-up stories).
    public var minSitePages = 6
    /// A line is chrome when it is on at least this share of its site's pages (menus, footers and
    /// widget labels are on nearly all; a headline in "related" lists of a 16-page site is on
    /// about 5 of them, 30 %, and must not be learned: it is some page's title).
    public var minLineShare = 0.4
    /// … and on at least this many pages.
    public var minLinePages = 3
    /// A line that reads like article text (`articleWords` words or more) needs this larger share:
    /// a statement quoted in several stories of a site repeats, but it is text.
    public var minTextLineShare = 0.7
    /// Article text, by length: a line of this many words or more, or a sentence (a line ending in
    /// a full stop, or in a colon: a lead-in to verses or points) of `sentenceWords` or more. Never
    /// taken by a learned shape or slot; it ends a slot. Headlines run to 15–20 words but rarely end
    /// in a full stop.
    public var articleWords = 30
    public var sentenceWords = 12
    /// A learned line of at least this many words (and not article text) is headline-like: on the
    /// page where it heads the article text it is that page's title, not chrome. Shorter learned
    /// lines (menu items, widget labels) are *structural*: they delimit the template's slots.
    public var headlineWords = 4
    /// Lines longer than this (UTF-8 bytes) are paragraphs: never learned, never counted, their text
    /// never kept. Bounds the memory per distinct line.
    public var maxChromeBytes = 400
    /// A line or shape is counted per site only when the whole corpus has it on this many pages:
    /// the rest (nearly all article text) costs nothing past the first count.
    public var minPoolPages = 2
    /// Lines of a site on two pages or more but not learned (headlines and teasers that
    /// recirculate in its lists) are kept in the profile, at most this many per site, most
    /// frequent first: inside a slot they never end it, even when they read like text.
    public var maxRecirculatedLines = 5000
    /// A page without a URL joins the template (a site known by its chrome) that already holds at
    /// least this share of its recurring lines …
    public var minTemplateShare = 0.5
    /// … and at least this many of them; otherwise it starts a template of its own.
    public var minTemplateLines = 3
    /// A *slot*: the lines after an anchor line (up to the next anchor) are chrome when, on at
    /// least this share of the pages where they are not empty, they held no article-like line
    /// (a "most read" header followed by changing headlines) …
    public var minSlotListShare = 0.8
    /// … on at least this many pages.
    public var minSlotPages = 3
    /// A headline-like learned line heads the article text when an article-like line follows it
    /// within this many non-blank lines (author, date, share lines and captions between), before any
    /// other headline-like learned line.
    public var titleLookahead = 10
    /// The article's head — title, subtitle, byline, date, caption — is the non-blank lines (at most
    /// this many) before the page's first article-like line that is not recirculated; a slot never
    /// takes them, nor the lines within this many of the text not counting the site's learned
    /// chrome (share buttons, date lines: a tall head still holds its headline).
    public var headLines = 8
    /// A list of headlines (most read, related) has at least this many items in a row; fewer
    /// recirculating lines next to each other are text (the end of an article printed twice).
    public var minListLines = 3
    /// A picture caption in the article's head has at most this many words.
    public var maxCaptionWords = 20
    /// A site puts its pictures' captions by a chrome line (a share row, a photo credit) when a
    /// caption stands by it on at least this share of the pages that have it (see
    /// `ChromeView.caption`).
    public var minCaptionShare = 0.5
    /// Counting tables hold at most this many entries; past it, entries seen on one page only are
    /// dropped (deterministically, so sharded and single runs still agree). ~24 bytes an entry.
    public var tableCapacity = 1 << 21
    /// A corpus of up to this many bytes is profiled whole; beyond it, pages are sampled so that
    /// about `fullProfileBytes` plus `sampleShareBeyond` of the rest are read (`ProfileSample`):
    /// the profile pass then costs at most about an eighth of reading a big corpus, and a site
    /// needs about 8 × `minSitePages` pages in it to be learned.
    public var fullProfileBytes = 16 << 20
    public var sampleShareBeyond = 0.125

    public init() {}

    /// A count read from a profile is at most this: far above any sensible threshold, and small
    /// enough that the arithmetic done with it (`4 * headLines`) cannot overflow.
    static let maxCount = 1 << 40

    /// What is out of range, named as in the profile's JSON: a count below 0 (or 1 where 0
    /// would divide or loop) or above `maxCount`, a share outside 0…1. A profile is a file
    /// handed to the run (`--use-profile`), so its thresholds are checked before use.
    public var problems: [String] {
        let counts: [(String, Int, Int)] = [
            ("min_site_pages", minSitePages, 1), ("min_line_pages", minLinePages, 1), ("article_words", articleWords, 1),
            ("sentence_words", sentenceWords, 1), ("headline_words", headlineWords, 0), ("max_chrome_bytes", maxChromeBytes, 0),
            ("min_pool_pages", minPoolPages, 1), ("max_recirculated_lines", maxRecirculatedLines, 0),
            ("min_template_lines", minTemplateLines, 1), ("min_slot_pages", minSlotPages, 1), ("title_lookahead", titleLookahead, 0),
            ("head_lines", headLines, 0), ("min_list_lines", minListLines, 1), ("max_caption_words", maxCaptionWords, 0),
            ("table_capacity", tableCapacity, 1), ("full_profile_bytes", fullProfileBytes, 0),
        ]
        let shares: [(String, Double)] = [
            ("min_line_share", minLineShare), ("min_text_line_share", minTextLineShare), ("min_template_share", minTemplateShare),
            ("min_slot_list_share", minSlotListShare), ("min_caption_share", minCaptionShare), ("sample_share_beyond", sampleShareBeyond),
        ]
        return counts.compactMap { name, value, least in
            (least...Self.maxCount).contains(value) ? nil : "tunables.\(name) is \(value), not in \(least)…\(Self.maxCount)"
        } + shares.compactMap { name, value in
            (0...1).contains(value) ? nil : "tunables.\(name) is \(value), not in 0…1"
        }
    }
}
