# Tuples: construction, repr, indexing, slicing, methods, comparison, immutability.
t = (1, "two", 3.0, None, (4, 5))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t[::2])
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
single = 5,
print(single, type(single), type(()))
print(t.count(1), (1, 1, 2).count(1), t.index("two"), (1, 2, 3, 2).index(2, 2))
print((1, 2) + (3,), (0,) * 3, 2 * (1, 2), () * 5)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1, (2, 3)) == (1, (2, 3)))
print(1 in t, (4, 5) in t, "x" not in t, hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(t[10])
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1, 2).index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print((1,) + [2])
except TypeError as e:
    print(type(e).__name__, e)
x = (1, 2)
y = x
x += (3,)
print(x, y, x is y)
print(((1, 2), [3, 4]), repr(("a", 'b"')))
