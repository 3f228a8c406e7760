/// `fallback: generic` (an outlet's rule file that names only what it knows, such as a draft of
/// `tanqiya rules suggest`): after the outlet's rules, the lines they left to the layout's
/// defaults are judged as on a site without rules — the chrome learned from the site, then the
/// generic labeler, which sees the rules' lines as known chrome and chooses the headline. What
/// the rules named stays as they named it (a title found by its repeat, captions, sections, the
/// tail after `ends_body`…); a title that was only the first unnamed line is the generic path's
/// to choose. The page is one article.
struct GenericFallback {
    let layout: ArticleLayout

    /// Whether block `i`'s decision is one of the layout's defaults (nothing named it).
    private func isDefault(_ block: Block, structuralTitle: Bool) -> Bool {
        guard let rule = block.rule else { return false }
        if rule == layout.titleRule || rule == layout.titleRepeatRule { return !structuralTitle }
        return rule == layout.bodyRule || rule == layout.leadRule || rule == layout.headerRule
    }

    /// Relabels the unnamed lines of a page the outlet's rules labelled; returns the article count.
    func label(_ document: inout Document, learned: LearnedChromeLabeler?, generic: GenericLabeler = .standard) -> Int {
        // A title found by its repeat — but a name's length printed twice is an opinion page's
        // columnist (the byline, then the box about him), not a headline (`HeadlineChooser.maxNameWords`).
        let structuralTitle = layout.titleRepeatRule.map { id in document.blocks.contains { $0.rule == id } } ?? false
            && document.blocks.contains { $0.rule == layout.titleRule && $0.key.split(separator: " ").count > HeadlineChooser.maxNameWords }
        let unnamed = document.blocks.map { isDefault($0, structuralTitle: structuralTitle) }
        // The rules' decisions, restored after the generic labeler (which relabels every block).
        let named = document.blocks.indices.filter { !unnamed[$0] && document.blocks[$0].rule != nil }
            .map { (index: $0, label: document.blocks[$0].label, rule: document.blocks[$0].rule, value: document.blocks[$0].value) }
        for i in document.blocks.indices where unnamed[i] {
            document.blocks[i].label = .blank
            document.blocks[i].rule = nil
        }
        let caption = learned?.label(&document) { unnamed[$0] }
        let count = generic.label(&document)
        for decision in named {
            document.blocks[decision.index].label = decision.label
            document.blocks[decision.index].rule = decision.rule
            document.blocks[decision.index].value = decision.value
        }
        // One title: the rules' when they found it by its repeat.
        if structuralTitle {
            for i in document.blocks.indices where unnamed[i] && document.blocks[i].label == .title {
                document.blocks[i].label = .body
            }
        }
        learned?.labelCaption(caption, in: &document)
        return count
    }
}
