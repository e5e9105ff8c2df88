# Four threads build and drop cycles of lists, dicts, sets of instances,
# closures and bound methods while collections run; per-thread tallies of
# finalized objects are exact at the end.
import gc
import threading

lock = threading.Lock()
finalized = {}
live = [0]


class Probe:
    def __init__(self, wid):
        self.wid = wid
        with lock:
            live[0] += 1

    def __del__(self):
        with lock:
            finalized[self.wid] = finalized.get(self.wid, 0) + 1
            live[0] -= 1

    def method(self):
        return self.wid


def make_list_cycle(wid):
    l = [Probe(wid)]
    l.append(l)


def make_dict_cycle(wid):
    d = {"p": Probe(wid)}
    d["self"] = d


def make_set_cycle(wid):
    p = Probe(wid)
    s = {p}
    p.owner = s


def make_closure_cycle(wid):
    p = Probe(wid)

    def rec(n):
        return p if n == 0 else rec(n - 1)

    p.rec = rec


def make_bound_method_cycle(wid):
    p = Probe(wid)
    p.cb = p.method


makers = [make_list_cycle, make_dict_cycle, make_set_cycle, make_closure_cycle, make_bound_method_cycle]
ROUNDS = 400


def worker(wid):
    for r in range(ROUNDS):
        for m in makers:
            m(wid)
        if r % 25 == 0:
            gc.collect()


threads = [threading.Thread(target=worker, args=(w,)) for w in range(4)]
for t in threads:
    t.start()
while any(t.is_alive() for t in threads):
    gc.collect()
for t in threads:
    t.join()
gc.collect()
print(sorted(finalized.items()))
print("expected per thread:", ROUNDS * len(makers), "live:", live[0])
