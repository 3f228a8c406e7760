#!/usr/bin/env bash
# The HTML reports as a person sees them (part of make test): `tanqiya explain seeds --html` and
# `tanqiya check --html` (on a scratch copy of the rules with one caption rule deleted) are
# loaded in headless Chromium; the rendered DOM must hold, per label, as many lines as the
# explain trace has, and the check report's per-rule summary must name the deleted rule.
# Screenshots: out/report/explain.png, out/report/check.png.
# Chromium comes from Debian's packages (installed with apt-get when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-.build/debug/tanqiya}
OUT=out/report
mkdir -p "$OUT"

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "installing chromium with apt-get"
  SUDO=$( [ "$(id -u)" = 0 ] || echo sudo )
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-core >/dev/null
  browser=$(command -v chromium)
fi
run_browser() {
  # --no-sandbox: CI runs as root; a fresh profile each time.
  local profile; profile=$(mktemp -d)
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --user-data-dir="$profile" \
    --virtual-time-budget=3000 "$@" 2>/dev/null
  rm -rf "$profile"
}

# 1. explain: every seed's lines.
"$BIN" explain seeds --rules rules -q --html "$OUT/explain.html" > "$OUT/explain.tsv"
run_browser --dump-dom "file://$PWD/$OUT/explain.html" > "$OUT/explain.dom.html"
run_browser --window-size=1280,1600 --screenshot="$PWD/$OUT/explain.png" "file://$PWD/$OUT/explain.html" >/dev/null

# 2. check: one caption rule deleted from a scratch copy of the rules.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp rules/*.yaml "$scratch/"
sed '/^  captions:/,/asharq.caption-twice/d' "$scratch/asharq-alawsat.yaml" > "$scratch/a.tmp" && mv "$scratch/a.tmp" "$scratch/asharq-alawsat.yaml"
status=0
"$BIN" check --rules "$scratch" --html "$OUT/check.html" > "$OUT/check.txt" 2>/dev/null || status=$?
[ "$status" = 1 ] || { echo "check with a deleted rule: status $status, expected 1"; exit 1; }
run_browser --dump-dom "file://$PWD/$OUT/check.html" > "$OUT/check.dom.html"
run_browser --window-size=1280,1200 --screenshot="$PWD/$OUT/check.png" "file://$PWD/$OUT/check.html" >/dev/null

python3 tools/check_report_dom.py "$OUT"
