#!/usr/bin/env python3
"""Score a dedup run against a synthetic corpus's truth.

usage: score_dedup.py TRUTH.jsonl DUPLICATES.jsonl

TRUTH.jsonl is bench/gen_corpus.py's truth: one line per article, {"article_id", "duplicate_of",
"kind": "exact" | "near" | null, ...}. DUPLICATES.jsonl is the tool's --duplicates output: one
line per dropped article, {"id", "duplicate_of", "kind", "similarity"}.

A predicted pair (id, duplicate_of) is correct when the truth says `id` is a duplicate (of either
kind) and both articles are in the same truth cluster (an original and all its copies): if the
truth has B and C as copies of A, "C duplicate of B" is as right as "C duplicate of A".
  overall   every prediction; tp = correct, fp = the rest, fn = truth duplicates not found
  exact     predictions whose article the truth calls an exact copy (or, for articles the truth
            does not call a copy, that the tool labelled "exact"); fn = exact copies not found
  near      the same for near copies
Precision is 1.0 when nothing was predicted, recall 1.0 when there was nothing to find.
An original flagged as a copy of one of its own copies (the tool kept a later copy instead of
the first occurrence) counts as a false positive and is also reported on its own line.
Exit status: 0 whatever the figures (2 only for a usage error or an unreadable file).
"""
import json
import sys

KINDS = ("exact", "near")


def load_jsonl(path, what):
    rows, bad = [], 0
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{path}:{n}: not JSON ({e}); skipped", file=sys.stderr)
                bad += 1
                continue
            if not isinstance(rec, dict):
                print(f"{path}:{n}: not a JSON object; skipped", file=sys.stderr)
                bad += 1
                continue
            rows.append(rec)
    return rows, bad


def ratio(num, den):
    return num / den if den else 1.0


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    truth_path, pred_path = argv
    try:
        truth, bad_truth = load_jsonl(truth_path, "truth")
        preds, bad_pred = load_jsonl(pred_path, "duplicates")
    except OSError as e:
        print(f"score_dedup: {e}", file=sys.stderr)
        return 2

    kind_of, root = {}, {}
    for t in truth:
        aid = t.get("article_id")
        if aid is None:
            continue
        kind_of[aid] = t.get("kind")
        root[aid] = t.get("duplicate_of") or aid
    # Follow chains in case a truth file ever points at a copy rather than the first occurrence.
    for aid in root:
        seen = 0
        while root[root[aid]] != root[aid] and seen < 100:
            root[aid] = root[root[aid]]
            seen += 1
    expected = {k: {a for a, v in kind_of.items() if v == k} for k in KINDS}

    tp = dict.fromkeys(KINDS, 0)
    fp = dict.fromkeys(KINDS, 0)
    fp_other = 0                      # wrong predictions on articles with no usable kind
    found = set()
    seen_ids = set()
    repeats = unknown = swaps = kind_agree = 0
    for p in preds:
        x, y = p.get("id"), p.get("duplicate_of")
        if x in seen_ids:
            repeats += 1
            continue
        seen_ids.add(x)
        pk = p.get("kind")
        tk = kind_of.get(x)
        cat = tk if tk in KINDS else (pk if pk in KINDS else None)
        if x not in kind_of or y not in kind_of:
            unknown += 1
            correct = False
        else:
            correct = tk in KINDS and x != y and root[x] == root[y]
            if not correct and tk is None and x != y and root[x] == root[y]:
                swaps += 1
        if correct:
            tp[cat] += 1
            found.add(x)
            kind_agree += pk == tk
        elif cat is None:
            fp_other += 1
        else:
            fp[cat] += 1

    fn = {k: len(expected[k] - found) for k in KINDS}
    rows = [(k, tp[k], fp[k], fn[k]) for k in KINDS]
    rows.append(("overall", sum(tp.values()), sum(fp.values()) + fp_other, sum(fn.values())))
    for name, t, f, n in rows:
        print(f"{name}: precision {ratio(t, t + f):.3f} recall {ratio(t, t + n):.3f} (tp {t} fp {f} fn {n})")
    total_tp = sum(tp.values())
    print(f"truth: {len(kind_of)} articles, {len(expected['exact'])} exact and {len(expected['near'])} near copies; "
          f"predictions: {len(preds)}")
    if total_tp:
        print(f"kind label agrees with the truth on {kind_agree} of {total_tp} correct predictions")
    notes = [(swaps, "originals flagged as a copy of their own copy (counted as fp)"),
             (unknown, "predictions naming an article id not in the truth (counted as fp)"),
             (repeats, "repeated predictions for the same id (ignored after the first)"),
             (bad_truth + bad_pred, "unreadable lines skipped")]
    for n, what in notes:
        if n:
            print(f"note: {n} {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
