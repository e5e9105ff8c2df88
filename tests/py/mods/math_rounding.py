import math
for x in [1.5, -1.5, 2.0, -0.5, 0.0, -0.0, 1e20, -1e300, 3, -7, True, 2**100]:
    print(repr(x)[:30], math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
for x in [math.inf, -math.inf, math.nan]:
    for f in [math.floor, math.ceil, math.trunc]:
        try:
            print(f(x))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for f in [math.floor, math.ceil, math.trunc]:
    try:
        print(f("3"))
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
print(math.isnan(math.nan), math.isnan(1), math.isinf(-math.inf), math.isinf(1e308))
print(math.isfinite(1e308), math.isfinite(math.nan), math.isfinite(3))
