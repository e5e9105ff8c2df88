#!/usr/bin/env bash
# Fresh machine -> installed, built, and every test run (the release build;
# `scripts/run-tests.sh gil` runs the same tests in the GIL build).
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-release}"
bash scripts/install-deps.sh
bash scripts/build.sh "$preset"
ctest --preset "$preset" -j "${GILECTOMY_JOBS:-$(nproc)}" --timeout 300
