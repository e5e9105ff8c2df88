import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for x in [0, 1, 2, 0.5, 10, 1e-10, 123456.789]:
    print(x, math.sqrt(x), math.exp(x), math.log1p(x), math.expm1(x))
for x in [0.0, 0.5, -0.5, 1.0, -1.0]:
    print(math.sin(x), math.cos(x), math.tan(x), math.asin(x), math.acos(x), math.atan(x))
    print(math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
print(math.acosh(1.0), math.acosh(2.5), math.atanh(0.5))
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(0.0, -1))
print(math.fabs(-3), math.fabs(-0.0), math.degrees(math.pi), math.radians(180))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, math.inf), math.remainder(7, 3))
print(math.modf(3.5), math.modf(-3.5), math.modf(math.inf), math.modf(-math.inf))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-0.1), math.frexp(math.inf))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1080), math.ldexp(3, 0))
print(math.cbrt(27), math.exp2(10), math.erf(0.5), math.erfc(0.5))
print(math.gamma(5), math.gamma(0.5), math.lgamma(10), math.gamma(1))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(0.0))
