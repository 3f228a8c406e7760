#!/usr/bin/env python3
"""Check fixture gold files against their text dumps.

For every gold/<stem>.json:
  * the JSON parses and has the spec's shape ("input", "outlet", "articles";
    each article has "title" and "paragraphs", optional "captions", "credit",
    "section", nothing else);
  * "input" equals "<stem>.txt" and that file exists in the text directory;
  * the title (or "" for a page that prints none), every paragraph, every caption and the section appear verbatim
    (after strip) as a line of the text file;
  * the credit is the value of a source line ("المصدر: X" or "مصدر:X");
  * paragraphs occur in page order, and articles follow one another.
Every text file must also have a gold file.

Usage: validate.py [--text DIR] [--gold DIR]
Defaults: pages/ and gold/ next to this script. Exit status 0 when all pass.
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {"asharq-alawsat", "rt-arabic", "trt-arabi", "unknown"}
ARTICLE_KEYS = {"title", "paragraphs", "captions", "credit", "section"}
CREDIT_RE = re.compile(r"^(?:ال)?مصدر:\s*(.+)$")


def check(stem, gold_path, text_dir):
    errors = []
    try:
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f)
    except (OSError, ValueError) as e:
        return [f"cannot parse JSON: {e}"]
    if not isinstance(gold, dict):
        return ["top level is not an object"]
    extra = set(gold) - {"input", "outlet", "articles"}
    if extra:
        errors.append(f"unexpected top-level keys {sorted(extra)}")
    if gold.get("input") != stem + ".txt":
        errors.append(f'"input" is {gold.get("input")!r}, expected {stem + ".txt"!r}')
    if gold.get("outlet") not in OUTLETS:
        errors.append(f'unknown outlet {gold.get("outlet")!r}')
    text_path = os.path.join(text_dir, stem + ".txt")
    try:
        with open(text_path, encoding="utf-8") as f:
            raw = f.read()
    except OSError as e:
        return errors + [f"cannot read text file: {e}"]
    lines = [l.strip() for l in raw.split("\n")]
    line_set = set(lines)
    credit_values = {m.group(1).strip() for l in lines for m in [CREDIT_RE.match(l)] if m}

    articles = gold.get("articles")
    if not isinstance(articles, list) or not articles:
        return errors + ['"articles" must be a non-empty list']
    pos = -1  # page-order cursor over line indices
    for n, art in enumerate(articles, 1):
        where = f"article {n}"
        if not isinstance(art, dict):
            errors.append(f"{where}: not an object")
            continue
        extra = set(art) - ARTICLE_KEYS
        if extra:
            errors.append(f"{where}: unexpected keys {sorted(extra)}")
        for key in ("title", "paragraphs"):
            if key not in art:
                errors.append(f"{where}: missing {key!r}")

        def need_line(value, what):
            if not isinstance(value, str) or not value.strip():
                errors.append(f"{where}: {what} is empty or not a string")
            elif value != value.strip():
                errors.append(f"{where}: {what} is not stripped: {value[:40]!r}")
            elif value not in line_set:
                errors.append(f"{where}: {what} not found as a line: {value[:60]!r}")

        # A page without any title line has the title "" (the empty title is the right answer).
        if art.get("title") != "":
            need_line(art.get("title"), "title")
        paras = art.get("paragraphs", [])
        if not isinstance(paras, list) or not paras:
            errors.append(f"{where}: paragraphs must be a non-empty list")
            paras = []
        for i, p in enumerate(paras, 1):
            need_line(p, f"paragraph {i}")
            if isinstance(p, str) and p in line_set:
                try:
                    pos = lines.index(p, pos + 1)
                except ValueError:
                    errors.append(f"{where}: paragraph {i} is out of page order")
        caps = art.get("captions")
        if caps is not None:
            if not isinstance(caps, list) or not caps:
                errors.append(f"{where}: captions must be a non-empty list when present")
            else:
                if len(set(caps)) != len(caps):
                    errors.append(f"{where}: a caption is listed twice")
                for i, c in enumerate(caps, 1):
                    need_line(c, f"caption {i}")
        if "credit" in art:
            c = art["credit"]
            if not isinstance(c, str) or c not in credit_values:
                errors.append(f"{where}: credit {c!r} is not the value of a source line "
                              f"(found {sorted(credit_values)})")
        if "section" in art:
            need_line(art["section"], "section")
    return errors


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--text", default=os.path.join(HERE, "pages"))
    ap.add_argument("--gold", default=os.path.join(HERE, "gold"))
    args = ap.parse_args()

    gold_stems = sorted(f[:-5] for f in os.listdir(args.gold) if f.endswith(".json"))
    text_stems = sorted(f[:-4] for f in os.listdir(args.text) if f.endswith(".txt"))
    passed = failed = 0
    for stem in sorted(set(text_stems) - set(gold_stems)):
        print(f"FAIL {stem}: text file has no gold file")
        failed += 1
    for stem in gold_stems:
        errs = check(stem, os.path.join(args.gold, stem + ".json"), args.text)
        if errs:
            failed += 1
            print(f"FAIL {stem}")
            for e in errs:
                print(f"     {e}")
        else:
            passed += 1
            print(f"ok   {stem}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
