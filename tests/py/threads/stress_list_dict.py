# 8 threads hammer one list, one dict and one set (append, pop, insert,
# delete, iterate, sort, setdefault, add, discard, set algebra) for about
# two seconds; the final state must be consistent: list length = items
# added - items removed, every thread's dict keys hold exactly what that
# thread last stored, and the set holds exactly each thread's last adds.
import _thread
import time

N = 8
SECONDS = 2.0
shared_list = []
shared_dict = {}
shared_set = set()
probe = set(range(0, 8000, 3))
lock = _thread.allocate_lock()
stats = {"added": 0, "removed": 0, "iter_errors": 0, "sort_errors": 0, "ops": 0}
models = {}
smodels = {}
remaining = [N]
all_done = _thread.allocate_lock()
all_done.acquire()
deadline = time.monotonic() + SECONDS

def worker(tid):
    added = 0
    removed = 0
    iter_errors = 0
    sort_errors = 0
    ops = 0
    model = {}
    smodel = set()
    n = 0
    while time.monotonic() < deadline:
        n += 1
        op = n % 10
        if op == 0:
            shared_list.append(n)
            added += 1
        elif op == 1:
            try:
                shared_list.pop()
                removed += 1
            except IndexError:
                pass
        elif op == 2:
            shared_list.insert(0, -n)
            added += 1
        elif op == 3:
            try:
                del shared_list[0]
                removed += 1
            except IndexError:
                pass
        elif op == 4:
            total = 0
            for v in shared_list:
                total += 1
        elif op == 5 and n % 50 == 5:
            try:
                shared_list.sort()
            except ValueError:
                sort_errors += 1
        elif op == 6:
            key = tid * 1000 + n % 37
            shared_dict[key] = n
            model[key] = n
        elif op == 7:
            key = tid * 1000 + (n * 7) % 37
            if shared_dict.pop(key, None) is not None:
                del model[key]
        elif op == 8:
            try:
                for k in shared_dict:
                    pass
                for k, v in shared_dict.items():
                    pass
            except RuntimeError:
                iter_errors += 1
        else:
            key = tid * 1000 + 500 + n % 5
            shared_dict.setdefault(key, tid)
            model[key] = tid
            len(shared_dict)
        sop = n % 7
        if sop == 0:
            sk = tid * 1000 + n % 41
            shared_set.add(sk)
            smodel.add(sk)
        elif sop == 1:
            sk = tid * 1000 + (n * 3) % 41
            shared_set.discard(sk)
            smodel.discard(sk)
        elif sop == 2 and n % 21 == 2:
            try:
                for k in shared_set:
                    pass
            except RuntimeError:
                iter_errors += 1
        elif sop == 3 and n % 21 == 3:
            c = shared_set.copy()
            shared_set | probe
            shared_set & probe
            shared_set - probe
            probe - shared_set
            shared_set ^ probe
            c.issubset(shared_set)
        elif sop == 4:
            (tid * 1000 + n % 41) in shared_set
        ops += 1
    lock.acquire()
    stats["added"] += added
    stats["removed"] += removed
    stats["iter_errors"] += iter_errors
    stats["sort_errors"] += sort_errors
    stats["ops"] += ops
    models[tid] = model
    smodels[tid] = smodel
    remaining[0] -= 1
    if remaining[0] == 0:
        all_done.release()
    lock.release()

for t in range(N):
    _thread.start_new_thread(worker, (t,))
all_done.acquire()

print("list consistent:", len(shared_list) == stats["added"] - stats["removed"])
expected = {}
for tid in models:
    for k in models[tid]:
        expected[k] = models[tid][k]
print("dict consistent:", expected == shared_dict)
sexpected = set()
for tid in smodels:
    sexpected |= smodels[tid]
print("set consistent:", sexpected == shared_set)
print("some work done:", stats["ops"] > 1000)
