# sets with builtins: sorted, min, max, sum, len, any, all, zip, enumerate, list
s = {5, 3, 9, 1}
print(sorted(s), sorted(s, reverse=True), min(s), max(s), sum(s), len(s))
print(any(x > 8 for x in s), all(x > 0 for x in s), list(enumerate(sorted(s))))
print(list(zip(sorted(s), "abcd")), tuple(sorted(frozenset("cab"))))
print(list(map(lambda x: x * 2, sorted(s))), [x for x in sorted(s) if x in {1, 9}])
d = dict.fromkeys({1, 2, 3}, 0)
print(d, set(d), set(d.values()), set(d.items()))
print(set("abc") == {"a", "b", "c"}, set([1, 2]) <= set(range(5)))
