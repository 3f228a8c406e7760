/// What a block of a page is. Every block gets exactly one label, decided by one rule.
public enum Label: String, Sendable, CaseIterable, Codable {
    case title
    /// The lead (RT, TRT) or subtitle (Asharq Al-Awsat): the first paragraph of the text.
    case lead
    case body
    case caption
    /// The source line ("المصدر: …"); its value becomes the record's `credit`.
    case credit
    /// The page's own category line; its value becomes the record's `section`.
    case section
    case navigation
    /// Related-article lists: headlines, teasers, bylines, section words.
    case related
    /// Comments and trending lists.
    case comments
    /// Layout markers such as Asharq Al-Awsat's "TT".
    case marker
    /// Widget lines inside the text ("موصى به").
    case widget
    case timestamp
    case footer
    /// Page chrome that no finer label describes.
    case boilerplate
    case blank

    /// Whether blocks with this label become part of the article text.
    public var isText: Bool { self == .lead || self == .body }
}
