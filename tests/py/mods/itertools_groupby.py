import itertools as it
for k, g in it.groupby("AAAABBBCCDAABBB"):
    print(k, list(g))
print(list(map(lambda kg: kg[0], it.groupby("aabbbc"))))
data = [("a", 1), ("a", 2), ("b", 3), ("a", 4)]
for k, g in it.groupby(data, key=lambda p: p[0]):
    print(k, list(g))
groups = []
for k, g in it.groupby([1, 1, 2, 3, 3]):
    groups.append(g)
print(list(map(list, groups)))
g = it.groupby([1, 1, 2])
k, grp = next(g)
print(k, next(grp))
k2, grp2 = next(g)
print(k2, list(grp), list(grp2))
print(list(it.groupby([])), list(map(lambda kg: (kg[0], list(kg[1])), it.groupby([5, 6], lambda x: x % 2))))
for k, g in it.groupby(range(10), lambda x: x // 3):
    print(k, list(g))
