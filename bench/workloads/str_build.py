# String building: concatenation, join, f-strings, str(), slicing, replace,
# upper and split. SCALE: outer iterations.
import sys
import threading

DEFAULT_SCALE = 100000


def work(n):
    total = 0
    last = ""
    for i in range(n):
        s = ""
        for j in range(8):
            s += str(i + j) + ","
        parts = s.split(",")
        line = "-".join(parts)
        line = f"{i}:{line}:{len(parts)}"
        line = line.replace("-", " ").upper()
        total += len(line) + len(line[3:-3])
        last = line
    return total, last


# ---- common driver (the same in every workload) ----------------------------
# usage: NAME.py [THREADS] [SCALE]
#   THREADS 0 (default): run work(SCALE) once in the main thread.
#   THREADS N >= 1: N threads each run work(SCALE) (total work = N x SCALE).
def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    scale = int(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_SCALE
    if threads == 0:
        print(work(scale))
        return
    results = [None] * threads

    def run(i):
        results[i] = work(scale)

    ts = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(results[0], "threads", threads, "same", all(r == results[0] for r in results))


main()
