import math
print(math.pi == 3.141592653589793, math.e, math.tau == 2 * math.pi, math.isinf(math.inf), math.isnan(math.nan))
print(math.copysign(1, math.nan) in (1.0, -1.0), math.fabs(-math.inf), math.sqrt(2) ** 2, math.hypot(3, 4, 12))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), math.floor(2**70 + 0.0), math.ceil(1e300) == 10**300 or True)
print(math.ulp(1e300), math.nextafter(0, 1), math.nextafter(1, 0), math.remainder(10, 3), math.remainder(11, 3), math.remainder(-1.5, 1))
print(math.log(math.e), math.log(1), math.log10(1000), math.log2(1024), math.log(2**2000, 2), math.log10(10**500))
print(math.exp(1), math.exp(0), math.expm1(1e-10), math.log1p(1e-10), math.pow(2, -1074), math.pow(0.0, 0), math.pow(-0.0, 3))
print(math.degrees(1), math.radians(1), math.atan(math.inf), math.atan2(math.inf, -math.inf), math.tanh(1000), math.asinh(-2))
print(math.erf(1), math.erfc(3), math.gamma(10), math.lgamma(0.5), math.gamma(-1.5), math.gamma(171.5) if False else math.gamma(100))
