#!/usr/bin/env bash
# Configures and builds one preset (default: release): scripts/build.sh [preset]
set -euo pipefail
preset="${1:-release}"
cd "$(dirname "$0")/.."
jobs="${GILECTOMY_JOBS:-$(nproc)}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$jobs"
