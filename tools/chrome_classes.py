#!/usr/bin/env python3
"""Which chrome classes a clean run keeps, and which gold lines it loses, by rule id.

usage: chrome_classes.py EXPLAIN [--corpus DIR] [--top N]

EXPLAIN is the trace of `tanqiya clean PAGES --explain EXPLAIN` over a generated corpus's
pages/ (Tests/Corpora/README.md). The corpus (default Tests/Corpora/singles-dev) is rebuilt
in memory from its sources (generate.py's CORPORA), so every page line is known with its role
(title, paragraph, caption, chrome) and, for the singles-dev sites, its chrome class (the
class the site module gave it, e.g. `read-also-box`, `date-hijri`). The trace gives each
line's label, rule and action. Printed:
  false positives: chrome lines kept, counted by (class, label, rule), with one example;
  false negatives: paragraph and caption lines not kept as such, by (label, rule, action).
Lines are matched by their number (the generator writes no leading blank lines).
Standard library only; exit status 0 (2 on a usage error).
"""
import argparse
import collections
import hashlib
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPORA_DIR = os.path.join(ROOT, "Tests", "Corpora")


def trace(path):
    """{input file name: {line number: (label, rule, action)}} from an explain trace."""
    rows, cur = collections.defaultdict(dict), None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# source: "):
            cur = os.path.basename(line[len("# source: "):])
        elif cur and not line.startswith("#") and not line.startswith("line\t"):
            f = line.split("\t", 5)
            if len(f) == 6 and f[0].isdigit():
                rows[cur][int(f[0])] = (f[2], f[3], f[4].split(" ")[0].split(":")[0])
    return rows


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("explain")
    ap.add_argument("--corpus", default=os.path.join(CORPORA_DIR, "singles-dev"))
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args(argv)
    sys.path.insert(0, CORPORA_DIR)
    import generate
    match = [c for c in generate.CORPORA if os.path.abspath(c[1]) == os.path.abspath(args.corpus)]
    if not match:
        ap.error(f"{args.corpus} is not one of generate.py's CORPORA")
    sources, _, seed = match[0]
    pages = sorted(generate.build(sources, seed), key=lambda p: hashlib.sha1(p[0].encode()).hexdigest())
    rows = trace(args.explain)
    fp, fn, example = collections.Counter(), collections.Counter(), {}
    for n, (url, site, _, _, page) in enumerate(pages):
        name = f"{n:03d}_{hashlib.sha1(url.encode()).hexdigest()[:16]}.txt"
        if name not in rows:
            continue
        for i, (text, role, value) in enumerate(page.lines, 1):
            if not text.strip() or i not in rows[name]:
                continue
            label, rule, action = rows[name][i]
            if role == "chrome" and action == "keep":
                key = ("fp", value or "unclassed", label, rule)
            elif role == "para" and not (action == "keep" and label == "body"):
                key = ("fn", "paragraph", label, rule, action)
            elif role == "caption" and not (action == "keep" and label == "caption"):
                key = ("fn", "caption", label, rule, action)
            else:
                continue
            (fp if key[0] == "fp" else fn)[key] += 1
            example.setdefault(key, f"{site}: {text.strip()[:60]}")
    print("chrome kept (false positives): lines\tclass\tlabel\trule\texample")
    for key, c in fp.most_common(args.top):
        print(c, *key[1:], example[key], sep="\t")
    print("\ngold lines lost or mislabelled (false negatives): lines\twhat\tlabel\trule\taction\texample")
    for key, c in fn.most_common(args.top):
        print(c, *key[1:], example[key], sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
