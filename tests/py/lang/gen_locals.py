# locals and arguments survive across yields; many generators at once
def acc(start):
    total = start
    while True:
        step = yield total
        if step is None:
            break
        total += step
a = acc(10)
b = acc(100)
print(next(a), next(b), a.send(1), b.send(5), a.send(2), b.send(5))
gens = [acc(i) for i in range(5)]
print([next(x) for x in gens], [x.send(10) for x in gens])
def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    while n < 3:
        yield bump()
print(list(counter()))
def pairs(seq):
    it = iter(seq)
    for a in it:
        yield a, next(it, None)
print(list(pairs(range(5))))
