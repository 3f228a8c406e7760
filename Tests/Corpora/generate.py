#!/usr/bin/env python3
"""Build a multi-site corpus of fictional Arabic news pages: text dumps, JSONL and gold.

usage: generate.py [--sources DIR --out DIR [--seed S]] [--check]

Without --sources/--out it builds (or checks) every corpus of the repository (CORPORA below):
multisite-dev from sources/dev, singles-dev from sources/singles (one page per site).

SOURCES holds one pair of files per fictional site:
  <site>.py   the site's chrome: SITE (id, name, host, first date, …), url(art) and
              render(art, ctx, page), which lays the page out line by line with the
              helpers below (menus, date lines in the site's format, lists…);
  <site>.txt  the site's articles (format in README.md), written for this corpus.
OUT receives:
  pages/NNN_<hash>.txt   one text dump per page (file names say nothing of the site);
  gold/NNN_<hash>.json   the perfect clean of each page, in the spec's gold format;
  jsonl/pages.jsonl      the same pages as JSONL records {"id", "url", "text"}; the id is the
                         dump's file name, so score.py matches one gold directory to both;
  manifest.tsv           input, site, url, date, notes (which traps a page carries).
Everything is deterministic: the same sources and seed give the same bytes.
--check rebuilds into a temporary directory, fails when OUT differs from it, and validates
every gold file against its page (each string is one of the page's lines, stripped).

Standard library only.
"""
import argparse
import datetime as dt
import filecmp
import hashlib
import importlib.util
import json
import os
import random
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import html_render  # noqa: E402  (the HTML rendering, beside this file)

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- dates, digits, numbers

MONTHS = {
    # Modern Standard Arabic (Egypt, Gulf, most portals)
    "msa": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
            "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    # Levant and Iraq (Syriac month names)
    "levant": ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
               "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"],
    # Morocco
    "maghreb": ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت",
                "شتنبر", "أكتوبر", "نونبر", "دجنبر"],
    # Algeria and Tunisia (French month names)
    "algeria": ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت",
                "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
}
# Monday first, like datetime.weekday()
WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def indic(s):
    """Arabic-Indic digits for the Western ones."""
    return str(s).translate(INDIC)


def month(d, style="msa"):
    return MONTHS[style][d.month - 1]


def weekday(d):
    return WEEKDAYS[d.weekday()]


def hour12(d):
    """(hour on a 12-hour clock, True when after noon)."""
    h = d.hour % 12 or 12
    return h, d.hour >= 12


def hijri(d):
    """The tabular Islamic calendar date (year, month 1-12, day) of a Gregorian date."""
    jd = d.toordinal() + 1721424.5  # Julian day at midnight
    jd = int(jd + 0.5)
    l = jd - 1948440 + 10632
    n = (l - 1) // 10631
    l = l - 10631 * n + 354
    j = ((10985 - l) // 5316) * ((50 * l) // 17719) + (l // 5670) * ((43 * l) // 15238)
    l = l - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l) // 709
    day = l - (709 * m) // 24
    year = 30 * n + j - 30
    return year, m, day


def hijri_text(d):
    y, m, day = hijri(d)
    return f"{day} {HIJRI_MONTHS[m - 1]} {y}"


def ago(minutes):
    """A relative time the way Arabic sites print it ("منذ 3 ساعات", "منذ يومين")."""
    if minutes < 60:
        n, one, two, few, many = minutes, "دقيقة", "دقيقتين", "دقائق", "دقيقة"
    elif minutes < 24 * 60:
        n, one, two, few, many = minutes // 60, "ساعة", "ساعتين", "ساعات", "ساعة"
    else:
        n, one, two, few, many = minutes // (24 * 60), "يوم", "يومين", "أيام", "يوما"
    if n <= 1:
        return f"منذ {one}"
    if n == 2:
        return f"منذ {two}"
    if n <= 10:
        return f"منذ {n} {few}"
    return f"منذ {n} {many}"


