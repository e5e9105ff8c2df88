# Several threads call one lru_cache'd function: the cache stays consistent
# (hits + misses add up, results are right, the size bound holds).
import _thread
import functools

@functools.lru_cache(maxsize=50)
def square(n):
    return n * n

lock = _thread.allocate_lock()
remaining = [4]
errors = []
all_done = _thread.allocate_lock()
all_done.acquire()

def worker(seed):
    bad = 0
    for i in range(3000):
        n = (i * 7 + seed) % 120
        if square(n) != n * n:
            bad += 1
    lock.acquire()
    errors.append(bad)
    remaining[0] -= 1
    if remaining[0] == 0:
        all_done.release()
    lock.release()

for s in range(4):
    _thread.start_new_thread(worker, (s,))
all_done.acquire()
info = square.cache_info()
print(errors, info.hits + info.misses, info.currsize <= 50, info.maxsize)
