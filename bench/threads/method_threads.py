# N threads (sys.argv[1], default 1) each call methods of one shared class
# (defined at module level) on their own instance in a loop of ITERS
# (sys.argv[2], default 200000) iterations: a method call, an attribute
# read and an instance attribute store per iteration. Prints the wall time
# of the threaded part. With no GIL, N = 2 on two cores should take about
# as long as N = 1 (it did not when every method lookup took the class
# dict's lock). Runs on python3 too.
import _thread
import sys
import time


class Counter:
    step = 1

    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n = self.n + k * self.step
        return self.n


N = int(sys.argv[1]) if len(sys.argv) > 1 else 1
ITERS = int(sys.argv[2]) if len(sys.argv) > 2 else 200000
lock = _thread.allocate_lock()
done = _thread.allocate_lock()
done.acquire()
results = []


def worker():
    c = Counter()
    for i in range(ITERS):
        c.bump(1)
    with lock:
        results.append(c.n)
        if len(results) == N:
            done.release()


start = time.perf_counter()
for i in range(N):
    _thread.start_new_thread(worker, ())
done.acquire()
elapsed = time.perf_counter() - start
print("threads=%d iters=%d results_ok=%s time=%.3fs" % (N, ITERS, results == [ITERS] * N, elapsed))
