import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1, 2, 3]), math.fsum([]), math.fsum(iter([0.5, 0.25])))
print(math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum([2.0**53, 1.0, 2.0**-100]))
print(math.fsum([1.7976931348623157e+308, -1.7976931348623157e+308, 1.0]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, 1.0, -math.inf]), math.fsum([math.nan, 1.0]))
for data in [[math.inf, -math.inf], [1.7976931348623157e+308, 1.7976931348623157e+308], ["x"]]:
    try:
        print(math.fsum(data))
    except Exception as e:
        print(type(e).__name__, e)
vals = []
for i in range(1, 40):
    vals.append(0.1 * i)
print(math.fsum(vals), math.fsum(map(lambda x: x * x, vals)))
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1), math.hypot(1, 2, 3))
print(math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
for i in range(1, 30):
    print(math.hypot(0.1 * i, 0.7 * i, 1.3), math.dist((0.1 * i, 2), (1.7, 0.3 * i)))
print(math.dist([1, 2, 3], [4, 5, 6]), math.dist((0, 0), (3, 4)), math.dist([], []), math.dist(iter([1]), (4,)))
for args in [((1, 2), (1,)), ((1,), ("a",)), (1, 2)]:
    try:
        print(math.dist(*args))
    except Exception as e:
        print(type(e).__name__, e)
