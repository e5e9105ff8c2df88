# generator expressions are lazy; the first iterable is evaluated at once
log = []
def src(n):
    log.append("src")
    for i in range(n):
        log.append("yield %d" % i)
        yield i
g = (x * 10 for x in src(3))
print(log)
print(next(g), log)
print(list(g), log)
def noisy(v):
    log.append("noisy %d" % v)
    return v
log.clear()
g = (noisy(x) for x in range(3) if x != 1)
print(log)
print(list(g), log)
g = (x for x in range(3))
print(g.gi_running, g.gi_code is not None)
print(list(zip((i for i in range(3)), (j for j in "ab"))))
