# Shared state: every thread updates one dict under one threading.Lock
# (contended lock and a shared container). SCALE: updates per thread.
import sys
import threading

DEFAULT_SCALE = 400000


def run(threads, scale):
    d = {}
    lock = threading.Lock()

    def worker(t):
        for i in range(scale):
            key = i & 63
            with lock:
                d[key] = d.get(key, 0) + 1

    ts = [threading.Thread(target=worker, args=(t,)) for t in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return len(d), sum(d.values())


# ---- driver for shared-state workloads --------------------------------------
# usage: NAME.py [THREADS] [SCALE]: THREADS (0 counts as 1) threads each do
# SCALE operations on the shared state (total work = THREADS x SCALE).
def main():
    threads = max(int(sys.argv[1]) if len(sys.argv) > 1 else 0, 1)
    scale = int(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_SCALE
    print(run(threads, scale))


main()
