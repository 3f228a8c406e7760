import Foundation

/// `tanqiya rules suggest`: drafts a rule file for a new outlet from a sample of its pages.
///
/// 1. The pages are profiled as `clean` profiles them (`ProfilePass`, every page: no sampling),
///    and the site to draft for is chosen: the one of the `--host` names, else the one with most
///    pages. A site needs `LearningTunables.minSitePages` pages.
/// 2. Each page is read as `clean` reads it with learning on (the site's learned chrome, then the
///    generic path; no outlet rules): the *reference reading*. `EvidenceCollector` notes where the
///    site's recurring lines and shapes stand and how the pages labelled them, and which of them
///    other sites' pages print too.
/// 3. `RuleDrafter` writes the rules; the draft is loaded with the rules folder's files (it must
///    load beside them).
/// 4. The draft is tried on the same pages (`DraftCheck`): which pages its detection claims, and
///    how far its reading agrees with the reference reading (titles, paragraphs).
///
/// Memory: the profile pass keeps its frames on disk; the draft keeps counts per recurring line,
/// shape and dropped-line beginning of the site. Pages are read three times (profile, evidence,
/// check) by a `PageScheduler`: in input order, whatever the number of jobs.
public struct RuleSuggester {
    public var learning: LearningTunables
    public var tunables: SuggestTunables
    /// Threads reading pages (the draft is the same for any number).
    public var jobs: Int

    public init(learning: LearningTunables = LearningTunables(), tunables: SuggestTunables = SuggestTunables(), jobs: Int = 1) {
        self.jobs = jobs
        self.learning = learning
        // Every page of the sample counts: no sampling, whatever the sample's size.
        self.learning.fullProfileBytes = Int.max
        self.tunables = tunables
    }

    public enum Problem: Error, CustomStringConvertible, Equatable {
        case noPages
        /// The inputs hold no file at all (an empty folder).
        case noInputs(needed: Int)
        /// No site with enough pages: how many pages were read, how many a site needs.
        case tooFewPages(pages: Int, needed: Int)
        /// `--host` names no site of the pages; the hosts seen.
        case hostNotSeen([String], seen: [String])
        case outletExists(String, file: String)
        case draft(RuleDrafter.Problem)
        /// The draft does not load beside the rules folder's files (a clash of rule ids).
        case clash([String])

        public var description: String {
            switch self {
            case .noPages:
                return "no page could be read from the inputs"
            case .noInputs(let needed):
                return "0 pages read: the inputs hold no file (an empty folder?); give at least \(needed) pages of the outlet"
            case .tooFewPages(let pages, let needed):
                return "\(counted(pages, "page")) read, and no site has the \(needed) pages needed to learn its chrome "
                    + "(pages without a URL are grouped by the lines they share): give at least \(needed) pages of the outlet"
            case .hostNotSeen(let hosts, let seen):
                return "no page has a URL on \(hosts.joined(separator: ", "))"
                    + (seen.isEmpty ? " (no page has a URL)" : "; hosts seen: \(seen.joined(separator: ", "))")
            case .outletExists(let id, let file):
                return "outlet \(Quoted.single(id)) already has rules in \(file): choose another --outlet id, or edit that file"
            case .draft(let problem):
                return problem.description
            case .clash(let messages):
                return "the draft does not load beside the rules folder's files: " + messages.joined(separator: "; ")
            }
        }
    }

    /// What `suggest` made, and what it saw.
    public struct Suggestion {
        public var draft: RuleDraft
        public var yaml: String
        public var site: LearnedSite
        /// The other sites of the pages that had enough pages to learn from.
        public var otherSites: [LearnedSite]
        public var pagesRead: Int
        public var evidence: SiteEvidence
        public var check: DraftCheck
    }

