# targets: tuples, starred, nested, attribute-free
pairs = [(1, "a"), (2, "b")]
print([n for n, _ in pairs], {s: n for n, s in pairs})
print([rest for first, *rest in [(1, 2, 3), (4, 5)]])
print([a + b + c for (a, b), c in [((1, 2), 3), ((4, 5), 6)]])
print([x for x in range(3) for x in range(x)])
try:
    [a for a, b in [(1,), (2, 3)]]
except ValueError as e:
    print("ValueError", e)
