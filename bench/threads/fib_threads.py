# N threads (sys.argv[1], default 1) each compute a recursive fib(K)
# (sys.argv[2], default 27); the
# main thread waits for all of them. Wall time is measured by the caller
# (bench/threads/run_fib_threads.sh). With no GIL, N = 2 on two cores should
# take about as long as N = 1.
import _thread
import sys

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1
K = int(sys.argv[2]) if len(sys.argv) > 2 else 27
lock = _thread.allocate_lock()
done = _thread.allocate_lock()
done.acquire()
results = []

def worker():
    r = fib(K)
    lock.acquire()
    results.append(r)
    if len(results) == N:
        done.release()
    lock.release()

for i in range(N):
    _thread.start_new_thread(worker, ())
done.acquire()
print(results)
