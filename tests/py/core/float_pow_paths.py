# float ** float: the eval loop's fast path (positive finite base, finite
# exponent, finite result) and every case it hands to the generic path.
cases = [
    (2.0, 0.5), (2.0, -1.5), (10.0, 3.0), (1.0, 1e308), (0.5, 1100.0),
    (1e-300, 5.0), (3.0, 0.0), (7.5, -0.0), (1.0, float("inf")),
    (float("inf"), 2.0), (float("inf"), -1.0), (float("nan"), 0.0),
    (2.0, float("nan")), (0.0, 2.0), (-0.0, 3.0), (-2.0, 3.0), (-8.0, 2.0),
    (1e300, 2.0), (2.0, 1e6), (0.0, -1.0), (-8.0, 1.0 / 3.0),
]
for x, y in cases:
    try:
        print(repr(x), repr(y), repr(x ** y))
    except Exception as e:
        print(repr(x), repr(y), type(e).__name__, e)
acc = 1.5
for i in range(5):
    acc **= 1.25
print(acc)
v = [0.25, 4.0]
v[0] **= 0.5
print(v)
