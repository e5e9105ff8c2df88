# float() parsing of strings and conversion from ints.
for s in ["1.5", "  1.5 ", "-2", "+3.25", "1e3", "1E-3", ".5", "5.", "inf", "-inf",
          "Infinity", "-iNF", "nan", "NaN", "-nan", "1_000.5", "10",
          "\t\n2.5\n", "1e400", "-1e400", "1e-400", "00012.50"]:
    print(repr(s), float(s))
for s in ["", "abc", "1.5.2", "1e", "1_", "_1", "1__0", "in f", "- 1"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(float(3), float(-7), float(True), float(), float(2 ** 70), float(10 ** 20))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
