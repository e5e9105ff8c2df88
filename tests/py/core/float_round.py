# round(): half to even, correctly rounded, ndigits forms.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.675, 1.005]:
    print(v, round(v), round(v, 2), type(round(v)))
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234.5678, 1), round(-1234.5678, -1), round(5e-324, 2))
print(round(15, -1), round(25, -1), round(-25, -1), round(12345, -2), round(7, 2), round(7))
print(round(2 ** 70 + 1, -10), round(-(10 ** 25) - 5, -1), round(10 ** 25 + 5, -1))
print(round(1e300, 2), round(123.456, 0), round(-0.4), round(-0.0, 1))
print(round(3.14159, 3), round(0.1 + 0.2, 15), round(2.5, 0), round(3.5, 0))
for v in [float("inf"), float("nan")]:
    try:
        print(round(v))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
