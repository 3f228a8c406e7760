#!/usr/bin/env python3
"""Turns a marked draft into a fixture page and its gold article.

    python3 tools/new_fixture.py DRAFT.txt PAGES_DIR GOLD_DIR

A draft is the page, line by line, with the gold marked at the start of its lines:

    @outlet rt-arabic          the gold's outlet (default: unknown); emits no page line
    T> <line>                  the article's title (printed on the page as <line>)
    T>                         the article has no title: gold title "", no page line
    P> <line>                  a gold paragraph (lead first)
    C> <line>                  a gold caption
    S> <line>                  the page's category line, gold "section"
    R> <line> || <value>       a credit line printed as <line>, gold "credit" <value>
    A>                         a new article starts (gold only)

Every other line is page chrome, copied as it is (blank lines too). The page is written to
PAGES_DIR/<draft stem>.txt without a final newline, the gold to GOLD_DIR/<draft stem>.json in
the spec's format. Write fresh text (fictional sites, your own prose), never a real page's.
"""
import json
import os
import sys


def convert(draft_path, pages_dir, gold_dir):
    stem = os.path.splitext(os.path.basename(draft_path))[0]
    outlet = "unknown"
    page = []
    articles = []

    def article():
        if not articles:
            articles.append({"title": None, "paragraphs": []})
        return articles[-1]

    for raw in open(draft_path, encoding="utf-8").read().split("\n"):
        if raw.startswith("@outlet "):
            outlet = raw[len("@outlet "):].strip()
            continue
        mark, _, rest = raw.partition("> ")
        if raw == "T>":
            article()["title"] = ""
            continue
        if raw == "A>":
            articles.append({"title": None, "paragraphs": []})
            continue
        if mark == "T" and raw.startswith("T> "):
            if article()["title"] is None:
                article()["title"] = rest.strip()
            page.append(rest)
        elif mark == "P" and raw.startswith("P> "):
            article()["paragraphs"].append(rest.strip())
            page.append(rest)
        elif mark == "C" and raw.startswith("C> "):
            article().setdefault("captions", []).append(rest.strip())
            page.append(rest)
        elif mark == "S" and raw.startswith("S> "):
            article()["section"] = rest.strip()
            page.append(rest)
        elif mark == "R" and raw.startswith("R> "):
            line, _, value = rest.partition(" || ")
            article()["credit"] = value.strip()
            page.append(line)
        else:
            page.append(raw)
    while page and page[-1] == "":
        page.pop()
    for a in articles:
        if a["title"] is None:
            sys.exit(f"{draft_path}: an article without a T> line (use a bare 'T>' for no title)")
    os.makedirs(pages_dir, exist_ok=True)
    os.makedirs(gold_dir, exist_ok=True)
    with open(os.path.join(pages_dir, stem + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(page))
    gold = {"input": stem + ".txt", "outlet": outlet, "articles": articles}
    with open(os.path.join(gold_dir, stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    *drafts, pages_dir, gold_dir = argv
    for d in drafts:
        convert(d, pages_dir, gold_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
