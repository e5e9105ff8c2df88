# List-heavy code: append, pop, index, slicing, sort with a key.
def key(v):
    return -v

def run():
    total = 0
    for rep in range(1000):
        items = []
        for i in range(1000):
            items.append((i * 7919) % 1000)
        items.sort()
        items.sort(key=key)
        total += items[0] + items[-1] + len(items[10:500])
        while items:
            total += items.pop()
    return total

print(run())
