# iter(), next() with default, reversed(), exhaustion.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
s = iter("hé")
print(next(s), next(s), next(s, "end"))
d = iter({"a": 1, "b": 2})
print(next(d), list(d), list(d))
r = iter(range(3))
print(list(r), next(r, -1))
t = iter((1, 2))
print(iter(t) is t, list(t))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
rv = reversed([10, 20])
print(next(rv), next(rv), next(rv, "x"))
print(list(reversed({"x": 1, "y": 2})))
for bad in [5, None]:
    try:
        iter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
a = [1, 2, 3]
it2 = iter(a)
next(it2)
a.append(4)
print(list(it2))
