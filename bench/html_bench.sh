#!/usr/bin/env bash
# HTML extraction benchmark: tanqiya's reader + generic extractor against trafilatura on the
# scrapinghub development pages, same machine, same run. Prints F1 and pages/s for both.
#
#   bash bench/html_bench.sh [THREADS]
#
# Needs: a release build (done here), python3, and trafilatura in /work/.venv-bench
# (python3 -m venv /work/.venv-bench && /work/.venv-bench/bin/pip install trafilatura lxml_html_clean);
# VENV=... overrides. Pages are gunzipped once into bench/work/ (git-ignored) and read into
# memory before timing, for both tools: the timings are parse + extract only.
set -euo pipefail
cd "$(dirname "$0")/.."
THREADS="${1:-1}"
ROUNDS="${ROUNDS:-3}"
BENCH="${BENCH_DIR:-../shared/benchmarks/scrapinghub}"
[ -d "$BENCH" ] || BENCH=/work/shared/benchmarks/scrapinghub
SCORE="$(dirname "$BENCH")/../tools/score_articles.py"
VENV="${VENV:-/work/.venv-bench}"
WORK=bench/work/scrapinghub
mkdir -p "$WORK" bench/work/out

python3 - "$BENCH/html" "$WORK" <<'PY'
import gzip, os, sys
src, dst = sys.argv[1:3]
for f in sorted(os.listdir(src)):
    if f.endswith(".html.gz"):
        out = os.path.join(dst, f[:-3])
        if not os.path.exists(out):
            open(out, "wb").write(gzip.open(os.path.join(src, f)).read())
PY

swift build -c release --product tanqiya-eval >/dev/null
echo "== tanqiya (reader + generic extractor), $THREADS thread(s), $ROUNDS rounds"
.build/release/tanqiya-eval "$WORK" bench/work/out/tanqiya.jsonl --threads "$THREADS" --repeat "$ROUNDS"
python3 "$SCORE" bench/work/out/tanqiya.jsonl "$BENCH/ground-truth.json"

if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c "import trafilatura" 2>/dev/null; then
    echo "== trafilatura $("$VENV/bin/python" -c 'import trafilatura; print(trafilatura.__version__)'), 1 process, 1 round"
    "$VENV/bin/python" - "$WORK" bench/work/out/trafilatura.jsonl <<'PY'
import json, os, sys, time
import trafilatura
src, out = sys.argv[1:3]
names = sorted(f for f in os.listdir(src) if f.endswith(".html"))
pages = [open(os.path.join(src, f), "rb").read() for f in names]
start = time.perf_counter()
texts = [trafilatura.extract(p, include_comments=False, include_tables=True) or "" for p in pages]
s = time.perf_counter() - start
print(f"trafilatura: {len(pages)} pages: {s:.3f} s, {len(pages)/s:.0f} pages/s")
with open(out, "w", encoding="utf-8") as fh:
    for n, t in zip(names, texts):
        fh.write(json.dumps({"source": n, "text": t}, ensure_ascii=False) + "\n")
PY
    python3 "$SCORE" bench/work/out/trafilatura.jsonl "$BENCH/ground-truth.json"
else
    echo "trafilatura not installed in $VENV: skipped"
fi
