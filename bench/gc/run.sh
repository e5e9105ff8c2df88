#!/usr/bin/env bash
# The collector's figures, side by side with python3 where it applies:
#   bench/gc/run.sh [build dir, default build/release]
# 1. peak memory of 3 million two-object cycles (/usr/bin/time -v)
# 2. full-collection pause with 100k, 1M, 3M live tracked objects
# 3. time-to-safepoint with 2 and 8 busy threads (median and max of 20 stops)
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-build/release}/gilectomy
peak() { /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1; }
echo "== 3M two-object cycles: peak RSS (KB)"
g=$(peak "$BIN" bench/gc/cycles.py); p=$(peak python3 bench/gc/cycles.py)
echo "gilectomy $g  python3 $p  ratio $(python3 -c "print(round($g/$p, 2))")"
echo "== full collection pause (best of 5)"
for n in 100000 1000000 3000000; do
  echo "gilectomy: $("$BIN" bench/gc/pause.py $n)"
  echo "python3:   $(python3 bench/gc/pause.py $n)"
done
echo "== time to safepoint (us over 20 collections)"
for n in 2 8; do
  GILECTOMY_GC_LOG=info "$BIN" bench/gc/safepoint.py $n 2>&1 >/dev/null |
    python3 -c "
import re, statistics, sys
v = [int(m.group(1)) for m in re.finditer(r'safepoint (\d+) us', sys.stdin.read())]
print('$n busy threads: median', statistics.median(v), 'us, max', max(v), 'us over', len(v), 'stops')"
done
