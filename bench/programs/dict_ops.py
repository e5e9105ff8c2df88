# Dict-heavy code: counting, membership, get with default, iteration over items.
def run():
    words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa " * 20).split()
    total = 0
    for rep in range(3000):
        counts = {}
        for w in words:
            counts[w] = counts.get(w, 0) + 1
        for k, v in counts.items():
            if k in counts:
                total += v
    return total

print(run())
