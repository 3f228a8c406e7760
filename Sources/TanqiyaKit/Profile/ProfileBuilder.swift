import Foundation

/// Learns each site's chrome from page frames given in input order (`add`), then `build`s the
/// profile in three steps over the frames, kept in a `FrameLog` file:
///
/// 1. while adding: how many pages of the whole corpus hold each short line and each shape
///    (`pool`); what fewer than `minPoolPages` pages hold is article text and is not looked at again;
/// 2. which site each page belongs to — its URL's host, else the *template* (a site known by its
///    chrome) holding most of its recurring lines, or a new template — and per site, how many of
///    its pages hold each recurring line and shape (a page that repeats the article text of an
///    earlier page of its site counts once for its article-like lines: a story fetched six times
///    is the deduplicator's to drop, not the site's chrome);
/// 3. per site with at least `minSitePages` pages: its learned lines (on `minLineShare` of its
///    pages), which of them are followed by a *slot* of changing non-article lines (a "most
///    read" list) up to the next structural learned line (on pages with article text), and its
///    learned shapes.
///
/// Every step reads the frames in input order and every choice breaks ties by first sight, so the
/// profile depends only on the frames' sequence: a staged run that feeds the shards' frames in
/// shard order builds the very same profile as one process. Memory: the counting tables (≈ 24
/// bytes per distinct short line or shape, bounded by `tableCapacity`), 4 bytes per page (its
/// site, between steps 2 and 3) and 8 per page with article text (its key, `articleKey`: copies of
/// one story count once); the frames themselves stay in the file.
public final class ProfileBuilder {
    public let tunables: LearningTunables
    private let log: FrameLog.Writer
    private var pool: CountTable
    private var pages = 0

    /// Frames go to an unnamed temporary file in `temporaryDirectory`.
    public init(tunables: LearningTunables = LearningTunables(), temporaryDirectory: String) throws {
        self.tunables = tunables
        log = try FrameLog.Writer(temporaryIn: temporaryDirectory)
        pool = CountTable(capacity: tunables.tableCapacity)
    }

    public func add(_ frame: PageFrame) throws {
        try log.write(frame)
        pages += 1
        for item in Self.items(of: frame, tunables) { pool.increment(item) }
    }

    /// The items a frame can teach: its distinct short lines and its distinct shapes, each kind in a
    /// space of its own; sorted.
    static func items(of frame: PageFrame, _ t: LearningTunables) -> [UInt64] {
        var items: [UInt64] = []
        items.reserveCapacity(frame.lines.count + 8)
        for line in frame.lines where !line.isBlank {
            if line.bytes <= t.maxChromeBytes { items.append(Item.line(line.text)) }
            if line.dateShape != 0 { items.append(Item.date(line.dateShape)) }
            if line.labelShape != 0 { items.append(Item.label(line.labelShape)) }
        }
        items.sort()
        var kept = 0
        for i in items.indices where i == 0 || items[i] != items[i - 1] {
            items[kept] = items[i]
            kept += 1
        }
        items.removeLast(items.count - kept)
        return items
    }

    /// Item keys: a fingerprint mixed with its kind.
    enum Item {
        static func line(_ fp: UInt64) -> UInt64 { fp }
        static func date(_ fp: UInt64) -> UInt64 { fp ^ 0x5DEE_CE66_D1CE_4E5B }
        static func label(_ fp: UInt64) -> UInt64 { fp ^ 0x2545_F491_4F6C_DD1D }
    }

    public func build() throws -> SiteProfile {
        try log.finish()
        // Fewer pages than a site needs: no site can be learned, and the frames are not read again.
        guard pages >= tunables.minSitePages else { return SiteProfile(tunables: tunables, pages: pages, pagesLearnedFrom: 0, sites: []) }
        var sites = try assignSites()
        return try learn(&sites)
    }

    // MARK: - Step 2: sites

    /// Counts of one site.
    struct SiteCounts {
        var key: String
        var host: String?
        var pages = 0
        var counts: CountTable
        /// The article keys of its pages (`articleKey`): a page with a key seen before is a copy.
        var articles = Set<UInt64>()
    }

