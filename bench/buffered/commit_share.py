"""Runs a workload's work() in N threads under the buffered build and prints
the commit thread's CPU share and sys._rc_stats().

usage: build/buffered/gilectomy bench/buffered/commit_share.py bench/workloads/alloc_tuples.py 2 400
"""
import sys, time, threading
path, n, scale = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
ns = {"__name__": "workload"}
exec(open(path).read(), ns)  # __name__ is not "__main__": work() only
t0 = time.time(); c0 = time.process_time()
ts = [threading.Thread(target=ns["work"], args=(scale,)) for _ in range(n)]
for t in ts: t.start()
for t in ts: t.join()
wall = time.time() - t0; cpu = time.process_time() - c0
s = sys._rc_stats()
print(f"threads={n} wall={wall:.3f}s cpu={cpu:.3f}s commit_cpu={s['cpu_seconds']:.3f}s "
      f"share={s['cpu_seconds']/cpu:.1%} epochs={s['epochs']} incs={s['increments']} decs={s['decrements']} "
      f"lag_mean={s['commit_lag_mean_ms']:.2f}ms lag_max={s['commit_lag_max_ms']:.2f}ms busy={s['busy_fraction']:.1%}")
