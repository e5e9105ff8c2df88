# Four threads build and drop cycles of instances with __del__ (counted into
# a lock-protected counter) while the main thread and the workers call
# gc.collect(). At the end every __del__ ran exactly once and nothing is left.
import gc
import threading

lock = threading.Lock()
created = 0
deleted = 0
live = 0


class Node:
    def __init__(self, tag):
        global created, live
        self.tag = tag
        with lock:
            created += 1
            live += 1

    def __del__(self):
        global deleted, live
        with lock:
            deleted += 1
            live -= 1


ROUNDS = 200
PER_ROUND = 20


def worker(wid):
    for r in range(ROUNDS):
        ring = [Node((wid, r, i)) for i in range(PER_ROUND)]
        for i, n in enumerate(ring):
            n.next = ring[(i + 1) % PER_ROUND]
            n.owner = ring
        pair_a = Node("a")
        pair_b = Node("b")
        pair_a.peer = pair_b
        pair_b.peer = pair_a
        del ring, n, pair_a, pair_b
        if r % 10 == 9:
            gc.collect()


stop = threading.Event()


def collector():
    while not stop.is_set():
        gc.collect()


threads = [threading.Thread(target=worker, args=(w,)) for w in range(4)]
main_collector = threading.Thread(target=collector)
main_collector.start()
for t in threads:
    t.start()
for i in range(5):
    gc.collect()
for t in threads:
    t.join()
stop.set()
main_collector.join()

gc.collect()
expected = 4 * ROUNDS * (PER_ROUND + 2)
print("created:", created == expected, "deleted:", deleted == expected, "live:", live)
print("no Node tracked:", not any(type(o) is Node for o in gc.get_objects()))
