import itertools as it
log = []
def noisy(x):
    log.append(x)
    return x
m = map(noisy, range(10))
t = it.takewhile(lambda x: x < 3, m)
print(list(t), log)
log.clear()
d = it.dropwhile(lambda x: x < 3, map(noisy, range(6)))
print(next(d), log)
c = it.count(100)
s = it.islice(c, 2, 5)
print(list(s), next(c))
ch = it.chain(iter([1, 2]), iter([3]))
print(next(ch), list(ch), list(ch))
z = it.zip_longest([1, 2, 3], "ab")
print(next(z), list(z), list(z))
p = it.permutations(range(3), 2)
print(next(p), next(p), len(list(p)))
cw = it.combinations_with_replacement("abc", 2)
print(list(cw)[-3:])
