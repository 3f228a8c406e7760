#!/usr/bin/env python3
"""F1 of an extractor's JSONL output on the scrapinghub pages, overall and on two fixed halves.

    python3 bench/html_quality.py OUT.jsonl GROUND_TRUTH.json [--floor bench/html_quality_floor.txt]

The metric is the benchmark's own (../shared/tools/score_articles.py, imported from beside the
ground truth). The halves are the pages' ids in sorted order, alternately (A: 1st, 3rd, …;
B: 2nd, 4th, …): a change that helps one half and hurts the other is tuning, not a principle, so
both are reported. With --floor, exits 1 when the overall F1 is below the floor in that file
(a line "f1 0.968"); floors only go up (see the file).
"""
import json
import os
import sys


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    floor_file = None
    if "--floor" in argv:
        floor_file = argv[argv.index("--floor") + 1]
        args.remove(floor_file)
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    out, truth_path = args
    tools = os.path.join(os.path.dirname(os.path.abspath(truth_path)), "..", "..", "tools")
    sys.path.insert(0, os.path.normpath(tools))
    from score_articles import page_scores, precision, recall, page_id  # the benchmark's metric

    truth = json.load(open(truth_path, encoding="utf-8"))
    pred = {}
    with open(out, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                pid = page_id(rec.get("source", ""))
                pred[pid] = (pred.get(pid, "") + "\n" + str(rec.get("text", ""))).strip()

    def f1(ids):
        rows = [page_scores(truth[pid].get("articleBody", ""), pred.get(pid, "")) for pid in ids]
        ps = [precision(*r) for r in rows if r[0] + r[1] > 0]
        rs = [recall(*r) for r in rows if r[0] + r[2] > 0]
        p = sum(ps) / len(ps) if ps else 0.0
        r = sum(rs) / len(rs) if rs else 0.0
        return (2 * p * r / (p + r) if p + r else 0.0), p, r

    ids = sorted(truth)
    overall = f1(ids)
    a, b = f1(ids[0::2]), f1(ids[1::2])
    print(f"F1 {overall[0]:.4f} (P {overall[1]:.4f} R {overall[2]:.4f}) over {len(ids)} pages; "
          f"half A {a[0]:.4f}, half B {b[0]:.4f}")
    if floor_file:
        floor = None
        for line in open(floor_file, encoding="utf-8"):
            parts = line.split()
            if len(parts) == 2 and parts[0] == "f1":
                floor = float(parts[1])
        if floor is None:
            print(f"{floor_file}: no 'f1 X' line", file=sys.stderr)
            return 2
        if overall[0] < floor:
            print(f"F1 {overall[0]:.4f} is below the floor {floor:.4f} ({floor_file})", file=sys.stderr)
            return 1
        print(f"floor {floor:.4f}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
