# List operators: + * comparisons, membership, identity, aliasing.
a = [1, 2]
b = a
b += [3]
print(a, a is b)
b = b + [4]
print(a, b, a is b)
print([0] * 3, [[]] * 2, 2 * ["x", "y"], [1] * 0, [1] * -2)
m = [[0] * 2] * 2
m[0][0] = 5
print(m)
c = [1, 2]
c *= 3
print(c)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, 2] == [1, 2.0], [1] != [1])
print([1, [2, 3]] == [1, [2, 3]], [[1]] < [[2]], 2 in [1, 2], [2] in [[2]], 3 not in [1])
try:
    print([1, 2] < [1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] + (2,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    a += 5
except TypeError as e:
    print(type(e).__name__, e)
a += (9, 8)
a += "hi"
print(a, len(a), list(), list("ab"), list((1, 2)), list(range(3)), list({"k": 1}))
print(bool([]), bool([0]), [] == [], [] is [])
