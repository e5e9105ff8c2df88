# Float arithmetic, floor division and modulo signs, mixing with ints.
print(7.5 // 2, -7.5 // 2, 7.5 // -2, -7.5 // -2)
print(7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(5, 0.5))
print(-0.0 % 5, 0.0 % -5, 5 % -0.5, 1e300 * 1e10, -1e300 * 1e10)
print(3 + 0.5, 3 * 0.5, 3 - 0.5, 1 / 2.0, 2 ** 0.5, 2.0 ** -1)
print(0.1 + 0.7, 1e16 + 1, 2.0 ** 1023 * 2 == float("inf"))
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * 2, 1 / inf, inf / 2)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, -inf < inf)
print(abs(-2.5), abs(-0.0), abs(-inf), -(0.0), +(-0.0))
print(10 ** 20 / 3, 2 ** 70 / 2 ** 60, (10 ** 30) / (10 ** 10), 7 / -2)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(1e308 + 1e308, -1e308 - 1e308)
x = 1.5
x += 1
x *= 2
x /= 4
x //= 0.25
x %= 3
print(x)
