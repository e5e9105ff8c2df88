# float methods: is_integer, hex-free conversions, int/float interplay.
for v in [1.0, 1.5, -0.0, 1e300, float("inf")]:
    print(v, v.is_integer(), v.real, v.imag)
print((2.5).conjugate(), int(1e15), int(-1e15), int(1.9999999999999998))
print(float.__name__, (3.75).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
