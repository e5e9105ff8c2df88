#!/usr/bin/env bash
# Fresh machine -> installed, built, and an example program run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh release
./build/release/gilectomy examples/hello.py
# CPU-bound threads in parallel: one thread per core, no GIL.
./build/release/gilectomy examples/parallel_threads.py
