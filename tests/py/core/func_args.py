# Defaults, keyword arguments, *args, **kwargs, keyword-only arguments.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
print(f(c=1, a=0))
print(f(*[1, 2, 3], **{"c": 9, "z": 0}))
def g(x, y, z=None):
    return [x, y, z]
print(g(1, 2), g(1, y=2), g(z=3, y=2, x=1), g(*(1, 2, 3)), g(1, *[2], **{"z": 5}))
def only_kw(*, k):
    return k
print(only_kw(k="kw"))
def star(*args):
    return args
def kws(**kwargs):
    return kwargs
print(star(), star(1), star(*"ab", 3), kws(), kws(a=1, b=2), kws(**{"x": 1}, y=2))
def defaults(a, acc=[]):
    acc.append(a)
    return acc
print(defaults(1), defaults(2), defaults(3, []))
def none_ret():
    pass
def bare_ret():
    return
def multi():
    return 1, "two"
print(none_ret(), bare_ret(), multi())
print(f.__name__, type(f))
