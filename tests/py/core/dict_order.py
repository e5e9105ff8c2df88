# Dicts keep insertion order across updates, deletions and re-insertions.
d = {}
for k in [5, 3, 9, 1, "a", 2.5, None, (1, 2), True]:
    d[k] = k
print(d)
d[3] = "three"
print(d)
del d[9]
d[9] = "back"
print(d, len(d))
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
d2 = {"z": 1, "a": 2, "m": 3}
d2.pop("a")
d2["a"] = 4
print(d2)
big = {}
i = 0
while i < 100:
    big[i * 7919 % 1000] = i
    i += 1
j = 0
while j < 100:
    if j % 3:
        del big[j * 7919 % 1000]
    j += 1
print(list(big)[:10], len(big))
print({1: "a", 1.0: "b", True: "c"}, {"x": 1, "x": 2})
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"q": 0}, r=1), dict(), dict([("k", 1)], k=2))
