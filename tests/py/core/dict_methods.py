# dict methods: get setdefault pop popitem keys values items update copy clear fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("c", 3), d.setdefault("n"))
print(d)
print(d.pop("b"), d.pop("zz", "dflt"), d)
print(d.popitem(), d.popitem(), d)
d.update({"x": 1, "y": 2})
d.update([("z", 3)], w=4)
d.update(x=10)
print(d)
c = d.copy()
c["new"] = 0
print(d, c, c is d)
d.clear()
print(d, len(d), c.get("x"))
print(dict.fromkeys(["p", "q"]), dict.fromkeys("ab", 0), dict.fromkeys([]), dict.fromkeys(range(3), []))
e = {}
try:
    e.popitem()
except KeyError as ex:
    print(type(ex).__name__, ex)
try:
    e.pop("missing")
except KeyError as ex:
    print(type(ex).__name__, ex)
try:
    d.update(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    d.update([(1, 2, 3)])
except ValueError as ex:
    print(type(ex).__name__, ex)
f = {1: 1}
print(f.update({1: 2}), f, f.clear(), f)
