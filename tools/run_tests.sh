#!/usr/bin/env bash
# make test: every step runs even when an earlier one fails; each step's whole output goes to
# .build/test-logs/<step>.log and only its last lines (or, for swift test, the failures) are
# shown. The end names every failing step, test and file:line, and the last line is always
#   tests: N passed, N failed, N skipped
# (the swift tests plus one per other step). Exit status 1 when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
SWIFT="${SWIFT:-swift}"
MAKE="${MAKE:-make}"
LOGS=.build/test-logs
mkdir -p "$LOGS"
rm -f "$LOGS"/*.log
steps_passed=0
failed_steps=()

# step NAME COMMAND…: runs it, logs it, prints a one-line verdict (and the log's tail on failure).
step() {
  local name=$1; shift
  local log="$LOGS/$name.log"
  if "$@" > "$log" 2>&1; then
    steps_passed=$((steps_passed + 1))
    echo "ok      $name  ($(tail -n 1 "$log" | cut -c1-150))"
  else
    failed_steps+=("$name")
    echo "FAILED  $name  (whole output: $log)"
    tail -n 25 "$log" | sed 's/^/    /'
  fi
}

step build "$SWIFT" build
if [ ${#failed_steps[@]} -eq 0 ]; then
  step lint "$MAKE" --no-print-directory lint
  step check "$MAKE" --no-print-directory check
  step score "$MAKE" --no-print-directory score
  step quality "$MAKE" --no-print-directory quality
  step html-quality "$MAKE" --no-print-directory html-quality
  step test-ray "$MAKE" --no-print-directory test-ray
  step test-browser "$MAKE" --no-print-directory test-browser
  step install bash tools/install_test.sh
fi

# swift test: the failures are printed, the rest is in the log.
log="$LOGS/swift-test.log"
"$SWIFT" test > "$log" 2>&1
status=$?
grep -E "error: |: warning: |Test Case .* failed|Fatal error" "$log" | grep -v "Test run with 0 tests" | head -n 60
line=$(grep -E "Executed [0-9]+ tests?, with" "$log" | tail -1)
if [ -n "$line" ]; then
  total=$(sed -E 's/.*Executed ([0-9]+) tests?.*/\1/' <<< "$line")
  failed=$(sed -E 's/.* ([0-9]+) failures?.*/\1/' <<< "$line")
  skipped=$(grep -oE '[0-9]+ tests? skipped' <<< "$line" | grep -oE '^[0-9]+' || echo 0)
else
  total=0; failed=0; skipped=0
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # did not build, or crashed before counting
  echo "swift test ended with status $status before counting its failures: see $log"
fi
passed=$((total - failed - skipped))
[ "$passed" -lt 0 ] && passed=0

echo
echo "swift test: $passed passed, $failed failed, $skipped skipped of $total (log: $log); other steps: $steps_passed passed, ${#failed_steps[@]} failed"
if [ ${#failed_steps[@]} -gt 0 ] || [ "$failed" -gt 0 ]; then
  echo "what failed:"
  for s in "${failed_steps[@]}"; do echo "  step $s"; done
  grep -oE "Test Case '[^']+' failed" "$log" | sed -E "s/Test Case '(.*)' failed/  test \1/" | sort -u
  grep -E "^/[^ ]+\.swift:[0-9]+: error: " "$log" | sed -E 's/^([^ ]+:[0-9]+): error: (.{0,160}).*/  at \1: \2/' | sort -u | head -n 30
fi
echo "tests: $((passed + steps_passed)) passed, $((failed + ${#failed_steps[@]})) failed, $skipped skipped"
[ ${#failed_steps[@]} -eq 0 ] && [ "$failed" -eq 0 ]
