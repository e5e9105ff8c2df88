cases = [(2j, 2), (1 + 1j, 3), (1 + 1j, -2), (2, 1j), (1j, 0.5), (0j, 2), (0j, 0), (3 + 4j, 0.5), (-1 + 0j, 1 / 3), (1e10j, 30), (0.5 + 0.5j, 101)]
for a, b in cases:
    try:
        print(a, b, a ** b, pow(a, b))
    except (ZeroDivisionError, OverflowError) as e:
        print(a, b, type(e).__name__, e)
print((-8) ** (1 / 3), (-1.0) ** 0.25, 4 ** 0.5j, 2.0 ** (1 + 1j))
