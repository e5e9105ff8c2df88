"""Issue 6's side-by-side run: fib and alloc_tuples at 1 and 2 threads in the
release (atomic), buffered and gil builds and python3, alternating them.

usage: python3 bench/buffered/side_by_side.py [REPS] [FIB_SCALE] [ALLOC_SCALE]
Prints Markdown: median wall seconds (start-up included) and time(2)/time(1).
"""
import os, subprocess, time, statistics, sys
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
B = os.path.join(ROOT, "build")
W = os.path.join(ROOT, "bench", "workloads")
interps = [("release", [f"{B}/release/gilectomy"]), ("buffered", [f"{B}/buffered/gilectomy"]),
           ("gil", [f"{B}/gil/gilectomy"]), ("python3", ["python3"])]
reps = int(sys.argv[1]) if len(sys.argv) > 1 else 5
fib = sys.argv[2] if len(sys.argv) > 2 else "32"
alloc = sys.argv[3] if len(sys.argv) > 3 else "400"
jobs = [(f"fib({fib})", "fib.py", fib), (f"alloc_tuples({alloc})", "alloc_tuples.py", alloc)]
rows = {}
for jname, f, scale in jobs:
    for n in ("1", "2"):
        for _ in range(reps + 1):
            for name, cmd in interps:
                t0 = time.perf_counter()
                p = subprocess.run(cmd + [f"{W}/{f}", n, scale], capture_output=True, text=True)
                dt = time.perf_counter() - t0
                assert p.returncode == 0, (name, p.stderr[-500:])
                rows.setdefault((jname, n, name), []).append(dt)
print("| workload | threads | release | buffered | gil | python3 |")
print("|---|---|---|---|---|---|")
for jname, f, scale in jobs:
    for n in ("1", "2"):
        cells = []
        for name, _ in interps:
            v = rows[(jname, n, name)][1:]
            cells.append(f"{statistics.median(v):.3f}")
        print(f"| {jname} | {n} | " + " | ".join(cells) + " |")
print()
print("| workload | release 2/1 | buffered 2/1 | gil 2/1 | python3 2/1 |")
print("|---|---|---|---|---|")
for jname, f, scale in jobs:
    cells = []
    for name, _ in interps:
        a = statistics.median(rows[(jname, "1", name)][1:]); b = statistics.median(rows[(jname, "2", name)][1:])
        cells.append(f"{b/a:.2f}")
    print(f"| {jname} | " + " | ".join(cells) + " |")
