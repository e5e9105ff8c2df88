print(2 ** 100, -2 ** 63, 10 ** 20 // 3, -7 // 2, -7 % 2, 7 % -2, 1 / 3, 2 ** -1)
print(0.1 + 0.2, 1e16, 1e-5, 123456789.0, 1.0, -0.0, float("nan") != float("nan"))
print(int(3.99), int(-3.99), int("  42  "), int("1_000"), float("1_0.5"), round(1e20), round(123.456, -1))
print((255).bit_length(), (-1).bit_length(), (10).to_bytes(2, "little"), int.from_bytes(b"\xff", "big", signed=True))
print(3 .real, (3.5).is_integer(), (7).__floordiv__(2), 9 ** 0.5, (-8) ** (1 / 3))
print(1 < 2.5 < 3, 2 == 2.0, hash(2) == hash(2.0), 10 ** 18 == 1e18, True + True)
for bad in ["1 / 0", "1 // 0", "1 % 0", "int('x')", "float('y')", "2 ** 10000 * 1.0", "int(float('inf'))"]:
    try:
        eval(bad)
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(bad, "->", type(e).__name__ + ":", e)
