# enumerate (start), zip (uneven, many args), map, filter, any, all.
print(list(enumerate("abc")), list(enumerate(["x", "y"], 1)), list(enumerate([], 5)), list(enumerate("ab", start=-2)))
for i, ch in enumerate("hé", 10):
    print(i, ch)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("ab", (1, 2), [True, False])))
for a, b in zip(range(3), range(10, 13)):
    print(a + b, end=" ")
print()
print(list(map(abs, [-1, 2, -3])), list(map(str, range(3))), list(map(pow, [2, 3], [3, 2])), list(map(len, ["a", "bb"])))
def even(n):
    return n % 2 == 0
print(list(filter(even, range(10))), list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(str.isdigit, "a1b2")))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]), any("a"), all(range(1, 5)))
print(any(map(even, [1, 3, 5])), all(map(even, [2, 4])))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
e = enumerate("xy")
print(next(e), next(e), next(e, "end"))
m = map(int, ["1", "x", "3"])
print(next(m))
try:
    next(m)
except ValueError as ex:
    print(type(ex).__name__, ex)
print(type(zip()), type(map(abs, [])), type(enumerate([])), type(filter(None, [])))
