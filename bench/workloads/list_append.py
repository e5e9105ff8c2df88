# Shared state: every thread appends to one list (the list's own lock, no
# Python lock), then the main thread checks the total. SCALE: appends per
# thread.
import sys
import threading

DEFAULT_SCALE = 2000000


def run(threads, scale):
    shared = []

    def worker(t):
        append = shared.append
        for i in range(scale):
            append(i)

    ts = [threading.Thread(target=worker, args=(t,)) for t in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return len(shared), sum(shared)


# ---- driver for shared-state workloads --------------------------------------
# usage: NAME.py [THREADS] [SCALE]: THREADS (0 counts as 1) threads each do
# SCALE operations on the shared state (total work = THREADS x SCALE).
def main():
    threads = max(int(sys.argv[1]) if len(sys.argv) > 1 else 0, 1)
    scale = int(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_SCALE
    print(run(threads, scale))


main()
