print(complex(), complex(1), complex(1.5, 2), complex(1, 2j), complex(1j, 1j), complex(True), complex(real=2, imag=3), complex(imag=1))
for s in ['1+2j', ' ( 1-2j ) ', 'j', '-j', '+1.5J', '1e3', '1e-2+3e1j', 'inf+nanj', '-infj', '1_000+2_0j', '3.', '.5j', '(2)', '1+j', ' 5 ']:
    print(repr(s), complex(s))
for f in [lambda: complex('x'), lambda: complex('1+2'), lambda: complex('1 + 2j'), lambda: complex('(1+2j'), lambda: complex(''), lambda: complex('j1'),
          lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex(None), lambda: complex([]), lambda: complex(1, None), lambda: complex('1+2jj')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
z = complex(3, -4)
print(z.real, z.imag, type(z.real).__name__, (1 + 2j).__complex__() if False else 1, isinstance(1j, complex))
