# dict views: repr, len, membership, iteration, liveness.
d = {1: "a", 2: "b"}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
print(len(k), 1 in k, "a" in v, (1, "a") in it, (1, "b") in it, 3 not in k)
d[3] = "c"
print(k, v, it, len(it))
print(list(k), list(v), list(it), tuple(k))
e = {}
print(e.keys(), e.values(), e.items(), type(k), type(v), type(it))
for key in d:
    print(key, d[key])
for key, val in d.items():
    print(key, val)
try:
    for key in d:
        d[key + 10] = 0
except RuntimeError as ex:
    print(type(ex).__name__, ex)
print(sorted(d.keys(), reverse=True), sum(d.keys()), max(d.keys()), d)
print({"x": [1, 2], "y": {"z": (3,)}}, {"q": "it's"}, {1.5: None, -0.0: True})
