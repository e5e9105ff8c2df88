# Threads setting attributes on one fresh instance at the same time: the
# instance __dict__ is created lazily by the first store, and every thread's
# attributes must be present afterwards (none lost to a second dict).
import threading


class Box:
    pass


class Slotted:
    pass


N = 4
ROUNDS = 200
lost = 0
for r in range(ROUNDS):
    obj = Box()
    barrier = threading.Barrier(N)

    def worker(tid):
        barrier.wait()
        setattr(obj, "a%d" % tid, tid)
        setattr(obj, "b%d" % tid, tid * 2)

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for tid in range(N):
        if getattr(obj, "a%d" % tid, None) != tid or getattr(obj, "b%d" % tid, None) != tid * 2:
            lost += 1
    if len(vars(obj)) != 2 * N:
        lost += 1
print("rounds:", ROUNDS, "lost:", lost)

# __dict__ read racing with the first store: one dict for everyone
obj = Slotted()
dicts = []
lock = threading.Lock()
barrier = threading.Barrier(N)


def reader(tid):
    barrier.wait()
    d = obj.__dict__
    obj.__dict__["k%d" % tid] = tid
    with lock:
        dicts.append(d)


threads = [threading.Thread(target=reader, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(all(d is dicts[0] for d in dicts), sorted(obj.__dict__.items()))
