import math
for x in [1.5, -1.5, 0.0, -0.0, math.inf, -math.inf, 1e-320]:
    print(x, math.modf(x), math.frexp(x), math.copysign(2, x), math.fabs(x), math.isfinite(x))
for m, e in [(0.5, 1), (0.75, -1), (1, 1023), (1, -1074), (1, -1075), (-3, 2), (0.5, 1025)]:
    try:
        print(m, e, math.ldexp(m, e))
    except OverflowError as ex:
        print(m, e, type(ex).__name__, ex)
print(math.fmod(-10, 3), math.fmod(10, -3), math.fmod(-0.0, 1), math.fmod(5.5, 2), math.remainder(5.5, 2), math.remainder(-4, 8))
