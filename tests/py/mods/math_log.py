import math
for x in [1, 2, 10, 100, 0.5, 1e300, 2**1000, 10**400, math.inf]:
    print(x if not isinstance(x, int) or x < 10**20 else 'big', math.log(x), math.log2(x), math.log10(x))
print(math.log(8, 2), math.log(100, 10), math.log(10**400, 10))
print(math.log(math.nan))
for args in [(0,), (-1,), (0.0,), (-math.inf,), (10, 1), (10, 0), (-(10**400),), (2, -1)]:
    try:
        print(math.log(*args))
    except Exception as e:
        print(type(e).__name__, e)
for f in [math.log2, math.log10]:
    for x in [0, -1, -0.5]:
        try:
            print(f(x))
        except ValueError as e:
            print(type(e).__name__, e)
for args in [(), (1, 2, 3)]:
    try:
        math.log(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    math.log("x")
except TypeError as e:
    print(type(e).__name__, e)