# ---------------------------------------------------------------- articles

class Article:
    """One article of a site, parsed from its .txt file."""

    def __init__(self, slug, meta, blocks, number):
        self.slug = slug
        self.meta = meta
        self.blocks = blocks  # [(kind, value)]: para, heading, list [items], caption, readalso
        self.number = number  # position in the site's file (chronological order)
        self.title = meta["title"]
        self.section = meta.get("section", "")
        self.date = None
        self.index = None

    def get(self, key, default=None):
        return self.meta.get(key, default)

    def paragraphs(self):
        """The body paragraphs as plain strings (lists flattened), without headings."""
        out = []
        for kind, value in self.blocks:
            if kind == "para":
                out.append(value)
            elif kind == "list":
                out.extend(value)
        return out


def parse_articles(path):
    """Articles and archive headlines from a site's .txt file (format in README.md)."""
    text = open(path, encoding="utf-8").read()
    articles, headlines = [], []
    chunks = re.split(r"^=== ", text, flags=re.M)
    if chunks[0].strip():
        raise SystemExit(f"{path}: text before the first '=== ' line")
    for chunk in chunks[1:]:
        head, _, rest = chunk.partition("\n")
        slug = head.strip()
        if slug == "@headlines":
            headlines += [l.strip() for l in rest.split("\n") if l.strip()]
            continue
        meta_part, sep, body = rest.partition("\n---\n")
        if not sep:
            raise SystemExit(f"{path}: article {slug} has no '---' line")
        meta = {}
        for line in meta_part.split("\n"):
            if not line.strip():
                continue
            key, colon, value = line.partition(":")
            if not colon:
                raise SystemExit(f"{path}: article {slug}: bad header line {line!r}")
            meta[key.strip()] = value.strip()
        if "title" not in meta:
            raise SystemExit(f"{path}: article {slug} has no title")
        blocks = []
        for block in re.split(r"\n\s*\n", body.strip()):
            lines = [l.strip() for l in block.split("\n") if l.strip()]
            if not lines:
                continue
            if all(l.startswith("- ") for l in lines):
                blocks.append(("list", [l[2:].strip() for l in lines]))
            elif len(lines) > 1:
                raise SystemExit(f"{path}: article {slug}: a paragraph spans lines: {lines[0][:40]}")
            elif lines[0].startswith("## "):
                blocks.append(("heading", lines[0][3:].strip()))
            elif lines[0] == "[[read-also]]":
                blocks.append(("readalso", None))
            elif lines[0].startswith("[[caption:") and lines[0].endswith("]]"):
                blocks.append(("caption", lines[0][len("[[caption:"):-2].strip()))
            else:
                blocks.append(("para", lines[0]))
        if not any(k == "para" for k, _ in blocks):
            raise SystemExit(f"{path}: article {slug} has no paragraph")
        articles.append(Article(slug, meta, blocks, len(articles)))
    return articles, headlines


# ---------------------------------------------------------------- pages

