def read_lines(text):
    for line in text.splitlines():
        yield line
def non_empty(lines):
    return (l for l in lines if l.strip())
def numbered(lines):
    for i, l in enumerate(lines, 1):
        yield f"{i:02}: {l}"
text = "alpha\n\nbeta\n  \ngamma"
for out in numbered(non_empty(read_lines(text))):
    print(out)
def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
def naturals():
    k = 0
    while True:
        yield k
        k += 1
print(list(take(5, naturals())), list(take(3, "ab")), sum(take(100, naturals())))
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = accumulate()
next(g)
for v in (5, 10, 20):
    print("running", g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)
def delegate():
    r = yield from accumulate()
    yield f"sub returned {r}"
d = delegate()
next(d); d.send(1); d.send(2)
print(d.send(None))
