inf = float('inf')
nan = float('nan')
vals = [1j, 2j, -0j, 0j, 1 + 2j, 1.5 - 2.5j, -1 - 1j, complex(0, 0), complex(-0.0, 0), complex(-0.0, -0.0), complex(0.0, -0.0),
        complex(nan, inf), complex(inf, -inf), complex(1e16, 1e-5), complex(100, 0.1), 1e300j * 10, complex(-nan, 1), 3 + 0j, 1e16j, 0.5j]
for v in vals:
    print(repr(v), str(v), v.real, v.imag)
print(type(1j).__name__, [1j, 2 + 3j], (1j,), {1j: 2})
