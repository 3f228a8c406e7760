/// Cuts a cleaned document into articles: per article segment, the kept title, paragraphs
/// (lead first), captions, credit and section. A header's section belongs to the first article.
public struct ArticleAssembler: Sendable {
    public init() {}

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
        var articles: [Article] = []
        for draft in drafts.dropFirst() where draft.title != nil || !draft.paragraphs.isEmpty {
            articles.append(Article(id: "\(document.idPrefix)#\(articles.count + 1)", title: draft.title ?? "",
                                    paragraphs: draft.paragraphs, captions: draft.captions,
                                    credit: draft.credit, section: draft.section))
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
