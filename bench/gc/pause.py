# Pause of a full collection with N live tracked objects (lists holding a
# small list each): prints N and the best of 5 gc.collect() times, and the
# pause per object. Runs unchanged on CPython.
import gc
import sys
import time

def main(n):
    gc.disable()
    live = [[i] for i in range(n)]
    gc.collect()
    best = None
    for _ in range(5):
        t0 = time.perf_counter()
        gc.collect()
        dt = time.perf_counter() - t0
        best = dt if best is None or dt < best else best
    print(f"{n} objects: pause {best * 1e3:.2f} ms, {best / n * 1e9:.0f} ns per object")
    return live

main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
