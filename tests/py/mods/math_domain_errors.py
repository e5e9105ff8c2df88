import math
cases = [
    (math.sqrt, (-1,)), (math.acos, (2,)), (math.asin, (-2,)), (math.acosh, (0.5,)),
    (math.atanh, (1,)), (math.atanh, (-1,)), (math.log1p, (-1,)), (math.log1p, (-2,)),
    (math.exp, (1000,)), (math.cosh, (1000,)), (math.sinh, (-1000,)), (math.expm1, (1000,)),
    (math.gamma, (0,)), (math.gamma, (-2,)), (math.gamma, (200,)), (math.lgamma, (0,)),
    (math.lgamma, (-3,)), (math.sin, (math.inf,)), (math.cos, (-math.inf,)), (math.tan, (math.inf,)),
    (math.fmod, (1, 0)), (math.fmod, (math.inf, 1)), (math.remainder, (1, 0)),
    (math.pow, (0, -1)), (math.pow, (-1, 0.5)), (math.pow, (10, 400)), (math.pow, (-2, 1e300)),
    (math.ldexp, (1.0, 5000)), (math.degrees, (1e308,)), (math.sqrt, ("x",)),
    (math.sqrt, (10**400,)), (math.exp, (None,)), (math.ldexp, (1.0, 2.0)),
    (math.sqrt, ()), (math.sqrt, (1, 2)), (math.atan2, (1,)), (math.pow, (1, 2, 3)),
    (math.copysign, ()), (math.fmod, (1,)),
]
for f, args in cases:
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(math.exp(-1000), math.sqrt(math.inf), math.exp(math.inf), math.exp(-math.inf))
print(math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(2, 0.5), math.pow(-8, 1/3 * 3))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(0.5, -math.inf))
print(math.isnan(math.sqrt(math.nan)))
