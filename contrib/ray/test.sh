#!/usr/bin/env bash
# make test-ray: the Ray driver against a single-process run (see README.md, "The test").
# Needs .venv-ray/ (made by ensure_venv.sh when it does not import ray) and a debug build.
set -uo pipefail
cd "$(dirname "$0")/../.."
source contrib/ray/ensure_venv.sh
export TANQIYA_BIN="${TANQIYA_BIN:-.build/debug/tanqiya}"
exec "$PY" contrib/ray/test_tanqiya_ray.py
