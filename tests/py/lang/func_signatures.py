# Parameters: positional-only, keyword-only, *args, **kwargs and their errors.
def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return a, b, c, d, args, e, f, sorted(kw.items())

print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5, z=9))
print(f(1, 2, 3, 4, 5, 6, e=7, f=8))

def check(call):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

check(lambda: f(1, 2, 3))
check(lambda: f(1, b=2, c=3, e=5))
check(lambda: f(1, 2, 3, c=3, e=5))
check(lambda: f())

def g(x, y=2):
    return x, y
check(lambda: g(1, 2, 3))
check(lambda: g(1, z=3))
check(lambda: g())

def h(*, only):
    return only
check(lambda: h(1))
print(h(only="k"))

def star(*args, **kwargs):
    return args, kwargs
print(star(*[1, 2], *(3,), **{"a": 1}, b=2))
print(star())
args = (1, 2)
print(g(*args), g(*[5]), g(**{"x": 8}))
