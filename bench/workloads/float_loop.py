# A float-heavy loop: multiply, add, divide, compare and int/float mixing in
# one function's locals (no calls). SCALE: iterations.
import sys
import threading

DEFAULT_SCALE = 2000000


def work(n):
    x = 0.5
    y = 1.25
    acc = 0.0
    for i in range(n):
        x = x * 1.0000001 + 0.0000003
        y = (y + x) / 2.0 - 0.125
        if y < 0.0:
            y = -y
        acc += x * y - i * 1e-9
    return format(acc, ".6e") + " " + format(x, ".9f") + " " + format(y, ".9f")


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
