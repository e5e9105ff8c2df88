#!/bin/sh
# Best-of-5 wall time of bench/threads/fib_threads.py for N = 1 and 2 under
# each interpreter given (default: release, gil builds and python3).
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$(dirname "$HERE")")
PY=$(python3 -c "import sys; print(sys.executable)")
INTERPS=${*:-"$ROOT/build/release/gilectomy $ROOT/build/gil/gilectomy $PY"}
for interp in $INTERPS; do
  for n in 1 2; do
    best=""
    for r in 1 2 3 4 5; do
      t=$( { /usr/bin/time -f "%e" "$interp" "$HERE/fib_threads.py" "$n" >/dev/null; } 2>&1 | tail -1)
      if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
    done
    echo "$interp N=$n ${best}s"
  done
done
