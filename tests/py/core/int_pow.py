# ** and pow(), including the three-argument form.
print(pow(2, 10), pow(2, -1), pow(-3, 3), pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(7, 0, 1), pow(10 ** 20, 10 ** 20, 97))
print(pow(3, -1, 7), pow(38, -1, 97))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(2 ** 0.5, 4 ** 0.5, 10 ** -3)
print((-8) ** 2, (-1) ** 101, 1 ** 10000)
