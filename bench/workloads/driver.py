"""The command line every workload shares: NAME.py [THREADS] [SCALE]

  THREADS 0 (default): run work(SCALE) once in the main thread.
  THREADS N >= 1: N threads each run work(SCALE) (total work = N x SCALE).
"""
import sys
import threading


def main(work, default_scale):
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    scale = int(sys.argv[2]) if len(sys.argv) > 2 else default_scale
    if threads == 0:
        print(work(scale))
        return
    results = [None] * threads

    def run(i):
        results[i] = work(scale)

    ts = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(results[0], "threads", threads, "same", all(r == results[0] for r in results))
