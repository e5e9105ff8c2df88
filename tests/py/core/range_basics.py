# range: repr, len, indexing, slicing, negative steps, membership, equality.
print(range(5), range(1, 5), range(1, 10, 2), range(10, 0, -3), range(0))
for r in [range(5), range(2, 5), range(0, 10, 3), range(10, 0, -3), range(5, 5), range(5, 0), range(-5, 5, 4), range(0, -10, -1)]:
    print(r, len(r), list(r), r[0] if len(r) else None, r[-1] if len(r) else None)
r = range(0, 20, 3)
print(r[2], r[-2], r[1:4], r[::-1], r[::2], r[-2:], r[10:], list(r[::-2]))
print(3 in r, 4 in r, 18 in r, 21 in r, -3 in r, 3.0 in r, "3" in r)
print(r.index(9), r.count(9), r.count(10), r.start, r.stop, r.step)
print(range(0) == range(5, 5), range(1, 4) == range(1, 5, 1), range(0, 3, 2) == range(0, 4, 2))
big = range(2 ** 70, 2 ** 70 + 10, 3)
print(big, len(big), big[1], (2 ** 70 + 3) in big, list(big))
print(sum(range(101)), list(range(3, -3, -1)), list(reversed(range(4))))
try:
    range(1, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(r[100])
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
