import itertools as it
print(list(it.product("AB", "xy")), list(it.product(range(2), repeat=3)))
print(list(it.product()), list(it.product("ab", [])), list(it.product("ab", repeat=0)), len(list(it.product(range(3), "ab", repeat=2))))
print(list(it.permutations("ABC")), list(it.permutations(range(4), 2)))
print(list(it.permutations([])), list(it.permutations("ab", 3)), list(it.permutations("abc", 0)))
print(list(it.combinations("ABCD", 2)), list(it.combinations(range(5), 3)))
print(list(it.combinations("ab", 3)), list(it.combinations("abc", 0)), list(it.combinations([], 0)))
print(list(it.combinations_with_replacement("ABC", 2)), list(it.combinations_with_replacement([], 2)))
print(list(it.combinations_with_replacement("ab", 0)), len(list(it.combinations_with_replacement(range(5), 3))))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))))
print(list(it.permutations(range(4)))[10:14])
for f, args, kw in [(it.product, ("ab",), {"repeat": -1}), (it.product, (1,), {}), (it.product, ("a",), {"x": 1}),
                    (it.permutations, ("abc", -1), {}), (it.permutations, ("abc", "x"), {}), (it.combinations, ("abc",), {}),
                    (it.combinations, ("abc", -2), {}), (it.combinations_with_replacement, ("a", -1), {}), (it.permutations, (), {})]:
    try:
        print(list(f(*args, **kw)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