    public func suggest(_ items: [InputItem], target: RuleDrafter.Target, existing: RuleSet, madeBy: String = "tanqiya rules suggest")
        throws -> Suggestion {
        if let clash = existing.outlet(id: target.outlet) { throw Problem.outletExists(target.outlet, file: clash.file) }
        // 1. The profile, and the site.
        guard !items.isEmpty else { throw Problem.noInputs(needed: learning.minSitePages) }
        let scheduler = PageScheduler(jobs: jobs)
        let profile = try ProfilePass.run(items, tunables: learning, scheduler: scheduler)
        guard profile.pages > 0 else { throw Problem.noPages }
        guard !profile.sites.isEmpty else { throw Problem.tooFewPages(pages: profile.pages, needed: learning.minSitePages) }
        let chosen = try chooseSite(profile, hosts: target.hosts)
        let site = profile.sites[chosen]
        let labeler = LearnedChromeLabeler(profile: profile)
        let reference = Pipeline(rules: .empty, options: PipelineOptions(writer: Self.keeping, learned: labeler))
        // 2. The evidence.
        var collector = EvidenceCollector(site: site, learning: learning, tunables: tunables)
        let maxChromeBytes = learning.maxChromeBytes
        scheduler.run(items, work: { raw -> Document? in reference.clean(raw).document }, consume: { event in
            guard case .page(_, let document?) = event else { return }
            if Self.site(of: document, labeler, maxChromeBytes: maxChromeBytes) == chosen {
                collector.add(document)
            } else {
                collector.addOther(document)
            }
        })
        // 3. The draft.
        var draft: RuleDraft
        do {
            draft = try RuleDrafter(tunables: tunables, learning: learning).draft(target, site: site, evidence: collector.evidence, existing: existing)
        } catch let problem as RuleDrafter.Problem {
            throw Problem.draft(problem)
        }
        let others = profile.sites.indices.filter { $0 != chosen }.map { profile.sites[$0] }
        draft.header = header(madeBy: madeBy, site: site, others: others, profile: profile)
        let yaml = draft.yaml()
        let file = "\(target.outlet).yaml"
        let loaded = try RuleLoader.load(sources: [(file, yaml)])
        let clashes = RuleLoader.crossFileProblems(existing.outlets + loaded.outlets)
        guard clashes.isEmpty else { throw Problem.clash(clashes.map(\.message)) }
        // 4. The draft on the same pages: what its detection says (with the folder's outlets),
        // and its reading of the site's pages (the outlet forced) against the reference reading.
        var check = DraftCheck()
        let combined = RuleSet(outlets: existing.outlets + loaded.outlets)
        let detecting = Pipeline(rules: combined, options: PipelineOptions(writer: Self.keeping))
        let forced = Pipeline(rules: combined, options: PipelineOptions(outlet: target.outlet, writer: Self.keeping))
        let outlet = target.outlet
        scheduler.run(items, work: { raw -> CheckedPage? in
            guard let document = detecting.clean(raw).document else { return nil }
            var page = CheckedPage(source: document.source, detected: document.outlet)
            guard Self.site(of: document, labeler, maxChromeBytes: maxChromeBytes) == chosen else { return page }
            page.ofSite = true
            page.draft = forced.clean(raw).document?.articles.first
            page.reference = reference.clean(raw).document?.articles.first
            return page
        }, consume: { event in
            guard case .page(_, let page?) = event else { return }
            if page.ofSite {
                check.sitePage(page.source, detected: page.detected, outlet: outlet, draft: page.draft, reference: page.reference)
            } else {
                check.other(claimed: page.detected == outlet)
            }
        })
        return Suggestion(draft: draft, yaml: yaml, site: site, otherSites: others, pagesRead: profile.pages,
                          evidence: collector.evidence, check: check)
    }

    /// The site of the `--host` names, else the one with most pages (the first on a tie).
    func chooseSite(_ profile: SiteProfile, hosts: [String]) throws -> Int {
        let wanted = hosts.map { SiteKey.host(of: "https://\($0)") ?? $0.lowercased() }
        let withHosts = profile.sites.compactMap(\.host)
        if !wanted.isEmpty, !withHosts.isEmpty {
            guard let s = profile.sites.indices.first(where: { s in
                guard let host = profile.sites[s].host else { return false }
                return wanted.contains { host == $0 || host.hasSuffix("." + $0) }
            }) else { throw Problem.hostNotSeen(hosts, seen: withHosts) }
            return s
        }
        return profile.sites.indices.max { a, b in
            profile.sites[a].pages < profile.sites[b].pages || (profile.sites[a].pages == profile.sites[b].pages && a > b)
        } ?? 0
    }

