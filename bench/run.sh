#!/usr/bin/env bash
# make bench: the corpus-scale benchmark (issue 5). Generates a reproducible synthetic corpus of
# page dumps in the three outlets' layouts with planted exact and near duplicates (bench/gen_corpus.py,
# fixed seed), cleans it with the release build (--jobs 1 and --jobs 2, dedup on), and prints MB/s,
# pages/s, peak RSS, dedup precision/recall against the planted truth, and the time of a plain
# `grep -v -x -F -f chrome-lines.txt` over the same bytes.
#
#   BENCH_MB=100 BENCH_SEED=42 bash bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
MB="${BENCH_MB:-100}"
SEED="${BENCH_SEED:-42}"
WORK=bench/work
CORPUS="$WORK/corpus-$MB-$SEED"
OUT="$WORK/out"
BIN=.build/release/tanqiya
mkdir -p "$WORK" "$OUT"

if [ ! -f "$CORPUS/.done" ]; then
  echo "== generating a $MB MiB corpus (seed $SEED) in $CORPUS"
  rm -rf "$CORPUS"
  python3 bench/gen_corpus.py --out "$CORPUS" --size-mb "$MB" --seed "$SEED"
  touch "$CORPUS/.done"
fi
swift build -c release --product tanqiya >/dev/null
# Warm the page cache so both tools read from memory.
cat "$CORPUS"/pages/*/*.txt > /dev/null

ROUNDS="${BENCH_ROUNDS:-5}"
run() {  # run JOBS: clean the corpus; keep the best wall time of the rounds and its peak RSS
  local jobs=$1
  /usr/bin/time -f "%e %M" -o "$OUT/time-$jobs.now" \
    "$BIN" clean "$CORPUS/pages" --rules rules -o "$OUT/clean-$jobs.jsonl" --jobs "$jobs" -q \
    --duplicates "$OUT/dups-$jobs.jsonl" --stats "$OUT/stats-$jobs.json"
  if [ ! -f "$OUT/time-$jobs" ] || awk -v a="$(cut -d' ' -f1 "$OUT/time-$jobs.now")" -v b="$(cut -d' ' -f1 "$OUT/time-$jobs")" 'BEGIN{exit !(a<b)}'; then
    mv "$OUT/time-$jobs.now" "$OUT/time-$jobs"
  fi
}
# Alternate the two settings over a few rounds and keep each one's best: this machine is shared.
rm -f "$OUT"/time-*
for _ in $(seq "$ROUNDS"); do run 1; run 2; done

read -r t1 rss1 < "$OUT/time-1"
read -r t2 rss2 < "$OUT/time-2"
bytes=$(python3 -c "import json;print(json.load(open('$OUT/stats-1.json'))['bytes_in'])")
pages=$(python3 -c "import json;print(json.load(open('$OUT/stats-1.json'))['pages'])")

# The same pages as one JSONL file (the other input users feed), one job.
tj=999
for _ in $(seq "$ROUNDS"); do
  start=$(date +%s.%N)
  "$BIN" clean "$CORPUS/pages.jsonl" --rules rules -o "$OUT/clean-jsonl.jsonl" --jobs 1 -q
  end=$(date +%s.%N)
  tj=$(python3 -c "print(min($tj, $end - $start))")
done
jbytes=$(stat -c %s "$CORPUS/pages.jsonl")

tg=999
for _ in $(seq "$ROUNDS"); do
  start=$(date +%s.%N)
  grep -h -v -x -F -f "$CORPUS/chrome-lines.txt" -r "$CORPUS/pages" > /dev/null || true
  end=$(date +%s.%N)
  tg=$(python3 -c "print(min($tg, $end - $start))")
done

same="identical"
cmp -s "$OUT/clean-1.jsonl" "$OUT/clean-2.jsonl" && cmp -s "$OUT/dups-1.jsonl" "$OUT/dups-2.jsonl" || same="DIFFERENT"

echo
echo "== corpus: $pages pages, $(python3 -c "print(round($bytes/1e6,1))") MB of page dumps ($CORPUS)"
python3 - "$bytes" "$pages" "$t1" "$rss1" "$t2" "$rss2" "$tg" "$tj" "$jbytes" <<'PY'
import sys
b, p, t1, r1, t2, r2, tg, tj, jb = (float(x) for x in sys.argv[1:])
print(f"(best of the rounds)")
print(f"tanqiya clean --jobs 1 : {t1:6.2f} s  {b/1e6/t1:6.1f} MB/s  {p/t1:7.0f} pages/s  peak RSS {r1/1024:5.1f} MB")
print(f"tanqiya clean --jobs 2 : {t2:6.2f} s  {b/1e6/t2:6.1f} MB/s  {p/t2:7.0f} pages/s  peak RSS {r2/1024:5.1f} MB"
      f"  ({t1/t2:.2f}x the single job)")
print(f"same pages as pages.jsonl, --jobs 1: {tj:6.2f} s  {jb/1e6/tj:6.1f} MB/s of JSONL  {p/tj:7.0f} pages/s")
print(f"grep -v -x -F -f chrome: {tg:6.2f} s  {b/1e6/tg:6.1f} MB/s  (tanqiya --jobs 1 takes {t1/tg:.2f}x grep's time)")
PY
echo "output of --jobs 1 and --jobs 2: $same"
echo "== dedup against the planted duplicates"
python3 bench/score_dedup.py "$CORPUS/truth.jsonl" "$OUT/dups-1.jsonl"
python3 -c "import json;s=json.load(open('$OUT/stats-1.json'));print('dedup index:', s['dedup_index_bytes'], 'bytes for', s['articles']['written'], 'kept articles')"
