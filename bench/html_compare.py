#!/usr/bin/env python3
"""Per page, tanqiya's F1 on the scrapinghub pages against other extractors' on the same pages.

    python3 bench/html_compare.py OURS.jsonl GROUND_TRUTH.json NAME=OTHER.jsonl... [--margin 0.05]
    python3 bench/html_compare.py --extract PAGES_DIR OUT_DIR   # (in a venv with trafilatura and
                                                                #  readability-lxml) their outputs

Lists the pages where another extractor beats tanqiya by more than the margin (F1, the benchmark's
metric: ../shared/tools/score_articles.py), with each one's precision and recall — recall lost is
text tanqiya dropped, precision lost is chrome it kept — and the half (A/B, as
bench/html_quality.py splits them) each page is in, then the counts both ways. Look at those pages
by class (the explain trace: `tanqiya clean PAGE --explain -`), never to tune one page.

`--extract` writes OUT_DIR/trafilatura.jsonl and OUT_DIR/readability.jsonl: trafilatura.extract
(tables kept, comments not: as bench/html_bench.sh runs it) and readability-lxml's summary as text
(one line per text node), one record {"source", "text"} per page.
"""
import gzip
import json
import os
import sys


def extract(pages, out_dir):
    import trafilatura
    import lxml.html
    from readability import Document

    os.makedirs(out_dir, exist_ok=True)
    names = sorted(n for n in os.listdir(pages) if n.endswith((".html", ".htm", ".html.gz")))
    with open(os.path.join(out_dir, "trafilatura.jsonl"), "w", encoding="utf-8") as ft, \
            open(os.path.join(out_dir, "readability.jsonl"), "w", encoding="utf-8") as fr:
        for name in names:
            path = os.path.join(pages, name)
            raw = gzip.open(path).read() if name.endswith(".gz") else open(path, "rb").read()
            text = trafilatura.extract(raw, include_comments=False, include_tables=True) or ""
            ft.write(json.dumps({"source": name, "text": text}, ensure_ascii=False) + "\n")
            try:
                summary = Document(raw.decode("utf-8", "replace")).summary(html_partial=True)
                text = "\n".join(t.strip() for t in lxml.html.fromstring(summary).itertext() if t.strip())
            except Exception:  # readability gives up on some pages: they count as empty output
                text = ""
            fr.write(json.dumps({"source": name, "text": text}, ensure_ascii=False) + "\n")
    return 0


def main(argv):
    if argv[:1] == ["--extract"]:
        if len(argv) != 3:
            print(__doc__.strip().splitlines()[3], file=sys.stderr)
            return 2
        return extract(argv[1], argv[2])
    margin = 0.05
    if "--margin" in argv:
        k = argv.index("--margin")
        margin = float(argv[k + 1])
        argv = argv[:k] + argv[k + 2:]
    if len(argv) < 3 or not all("=" in a for a in argv[2:]):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    ours_path, truth_path = argv[0], argv[1]
    others = [a.split("=", 1) for a in argv[2:]]
    tools = os.path.join(os.path.dirname(os.path.abspath(truth_path)), "..", "..", "tools")
    sys.path.insert(0, os.path.normpath(tools))
    from score_articles import page_scores, precision, recall, page_id  # the benchmark's metric

    truth = json.load(open(truth_path, encoding="utf-8"))

    def load(path):
        pred = {}
        for line in open(path, encoding="utf-8"):
            if line.strip():
                rec = json.loads(line)
                pid = page_id(rec.get("source", ""))
                pred[pid] = (pred.get(pid, "") + "\n" + str(rec.get("text", ""))).strip()
        return pred

    def prf(true, pred):
        row = page_scores(true, pred)
        p, r = precision(*row), recall(*row)
        return (2 * p * r / (p + r) if p + r else 0.0), p, r

    ours = load(ours_path)
    theirs = [(name, load(path)) for name, path in others]
    ids = sorted(truth)
    half = {pid: "AB"[k % 2] for k, pid in enumerate(ids)}
    lose = {name: 0 for name, _ in theirs}
    win = {name: 0 for name, _ in theirs}
    rows = []
    for pid in ids:
        body = truth[pid].get("articleBody", "")
        o = prf(body, ours.get(pid, ""))
        scores = [(name, prf(body, pred.get(pid, ""))) for name, pred in theirs]
        for name, s in scores:
            lose[name] += s[0] - o[0] > margin
            win[name] += o[0] - s[0] > margin
        if any(s[0] - o[0] > margin for _, s in scores):
            rows.append((o[0], pid, o, scores))
    for _, pid, o, scores in sorted(rows):
        line = f"{pid[:12]} {half[pid]}  tanqiya F {o[0]:.3f} (P {o[1]:.3f} R {o[2]:.3f})"
        for name, s in scores:
            line += f"  {name} F {s[0]:.3f} (P {s[1]:.3f} R {s[2]:.3f})"
        print(line)
    for name, _ in theirs:
        print(f"{name}: beats tanqiya by > {margin} on {lose[name]} pages, tanqiya beats it on {win[name]}")
    print(f"pages where any beats tanqiya: {len(rows)} of {len(ids)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