    /// The learned site of a page (its URL's host, else the template whose lines it shows).
    static func site(of document: Document, _ labeler: LearnedChromeLabeler, maxChromeBytes: Int) -> Int? {
        let signatures = document.blocks.map { LineSignature.of($0.raw, maxShapeBytes: maxChromeBytes) }
        return labeler.site(url: document.url, signatures: signatures)
    }

    /// The pipelines keep each page's document (its blocks' decisions, its articles); no records.
    static let keeping = WriterOptions(format: nil, keepDocument: true)

    /// One page of the check: its detection, and for the site's pages both readings' first article.
    struct CheckedPage: Sendable {
        var source: String
        var detected: String?
        var ofSite = false
        var draft: Article?
        var reference: Article?
    }

    private func header(madeBy: String, site: LearnedSite, others: [LearnedSite], profile: SiteProfile) -> [String] {
        var lines = ["Drafted by `\(madeBy)` from \(counted(site.pages, "page")) of \(Self.describe(site))"
            + " (\(counted(profile.pages, "page")) read in all)."]
        if !others.isEmpty {
            lines.append("Other sites seen, to tell this one from: " + others.map { "\(Self.describe($0)) (\(counted($0.pages, "page")))" }.joined(separator: ", ") + ".")
        }
        lines += [
            "Each rule says what made it: on how many of the site's pages it was seen, and where",
            "(above the article's title, in its head, among its paragraphs, below its text).",
            "A draft: review it (`tanqiya rules lint`, `tanqiya check --fixtures PAGES`, `tanqiya explain PAGE`),",
            "then edit what the pages could not tell (see rules/README.md, \"Adding an outlet\").",
            "",
        ]
        return lines
    }

    public static func describe(_ site: LearnedSite) -> String {
        site.host.map { "host \($0)" } ?? "a site without URLs (\(site.key): pages sharing their recurring lines)"
    }
}

/// The draft tried on the sample: detection on the site's pages and on the others', and its
/// reading of the site's pages against the reference reading (learning and the generic path).
public struct DraftCheck: Sendable, Equatable {
    public var sitePages = 0
    /// Site pages the draft's detection claims, and those another outlet claims.
    public var claimed = 0
    public var claimedByOthers: [String: Int] = [:]
    public var otherPages = 0
    /// Other sites' pages the draft's detection claims (it should claim none).
    public var otherClaimed = 0
    /// Site pages where the draft's title is the reference's, and a few where it is not.
    public var sameTitle = 0
    public var titleDifferences: [TitleDifference] = []
    /// Paragraphs: the draft's, the reference's, and those both have (per page, as multisets).
    public var draftParagraphs = 0
    public var referenceParagraphs = 0
    public var sharedParagraphs = 0

    public struct TitleDifference: Sendable, Equatable {
        public var page: String
        public var draft: String
        public var reference: String
    }

    static let maxTitleDifferences = 8

    public init() {}

    mutating func other(claimed: Bool) {
        otherPages += 1
        if claimed { otherClaimed += 1 }
    }

    mutating func sitePage(_ page: String, detected: String?, outlet: String, draft: Article?, reference: Article?) {
        sitePages += 1
        if detected == outlet { claimed += 1 } else if let other = detected { claimedByOthers[other, default: 0] += 1 }
        let (d, r) = (draft?.title ?? "", reference?.title ?? "")
        if d == r {
            sameTitle += 1
        } else if titleDifferences.count < Self.maxTitleDifferences {
            titleDifferences.append(.init(page: page, draft: d, reference: r))
        }
        let dp = draft?.paragraphs ?? [], rp = reference?.paragraphs ?? []
        draftParagraphs += dp.count
        referenceParagraphs += rp.count
        var left: [String: Int] = [:]
        for p in rp { left[p, default: 0] += 1 }
        for p in dp where (left[p] ?? 0) > 0 {
            left[p]! -= 1
            sharedParagraphs += 1
        }
    }

    /// Paragraph agreement with the reference: precision, recall (1 when both have none).
    public var precision: Double { draftParagraphs == 0 ? 1 : Double(sharedParagraphs) / Double(draftParagraphs) }
    public var recall: Double { referenceParagraphs == 0 ? 1 : Double(sharedParagraphs) / Double(referenceParagraphs) }
}
