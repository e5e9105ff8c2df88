# KeyError messages use repr of the key; membership and del.
d = {"a": 1, 2: "two", (1, 2): "t", None: 0}
for k in ["b", 3, (1, 3), "it's", "", 1.5, False]:
    try:
        print(d[k])
    except KeyError as e:
        print(type(e).__name__, e, repr(e.args[0]) if e.args else None)
print("a" in d, "b" in d, 2 in d, 2.0 in d, (1, 2) in d, None in d, "a" not in d)
del d["a"]
print(d)
try:
    del d["a"]
except KeyError as e:
    print("del", type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] in d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(d[{}])
except TypeError as e:
    print(type(e).__name__, e)
print(d == {2: "two", None: 0, (1, 2): "t"}, d != {}, {} == {}, {1: 2} == {1: 2.0})
try:
    print({1: 2} < {1: 3})
except TypeError as e:
    print(type(e).__name__, e)
