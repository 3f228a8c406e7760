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

    /// The label's position in `allCases`, for per-label counters in arrays (a switch: no
    /// hashing per line). `HotPathTests` checks it against `allCases`.
    static func ordinal(_ label: Label) -> Int {
        switch label {
        case .title: 0
        case .lead: 1
        case .body: 2
        case .caption: 3
        case .credit: 4
        case .section: 5
        case .navigation: 6
        case .related: 7
        case .comments: 8
        case .marker: 9
        case .widget: 10
        case .timestamp: 11
        case .footer: 12
        case .boilerplate: 13
        case .blank: 14
        }
    }

    /// Whether blocks with this label become part of the article text.
    public var isText: Bool { self == .lead || self == .body }

    /// Whether blocks with this label end up in the output (as title, text, caption, credit or section).
    public var isKept: Bool {
        switch self {
        case .title, .lead, .body, .caption, .credit, .section: return true
        default: return false
        }
    }
}
