#!/usr/bin/env bash
# make install (of the debug build make test has built) into an empty folder, then the installed tanqiya from another folder: the seeds
# clean with the installed rules; moved elsewhere, it still cleans an unknown-outlet page; the
# man page and completions are there; make dumps fails clearly without DUMPS, on two inputs with
# one output and on a name make cannot take (part of make test).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
P=$(mktemp -d)
trap 'rm -rf "$P" "$P-moved"' EXIT
make --no-print-directory install INSTALL_CONFIG=debug PREFIX="$P" > "$P.log" 2>&1 || { tail -n 30 "$P.log"; exit 1; }
rm -f "$P.log"
for f in bin/tanqiya share/man/man1/tanqiya.1 share/bash-completion/completions/tanqiya share/zsh/site-functions/_tanqiya \
         share/fish/vendor_completions.d/tanqiya.fish share/tanqiya/rules/rt-arabic.yaml; do
  [ -s "$P/$f" ] || { echo "install: $P/$f missing"; exit 1; }
done
cd /tmp
n=$(env -u TANQIYA_RULES "$P/bin/tanqiya" clean "$repo/seeds" -q | wc -l)
[ "$n" = 7 ] || { echo "installed tanqiya: $n articles from the seeds, expected 7"; exit 1; }
mv "$P" "$P-moved"
out=$(env -u TANQIYA_RULES "$P-moved/bin/tanqiya" clean "$repo/Tests/Fixtures/pages/unknown-01-portal-menu-footer.txt" 2>&1)
grep -q '"outlet":"unknown"' <<< "$out" || { echo "moved install: $out"; exit 1; }
grep -q "share/tanqiya/rules (installed)" <<< "$out" || { echo "moved install did not use its rules: $out"; exit 1; }
cd "$repo"
if err=$(make --no-print-directory dumps DUMPS=/nonexistent/dumps 2>&1); then echo "make dumps without DUMPS succeeded"; exit 1; fi
grep -q "is not a directory" <<< "$err" || { echo "make dumps: unclear failure: $err"; exit 1; }
# page.txt and page.html both make page.jsonl (make only warned "overriding recipe" and dropped
# one); a space in a name split it in two targets ("No rule to make target 'dumps/a'"). Both
# are refused before anything is built, saying why.
D=$(mktemp -d)
cp seeds/000_*.txt "$D/page.txt"; printf '<html><body><p>x</p></body></html>' > "$D/page.html"
if err=$(make --no-print-directory dumps DUMPS="$D" CLEAN_OUT="$D-out" 2>&1); then echo "make dumps with page.txt and page.html succeeded"; rm -rf "$D"; exit 1; fi
grep -q "differ only in their extension would write one output, $D-out/page.jsonl" <<< "$err" || { echo "make dumps: unclear failure: $err"; rm -rf "$D"; exit 1; }
rm "$D/page.html"; cp "$D/page.txt" "$D/a b.txt"
if err=$(make --no-print-directory dumps DUMPS="$D" CLEAN_OUT="$D-out" 2>&1); then echo "make dumps with a space in a name succeeded"; rm -rf "$D"; exit 1; fi
grep -q "make cannot name a target after $D/a b.txt" <<< "$err" || { echo "make dumps: unclear failure: $err"; rm -rf "$D"; exit 1; }
rm -rf "$D"
echo "install: $("$P-moved/bin/tanqiya" --version); seeds cleaned from /tmp, moved install cleans an unknown page"
