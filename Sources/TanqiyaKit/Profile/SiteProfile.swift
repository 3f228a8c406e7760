import Foundation

/// What the profile pass learned about each site's chrome: written by `--profile FILE` as JSON a
/// person can review, read back by `--use-profile FILE`. Lines and shapes are stored as text; their
/// fingerprints are computed again when the profile is used.
public struct SiteProfile: Sendable, Equatable, Codable {
    public static let currentVersion = 1

    public var version = SiteProfile.currentVersion
    public var tunables: LearningTunables
    /// Pages profiled, and how many belonged to a site with enough pages to learn from.
    public var pages: Int
    public var pagesLearnedFrom: Int
    /// The share of the corpus's pages the profile pass read (1: all; see `ProfileSample`).
    public var sampleRate = 1.0
    public var sites: [LearnedSite]

    public init(tunables: LearningTunables, pages: Int, pagesLearnedFrom: Int, sites: [LearnedSite]) {
        self.tunables = tunables
        self.pages = pages
        self.pagesLearnedFrom = pagesLearnedFrom
        self.sites = sites
    }

    public static let empty = SiteProfile(tunables: LearningTunables(), pages: 0, pagesLearnedFrom: 0, sites: [])

    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        // The profile is made of plain values: encoding cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }

    public enum Problem: Error, CustomStringConvertible {
        case unreadable(String, String)
        case invalid(String, String)

        public var description: String {
            switch self {
            case .unreadable(let path, let why): return "\(path): cannot read the profile: \(why)"
            case .invalid(let path, let why): return "\(path): not a tanqiya profile: \(why)"
            }
        }
    }

    public static func load(path: String) throws -> SiteProfile {
        let data: Data
        do throws(FileSystemPath.PathError) {
            data = Data(try FileSystemPath.contents(of: path, limit: FileSystemPath.maxSettingsFileBytes))
        } catch {
            throw Problem.unreadable(path, error.message)
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let profile: SiteProfile
        do {
            profile = try decoder.decode(SiteProfile.self, from: data)
        } catch {
            throw Problem.invalid(path, JSONDecodingProblem.describe(error, data: data, as: SiteProfile.self, decoder: decoder))
        }
        guard profile.version == currentVersion else {
            throw Problem.invalid(path, "version \(profile.version); this tanqiya reads version \(currentVersion)")
        }
        if let problem = profile.problems.first { throw Problem.invalid(path, problem) }
        return profile
    }

    /// Values no profile pass writes: thresholds out of range, negative counts, counts that
    /// contradict each other (a line on more pages than its site has), a site listed twice or a
    /// host that is two sites'.
    var problems: [String] {
        var found = tunables.problems
        if pages < 0 || pagesLearnedFrom < 0 || !(0...1).contains(sampleRate) { found.append("pages, pages_learned_from or sample_rate out of range") }
        if pagesLearnedFrom > pages { found.append("pages_learned_from (\(pagesLearnedFrom)) is more than pages (\(pages))") }
        var keys = Set<String>()
        var hosts: [String: String] = [:]
        for site in sites {
            if !keys.insert(site.key).inserted { found.append("site \(Quoted.single(site.key)) is listed twice") }
            if let host = site.host {
                if let other = hosts[host] { found.append("host \(Quoted.single(host)) is two sites' (\(Quoted.single(other)), \(Quoted.single(site.key)))") }
                hosts[host] = site.key
            }
            let most = (site.lines.map(\.pages) + site.shapes.map(\.pages) + site.recirculated.map(\.pages)).max() ?? 0
            if most > site.pages { found.append("site \(Quoted.single(site.key)): a line on \(most) pages of a site of \(site.pages)") }
            let counts = [site.pages] + site.lines.map(\.pages) + site.shapes.map(\.pages) + site.recirculated.map(\.pages)
                + site.lines.compactMap(\.captionPages) + site.shapes.compactMap(\.captionPages)
                + site.lines.compactMap(\.slot).flatMap { [$0.listPages, $0.textPages, $0.headPages] }
            if counts.contains(where: { $0 < 0 }) || !(site.linesPerPage >= 0) {
                found.append("site \(site.key): a negative count")
            }
        }
        return found
    }
}

/// One site's learned chrome.
public struct LearnedSite: Sendable, Equatable, Codable {
    /// `host example.com` for pages grouped by their URL's host, `template N` for pages grouped by
    /// their shared chrome.
    public var key: String
    public var host: String?
    public var pages: Int
    /// Distinct learned lines on an average page of the site (a page without a URL joins the
    /// template whose lines it shows enough of).
    public var linesPerPage: Double
    /// Lines on a large share of the site's pages, in page order of first sight.
    public var lines: [Line]
    /// Shapes of varying lines (date lines, «label: …» lines) on a large share of its pages.
    public var shapes: [Shape]
    /// Lines on two pages or more that were not learned: headlines and teasers recirculating in
    /// the site's lists (a slot does not end at them, even where they read like text).
    public var recirculated: [Recirculated]

    public struct Line: Sendable, Equatable, Codable {
        public var text: String
        /// Pages of the site holding it.
        public var pages: Int
        /// Set when the lines after it, up to the next structural learned line, are chrome too.
        public var slot: Slot?
        /// Set when the article's picture caption stands by it (pages where it did).
        public var captionPages: Int?
    }

    public struct Slot: Sendable, Equatable, Codable {
        /// Pages where a list followed it (lines, no article text among them), where article text
        /// did, and where the article's head did.
        public var listPages: Int
        public var textPages: Int
        public var headPages: Int
    }

    public struct Recirculated: Sendable, Equatable, Codable {
        public var text: String
        public var pages: Int
        /// Pages where the line stood in a list of headlines (a related or most-read list): a
        /// headline of the site's; on the one page where it stands in the head, that page's own.
        public var listedPages: Int?
    }

    public struct Shape: Sendable, Equatable, Codable {
        public enum Kind: String, Sendable, Codable { case date, label }
        public var kind: Kind
        public var shape: String
        public var pages: Int
        /// The first line seen with this shape.
        public var example: String
        /// Set when the article's picture caption stands by lines of this shape (pages where it did).
        public var captionPages: Int?
    }
}
