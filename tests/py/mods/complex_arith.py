a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a.conjugate(), a == 3 + 4j, a != b, a == 3, (3 + 0j) == 3, (3 + 0j) == 3.0)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, a - 1.5, 10 - a, True + 1j, a ** 2, a ** -1, a ** 0, 2 ** 1j, a ** 0.5, a ** b)
print(1j ** 2, (1 + 1j) ** 10, (0.5 + 0.5j) ** 100, 0j ** 0, (-8) ** (1 / 3), (-2.0) ** 0.5, (-1) ** 0.5, pow(2j, 3))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1j) == hash(1j), bool(0j), bool(1e-300j), abs(-0j), abs(complex(3e200, 4e200)))
for f in [lambda: a / 0, lambda: a / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: a < b, lambda: a // 2, lambda: a % 2, lambda: pow(a, 2, 3),
          lambda: abs(complex(1e308, 1e308)), lambda: complex(1e200, 1e200) ** 2, lambda: int(a), lambda: float(a), lambda: a + 'x', lambda: 10 ** 400 + 1j]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
