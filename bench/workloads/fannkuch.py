# Fannkuch-redux (adapted from tests/py/programs/fannkuch.py): list slicing
# and element moves. SCALE: permutation length n (n! permutations).
import sys
import threading

DEFAULT_SCALE = 9


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        max_flips = max(max_flips, flips)
        checksum += flips if perm_count % 2 == 0 else -flips
        while True:
            if r == n:
                return checksum, max_flips
            perm0 = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


def work(n):
    return fannkuch(max(n, 1))


# ---- common driver (the same in every workload) ----------------------------
# usage: NAME.py [THREADS] [SCALE]
#   THREADS 0 (default): run work(SCALE) once in the main thread.
#   THREADS N >= 1: N threads each run work(SCALE) (total work = N x SCALE).
def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    scale = int(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_SCALE
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


main()