class Page:
    """A page being laid out: lines with the role that decides the gold.

    Roles: "chrome" (not in the gold), "title" (the first one is the gold title; later ones
    are the headline printed again), "para" (a gold paragraph, in order), "caption" (gold
    captions, each once), "credit" (a source line; its value is the gold credit).
    """

    def __init__(self):
        self.lines = []  # [text, role, value]
        self.notes = []

    def add(self, text, role="chrome", value=None):
        if "\n" in text:
            raise ValueError(f"a line with a newline: {text[:40]!r}")
        self.lines.append([text, role, value])

    def chrome(self, *texts, cls=None):
        """Chrome lines; cls names their class (menu-lines, related, footer…: the HTML
        rendering lays them out by it; the gold ignores it)."""
        for t in texts:
            self.add(t, "chrome", cls)

    def title(self, text):
        self.add(text, "title")

    def para(self, text):
        self.add(text, "para")

    def caption(self, text):
        self.add(text, "caption")

    def credit(self, line, value):
        self.add(line, "credit", value)

    def gap(self, n=1):
        """Blank lines (never two gaps in a row unless n > 1; none at the start)."""
        if not self.lines:
            return
        trailing = 0
        for t, _, _ in reversed(self.lines):
            if t.strip():
                break
            trailing += 1
        for _ in range(max(0, n - trailing)):
            self.add("")

    def block(self, texts, sep_blank=False, cls=None):
        """Chrome lines one under the other (or separated by blank lines), then a gap."""
        self.gap()
        for i, t in enumerate(texts):
            if sep_blank and i:
                self.add("")
            self.add(t, "chrome", cls)
        self.gap()

    def note(self, what):
        if what not in self.notes:
            self.notes.append(what)

    def text(self, final_newline=False, crlf=False):
        lines = [l[0] for l in self.lines]
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and not lines[0].strip():
            lines.pop(0)
        nl = "\r\n" if crlf else "\n"
        return nl.join(lines) + (nl if final_newline else "")

    def gold(self, input_name):
        titles = [l[0].strip() for l in self.lines if l[1] == "title"]
        paras = [l[0].strip() for l in self.lines if l[1] == "para"]
        caps = []
        for l in self.lines:
            if l[1] == "caption" and l[0].strip() not in caps:
                caps.append(l[0].strip())
        credits = [l[2] for l in self.lines if l[1] == "credit"]
        if not paras or (not titles and "no-title-line" not in self.notes):
            raise ValueError(f"{input_name}: a page needs a title (or the note no-title-line) and a paragraph")
        # A page that prints no headline (noted no-title-line) has the empty title.
        art = {"title": titles[0] if titles else "", "paragraphs": paras}
        if caps:
            art["captions"] = caps
        if credits:
            art["credit"] = credits[0]
        return {"input": input_name, "outlet": "unknown", "articles": [art]}


class Context:
    """What a site's render() may use besides the article: the seeded random source, the
    site's other articles and archive headlines, the crawl date and the template period."""

    def __init__(self, site, art, articles, headlines, seed):
        self.site = site
        self.art = art
        self.articles = articles
        self.headlines = headlines
        self.rng = random.Random(f"{seed}:{site['id']}:{art.slug}")
        self.crawled = art.date + dt.timedelta(minutes=self.rng.randint(20, 60 * 50))
        drift = site.get("drift_pages", 0)
        self.late = drift > 0 and art.index >= len(articles) - drift

    def others(self, k, include_archive=True, exclude=()):
        """k titles of the site's other articles (and archive headlines), a fresh sample per page."""
        arts = self.other_articles(len(self.articles), exclude=exclude, at_least=k)
        pool = [a.title for a in arts]
        if include_archive:
            pool += [h for h in self.headlines if h not in exclude]
        k = min(k, len(pool))
        return self.rng.sample(pool, k)

    def other_articles(self, k, exclude=(), at_least=0):
        """k of the site's other articles published before this page was crawled (later ones
        only when fewer than max(k, at_least) exist), in random order."""
        others = [a for a in self.articles if a is not self.art and a.title not in exclude]
        pool = [a for a in others if a.date <= self.crawled]
        need = max(k if k < len(self.articles) else 0, at_least)
        if len(pool) < need:
            later = sorted((a for a in others if a.date > self.crawled), key=lambda a: a.date)
            pool += later[: need - len(pool)]
        return self.rng.sample(pool, min(k, len(pool)))

    def recent(self, k):
        """Titles of the site's k most recent articles as of this page's crawl (a 'latest' box)."""
        older = [a for a in self.articles if a.date <= self.crawled and a is not self.art]
        older.sort(key=lambda a: a.date, reverse=True)
        titles = [a.title for a in older[:k]]
        if len(titles) < k:
            titles += [h for h in self.headlines if h not in titles][: k - len(titles)]
        return titles

    def chance(self, p):
        return self.rng.random() < p

    def pick(self, seq):
        return self.rng.choice(seq)


