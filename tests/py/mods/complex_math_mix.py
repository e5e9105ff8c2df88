import math
import cmath
z = 3 + 4j
print(abs(z), math.hypot(z.real, z.imag), cmath.phase(z), math.atan2(4, 3), cmath.polar(z), cmath.rect(*cmath.polar(z)))
print(sum([1j, 2, 3.5]), (1 + 2j) * (1 - 2j), (2 + 0j) ** 0.5, 1j ** 1j, (-1) ** 0.5 == 1j, round(abs(cmath.exp(1j * math.pi) + 1), 12))
print([1 + 1j, 2] == [1 + 1j, 2.0], complex(1, 2) in [1 + 2j], isinstance(2j, complex), type(1j * 1j).__name__)
roots = []
for k in range(3):
    roots.append(cmath.rect(1, 2 * math.pi * k / 3))
print(roots, sum(roots))
