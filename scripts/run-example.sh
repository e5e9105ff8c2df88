#!/usr/bin/env bash
# Fresh machine -> installed, built, and an example program run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh release
./build/release/gilectomy examples/hello.py
