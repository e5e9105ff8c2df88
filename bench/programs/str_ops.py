# String work: split, join, replace, upper, find, concatenation in a loop.
def run():
    text = "the quick brown fox jumps over the lazy dog " * 50
    total = 0
    for rep in range(3000):
        parts = text.split()
        joined = "-".join(parts)
        total += len(joined.replace("-", " ").upper())
        total += joined.find("lazy")
        s = ""
        for p in parts[:100]:
            s += p[0]
        total += len(s)
    return total

print(run())
