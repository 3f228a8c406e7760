#!/usr/bin/env python3
"""Per-site scores of a clean run on a multi-site corpus (Tests/Corpora/README.md).

usage: score_sites.py OUT.jsonl CORPUS_DIR [--against BASE.jsonl] [--pages]

CORPUS_DIR holds gold/ and manifest.tsv (input file name -> site). Records are matched to
gold files the way /work/shared/tools/score.py does it (the file name of the record's
"source"), and paragraphs are compared after the same folding (NFKC, tatweel and bidi marks
removed, white space collapsed), the title counting as a paragraph, so the ALL line equals
score.py's paragraph figures. Per site it prints paragraph P/R/F1, titles right (the first
record's title equals the gold title) and pages given exactly one record.
--against BASE.jsonl: a second run (e.g. --no-learn) scored the same way, and the change in
F1 and titles per site; a site where OUT is worse than BASE is marked «WORSE».
--pages: also list every page that is not perfect, with its missing and extra lines.
Exit status 0 (2 on a usage error).
"""
import csv
import json
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# The folding and matching of score.py, as the quality gate has them (one copy, checked there
# against score.py itself).
from quality_gate import fold, multiset_tp, prf  # noqa: E402


def load_records(path):
    by_input = defaultdict(list)
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                by_input[os.path.basename(str(rec.get("source", "")))].append(rec)
    return by_input


def score(records, corpus):
    """{site: totals}, [page rows] for one run."""
    manifest = {}
    with open(os.path.join(corpus, "manifest.tsv"), encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            manifest[row["input"]] = row
    sites = defaultdict(lambda: dict(tp=0, out=0, gold=0, pages=0, titles=0, one=0))
    rows = []
    gold_dir = os.path.join(corpus, "gold")
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        gold = json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
        site = manifest[gold["input"]]["site"]
        recs = records.get(gold["input"], [])
        gp = [fold(p) for a in gold["articles"] for p in [a["title"]] + a["paragraphs"]]
        op = []
        for r in recs:
            op.append(fold(r.get("title", "")))
            op += [fold(p) for p in str(r.get("text", "")).split("\n") if fold(p)]
        tp = multiset_tp(op, gp)
        title_ok = bool(recs) and fold(recs[0].get("title", "")) == fold(gold["articles"][0]["title"])
        t = sites[site]
        t["tp"] += tp; t["out"] += len(op); t["gold"] += len(gp); t["pages"] += 1
        t["titles"] += int(title_ok); t["one"] += int(len(recs) == len(gold["articles"]))
        rows.append(dict(input=gold["input"], site=site, tp=tp, out=op, gold=gp, title_ok=title_ok,
                         records=len(recs), notes=manifest[gold["input"]].get("notes", "")))
    return sites, rows


def total(sites):
    t = dict(tp=0, out=0, gold=0, pages=0, titles=0, one=0)
    for s in sites.values():
        for k in t:
            t[k] += s[k]
    return t


def line(name, t):
    p, r, f = prf(t["tp"], t["out"], t["gold"])
    return (f"{name:<10} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   titles {t['titles']:>3}/{t['pages']:<3} "
            f"({100 * t['titles'] / max(1, t['pages']):5.1f} %)   one record {t['one']:>3}/{t['pages']}")


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    against = None
    if "--against" in argv:
        i = argv.index("--against")
        if i + 1 >= len(argv):
            print(__doc__.strip().splitlines()[2], file=sys.stderr)
            return 2
        against = argv[i + 1]
        args = [a for a in args if a != against]
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    out, corpus = args
    sites, rows = score(load_records(out), corpus)
    base = score(load_records(against), corpus)[0] if against else None
    for name in sorted(sites):
        text = line(name, sites[name])
        if base is not None:
            f = prf(sites[name]["tp"], sites[name]["out"], sites[name]["gold"])[2]
            bf = prf(base[name]["tp"], base[name]["out"], base[name]["gold"])[2]
            dt = sites[name]["titles"] - base[name]["titles"]
            text += f"   vs base F1 {f - bf:+.3f} titles {dt:+d}"
            if f < bf - 1e-9 or dt < 0:
                text += "  WORSE"
        print(text)
    print(line("ALL", total(sites)))
    if base is not None:
        print(line("BASE ALL", total(base)))
    if "--pages" in argv:
        for r in rows:
            missing = list(r["gold"])
            for o in r["out"]:
                if o in missing:
                    missing.remove(o)
            extra = list(r["out"])
            for g in r["gold"]:
                if g in extra:
                    extra.remove(g)
            if not missing and not extra and r["title_ok"] and r["records"] == 1:
                continue
            print(f"\n{r['input']} [{r['site']}] records {r['records']} title {'ok' if r['title_ok'] else 'WRONG'}"
                  f"{'  (' + r['notes'] + ')' if r['notes'] else ''}")
            for m in missing:
                print(f"    missing: {m[:100]}")
            for e in extra:
                print(f"    extra:   {e[:100]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