def body(page, art, ctx, readalso=None, heading=None, list_item=None, caption=None, text=None):
    """Lays out the article's blocks: paragraphs, subheadings, lists (gold paragraphs), in-body
    captions (captions) and the in-body read-also spots (chrome made by readalso(page)).
    heading, list_item and text(s) reshape a subheading, a list item, any paragraph's text."""
    text = text or (lambda s: s)
    for kind, value in art.blocks:
        if kind == "para":
            page.gap()
            page.para(text(value))
        elif kind == "heading":
            page.gap()
            page.para(text(heading(value) if heading else value))
        elif kind == "list":
            page.gap()
            for item in value:
                page.para(text(list_item(item) if list_item else item))
        elif kind == "caption":
            page.gap()
            if caption:
                caption(page, value)
            else:
                page.caption(value)
        elif kind == "readalso" and readalso:
            page.gap()
            readalso(page)
            page.note("read-also-in-body")
    page.gap()


# ---------------------------------------------------------------- building

def load_site(path):
    spec = importlib.util.spec_from_file_location("site_" + os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    sys.path.insert(0, os.path.dirname(path))
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.path.pop(0)
    for name in ("SITE", "url", "render"):
        if not hasattr(mod, name):
            raise SystemExit(f"{path}: no {name}")
    return mod


def assign_dates(site, articles):
    """Chronological dates from SITE['first'], one to three days apart, at varied times."""
    rng = random.Random(f"dates:{site['id']}")
    d = dt.datetime.fromisoformat(site["first"])
    for i, art in enumerate(articles):
        art.index = i
        if i:
            d += dt.timedelta(hours=rng.randint(9, 60))
        art.date = d.replace(minute=rng.randint(0, 59), hour=rng.randint(6, 23))


def build(sources, seed):
    """Every page of every site in SOURCES: [(url, site id, text, page)]."""
    pages = []
    names = sorted(f[:-3] for f in os.listdir(sources) if f.endswith(".py") and not f.startswith("_"))
    if not names:
        raise SystemExit(f"{sources}: no site modules")
    for name in names:
        mod = load_site(os.path.join(sources, name + ".py"))
        site = mod.SITE
        articles, headlines = parse_articles(os.path.join(sources, name + ".txt"))
        assign_dates(site, articles)
        titles = [a.title for a in articles]
        if len(set(titles)) != len(titles):
            raise SystemExit(f"{name}: two articles share a title")
        for art in articles:
            ctx = Context(site, art, articles, headlines, seed)
            page = Page()
            mod.render(art, ctx, page)
            if ctx.late:
                page.note("template-drift")
            text = page.text(final_newline=site.get("final_newline", False), crlf=site.get("crlf", False))
            page.site = site
            pages.append((mod.url(art), site["id"], art, text, page))
    return pages


def write(pages, out):
    for sub in ("pages", "gold", "jsonl", "html"):
        path = os.path.join(out, sub)
        if os.path.isdir(path):
            shutil.rmtree(path)
        os.makedirs(path)
    keyed = sorted(pages, key=lambda p: hashlib.sha1(p[0].encode()).hexdigest())
    manifest = ["input\tsite\turl\tdate\tnotes"]
    html_manifest = ["input\tgold\tsite\turl\tmarkup"]
    with open(os.path.join(out, "jsonl", "pages.jsonl"), "w", encoding="utf-8", newline="\n") as jf:
        for n, (url, site, art, text, page) in enumerate(keyed):
            stem = f"{n:03d}_{hashlib.sha1(url.encode()).hexdigest()[:16]}"
            name = stem + ".txt"
            with open(os.path.join(out, "pages", name), "w", encoding="utf-8", newline="") as f:
                f.write(text)
            gold = page.gold(name)
            with open(os.path.join(out, "gold", stem + ".json"), "w", encoding="utf-8", newline="\n") as f:
                json.dump(gold, f, ensure_ascii=False, indent=2)
                f.write("\n")
            jf.write(json.dumps({"id": name, "url": url, "text": text}, ensure_ascii=False) + "\n")
            manifest.append(f"{name}\t{site}\t{url}\t{art.date.isoformat()}\t{','.join(page.notes)}")
            doc, markup = html_render.render(page, url, page.site, art)
            with open(os.path.join(out, "html", stem + ".html"), "w", encoding="utf-8", newline="\n") as f:
                f.write(doc)
            html_manifest.append(f"{stem}.html\t{stem}.json\t{site}\t{url}\t{markup}")
    with open(os.path.join(out, "manifest.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(manifest) + "\n")
    with open(os.path.join(out, "html-manifest.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(html_manifest) + "\n")


def validate(out):
    """Every gold string is one of its page's lines (stripped), paragraphs in page order."""
    problems = []
    gold_dir, page_dir = os.path.join(out, "gold"), os.path.join(out, "pages")
    for g in sorted(os.listdir(gold_dir)):
        gold = json.load(open(os.path.join(gold_dir, g), encoding="utf-8"))
        raw = open(os.path.join(page_dir, gold["input"]), encoding="utf-8", newline="").read()
        lines = [l.strip() for l in raw.replace("\r\n", "\n").split("\n")]
        for art in gold["articles"]:
            if art["title"] not in lines:
                problems.append(f"{g}: title not a line")
            pos = -1
            for p in art["paragraphs"]:
                try:
                    pos = lines.index(p, pos + 1)
                except ValueError:
                    problems.append(f"{g}: paragraph not a line (or out of order): {p[:50]}")
            for c in art.get("captions", []):
                if c not in lines:
                    problems.append(f"{g}: caption not a line: {c[:50]}")
    return problems


# The repository's corpora: (sources, output, seed). Without --sources/--out, all are built
# (or checked); multisite-dev has many pages per site, singles-dev one page per site.
CORPORA = [
    (os.path.join(HERE, "sources", "dev"), os.path.join(HERE, "multisite-dev"), "tanqiya-multisite-1"),
    (os.path.join(HERE, "sources", "singles"), os.path.join(HERE, "singles-dev"), "tanqiya-singles-1"),
]


def run(sources, out, seed, check):
    """Builds (or checks) one corpus; 0 when it is as generated and its gold is valid."""
    pages = build(sources, seed)
    if check:
        with tempfile.TemporaryDirectory() as tmp:
            write(pages, tmp)
            cmp = filecmp.dircmp(tmp, out)
            diffs = []

            def walk(c, prefix=""):
                diffs.extend(prefix + x for x in c.left_only + c.right_only + c.diff_files)
                for name, sub in c.subdirs.items():
                    walk(sub, prefix + name + "/")
            walk(cmp)
            if diffs:
                print(f"{out} is not what {sources} generates: {', '.join(diffs[:10])}")
                return 1
    else:
        write(pages, out)
    problems = validate(out)
    for p in problems:
        print(p)
    sites = sorted({p[1] for p in pages})
    shown = ", ".join(sites) if len(sites) <= 8 else ", ".join(sites[:8]) + ", …"
    print(f"{len(pages)} pages from {len(sites)} sites ({shown}) -> {out}; "
          f"{len(problems)} gold problems")
    return 1 if problems else 0


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", help="site modules (default: every corpus in CORPORA)")
    ap.add_argument("--out", help="output directory (with --sources)")
    ap.add_argument("--seed", default="tanqiya-multisite-1")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    if args.sources or args.out:
        if not (args.sources and args.out):
            ap.error("--sources and --out go together")
        return run(args.sources, args.out, args.seed, args.check)
    status = 0
    for sources, out, seed in CORPORA:
        status |= run(sources, out, seed, args.check)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
