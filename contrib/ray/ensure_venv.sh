# Sourced by test.sh and bench_shards.sh from the repo root: makes .venv-ray/ (git-ignored) with
# ray from requirements.txt unless it already imports ray; sets PY. A failed install is fatal.
VENV=.venv-ray
PY=$VENV/bin/python
if ! "$PY" -c 'import ray' >/dev/null 2>&1; then
  echo "installing ray into $VENV (pip install -r contrib/ray/requirements.txt)"
  if ! { python3 -m venv --clear "$VENV" && "$PY" -m pip install -q --disable-pip-version-check -r contrib/ray/requirements.txt \
         && "$PY" -c 'import ray'; }; then
    echo "test-ray: FAIL: could not install ray into $VENV for $(python3 --version 2>&1) on $(uname -m)"
    echo "test-ray: (check: pip download --no-deps -d /tmp/x ray -- is there a wheel for this Python?)"
    exit 1
  fi
fi
export RAY_USAGE_STATS_ENABLED=0
