import itertools as it
a, b = it.tee(range(5))
print(list(a), list(b))
a, b, c = it.tee("abc", 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(it.tee([1], 0), len(it.tee([1])))
src = iter(range(200))
x, y = it.tee(src)
print(sum(x), sum(y))
x, y = it.tee(range(100))
print(list(it.islice(x, 60))[-1], list(it.islice(y, 3)), next(x), next(y))
p, q = it.tee(it.count())
r, s = it.tee(p)
print(next(p), next(q), next(r), next(s), next(p))
try:
    it.tee([1], -1)
except ValueError as e:
    print(type(e).__name__, e)
z = it.tee([1, 2])[0]
w = z.__copy__()
print(list(z), list(w))
