# Dict-heavy word counting: build a pseudo-random text (a fixed LCG, so the
# output is the same everywhere), count words in a dict, merge counts into a
# second dict by first letter, then sort. SCALE: number of words.
import sys
import threading

DEFAULT_SCALE = 500000

SYLLABLES = ["ka", "lo", "mi", "nu", "pe", "ra", "so", "ti", "vu", "ze", "an", "ob"]


def work(n):
    seed = 12345
    words = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        k = seed >> 8
        w = SYLLABLES[k % 12] + SYLLABLES[(k // 12) % 12]
        if k & 1:
            w += SYLLABLES[(k // 144) % 12]
        words.append(w)
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    by_letter = {}
    for w, c in counts.items():
        first = w[0]
        if first in by_letter:
            by_letter[first] += c
        else:
            by_letter[first] = c
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return len(counts), sorted(by_letter.items()), top


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
