#!/bin/sh
# Best-of-7 wall time (ms precision) of bench/threads/fib_threads.py for
# N = 1 and 2 under each interpreter given (default: release, gil builds and
# python3), with the ratio time(2)/time(1). FIB=32 sets the fib argument.
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$(dirname "$HERE")")
PY=$(python3 -c "import sys; print(sys.executable)")
INTERPS=${*:-"$ROOT/build/release/gilectomy $ROOT/build/gil/gilectomy $PY"}
exec python3 - "$HERE/fib_threads.py" "${FIB:-27}" $INTERPS <<'PYEOF'
import subprocess, sys, time
script, k, interps = sys.argv[1], sys.argv[2], sys.argv[3:]
def best(cmd, runs=7):
    b = None
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        dt = time.perf_counter() - t0
        b = dt if b is None or dt < b else b
    return b
for interp in interps:
    t1 = best([interp, script, "1", k])
    t2 = best([interp, script, "2", k])
    print(f"fib({k}) {interp}: N=1 {t1:.3f}s  N=2 {t2:.3f}s  ratio {t2 / t1:.2f}")
PYEOF
