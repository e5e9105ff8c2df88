# Threads calling methods of one shared class while another thread keeps
# reassigning a class attribute and a method: every call sees one of the
# assigned versions (never a stale or torn one), and after the writer is
# done every thread sees the final ones.
import threading


class Shared:
    factor = 1

    def compute(self, x):
        return x * self.factor

    def version(self):
        return "v1"


def v1(self):
    return "v1"


def v2(self):
    return "v2"


def v3(self):
    return "v3"


N = 3
done = threading.Event()
results = {}
lock = threading.Lock()


def worker(tid):
    obj = Shared()
    bad = 0
    calls = 0
    while not done.is_set() or calls < 100:
        r = obj.compute(5)
        v = obj.version()
        if r not in (5, 10, 15) or v not in ("v1", "v2", "v3"):
            bad += 1
        calls += 1
    final = (obj.compute(5), obj.version(), Shared().compute(2))
    with lock:
        results[tid] = (bad, final)


def writer():
    for i in range(2000):
        Shared.factor = 1 if i % 2 else 2
        Shared.version = v1 if i % 2 else v2
    Shared.factor = 3
    Shared.version = v3
    done.set()


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
w = threading.Thread(target=writer)
w.start()
w.join()
for t in threads:
    t.join()
for tid in sorted(results):
    print(tid, results[tid])
