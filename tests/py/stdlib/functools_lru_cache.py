import functools

calls = []

@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

print(sq(2), sq(3), sq(2), sq(4), sq(3))
print(calls)
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, type(info).__name__)
sq.cache_clear()
print(sq.cache_info())
print(sq.__name__, sq.__wrapped__(5))

@functools.lru_cache
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(60), fib.cache_info())

@functools.lru_cache(maxsize=None)
def ident(*args, **kwargs):
    return (args, kwargs)

print(ident(1, a=2), ident(1, a=2), ident.cache_info())

@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__

print(typed(1), typed(1.0), typed.cache_info())
print(sq.cache_parameters(), typed.cache_parameters())

@functools.cache
def c(x):
    calls.append(('c', x))
    return x

c(1); c(1); c(2)
print(c.cache_info(), calls[-2:])

@functools.lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1)
print(z.cache_info())
try:
    functools.lru_cache('x')
except TypeError as e:
    print(type(e).__name__, e)
