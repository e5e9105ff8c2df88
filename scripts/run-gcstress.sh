#!/usr/bin/env bash
# A short gcstress run in one build (docs/gcstress.md):
#   scripts/run-gcstress.sh PRESET [SECONDS]      (default 60 seconds)
# Builds the preset's gcstress (and the interpreter it embeds), then spends
# the time on the graph workload with OS threads (half), the graph workload
# under the fiber schedule (a quarter, whole rounds) and the mixed workload
# (a quarter). In the buffered presets (buffered, buffered-asan,
# buffered-tsan) the OS-thread runs use the commit thread and the fiber runs
# a committer stepped by the scheduler. Every run prints its
# seed; a failure prints the command that replays it and fails this script.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:?usage: run-gcstress.sh PRESET [SECONDS]}"
seconds="${2:-60}"
jobs="${GILECTOMY_JOBS:-$(nproc)}"
case "$preset" in
  tsan|buffered-tsan) export TSAN_OPTIONS="halt_on_error=1:allocator_may_return_null=1" ;;
  asan|buffered-asan) export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
        export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" ;;
esac
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$jobs" --target gcstress
exe="build/$preset/stress/gcstress"
half=$(( seconds / 2 > 0 ? seconds / 2 : 1 ))
quarter=$(( seconds / 4 > 0 ? seconds / 4 : 1 ))
echo "== $preset: gcstress graph, os schedule, ${half}s"
"$exe" --threads 4 --seconds "$half" --workload graph --schedule os
echo "== $preset: gcstress graph, fiber schedule, ${quarter}s"
"$exe" --threads 6 --seconds "$quarter" --workload graph --schedule fiber
echo "== $preset: gcstress mixed, os schedule, ${quarter}s"
"$exe" --threads 4 --seconds "$quarter" --workload mixed --schedule os
