# Allocation-heavy: build lists of small tuples and drop them (every tuple is
# a tracked container: refcounts, the allocator and the track buffers).
import sys
import threading

DEFAULT_SCALE = 200


def work(scale):
    total = 0
    for r in range(scale):
        rows = [(i, i + r, (i, r)) for i in range(1000)]
        total += len(rows) + rows[-1][1]
    return total


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
