# set comprehensions and set() of generators keep CPython's order
print({x * 13 % 50 for x in range(30)})
print({(x, x % 3) for x in range(5)})
print(set(x * x for x in range(-5, 6)))
print({c for c in "mississippi"} == set("mississippi"))
print(sorted({v: k for k, v in enumerate("abcabc")}.items()))
print({n for n in [64, 32, 16, 8, 4, 2, 1, 0]})
