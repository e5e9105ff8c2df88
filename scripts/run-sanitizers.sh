#!/usr/bin/env bash
# The threaded tests under ThreadSanitizer and AddressSanitizer:
#   scripts/run-sanitizers.sh [tsan] [asan] [buffered-tsan] [buffered-asan]
#                                              (default: tsan asan)
# Builds each preset (debug-info builds: about 5-8 minutes each on two cores
# from cold, far less with a warm ccache) and runs the tests whose names
# match py/threads, py/gc, py/weakref, Safepoints, stress, the collector's
# GoogleTests, the weakref race test, the native extension and embedding
# tests (ext/), the public API's GoogleTests and (buffered presets) the
# buffered refcounting tests and planted bugs. A data race report, a memory error
# or (asan) a leak fails the run: fix it, do not suppress it.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="${GILECTOMY_JOBS:-$(nproc)}"
filter='py/threads|py/gc|py/weakref|Safepoints|stress|CollectorTest|WeakRefTest|ext/|ApiTest|ApiThreads|BufferedRc|planted_bug'
presets=("$@")
[ ${#presets[@]} -eq 0 ] && presets=(tsan asan)
for preset in "${presets[@]}"; do
  case "$preset" in
    tsan|buffered-tsan) export TSAN_OPTIONS="halt_on_error=1:allocator_may_return_null=1" ;;
    asan|buffered-asan) export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
          export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" ;;
    *) echo "run-sanitizers.sh: unknown preset '$preset' (tsan, asan, buffered-tsan or buffered-asan)" >&2; exit 2 ;;
  esac
  echo "== $preset: build"
  start=$(date +%s)
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  echo "== $preset: built in $(( $(date +%s) - start ))s; tests matching '$filter'"
  ctest --test-dir "build/$preset" -R "$filter" -j "$jobs" --timeout 600 --output-on-failure
done