    /// The short article-like lines of a page (what `minTextLineShare` is about), as items.
    static func articleItems(of frame: PageFrame, _ t: LearningTunables) -> Set<UInt64> {
        Set(frame.lines.lazy.filter { !$0.isBlank && $0.bytes <= t.maxChromeBytes && $0.isArticleLike(t) }.map { Item.line($0.text) })
    }

    /// A fingerprint of a page's article text: its short article-like lines in order (longer ones
    /// are never learned); nil for a page without any. Two pages with one key carry one story.
    static func articleKey(of frame: PageFrame, _ t: LearningTunables) -> UInt64? {
        var key: UInt64 = 0xCBF2_9CE4_8422_2325
        var any = false
        for line in frame.lines where !line.isBlank && line.bytes <= t.maxChromeBytes && line.isArticleLike(t) {
            key = (key ^ line.text) &* 0x0000_0100_0000_01B3
            key ^= key >> 29
            any = true
        }
        return any ? key : nil
    }

    private var pageSites: [Int32] = []
    /// Templates holding an item (the first few; an item in many templates is not telling).
    private var templatesOf: [UInt64: [Int32]] = [:]
    static let templatesPerItem = 8

    private func assignSites() throws -> [SiteCounts] {
        var sites: [SiteCounts] = []
        var hostSites: [String: Int] = [:]
        var templates = 0
        let reader = try log.reader()
        pageSites.reserveCapacity(pages)
        while let frame = reader.next() {
            let items = Self.items(of: frame, tunables).filter { pool[$0] >= tunables.minPoolPages }
            let site: Int
            if let host = frame.host {
                if let known = hostSites[host] {
                    site = known
                } else {
                    site = sites.count
                    hostSites[host] = site
                    sites.append(SiteCounts(key: "host \(host)", host: host, counts: CountTable(capacity: tunables.tableCapacity)))
                }
            } else if items.count >= tunables.minTemplateLines {
                if let template = bestTemplate(for: items, sites) {
                    site = template
                } else {
                    templates += 1
                    site = sites.count
                    sites.append(SiteCounts(key: "template \(templates)", host: nil, counts: CountTable(capacity: tunables.tableCapacity)))
                }
            } else {
                pageSites.append(-1)
                continue
            }
            sites[site].pages += 1
            // A page whose article text an earlier page of its site had (the same story fetched
            // again, or one wire story in several dumps): its article-like lines are counted once,
            // so the copies never make the story the site's chrome. Its other lines count.
            let copy = Self.articleKey(of: frame, tunables).map { !sites[site].articles.insert($0).inserted } ?? false
            let text = copy ? Self.articleItems(of: frame, tunables) : []
            for item in items where !(copy && text.contains(item)) && sites[site].counts.increment(item) == 1 && sites[site].host == nil {
                var holders = templatesOf[item, default: []]
                if holders.count < Self.templatesPerItem { holders.append(Int32(site)); templatesOf[item] = holders }
            }
            pageSites.append(Int32(site))
        }
        if let problem = reader.problem { throw problem }
        return sites
    }

    /// The template that already holds most of these items, if it holds enough of them.
    private func bestTemplate(for items: [UInt64], _ sites: [SiteCounts]) -> Int? {
        var overlap: [Int32: Int] = [:]
        for item in items {
            for site in templatesOf[item] ?? [] where sites[Int(site)].counts[item] > 0 { overlap[site, default: 0] += 1 }
        }
        guard let (site, shared) = overlap.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              shared >= tunables.minTemplateLines,
              Double(shared) >= tunables.minTemplateShare * Double(items.count) else { return nil }
        return Int(site)
    }

    // MARK: - Step 3: what each site's chrome is

    /// What step 3 gathers for one site.
    private struct Gathered {
        var lineOrder: [UInt64] = []
        var lineText: [UInt64: String] = [:]
        var listPages: [UInt64: Int] = [:]
        var textPages: [UInt64: Int] = [:]
        var headPages: [UInt64: Int] = [:]
        /// Pages where the article's caption stands by a learned line or shape (its item).
        var captionPages: [UInt64: Int] = [:]
        var shapeOrder: [UInt64] = []
        var shapeExample: [UInt64: (LearnedSite.Shape.Kind, String)] = [:]
        var recirculatedOrder: [UInt64] = []
        var recirculatedText: [UInt64: String] = [:]
        var recirculatedListed: [UInt64: Int] = [:]
        var linesOnPages = 0
    }

