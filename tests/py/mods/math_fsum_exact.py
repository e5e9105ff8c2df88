import math
tests = [[1e16, 1.0, 1e-16], [0.1, 0.2, 0.3, -0.6], [1e308, 1e308, -1e308], [1, 1e100, 1, -1e100], [3.0] * 7 + [-21.0],
         [2.0 ** -1074] * 10, [1.0, -1.0 + 2.0 ** -53, 2.0 ** -106]]
for t in tests:
    try:
        print(math.fsum(t), sum(t))
    except OverflowError as e:
        print(type(e).__name__, e)
xs = []
x = 0.5
for i in range(200):
    x = (x * 3.7 * (1 - x))
    xs.append(x * 10 ** (i % 7 - 3))
print(math.fsum(xs), math.fsum(reversed(xs)) == math.fsum(xs))
