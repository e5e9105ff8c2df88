# WeakValueDictionary: entries go away with their values.
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V(%d)" % self.n


d = weakref.WeakValueDictionary()
a, b, c = V(1), V(2), V(3)
d["a"] = a
d["b"] = b
d[3] = c
print(len(d), sorted(map(str, d.keys())), d["a"], d.get("b"), d.get("zz", "dflt"), "a" in d, "q" in d)
del a
print(len(d), "a" in d, d.get("a"), sorted(map(str, d)))
try:
    d["a"]
except KeyError as e:
    print(type(e).__name__, e)
print(sorted((str(k), v.n) for k, v in d.items()), sorted(v.n for v in d.values()))
print(d.pop("b").n, len(d))
try:
    d.pop("b")
except KeyError as e:
    print(type(e).__name__, e)
print(d.pop("b", "none"))
e = V(5)
print(d.setdefault("e", e) is e, d.setdefault("e", V(6)) is e)
d2 = d.copy()
print(type(d2).__name__, sorted(map(str, d2)))
del c
print(len(d), len(d2), sorted(map(str, d2)))
vr = d.valuerefs()
print(len(vr), vr[0]() is e)
print(repr(d).startswith("<WeakValueDictionary at 0x"))
del d["e"]
print(len(d))
f = V(7)
d3 = weakref.WeakValueDictionary({"x": f}, y=f)
print(sorted(d3), d3.popitem()[1] is f, len(d3))
try:
    d3.popitem()
    d3.popitem()
except KeyError as e:
    print(type(e).__name__)
try:
    d3["k"] = 1
except TypeError as e:
    print(type(e).__name__, e)