    private func learn(_ sites: inout [SiteCounts]) throws -> SiteProfile {
        let t = tunables
        let learning = sites.map { $0.pages >= t.minSitePages }
        // No site has the pages to be learned from: the frames are not read a third time.
        guard learning.contains(true) else { return SiteProfile(tunables: t, pages: pages, pagesLearnedFrom: 0, sites: []) }
        var gathered = [Gathered](repeating: Gathered(), count: sites.count)
        let reader = try log.reader()
        var page = 0
        while let frame = reader.next() {
            let s = Int(pageSites[page])
            page += 1
            if s >= 0, learning[s] { gather(frame, site: sites[s], into: &gathered[s]) }
        }
        if let problem = reader.problem { throw problem }
        var learned: [LearnedSite] = []
        var pagesLearnedFrom = 0
        for (s, site) in sites.enumerated() where learning[s] {
            pagesLearnedFrom += site.pages
            learned.append(finish(site, gathered[s]))
        }
        return SiteProfile(tunables: t, pages: pages, pagesLearnedFrom: pagesLearnedFrom, sites: learned)
    }

    /// Pages of `site` needed to learn a line (`line` nil: a shape).
    static func minPages(_ line: LineSignature?, sitePages: Int, _ t: LearningTunables) -> Int {
        let share = line?.isArticleLike(t) == true ? t.minTextLineShare : t.minLineShare
        return max(t.minLinePages, Int((share * Double(sitePages)).rounded(.up)))
    }

    private func gather(_ frame: PageFrame, site: SiteCounts, into g: inout Gathered) {
        let t = tunables
        let n = frame.lines.count
        var learned = [Bool](repeating: false, count: n)
        var shaped = [Bool](repeating: false, count: n)
        var recirculated = [Bool](repeating: false, count: n)
        var distinct = Set<UInt64>()
        let shapeMin = Self.minPages(nil, sitePages: site.pages, t)
        for (i, line) in frame.lines.enumerated() where !line.isBlank {
            let count = line.bytes <= t.maxChromeBytes ? site.counts[Item.line(line.text)] : 0
            recirculated[i] = count >= 2
            if count > 0, count >= Self.minPages(line, sitePages: site.pages, t) {
                learned[i] = true
                distinct.insert(line.text)
                if g.lineText[line.text] == nil {
                    g.lineText[line.text] = frame.text(i) ?? ""
                    g.lineOrder.append(line.text)
                }
                continue
            }
            if recirculated[i], g.recirculatedText[line.text] == nil {
                g.recirculatedText[line.text] = frame.text(i) ?? ""
                g.recirculatedOrder.append(line.text)
            }
            guard !line.isArticleLike(t) else { continue }
            func shape(_ item: UInt64, _ kind: LearnedSite.Shape.Kind) {
                guard site.counts[item] >= shapeMin else { return }
                shaped[i] = true
                if g.shapeExample[item] == nil {
                    g.shapeExample[item] = (kind, frame.text(i) ?? "")
                    g.shapeOrder.append(item)
                }
            }
            if line.dateShape != 0 { shape(Item.date(line.dateShape), .date) }
            if line.labelShape != 0 { shape(Item.label(line.labelShape), .label) }
        }
        g.linesOnPages += distinct.count
        // What follows each learned line up to the next structural one: a list (a slot), article
        // text, or the article's head. Counted once per line and page, on pages with article text:
        // on a page without a line of its length (a poem's short verses under a short lead-in)
        // the changing lines under the site's name are the page's own, and would read as a list.
        let view = ChromeView(lines: frame.lines, learned: learned, shaped: shaped, recirculated: recirculated, t)
        var seen = Set<UInt64>()
        for i in 0..<n where view.firstText != nil && learned[i] && seen.insert(frame.lines[i].text).inserted {
            let run = view.run(after: i)
            let item = frame.lines[i].text
            if run.head {
                g.headPages[item, default: 0] += 1
            } else if !run.lines.isEmpty {
                g.listPages[item, default: 0] += 1
            } else if run.text {
                g.textPages[item, default: 0] += 1
            }
        }
        // Recirculating lines in a list of headlines here (counted once per line and page).
        var listed = Set<UInt64>()
        for i in 0..<n where recirculated[i] && !learned[i] && frame.lines[i].isHeadlineLike(t) && view.inList(i, frame.lines, t)
            && listed.insert(frame.lines[i].text).inserted {
            g.recirculatedListed[frame.lines[i].text, default: 0] += 1
        }
        if let (_, anchor) = view.caption(frame.lines, t), let item = Self.chromeItem(frame.lines[anchor], learned[anchor], site, t) {
            g.captionPages[item, default: 0] += 1
        }
    }

