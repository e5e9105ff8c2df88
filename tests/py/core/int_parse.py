# int() parsing: bases, signs, underscores, whitespace, base 0 prefixes.
print(int("42"), int("-17"), int("+8"), int("  12  "), int("\t\n 7 \n"))
print(int("1_000_000"), int("0"), int("-0"), int("000123"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("-0x10", 16))
print(int("777", 8), int("0o17", 8), int("101", 2), int("0b101", 2))
print(int("z", 36), int("Zz", 36), int("12", 3))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("99", 0), int("0", 0), int("00", 0))
print(int("1_0", 0), int(" -0x_ff ", 0))
print(int("123456789012345678901234567890"), int("-" + "9" * 30))
print(int(3.9), int(-3.9), int(True), int(), int(1e20))
bad = ["", " ", "1.5", "abc", "1__0", "_1", "1_", "0x", "12a", "- 1", "08"]
for s in bad:
    try:
        print(int(s, 0))
    except ValueError as e:
        print(type(e).__name__, e)
for s, b in [("2", 2), ("9", 8), ("g", 16), ("1", 1), ("1", 37)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
for v in (float("inf"), float("nan")):
    try:
        int(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
