# set displays: constants (folded to a frozenset as CPython does), starred, comprehensions
a = [5, 6]
print({1, 2})
print({1, 2, 3})
print({40, 32, 24, 16, 8})
print({-1, -9, 7, 15, 23, 31, 39})
print({*a, 1, *range(3)})
print({*a})
print({1, *a, 2, *"", 3})
print({(1, 2), (1, 2)})
for x in {33, 1, 65, 97, 129, 161}:
    print(x, end=" ")
print()
print([x for x in {9, 17, 25, 33, 41}])
try:
    {*1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[], 1}
except TypeError as e:
    print(type(e).__name__, e)
