#!/usr/bin/env bash
# make install (of the debug build make test has built) into an empty folder, then the installed tanqiya from another folder: the seeds
# clean with the installed rules; moved elsewhere, it still cleans an unknown-outlet page; the
# man page and completions are there; make dumps fails clearly without DUMPS (part of make test).
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
echo "install: $("$P-moved/bin/tanqiya" --version); seeds cleaned from /tmp, moved install cleans an unknown page"
