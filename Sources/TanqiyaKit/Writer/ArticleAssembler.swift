/// Cuts a cleaned document into articles: per article segment, the kept title, paragraphs
/// (lead first), captions, credit and section, and the record's metadata (`MetadataResolver`:
/// date, author, language, site name). A header's section belongs to the first article.
public struct ArticleAssembler: Sendable {
    public let metadata: MetadataResolver

    public init(metadata: MetadataResolver = .standard) { self.metadata = metadata }

    /// The language is detected from about this much of the page's text (the detector reads less).
    static let languageSampleBytes = 4096

    public func assemble(_ document: inout Document) {
        guard document.articleCount > 0 else { document.articles = []; return }
        var drafts = Array(repeating: Draft(), count: document.articleCount + 1)
        // Fields read in place (`for block in blocks` would copy every kept block).
        let blocks = document.blocks
        for i in blocks.indices where blocks[i].isKept {
            let n = blocks[i].article
            guard let text = blocks[i].clean, !text.isEmpty else { continue }
            switch blocks[i].label {
            case .title where drafts[n].title == nil: drafts[n].title = blocks[i].value ?? text
            case .lead, .body: drafts[n].paragraphs.append(text)
            case .caption: drafts[n].captions.append(text)
            case .credit where drafts[n].credit == nil: drafts[n].credit = blocks[i].value ?? text
            case .section where drafts[n].section == nil: drafts[n].section = blocks[i].value ?? text
            default: break
            }
        }
        if drafts[1].title == nil { drafts[1].title = document.fallbackTitle }
        if drafts[1].section == nil { drafts[1].section = drafts[0].section }
        if drafts[1].credit == nil { drafts[1].credit = drafts[0].credit }
        // The page's metadata, from its markup and the start of its text (the language sample).
        var sample: [String] = []
        var sampled = 0
        for draft in drafts.dropFirst() where sampled < Self.languageSampleBytes {
            for text in (draft.title.map { [$0] } ?? []) + draft.paragraphs where sampled < Self.languageSampleBytes {
                sample.append(text)
                sampled += text.utf8.count
            }
        }
        let page = metadata.page(document, sampleText: sample)
        let dayFirst = !(page.language?.value == "en" || page.language?.value == "en-US")
        var articles: [Article] = []
        for (n, draft) in drafts.enumerated().dropFirst() where draft.title != nil || !draft.paragraphs.isEmpty {
            var article = Article(id: "\(document.idPrefix)#\(articles.count + 1)", title: draft.title ?? "",
                                  paragraphs: draft.paragraphs, captions: draft.captions,
                                  credit: draft.credit, section: draft.section)
            article.metadata = page
            if page.date == nil {
                // The article's own date line; the first article also looks in the page's header.
                article.metadata.date = metadata.dateLine(blocks, article: n, orHeader: n == 1, dayFirst: dayFirst)
            }
            articles.append(article)
        }
        document.articles = articles
    }

    private struct Draft {
        var title: String?
        var paragraphs: [String] = []
        var captions: [String] = []
        var credit: String?
        var section: String?
    }
}
