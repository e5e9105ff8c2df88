# Counters in a dict updated by several threads under one lock: exact totals.
import _thread

lock = _thread.allocate_lock()
counts = {}
remaining = [4]
all_done = _thread.allocate_lock()
all_done.acquire()

def worker(name, n):
    for i in range(n):
        lock.acquire()
        counts[name] = counts.get(name, 0) + 1
        counts["total"] = counts.get("total", 0) + 1
        lock.release()
    lock.acquire()
    remaining[0] -= 1
    if remaining[0] == 0:
        all_done.release()
    lock.release()

for k in range(4):
    _thread.start_new_thread(worker, ("t" + str(k), 2000 + k))
all_done.acquire()
print(sorted(counts.items()))