    /// The item of a chrome line: its text when learned, else its learned shape.
    static func chromeItem(_ line: LineSignature, _ learned: Bool, _ site: SiteCounts, _ t: LearningTunables) -> UInt64? {
        if learned { return Item.line(line.text) }
        let shapeMin = minPages(nil, sitePages: site.pages, t)
        if line.dateShape != 0, site.counts[Item.date(line.dateShape)] >= shapeMin { return Item.date(line.dateShape) }
        if line.labelShape != 0, site.counts[Item.label(line.labelShape)] >= shapeMin { return Item.label(line.labelShape) }
        return nil
    }

    private func finish(_ site: SiteCounts, _ g: Gathered) -> LearnedSite {
        let t = tunables
        // Captions stand by this item on enough of the pages that have it.
        func captionBy(_ item: UInt64) -> Int? {
            let pages = g.captionPages[item] ?? 0
            return pages >= t.minSlotPages && Double(pages) >= t.minCaptionShare * Double(site.counts[item]) ? pages : nil
        }
        let lines = g.lineOrder.map { item -> LearnedSite.Line in
            let list = g.listPages[item] ?? 0
            let other = (g.textPages[item] ?? 0) + (g.headPages[item] ?? 0)
            let slot = list >= t.minSlotPages && Double(list) >= t.minSlotListShare * Double(list + other)
                ? LearnedSite.Slot(listPages: list, textPages: g.textPages[item] ?? 0, headPages: g.headPages[item] ?? 0) : nil
            return LearnedSite.Line(text: g.lineText[item] ?? "", pages: site.counts[Item.line(item)], slot: slot,
                                    captionPages: captionBy(Item.line(item)))
        }
        let shapes = g.shapeOrder.compactMap { item -> LearnedSite.Shape? in
            guard let (kind, example) = g.shapeExample[item] else { return nil }
            let shape = kind == .date ? LineShapes.dateShape(example) : LineShapes.labelShape(example)
            return shape.map { LearnedSite.Shape(kind: kind, shape: $0, pages: site.counts[item], example: example,
                                                 captionPages: captionBy(item)) }
        }
        // Most pages first; first sight breaks ties (a stable sort of the first-sight order).
        let recirculated = g.recirculatedOrder.enumerated()
            .sorted { (a, b) in
                let (ca, cb) = (site.counts[Item.line(a.element)], site.counts[Item.line(b.element)])
                return ca != cb ? ca > cb : a.offset < b.offset
            }
            .prefix(t.maxRecirculatedLines)
            .map { LearnedSite.Recirculated(text: g.recirculatedText[$0.element] ?? "", pages: site.counts[Item.line($0.element)],
                                            listedPages: g.recirculatedListed[$0.element]) }
        return LearnedSite(key: site.key, host: site.host, pages: site.pages,
                           linesPerPage: site.pages > 0 ? Double(g.linesOnPages) / Double(site.pages) : 0,
                           lines: lines, shapes: shapes, recirculated: Array(recirculated))
    }
}

/// Page counts by item, with a bound: past `capacity` entries, those counted once are dropped
/// (if that frees less than half, the bound doubles: a table of repeated items is never pruned on
/// every step). Which entries survive depends only on the order of increments.
struct CountTable {
    private var counts = FingerprintMap()
    private var limit: Int

    init(capacity: Int) { limit = max(16, capacity) }

    subscript(item: UInt64) -> Int { Int(counts[item]) }

    @discardableResult
    mutating func increment(_ item: UInt64) -> Int {
        let n = counts[item] &+ 1
        counts[item] = n
        if counts.count > limit {
            counts.filter { $0 > 1 }
            if counts.count > limit / 2 { limit *= 2 }
        }
        return Int(n)
    }

    var count: Int { counts.count }
}
