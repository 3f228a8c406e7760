#!/usr/bin/env bash
# make bench-shards: the staged run on the 100 MB benchmark corpus (bench/gen_corpus.py --size-mb
# 100 --seed 42, made by `make bench` or here), release build. Prints the time of one process
# (--jobs 1, 2), of the Ray driver with N shards on a local Ray instance of 1 and 2 workers (CPUs),
# of the README's xargs block, and the global step's time and peak RSS (/usr/bin/time -f %M),
# and checks every output against the single process's.
#
#   BENCH_MB=100 BENCH_SEED=42 BENCH_SHARDS=2 bash contrib/ray/bench_shards.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
MB="${BENCH_MB:-100}"
SEED="${BENCH_SEED:-42}"
N="${BENCH_SHARDS:-2}"
CORPUS="bench/work/corpus-$MB-$SEED"
W=bench/work/shards
BIN=.build/release/tanqiya
source contrib/ray/ensure_venv.sh

if [ ! -f "$CORPUS/.done" ]; then
  echo "== generating a $MB MiB corpus (seed $SEED) in $CORPUS"
  rm -rf "$CORPUS"
  python3 bench/gen_corpus.py --out "$CORPUS" --size-mb "$MB" --seed "$SEED"
  touch "$CORPUS/.done"
fi
swift build -c release --product tanqiya >/dev/null
rm -rf "$W" && mkdir -p "$W"
cat "$CORPUS"/pages/*/*.txt > /dev/null  # warm the page cache
IN="$CORPUS/pages"

timed() {  # timed NAME CMD…: wall seconds and peak RSS (KiB) of CMD into $W/NAME.time
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$W/$name.time" "$@"
}

echo "== one process"
for j in 1 2; do
  timed single-$j "$BIN" clean "$IN" --rules rules -o "$W/single-$j.jsonl" --duplicates "$W/single-$j.dups.jsonl" \
    --stats "$W/single-$j.stats.json" --jobs "$j" -q
done
echo "== Ray, $N shards, 1 and 2 workers"
for c in 1 2; do
  timed ray-$c "$PY" contrib/ray/tanqiya_ray.py "$IN" --out "$W/ray-$c" -n "$N" --num-cpus "$c" --bin "$BIN" 2> "$W/ray-$c.log" \
    || { cat "$W/ray-$c.log"; exit 1; }
  grep -E "global step|done:" "$W/ray-$c.log" | sed 's/^/  /'
done
echo "== xargs -P 2, $N shards (the README block)"
block=$(sed -n '/<!-- xargs block/,/^```$/p' contrib/ray/README.md | sed '1,2d;$d')
start=$(date +%s.%N)
TANQIYA=$BIN RULES=rules INPUTS=$IN N=$N P=2 WORK=$W/xargs/stage OUT=$W/xargs/out bash -c "$block" 2> "$W/xargs.log"
end=$(date +%s.%N)
echo "== the global step alone ($N shards' stage files, hard-linked)"
mkdir -p "$W/global"
cp -al "$W/ray-2.stage/." "$W/global/"
rm -f "$W/global/decisions.jsonl" "$W/global/decisions.done"
timed global "$BIN" dedup global "$W/global" 2> "$W/global.log"
sed 's/^/  /' "$W/global.log"
# The fixed cost: the global step over the 5 seeds' articles.
"$BIN" clean seeds --rules rules --shard 0/1 --stage-dir "$W/tiny" -q
timed global-tiny "$BIN" dedup global "$W/tiny" 2> /dev/null

same=identical
for x in "$W/single-2.jsonl" "$W/ray-1.jsonl" "$W/ray-2.jsonl" "$W/xargs/out/all.jsonl"; do
  cmp -s "$W/single-1.jsonl" "$x" || { same="DIFFERENT ($x)"; }
done
for x in "$W/single-2.dups.jsonl" "$W/ray-1.dups.jsonl" "$W/ray-2.dups.jsonl" "$W/xargs/out/all.dups.jsonl"; do
  cmp -s "$W/single-1.dups.jsonl" "$x" || { same="DIFFERENT ($x)"; }
done

echo
"$PY" - "$W" "$N" "$CORPUS" "$(python3 -c "print($end - $start)")" <<'PY'
import json, sys
w, n, corpus, xargs_s = sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4])
def t(name):
    s, kb = open(f"{w}/{name}.time").read().split()[-2:]
    return float(s), int(kb)
single = json.load(open(f"{w}/single-1.stats.json"))
print(f"== corpus: {single['pages']} pages, {single['bytes_in'] / 1e6:.1f} MB of page dumps ({corpus}); "
      f"{single['articles']['found']} articles, {sum(single['articles']['duplicates'].values())} duplicates")
for j in (1, 2):
    s, kb = t(f"single-{j}")
    print(f"{f'one process, --jobs {j}':32}: {s:6.2f} s  peak RSS {kb / 1024:4.0f} MB")
for c in (1, 2):
    s, _ = t(f"ray-{c}")
    st = json.load(open(f"{w}/ray-{c}.stats.json"))["sharded"]
    job = st["stage1_seconds"] + st["global_seconds"] + st["apply_seconds"] + st["concat_seconds"]
    shard = max(p["stage1_peak_rss_kb"] or 0 for p in st["per_shard"])
    print(f"{f'Ray, {n} shards, {c} worker' + ('s' if c > 1 else ''):32}: {s:6.2f} s  (Ray start-up and shutdown {s - job:.1f} s; "
          f"stages {job:.2f} s: stage 1 {st['stage1_seconds']:.2f}, global {st['global_seconds']:.2f}, "
          f"apply {st['apply_seconds']:.2f}, concat {st['concat_seconds']:.2f}; shard peak RSS {shard / 1024:.0f} MB)")
print(f"{f'xargs -P 2, {n} shards (README)':32}: {xargs_s:6.2f} s")
s, kb = t("global")
import glob, os
read = sum(os.path.getsize(p) for e in ("sig", "ids", "ords") for p in glob.glob(f"{w}/global/shard-*.{e}"))
_, base = t("global-tiny")
found = single["articles"]["found"]
print(f"{f'global step alone ({n} shards)':32}: {s:6.2f} s  peak RSS {kb / 1024:4.0f} MB  "
      f"(reads {read / 1e6:.1f} MB of .sig/.ids/.ords for {found} articles; {base / 1024:.0f} MB for 7 articles, "
      f"so ≈ {(kb - base) * 1024 / found:.0f} B per article above that)")
PY
echo "outputs (one process --jobs 1 vs 2, Ray 1 and 2 workers, xargs): $same"
[ "$same" = identical ]
