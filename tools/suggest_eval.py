#!/usr/bin/env python3
"""How good are the rules `tanqiya rules suggest` drafts? Measured per site of a multi-site corpus
(Tests/Corpora/README.md) on pages the draft never saw.

usage: suggest_eval.py CORPUS_DIR [--bin PATH] [--train N] [--rules DIR] [--jsonl] [--keep DIR]

For each site: the first N pages of the site (manifest order; default 10) are the sample
`rules suggest --outlet <site> --rules DIR` drafts from, as text dumps; with --jsonl, as JSONL
records (whose URL hosts group the pages) with every page of the other sites beside them, and
--host <the site's host>. The site's other pages are then cleaned, one
process, `--no-learn` (single pages: nothing to learn from), with the rules folder plus the
draft, and without the draft (the generic path), and scored against the gold as score.py does.
Printed per site: detection (held-out pages the draft's outlet claimed), paragraph P/R/F1 and
titles with the draft, and the same without it. Exit status 0; 1 when suggest failed for a site.
"""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score_sites import fold, multiset_tp, prf  # noqa: E402


def arg(argv, name, default=None):
    if name in argv:
        i = argv.index(name)
        return argv[i + 1]
    return default


def score(out_path, corpus, inputs):
    recs = {}
    with open(out_path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                recs.setdefault(os.path.basename(str(r.get("source", ""))), []).append(r)
    tp = n_out = n_gold = titles = claimed = 0
    for name in inputs:
        gold = json.load(open(os.path.join(corpus, "gold", name.replace(".txt", ".json")), encoding="utf-8"))
        gp = [fold(p) for a in gold["articles"] for p in [a["title"]] + a["paragraphs"]]
        rs = recs.get(name, [])
        op = []
        for r in rs:
            op.append(fold(r.get("title", "")))
            op += [fold(p) for p in str(r.get("text", "")).split("\n") if fold(p)]
        tp += multiset_tp(op, gp)
        n_out += len(op)
        n_gold += len(gp)
        titles += int(bool(rs) and fold(rs[0].get("title", "")) == fold(gold["articles"][0]["title"]))
        claimed += int(bool(rs) and rs[0].get("outlet") not in (None, "unknown"))
    return tp, n_out, n_gold, titles, claimed


def row(name, n, draft, generic):
    p, r, f = prf(*draft[:3])
    gp, gr, gf = prf(*generic[:3])
    return (f"{name:<10} held-out {n:>2}  claimed {draft[4]:>2}/{n:<2}  draft P {p:.3f} R {r:.3f} F1 {f:.3f} "
            f"titles {draft[3]:>2}/{n:<2}  |  generic P {gp:.3f} R {gr:.3f} F1 {gf:.3f} titles {generic[3]:>2}/{n}")


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if not args:
        print(__doc__.strip().splitlines()[3], file=sys.stderr)
        return 2
    corpus = args[0]
    binary = arg(argv, "--bin", ".build/release/tanqiya")
    train = int(arg(argv, "--train", "10"))
    rules = arg(argv, "--rules", "rules")
    use_jsonl = "--jsonl" in argv
    keep = arg(argv, "--keep")
    rows = list(csv.DictReader(open(os.path.join(corpus, "manifest.tsv"), encoding="utf-8"), delimiter="\t"))
    sites = sorted({r["site"] for r in rows})
    records = {}
    if use_jsonl:
        for line in open(os.path.join(corpus, "jsonl", "pages.jsonl"), encoding="utf-8"):
            if line.strip():
                records[json.loads(line)["id"]] = line
    failed = False
    totals = {"draft": [0, 0, 0, 0, 0], "generic": [0, 0, 0, 0, 0]}
    pages = 0
    work = tempfile.mkdtemp(prefix="suggest-eval-")
    try:
        for site in sites:
            mine = [r for r in rows if r["site"] == site]
            # Text dumps are grouped by their shared lines and the largest group is drafted for:
            # the sample is the site's pages alone. JSONL records carry URLs: other sites' pages
            # are there too, to choose signatures against.
            sample = [r["input"] for r in mine[:train]]
            if use_jsonl:
                sample += [r["input"] for r in rows if r["site"] != site]
            held = [r["input"] for r in mine[train:]]
            host = mine[0]["url"].split("/")[2]
            d = os.path.join(work, site)
            os.makedirs(os.path.join(d, "sample"))
            os.makedirs(os.path.join(d, "held"))
            os.makedirs(os.path.join(d, "rules"))
            if use_jsonl:
                with open(os.path.join(d, "sample", "pages.jsonl"), "w", encoding="utf-8") as fh:
                    fh.writelines(records[n] for n in sample)
            else:
                for n in sample:
                    shutil.copy(os.path.join(corpus, "pages", n), os.path.join(d, "sample", n))
            for n in held:
                shutil.copy(os.path.join(corpus, "pages", n), os.path.join(d, "held", n))
            for n in os.listdir(rules):
                if n.endswith((".yaml", ".yml")):
                    shutil.copy(os.path.join(rules, n), os.path.join(d, "rules", n))
            outlet = site + "-draft"
            cmd = [binary, "rules", "suggest", os.path.join(d, "sample"), "--outlet", outlet, "--rules", rules,
                   "-o", os.path.join(d, "rules", outlet + ".yaml"), "-q"]
            if use_jsonl:
                cmd += ["--host", host]
            run = subprocess.run(cmd, capture_output=True, text=True)
            if run.returncode != 0:
                print(f"{site:<10} suggest failed ({run.returncode}): {run.stderr.strip()}")
                failed = True
                continue
            results = {}
            for name, rdir in (("draft", os.path.join(d, "rules")), ("generic", rules)):
                out = os.path.join(d, name + ".jsonl")
                subprocess.run([binary, "clean", os.path.join(d, "held"), "--rules", rdir, "--no-learn", "-q", "-o", out],
                               check=True)
                results[name] = score(out, corpus, held)
                totals[name] = [a + b for a, b in zip(totals[name], results[name])]
            pages += len(held)
            print(row(site, len(held), results["draft"], results["generic"]))
        print(row("ALL", pages, totals["draft"], totals["generic"]))
        if keep:
            shutil.copytree(work, keep, dirs_exist_ok=True)
    finally:
        shutil.rmtree(work)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
