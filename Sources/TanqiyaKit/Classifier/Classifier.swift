/// Pipeline stage 2: names the outlet, then labels every block and numbers the articles. What
/// decides a line, in order: the outlet's rules (`RuleLabeler`); then the chrome learned from the
/// page's site (`LearnedChromeLabeler`: on an outlet's page only its lines and shapes, on the
/// lines its rules left to a zone's default); then, on an outlet's page, the generic chrome
/// phrases and shapes on the lines still left to a default (a layout its rule file does not know
/// yet), the numbers alone among them (a gallery's counter and its caption, a numbered list),
/// what those chrome lines open or frame (a list's items, a box's blurb), a match's box, short
/// lines between chrome lines (jusText's bad neighbours) and Latin lines on an Arabic page
/// (`OutletPageChrome`) — or, when its
/// rules say `fallback: generic` or the page is in a layout they do not know (its URL host named
/// the outlet, its signatures did not: `GenericFallback`), the whole generic path
/// (`GenericLabeler`) on those lines — and on a page of no outlet the whole generic path for the rest. Lines labelled
/// as anything but article text or metadata are dropped.
public struct Classifier: PipelineStage {
    public let detector: OutletDetector
    public let learned: LearnedChromeLabeler?

    public init(rules: RuleSet, forcedOutlet: String? = nil, learned: LearnedChromeLabeler? = nil) {
        self.init(detector: OutletDetector(rules: rules, forced: forcedOutlet), learned: learned)
    }

    init(detector: OutletDetector, learned: LearnedChromeLabeler?) {
        self.detector = detector
        self.learned = learned.flatMap { $0.isEmpty ? nil : $0 }
    }

    public var name: String { "classifier" }

    /// On an outlet's page, a sentence its rules left to a zone's default is looked at as
    /// chrome (a call, a notice) only up to this many bytes (about twenty Arabic words).
    static let maxNoticeBytes = 240

    public func process(_ input: consuming Document, counters: inout StageCounters) -> Document {
        var document = consume input
        classify(&document)
        counters.pagesIn += 1
        counters.pagesOut += 1
        counters.linesDropped += document.blocks.withUnsafeBufferPointer { blocks in
            // Fields read in place: `for block in blocks` would copy every block.
            var dropped = 0
            for i in blocks.indices where blocks[i].label != .blank && !blocks[i].isKept { dropped += 1 }
            return dropped
        }
        return document
    }

    public func classify(_ document: inout Document) {
        // The key: each line as the rules match it (default-normalised, trimmed; a short line
        // without its zero-width characters, `MatchingFold`: the lossless text is kept; a line
        // that shows nothing, however long, has an empty key: it is blank).
        for i in document.blocks.indices where document.blocks[i].key.isEmpty {
            let key = Normalizer.matching.normalize(document.blocks[i].raw)
            if MatchingFold.isInvisible(key) { continue }
            if let folded = MatchingFold.fold(key) {
                document.blocks[i].unfoldedKey = key
                document.blocks[i].key = folded
            } else {
                document.blocks[i].key = key
            }
        }
        let decision = detector.detect(blocks: document.blocks, url: document.url)
        document.outletReason = decision.reason
        document.signatures = decision.signatures
        if let outlet = decision.outlet {
            document.outlet = outlet.id
            document.outletName = outlet.name
            var labeler = RuleLabeler(rules: outlet)
            document.articleCount = labeler.label(&document.blocks)
            // A layout the rules do not know (the URL host named the outlet, its signatures did
            // not): what the rules name stays theirs, the rest is the generic path's, as with
            // `fallback: generic`.
            if outlet.article.fallback == .generic || !decision.layoutKnown {
                document.articleCount = GenericFallback(layout: outlet.article).label(&document, learned: learned)
                return
            }
            let (bodyRule, leadRule, tailRule) = (outlet.article.bodyRule, outlet.article.leadRule, outlet.article.tailRule ?? "")
            // Fields read in place (`blocks.map { $0… }` would copy every block); the rule
            // compared with the three defaults (no hashing: this runs several times per line).
            func leftToDefault(_ i: Int) -> Bool {
                guard document.blocks[i].label.isText else { return false }
                let rule = document.blocks[i].rule ?? ""
                return rule == bodyRule || rule == leadRule || rule == tailRule
            }
            if let learned {
                let eligible = document.blocks.indices.map(leftToDefault)
                learned.label(&document, scope: .linesAndShapes) { eligible[$0] }
            }
            // Dates, authors, read-more, share and menu lines; and, wherever they stand, calls and
            // notices written as a short sentence («اشترك في نشرتنا البريدية لتصلك أهم الأخبار كل
            // صباح.», «هذا الخبر قيد التحديث.»), as on the generic path. (A longer paragraph is
            // not cut into words: that would cost more than the rest of the page.)
            let defaulted = document.blocks.indices.map(leftToDefault)
            let stillDefault = document.blocks.indices.map {
                defaulted[$0] && (document.blocks[$0].key.utf8.count <= Self.maxNoticeBytes
                                  || !GenericLabeler.isSentence(document.blocks[$0].key))
            }
            // The page's language from all its lines (the looked-at ones may be mostly Latin
            // widgets: an embed's frame, a player's notice).
            let arabicPage = OutletPageChrome.isArabicPage(document.blocks)
            let lookedAt = document.blocks.indices.map {
                stillDefault[$0] || (arabicPage && defaulted[$0] && OutletPageChrome.isLatinOnly(document.blocks[$0].key))
            }
            let headers = GenericLabeler.labelChromeLines(&document, lists: .embedded, arabicPage: arabicPage) { lookedAt[$0] }
            // Numbers alone on their lines: a gallery's counter (and the caption after it; in
            // words too: «الصورة 2 من 8»), a numbered list's number and item.
            let left = document.blocks.indices.map(leftToDefault)
            GenericLabeler.labelNumberedLines(&document) { left[$0] }
            // What the chrome lines open or frame: a list's items, a box's lines; a match's box,
            // short lines between chrome lines; Latin lines.
            let unnamed = document.blocks.indices.map(leftToDefault)
            OutletPageChrome.label(&document, leftToDefault: unnamed, headers: headers, arabicPage: arabicPage)
        } else {
            document.outlet = nil
            document.outletName = nil
            let caption = learned?.label(&document) { _ in true }
            document.articleCount = GenericLabeler.standard.label(&document)
            learned?.labelCaption(caption, in: &document)
        }
    }
}
