print(hash(0j) == hash(0), hash(1 + 0j) == hash(1.0), hash(complex(2.5, 0)) == hash(2.5), hash(1j) != hash(1))
print(1j == 1j, 1 + 0j == 1, 1 + 0j == True, 0j == 0.0, 1j != 1, (1 + 2j) == (1 + 2j), complex('nan') == complex('nan'))
d = {1: "int", 2.5: "float"}
print(d[1 + 0j], d[complex(2.5, 0)], {1j: "a"}[complex(0, 1)])
for op in ["<", ">"]:
    try:
        print(1j < 2j if op == "<" else 1j > 2j)
    except TypeError as e:
        print(type(e).__name__, e)
