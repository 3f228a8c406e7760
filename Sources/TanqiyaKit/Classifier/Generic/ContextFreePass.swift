/// jusText's context-free pass: one flat ladder of rules on a block's own shallow features.
struct ContextFreePass {
    let t: GenericTunables

    struct Input {
        var chars: Int
        var linkDensity: Double
        var words: Int
        var stopwords: Int
        var hasStoplist: Bool
        var text: String
    }

    func classify(_ b: Input) -> (ParagraphClass, String) {
        if b.linkDensity > t.maxLinkDensity { return (.bad, GenericRule.linkDensity) }
        if Self.hasCopyrightSign(b.text) { return (.bad, GenericRule.copyright) }
        if !b.hasStoplist {
            if b.chars < t.lengthLow / 2 { return b.linkDensity > 0 ? (.bad, GenericRule.shortWithLinks) : (.short, GenericRule.tooShort) }
            if b.chars >= t.lengthHighWithoutStoplist { return (.good, GenericRule.lengthWithoutStoplist) }
            return (.nearGood, GenericRule.lengthWithoutStoplist)
        }
        if b.chars < t.lengthLow {
            return b.linkDensity > 0 ? (.bad, GenericRule.shortWithLinks) : (.short, GenericRule.tooShort)
        }
        let density = b.words == 0 ? 0 : Double(b.stopwords) / Double(b.words)
        if density >= t.stopwordsHigh {
            return b.chars > t.lengthHigh ? (.good, GenericRule.stopwordDensityHigh) : (.nearGood, GenericRule.stopwordDensityHigh)
        }
        if density >= t.stopwordsLow { return (.nearGood, GenericRule.stopwordDensityMedium) }
        return (.bad, GenericRule.stopwordDensityLow)
    }

    /// "©" (C2 A9) anywhere in the text, on bytes.
    static func hasCopyrightSign(_ text: String) -> Bool {
        var prev: UInt8 = 0
        for b in text.utf8 { if prev == 0xC2 && b == 0xA9 { return true }; prev = b }
        return false
    }
}
