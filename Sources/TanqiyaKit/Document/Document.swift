/// A page flowing through the pipeline: read as blocks, labelled by the classifier, pruned by the
/// deduplicator, cleaned by the normaliser, cut into articles, written.
public struct Document: Sendable {
    /// Where the page came from: the input path as given, or a JSONL record's id or url.
    public var source: String
    /// The prefix of the article ids: the input file's stem, or the JSONL record's id.
    public var idPrefix: String
    public var url: String?
    public var blocks: [Block]
    /// The outlet whose rules classified the page (`nil`: the generic path, written as "unknown").
    public var outlet: String?
    /// That outlet's name (its rule file's `name`), the records' `site_name`.
    public var outletName: String?
    /// Why that outlet was chosen (URL host, content signatures, `--outlet`), for the explain trace.
    public var outletReason: String = ""
    /// The chosen outlet's content signatures that matched (rule ids).
    public var signatures: [String] = []
    /// Number of article segments the classifier found.
    public var articleCount: Int = 0
    /// The articles, assembled after the normaliser.
    public var articles: [Article] = []
    public var warnings: [String] = []
    /// For HTML pages: title, canonical URL, language, publication date from the page's head.
    public var html: HTMLMetadata?
    /// The title when no block is one (the generic path on HTML: the page's og:title or <title>).
    public var fallbackTitle: String?
    /// The generic path on HTML: where the main content was found, for the explain trace.
    public var mainContent: String?
    /// The encoding the page's bytes were read as, when it was not UTF-8.
    public var encoding: String?

    public init(source: String, idPrefix: String, url: String? = nil, blocks: [Block]) {
        self.source = source
        self.idPrefix = idPrefix
        self.url = url
        self.blocks = blocks
    }
}

/// One clean article: what a JSONL record holds.
public struct Article: Sendable, Equatable {
    public var id: String
    public var title: String
    /// Lead or subtitle first, then the body paragraphs.
    public var paragraphs: [String]
    public var captions: [String]
    public var credit: String?
    public var section: String?
    /// The record's optional keys (date, author, lang, site_name), each with its source.
    public var metadata = RecordMetadata()

    public init(id: String, title: String, paragraphs: [String], captions: [String] = [],
                credit: String? = nil, section: String? = nil) {
        self.id = id
        self.title = title
        self.paragraphs = paragraphs
        self.captions = captions
        self.credit = credit
        self.section = section
    }
}
