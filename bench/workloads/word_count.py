# Dict-heavy word counting: build a pseudo-random text (a fixed LCG, so the
# output is the same everywhere), count words in a dict, merge counts into a
# second dict by first letter, then sort. SCALE: number of words.

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


if __name__ == "__main__":
    import driver

    driver.main(work, DEFAULT_SCALE)
