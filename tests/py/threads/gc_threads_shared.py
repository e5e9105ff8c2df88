# Threads link their cycles into a shared structure, then unlink them, while
# other threads collect: nothing reachable is ever freed (every object still
# linked checks its fields), and everything unlinked is freed at the end.
import gc
import threading

lock = threading.Lock()
stats = {"del": 0, "made": 0}
registry = {}


class Item:
    def __init__(self, key):
        self.key = key
        self.payload = list(range(5))
        self.me = self
        with lock:
            stats["made"] += 1

    def __del__(self):
        with lock:
            stats["del"] += 1


errors = []


def worker(wid):
    for r in range(600):
        key = (wid, r)
        it = Item(key)
        with lock:
            registry[key] = it
        del it
        if r % 7 == 0:
            gc.collect()
        with lock:
            got = registry.get(key)
        if got is None or got.key != key or got.payload != [0, 1, 2, 3, 4] or got.me is not got:
            errors.append(key)
        if r % 2 == 0:
            with lock:
                del registry[key]
        del got


threads = [threading.Thread(target=worker, args=(w,)) for w in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
print("errors:", errors)
print("made:", stats["made"], "kept:", len(registry), "deleted:", stats["del"])
print("kept are intact:", all(v.key == k and v.me is v for k, v in registry.items()))
registry.clear()
gc.collect()
print("deleted after clear:", stats["del"])
