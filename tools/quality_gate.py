#!/usr/bin/env python3
"""Quality gate: every fixture set that has gold is cleaned and scored, and the build fails when a
set falls below its floors (Tests/Quality/floors.json).

    python3 tools/quality_gate.py                 # score every set, fail below a floor (make quality)
    python3 tools/quality_gate.py --raise         # also raise floors to today's figures (never lowers)
    python3 tools/quality_gate.py --lower SET     # allow SET's floors to go down to today's figures
    python3 tools/quality_gate.py --show SET      # print SET's per-page figures and differences

Each set names its pages (a folder, optionally a file-name pattern) and its gold folder (the
spec's gold format, one file per page; an HTML rendering `<stem>.semantic.html` is scored against
`<stem>.json`); paths are relative to the repository; `options` adds options to the clean
(`["--no-learn"]`: the same corpus judged without learning). The pages are cleaned by the real CLI
(`tanqiya clean PAGES --no-dedup`, all of a set's pages in one run, so a multi-site corpus is
learned from as a user's run would: fixtures may share an article on purpose), and scored the way
../shared/tools/score.py scores: every title and paragraph of a page, after a light folding
(NFKC, tatweel and bidi marks removed, spaces collapsed), matched as a multiset against the gold's
titles and paragraphs; precision, recall and F1 over the whole set, the share of gold articles
whose title is right, and the share of score.py's metadata checks that pass (per gold article: the
outlet, the captions, and the credit and section where the gold has them). The scoring is a copy of score.py's (a few lines): the fixtures are judged
without ../shared. When ../shared/tools/score.py is there, the text sets are scored by it too and
both figures must agree, so the copy cannot drift.

Floors only go up: `--raise` writes today's figures where they are higher; lowering a floor takes
`--lower SET`, an explicit decision that shows in the diff of floors.json.
Exit status: 0 every set at or above its floors, 1 some set below, 2 usage or setup error.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FLOORS = os.path.join(ROOT, "Tests", "Quality", "floors.json")
METRICS = ("precision", "recall", "f1", "titles", "metadata")

DROP = dict.fromkeys(map(ord, "\u0640\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"), None)


def fold(s):
    s = unicodedata.normalize("NFKC", s or "").translate(DROP)
    return re.sub(r"\s+", " ", s).strip()


def prf(tp, n_out, n_gold):
    p = tp / n_out if n_out else (1.0 if n_gold == 0 else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def multiset_tp(out, gold):
    pool = defaultdict(int)
    for g in gold:
        pool[g] += 1
    tp = 0
    for o in out:
        if pool[o] > 0:
            pool[o] -= 1
            tp += 1
    return tp


def page_stem(path):
    """A page's stem: its file name without the extension (and an HTML rendering's kind)."""
    name = os.path.basename(path)
    for ext in (".semantic.html", ".plain.html", ".html", ".txt"):
        if name.endswith(ext):
            return name[: -len(ext)]
    return os.path.splitext(name)[0]


def score(records, gold_dir, pages):
    """Figures over `pages` (each scored against gold/<its stem>.json), and per-page rows."""
    by_page = defaultdict(list)
    for rec in records:
        by_page[os.path.basename(str(rec.get("source", "")))].append(rec)
    tp = n_out = n_gold = titles = titles_ok = meta = meta_ok = 0
    rows = []
    for page in pages:
        stem = os.path.basename(page)
        gold = json.load(open(os.path.join(gold_dir, page_stem(page) + ".json"), encoding="utf-8"))
        recs = by_page.get(stem, [])
        gp = [fold(p) for a in gold["articles"] for p in [a["title"]] + a["paragraphs"]]
        op = []
        for r in recs:
            op.append(fold(r.get("title", "")))
            op += [fold(p) for p in str(r.get("text", "")).split("\n") if fold(p)]
        t = multiset_tp(op, gp)
        tp, n_out, n_gold = tp + t, n_out + len(op), n_gold + len(gp)
        ok = 0
        for i, ga in enumerate(gold["articles"]):
            titles += 1
            ra = recs[i] if i < len(recs) else {}
            if fold(ra.get("title", "")) == fold(ga["title"]):
                ok += 1
            checks = [(gold.get("outlet"), ra.get("outlet")),
                      ([fold(c) for c in ga.get("captions", [])], [fold(c) for c in ra.get("captions", []) or []])]
            checks += [(fold(ga[key]), fold(ra.get(key) or "")) for key in ("credit", "section") if key in ga]
            meta += len(checks)
            meta_ok += sum(want == got for want, got in checks)
        titles_ok += ok
        p, r, f = prf(t, len(op), len(gp))
        rows.append((stem, p, r, f, ok == len(gold["articles"]), [g for g in gp if g not in op], [o for o in op if o not in gp]))
    p, r, f = prf(tp, n_out, n_gold)
    return {"precision": p, "recall": r, "f1": f, "titles": titles_ok / titles if titles else 1.0,
            "metadata": meta_ok / meta if meta else 1.0, "pages": len(pages)}, rows


def pages_of(spec):
    folder = os.path.join(ROOT, spec["pages"])
    pattern = re.compile(spec.get("match", ".*"))
    gold_dir = os.path.join(ROOT, spec["gold"])
    pages = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if os.path.isfile(path) and pattern.search(name) and os.path.exists(os.path.join(gold_dir, page_stem(name) + ".json")):
            pages.append(path)
    return pages


def clean(binary, pages, out, options=()):
    cmd = [binary, "clean", *pages, "--no-dedup", "-q", "--rules", os.path.join(ROOT, "rules"), *options, "-o", out]
    subprocess.run(cmd, check=True)
    return [json.loads(line) for line in open(out, encoding="utf-8") if line.strip()]


def shared_f1(records, gold_dir, stems, scratch):
    """score.py's paragraph F1 on the same records (text pages only), or None without ../shared."""
    scorer = os.path.join(ROOT, "..", "shared", "tools", "score.py")
    if not os.path.exists(scorer):
        return None
    golds = os.path.join(scratch, "gold")
    os.makedirs(golds, exist_ok=True)
    for f in os.listdir(golds):
        os.remove(os.path.join(golds, f))
    for stem in stems:
        with open(os.path.join(gold_dir, stem + ".json"), encoding="utf-8") as src, \
             open(os.path.join(golds, stem + ".json"), "w", encoding="utf-8") as dst:
            dst.write(src.read())
    path = os.path.join(scratch, "records.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, scorer, path, golds, "--quiet"], capture_output=True, text=True).stdout
    m = re.search(r"paragraph F1 ([0-9.]+)", out)
    return float(m.group(1)) if m else None


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "debug", "tanqiya"))
    ap.add_argument("--floors", default=FLOORS, help="the sets and their floors (default Tests/Quality/floors.json)")
    ap.add_argument("--raise", dest="raise_floors", action="store_true", help="raise floors to today's figures")
    ap.add_argument("--lower", action="append", default=[], metavar="SET", help="let SET's floors go down")
    ap.add_argument("--show", action="append", default=[], metavar="SET", help="print SET's pages")
    args = ap.parse_args(argv)
    if not os.path.exists(args.bin):
        print(f"quality: {args.bin} not found (build first)", file=sys.stderr)
        return 2
    config = json.load(open(args.floors, encoding="utf-8"))
    failed = False
    changed = False
    with tempfile.TemporaryDirectory() as scratch:
        for name, spec in config["sets"].items():
            pages = pages_of(spec)
            if not pages:
                print(f"quality: set {name}: no page with gold in {spec['pages']}", file=sys.stderr)
                return 2
            stems = sorted({page_stem(p) for p in pages})
            records = clean(args.bin, pages, os.path.join(scratch, name + ".jsonl"), spec.get("options", []))
            figures, rows = score(records, os.path.join(ROOT, spec["gold"]), pages)
            if all(p.endswith(".txt") for p in pages) and len(stems) == len(pages):
                theirs = shared_f1(records, os.path.join(ROOT, spec["gold"]), stems, scratch)
                if theirs is not None and abs(theirs - round(figures["f1"], 3)) > 0.0015:
                    print(f"quality: set {name}: this script's F1 {figures['f1']:.3f} differs from score.py's {theirs:.3f}")
                    failed = True
            floors = spec.setdefault("floors", {})
            below = [m for m in METRICS if round(figures[m], 3) < floors.get(m, 0.0)]
            status = "BELOW " + ", ".join(f"{m} {figures[m]:.3f} < {floors[m]:.3f}" for m in below) if below else "ok"
            print(f"{name:10} {len(pages):3} pages  P {figures['precision']:.3f}  R {figures['recall']:.3f}  "
                  f"F1 {figures['f1']:.3f}  titles {figures['titles']:.3f}  metadata {figures['metadata']:.3f}   {status}")
            if name in args.show:
                for stem, p, r, f, title_ok, missing, extra in rows:
                    print(f"    {stem}: P {p:.3f} R {r:.3f} F1 {f:.3f}{'' if title_ok else '  title differs'}")
                    for m in missing[:5]:
                        print(f"        missing: {m[:90]}")
                    for e in extra[:5]:
                        print(f"        extra:   {e[:90]}")
            for m in METRICS:
                today = round(figures[m], 3)
                if (args.raise_floors and today > floors.get(m, 0.0)) or (name in args.lower and today < floors.get(m, 0.0)):
                    floors[m] = today
                    changed = True
            if below and name not in args.lower:
                failed = True
    if changed:
        with open(args.floors, "w", encoding="utf-8") as f:
            json.dump(config, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(f"quality: floors written to {args.floors}")
    if failed:
        print("quality: below the floors (see above); fix the regression, or lower a floor with --lower SET and say why")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
