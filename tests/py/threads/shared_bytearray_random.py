# Threads sharing a bytearray, an array.array and a random.Random(seed).
# Under a Python lock the results are deterministic; without one the
# objects must stay consistent (total sizes exact, no crash).
import array
import random
import threading

N = 4
lock = threading.Lock()

# 1. Under a lock: each thread draws from one seeded generator and appends
# the draws in turn; the multiset of draws equals a single-threaded run.
rng = random.Random(12345)
buf = bytearray()
draws = []


def locked_worker(tid):
    for i in range(200):
        with lock:
            x = rng.randrange(256)
            buf.append(x)
            draws.append(x)


threads = [threading.Thread(target=locked_worker, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
ref = random.Random(12345)
expected = [ref.randrange(256) for _ in range(N * 200)]
print(len(buf), bytes(buf) == bytes(draws), draws == expected)

# 2. Without a lock: the generator's state is never torn, so the draws as a
# multiset equal the single-threaded sequence.
rng = random.Random(777)
results = {}


def unlocked_rng(tid):
    out = []
    for i in range(500):
        out.append(rng.random())
    results[tid] = out


threads = [threading.Thread(target=unlocked_rng, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
ref = random.Random(777)
allv = sorted(v for tid in results for v in results[tid])
print(allv == sorted(ref.random() for _ in range(N * 500)))
g = random.Random(5)
state = g.getstate()
print(g.gauss(0, 1) == (random.Random(5).gauss(0, 1)), g.getstate() != state)

# 3. Without a lock: appends, pops, inserts and reads on one bytearray and
# one array; the final sizes and the untouched parts are exact.
shared = bytearray(b"x" * 100)
arr = array.array("i", range(100))
errors = []


def hammer(tid):
    for i in range(1000):
        shared.append(tid)
        shared.extend(b"ab")
        shared.pop()
        shared.insert(0, 7)
        del shared[0]
        bytes(shared[:10])
        shared.find(b"ab")
        len(shared)
        arr.append(i)
        arr.insert(0, -1)
        arr.pop(0)
        arr.tolist()
        arr[0]
        arr.tobytes()


threads = [threading.Thread(target=hammer, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
# (which bytes pop() takes from the end depends on the interleaving; the
# inserts and deletes at the front always pair up: 7s are only ever there)
print(len(shared), shared.count(b"x"), shared[:100] == b"x" * 100)
print(len(arr), sum(arr) == sum(range(100)) + N * sum(range(1000)))
