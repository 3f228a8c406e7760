#!/usr/bin/env python3
"""Merges a staged run's per-shard stats into one JSON on stdout (for runs without the Ray driver:
xargs, Slurm). Python 3 standard library only.

usage: merge_stats.py STAGE_DIR PARTS_DIR

STAGE_DIR holds shard-000I-of-000N.stats.json (stage 1); PARTS_DIR holds part-I.* and
dups-I.jsonl (stage 3, I unpadded or zero-padded). Counts are summed; the written and dropped
articles and bytes_out come from the parts. Exits 1 when the counts do not add up (an input
neither cleaned nor failed) or a shard is missing.
"""
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tanqiya_ray import RunFailed, merge_stats, read_global_stats  # noqa: E402  (no Ray needed)


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    stage, parts = argv
    shards = {}
    for path in glob.glob(os.path.join(stage, "shard-*-of-*.stats.json")):
        m = re.fullmatch(r"shard-(\d+)-of-(\d+)\.stats\.json", os.path.basename(path))
        shards.setdefault(int(m[2]), {})[int(m[1])] = path
    if len(shards) != 1:
        print(f"merge_stats: {stage}: expected the stats of one shard count, found {sorted(shards) or 'none'}", file=sys.stderr)
        return 1
    (n, paths), = shards.items()
    if sorted(paths) != list(range(n)):
        print(f"merge_stats: {stage}: shards missing: {sorted(set(range(n)) - set(paths))}", file=sys.stderr)
        return 1
    stats, applied = [], []
    for i in range(n):
        with open(paths[i], encoding="utf-8") as f:
            stats.append(json.load(f))
        found = {}
        for kind in ("part", "dups"):
            hits = [p for p in glob.glob(os.path.join(parts, f"{kind}-*"))
                    if re.fullmatch(rf"{kind}-0*{i}\.[a-z]+", os.path.basename(p))]
            if len(hits) != 1:
                print(f"merge_stats: {parts}: expected one {kind}-{i}.*, found {hits}", file=sys.stderr)
                return 1
            found[kind] = hits[0]
        dropped = {}
        with open(found["dups"], encoding="utf-8") as f:
            for line in f:
                kind = json.loads(line)["kind"]
                dropped[kind] = dropped.get(kind, 0) + 1
        applied.append({"dropped": dropped, "bytes_out": os.path.getsize(found["part"])})
    wall = sum(s.get("wall_seconds", 0.0) for s in stats)
    try:
        merged = merge_stats(stats, applied, wall, {"shards": n, "note": "wall_seconds: the shards' stage-1 times, summed"},
                             read_global_stats(stage))
    except RunFailed as e:
        print(f"merge_stats: {e}", file=sys.stderr)
        return 1
    json.dump(merged, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
