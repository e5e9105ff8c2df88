import cmath
vals = [1 + 2j, -3 + 0.5j, 0.5 - 0.25j, 2, -1, 1j, -2.5j, 1e-310 + 1e-310j, 1e300 + 1e300j, 0.9 + 0.1j]
for z in vals:
    print(repr(z))
    print(' ', cmath.sqrt(z), cmath.exp(z) if abs(z) < 100 else '-', cmath.log(z), cmath.log10(z))
    print(' ', cmath.sin(z) if abs(z) < 100 else '-', cmath.cos(z) if abs(z) < 100 else '-', cmath.tan(z) if abs(z) < 100 else '-')
    print(' ', cmath.asin(z), cmath.acos(z), cmath.atan(z))
    print(' ', cmath.sinh(z) if abs(z) < 100 else '-', cmath.cosh(z) if abs(z) < 100 else '-', cmath.tanh(z))
    print(' ', cmath.asinh(z), cmath.acosh(z), cmath.atanh(z) if z != 1 and z != -1 else '-')
    print(' ', cmath.phase(z), cmath.polar(z))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.rect(2, 0.5), cmath.rect(1, 0), cmath.rect(-1, 0), cmath.log(8, 2), cmath.log(1j, 1j), cmath.sqrt(-4), cmath.sqrt(-0.0))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j), cmath.isnan(complex(0, float('nan'))), cmath.isinf(cmath.infj), cmath.isfinite(1j))
for f in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.exp(1000), lambda: cmath.cosh(1000 + 1j), lambda: cmath.sqrt('x'),
          lambda: cmath.sqrt(), lambda: cmath.isclose(1, 1, rel_tol=-1), lambda: cmath.log(1, 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
