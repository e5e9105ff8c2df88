import math
for x in [7, -7, True, False, 2**80, -(2**80)]:
    print(math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
for x in [0.999999, -0.999999, 1e15 + 0.5, -1e15 - 0.5, 4503599627370497.0, 1.7976931348623157e308]:
    print(math.floor(x), math.ceil(x), math.trunc(x) == int(x))
print(math.isqrt(0), math.isqrt(99999999999999999999), math.factorial(0), math.gcd(0, -5), math.lcm(-4, 6))
