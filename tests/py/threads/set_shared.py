# Threads adding and discarding on one shared set: the final contents are
# exact. Keys of a class with a Python __eq__ and colliding hashes make the
# probes drop the set's lock around the compare.
import threading

N = 4
shared = set()
objs = set()


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 7

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v


keys = [[Key(t * 100 + i) for i in range(60)] for t in range(N)]


def worker(tid):
    base = tid * 10000
    for i in range(2000):
        shared.add(base + i)
    for i in range(0, 2000, 2):
        shared.discard(base + i)
    for i in range(300):
        shared.add(i)  # every thread adds the same keys
        shared.discard(-1)
    for k in keys[tid]:
        objs.add(k)
    for k in keys[tid][::3]:
        objs.discard(Key(k.v))
    for k in keys[tid]:
        if (k.v % 100) % 3 != 0 and Key(k.v) not in objs:
            print("missing", k.v)
    try:
        for x in shared:
            pass
    except RuntimeError as e:
        pass  # another thread changed the size: allowed, as in CPython


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()

expected = set(range(300))
for tid in range(N):
    expected.update(tid * 10000 + i for i in range(1, 2000, 2))
print(len(shared), shared == expected)
print(sorted(k.v for k in objs) == sorted(t * 100 + i for t in range(N) for i in range(60) if i % 3 != 0))
print(len(objs))

# iteration while another thread mutates: never a crash, only RuntimeError
s = set(range(1000))
stop = []


def mutator():
    i = 0
    while not stop:
        s.add(1000 + i % 50)
        s.discard(1000 + (i + 25) % 50)
        i += 1


m = threading.Thread(target=mutator)
m.start()
errors = 0
for _ in range(200):
    try:
        total = 0
        for x in s:
            total += 1
    except RuntimeError as e:
        errors += 1
        if str(e) != "Set changed size during iteration":
            print("bad error", e)
    # set algebra works on consistent snapshots: never an error
    s2 = s | {1, 2}
    s3 = s & set(range(10))
    s4 = s - set(range(500))
    s.issuperset(range(10))
    frozenset(s)
stop.append(1)
m.join()
print(s3 == set(range(10)), len(s4) >= 500)
print(all(x in s for x in range(1000)))
