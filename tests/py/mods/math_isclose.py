import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(5, 5))
print(math.isclose(a=1, b=1.000000001), math.isclose(1e300, 1.0000000001e300))
for kw in [dict(rel_tol=-1), dict(abs_tol=-0.1)]:
    try:
        math.isclose(1, 1, **kw)
    except ValueError as e:
        print(type(e).__name__, e)
for args, kw in [((1,), {}), ((1, 2, 3), {}), ((1, 2), {"tol": 1}), (("a", 1), {})]:
    try:
        math.isclose(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
