# WeakKeyDictionary: entries go away with their keys.
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "K(%d)" % self.n


d = weakref.WeakKeyDictionary()
a, b = K(1), K(2)
d[a] = "a"
d[b] = "b"
print(len(d), d[a], a in d, 1 in d, sorted(v for v in d.values()), sorted(k.n for k in d))
del a
print(len(d), sorted(k.n for k in d.keys()))
d[b] = "b2"
print(d[b], d.get(b), d.get(K(9), "none"), len(d))
print(d.setdefault(b, "x"), d.pop(b), len(d))
try:
    d[K(3)]
except KeyError as e:
    print(type(e).__name__)
try:
    d[1] = 2
except TypeError as e:
    print(type(e).__name__, e)
c = K(3)
d2 = weakref.WeakKeyDictionary({c: 30})
d3 = d2.copy()
print(sorted((k.n, v) for k, v in d3.items()), len(d2.keyrefs()))
del c
print(len(d2), len(d3))
print(repr(d2).startswith("<WeakKeyDictionary at 0x"))
