from functools import partial

def f(a, b, c=0, *, k=1):
    return (a, b, c, k)

p = partial(f, 1, k=2)
print(p(2), p(2, 3), p(2, k=5))
print(p.func is f, p.args, p.keywords)
r = repr(p)
print(r.startswith('functools.partial(<function f at 0x'), r.endswith(', 1, k=2)'))
q = partial(p, 5, c=9)
print(q.func is f, q.args, q.keywords, q())
print(partial(int, base=2)('101'))
print(repr(partial(len)))
print(partial(max, key=len)(['aa', 'b', 'ccc']))
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial()
except TypeError as e:
    print(type(e).__name__, e)
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)

class MyPartial(partial):
    pass

m = MyPartial(f, 1, 2)
print(type(m).__name__, m(), repr(m).startswith('MyPartial(<function f'))
