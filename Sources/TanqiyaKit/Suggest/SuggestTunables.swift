/// Every threshold of `tanqiya rules suggest` (drafting an outlet's rule file from a sample of its
/// pages), with its default and why. What is learned at all is `LearningTunables`' business (the
/// same profile pass `clean` runs); these decide which of it becomes a rule, and how.
public struct SuggestTunables: Sendable, Equatable {
    /// A host joins `detect.hosts` when this share of the site's pages name it (their URL, or the
    /// address a copy-link line prints): a page printing a host of no outlet is never given an
    /// outlet's rules, so the outlet must own its host.
    public var minHostShare = 0.5
    /// A signature is a line on at least this share of the site's pages: the outlet is recognised
    /// by what nearly every page prints (its masthead, its footer), not by what half of them do.
    public var minSignatureShare = 0.8
    /// … and on at most this share of the other sites' pages in the sample (zero: a line another
    /// site prints too tells nothing).
    public var maxSignatureShareElsewhere = 0.0
    /// At most this many signatures go into the draft (each of weight 1): enough that a page
    /// missing one of them (a redesigned footer) is still recognised by two others.
    public var maxSignatures = 4
    /// The article's title is printed again (`title_repeat`) when at least this share of the pages
    /// with a title print it a second time within `maxTitleRepeatDistance` non-blank lines.
    public var minTitleRepeatShare = 0.6
    public var maxTitleRepeatDistance = 12
    /// A caption structure (`after-title-repeat`, `printed-twice`, a line above a chrome line) is
    /// drafted when the pages show it on at least `minCaptionPages` pages and this share of the
    /// pages where it could be seen.
    public var minCaptionShare = 0.6
    public var minCaptionPages = 3
    /// A chrome line ends the article's body (`ends_body`: what follows is the page's tail) when it
    /// is the first chrome after the article's text on at least this share of the site's pages and
    /// never stands above the text's last line.
    public var minEndsBodyShare = 0.6
    /// A slot becomes a section when a list followed its line on at least this share of the pages
    /// that have the line, and the line never stood above the article's text (a section runs until
    /// its end line: before the text it could take the article).
    public var minSectionShare = 0.6
    /// Lines the pages drop that begin alike («بوابة الجبل - …», «مراسل … - …») become a prefix rule
    /// when at least this many pages and `LearningTunables.minLineShare` of the site's pages show
    /// such a line, and no kept line of any sample page begins so.
    public var minPrefixPages = 3
    /// A prefix is at most this many words (a label, a site name and its separator).
    public var maxPrefixWords = 4
    /// Lines with a number (a year in a footer, a count) change with time: such a line is drafted
    /// as the prefix before its first digit when that prefix has at least this many words.
    public var minNumberPrefixWords = 2

    public init() {}
}
