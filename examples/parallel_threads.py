# Threads that run Python code in parallel: the same CPU-bound work (a
# recursive fib) in one thread, then in one thread per core. Without a GIL
# the second run takes about as long as the first while doing N times the
# work; under CPython 3.11 (or `build/gil/gilectomy`) it takes N times longer.
import os
import sys
import threading
import time


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def run(threads, n):
    results = [None] * threads

    def work(i):
        results[i] = fib(n)

    workers = [threading.Thread(target=work, args=(i,)) for i in range(threads)]
    start = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return time.perf_counter() - start, results


n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
cores = os.cpu_count() or 1
gil = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
print(f"fib({n}) per thread, {cores} cores, GIL {'on' if gil else 'off'}")
t1, r1 = run(1, n)
print(f"  1 thread : {t1:.3f} s  {r1}")
tn, rn = run(cores, n)
print(f"  {cores} threads: {tn:.3f} s  {rn}")
print(f"  {cores}x the work took {tn / t1:.2f}x the time")
