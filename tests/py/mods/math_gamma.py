import math
xs = [0.5, 1.5, 2.5, 3.7, 5.0, 10.0, 23.0, 24.0, 30.5, 100.25, 141.5, 170.5, -0.5, -1.5, -2.25, -10.1, -150.5, 1e-21, -1e-21, 7.9]
for x in xs:
    print(x, math.gamma(x), math.lgamma(x))
for x in [0, -1, -2.0, 171.7, 1e308, -math.inf, math.inf, math.nan]:
    for f in [math.gamma, math.lgamma]:
        try:
            print(f.__name__, x, f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)
