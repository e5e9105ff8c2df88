# Shared state: THREADS producers and THREADS consumers exchange integers
# through one queue.Queue. SCALE: items per producer.
import queue
import sys
import threading

DEFAULT_SCALE = 50000


def run(threads, scale):
    q = queue.Queue(maxsize=1000)
    sums = [0] * threads

    def producer(t):
        for i in range(scale):
            q.put(i)

    def consumer(t):
        s = 0
        while True:
            item = q.get()
            if item is None:
                break
            s += item
        sums[t] = s

    producers = [threading.Thread(target=producer, args=(t,)) for t in range(threads)]
    consumers = [threading.Thread(target=consumer, args=(t,)) for t in range(threads)]
    for t in producers + consumers:
        t.start()
    for t in producers:
        t.join()
    for _ in range(threads):
        q.put(None)
    for t in consumers:
        t.join()
    return sum(sums)


# ---- driver for shared-state workloads --------------------------------------
# usage: NAME.py [THREADS] [SCALE]: THREADS (0 counts as 1) threads each do
# SCALE operations on the shared state (total work = THREADS x SCALE).
def main():
    threads = max(int(sys.argv[1]) if len(sys.argv) > 1 else 0, 1)
    scale = int(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_SCALE
    print(run(threads, scale))


main()
