a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b})
c = dict(a)
c |= b
print(c, a)
s1, s2 = {1, 2, 3, 4}, {3, 4, 5}
print(s1 | s2, s1 & s2, s1 - s2, s1 ^ s2, s1 <= s2, {3} < s1, s1.isdisjoint({9}))
s1.update([7, 8]); s1.discard(1); s1.remove(2)
print(s1, s1.pop() in {3, 4, 7, 8}, len(s1))
counts = {}
for w in "the quick the lazy the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
d = {}
d.setdefault("list", []).append(1)
d.setdefault("list", []).append(2)
print(d, d.pop("list"), d.pop("missing", "dflt"), d)
print({k: v for k, v in sorted({"b": 2, "a": 1}.items())}, list({1: 2}.keys()), list(reversed({"p": 1, "q": 2})))
