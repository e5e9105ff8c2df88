# iteration order of set operations must equal CPython's
a = {8, 16, 24, 1, 9, 17, 100, 3}
b = {16, 3, 77, 1000, 9, 55, 64}
print(a | b)
print(a & b)
print(a - b)
print(a ^ b)
print(b | a, b & a, b - a, b ^ a)
print(a.union(b, [5, 13, 21]), a.intersection(b, range(20)))
print(a.difference(b, [8]), a.symmetric_difference(range(0, 30, 3)))
c = set(a)
c |= {40, 48, 56, 64, 72, 80}
print(c)
c &= set(range(0, 100, 8))
print(c)
c -= {16, 80}
print(c)
c ^= {1, 2, 3, 8, 99}
print(c)
d = set(range(50))
for i in range(0, 50, 3):
    d.discard(i)
print(d)
d.update(range(100, 160, 7), [5, 1000000])
print(d)
d.intersection_update(range(0, 200, 2))
print(d)
d.difference_update([2, 4, 8], {10, 14})
print(d)
d.symmetric_difference_update({7, 8, 9, 10, 11})
print(d)
big = set(range(0, 3000, 37))
print(list(big)[:20], len(big))
print(set(frozenset(range(20, 0, -3))), frozenset([10**12, 2**40, -7, 31, 63]))
big_ints = [2**61, 2**61 - 1, -(2**61), 2**64 + 5, 12345678901234567890]
print(set(big_ints), {big_ints[0], big_ints[3]})
print({0.5, 1.5, -2.25, 1e100, 3.0})
print({(1, 2), (2, 1), (0,), ()})
