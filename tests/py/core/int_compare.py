# Comparisons between ints, bools, floats and big ints.
print(1 < 2, 2 < 1, 1 == 1.0, 1 != 1, 3 >= 3, -1 <= -2)
print(2 ** 64 > 2 ** 63, -(2 ** 64) < 0, 2 ** 100 == 2 ** 100)
print(True == 1, False == 0, True > False, 1.5 > 1, 2 ** 53 + 1 == 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(0 == -0, 0 == 0.0, 0 == -0.0)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0, 1 < 2 > 0)
print(max(3, 2 ** 70, -5), min(3, -(2 ** 70), 5))
try:
    print(1 < "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None > 0)
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", None == 0, None != None)
