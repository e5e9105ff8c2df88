import itertools as it
print(len(list(it.product(range(4), repeat=4))), list(it.product("ab", range(2), [None])))
print(list(it.islice(it.product(range(10), repeat=6), 3)), sum(map(sum, it.product(range(3), range(3)))))
print(list(it.combinations(range(6), 5)), len(list(it.combinations(range(20), 3))))
print(list(it.permutations("abcd", 2))[:7], len(list(it.permutations(range(5), 3))))
count = 0
for p in it.permutations(range(7)):
    count += 1
print(count)
