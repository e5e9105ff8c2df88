import functools

@functools.cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)

print(count_paths(16, 16))
print(count_paths.cache_info())

@functools.lru_cache(maxsize=3)
def ident(x):
    return x

for v in [1, 2, 3, 1, 4, 2, 5, 1]:
    ident(v)
print(ident.cache_info())

class Calc:
    @functools.lru_cache(maxsize=None)
    def double(self, x):
        return x * 2

c = Calc()
print(c.double(4), c.double(4), Calc.double.cache_info())

@functools.lru_cache(maxsize=8)
def kw(a, b=0, *, c=1):
    return a + b + c

print(kw(1), kw(1, 2), kw(1, b=2), kw(1, c=5), kw(1, c=5), kw.cache_info())
try:
    kw([1])
except TypeError as e:
    print(type(e).__name__, e)
