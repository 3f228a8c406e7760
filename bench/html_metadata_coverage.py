#!/usr/bin/env python3
"""How many pages get `date` and `lang`, against how many state a date in their markup.

    python3 bench/html_metadata_coverage.py PAGES_DIR OUT.jsonl

A page "states a date in its markup" when, read independently of tanqiya (Python's html.parser
and regular expressions), it has a JSON-LD datePublished, a date meta tag (article:published_time,
og:published_time, datePublished, pubdate, publishdate, date, dc.date…, sailthru.date,
parsely-pub-date), an itemprop="datePublished", a <time datetime>, or a /YYYY/MM/DD/-like date
in its canonical or og:url address. Prints the counts and the pages of that kind without `date`.
"""
import gzip
import json
import os
import re
import sys
from html.parser import HTMLParser

DATE_METAS = {"article:published_time", "og:article:published_time", "og:published_time", "datepublished",
              "publishdate", "publish-date", "publish_date", "pubdate", "parsely-pub-date", "sailthru.date",
              "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "date", "article.published",
              "publication_date", "citation_publication_date"}
URL_DATE = re.compile(r"/(19|20)\d\d([/_-])(\d\d|[a-z]{3,9})\2\d\d?(/|$|-|_)|/(19|20)\d\d[01]\d[0-3]\d(/|$)", re.I)


class Markup(HTMLParser):
    def __init__(self):
        super().__init__()
        self.has_date = False
        self.urls = []
        self.in_ld = False

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        if tag == "meta" and key in DATE_METAS and a.get("content", "").strip():
            self.has_date = True
        if a.get("itemprop", "").lower() == "datepublished":
            self.has_date = True
        if tag == "time" and a.get("datetime", "").strip():
            self.has_date = True
        if tag == "link" and a.get("rel", "").lower() == "canonical":
            self.urls.append(a.get("href", ""))
        if tag == "meta" and key == "og:url":
            self.urls.append(a.get("content", ""))
        self.in_ld = tag == "script" and "ld+json" in a.get("type", "").lower()

    def handle_data(self, data):
        if self.in_ld and '"datePublished"' in data:
            self.has_date = True

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_ld = False


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    pages, out = argv
    records = {}
    for line in open(out, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            name = os.path.basename(r["source"]).split(".html")[0]
            records[name] = r
    stated, dated, with_lang, missing = 0, 0, 0, []
    names = sorted(f for f in os.listdir(pages) if ".htm" in f)
    for f in names:
        raw = open(os.path.join(pages, f), "rb").read()
        if f.endswith(".gz"):
            raw = gzip.decompress(raw)
        m = Markup()
        m.feed(raw.decode("utf-8", "replace"))
        name = f.split(".html")[0]
        r = records.get(name, {})
        if "lang" in r:
            with_lang += 1
        if m.has_date or any(URL_DATE.search(u) for u in m.urls):
            stated += 1
            if "date" in r:
                dated += 1
            else:
                missing.append(name)
    print(f"pages {len(names)}; lang on {with_lang}; date in markup on {stated}, of which tanqiya dated {dated} "
          f"({100 * dated / max(1, stated):.0f} %); date on {sum('date' in r for r in records.values())} records in all")
    for name in missing:
        print(f"  no date: {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
