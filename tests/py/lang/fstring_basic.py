# f-strings: conversions, specs, nested fields, self-documenting =
name = "world"
n = 42
pi = 3.14159265
print(f"hello {name}!", f"{n}", f"{n!r} {name!r} {name!s} {'é'!a}")
print(f"{n:5d}|{n:<5}|{n:^7}|{n:>+6}|{n:x}|{n:#o}|{n:08b}")
print(f"{pi:.3f} {pi:10.2e} {pi:g} {pi:%} {1234567.891:,.2f}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}]", f"[{name:>{width}}]", f"[{name:*^{width}}]")
print(f"{{literal}} {{{n}}}")
print(f"{n=}", f"{name = }", f"{pi=:.2f}", f"{n + 1=}", f"{name=!s}")
print(f"{[1, 2][0]} {({'a': 1})['a']} {len(name)} {name.upper()}")
print(f"{'nested ' + f'{n}'}", f"{n if n > 0 else -n}")
print(f"", f"{''}", f"a" f"b{n}" "c")
print(f"{3:{'>'}{5}}", f"{'x':{'='}>{4}}")
print(f"{None} {True} {1.0} {[1, 'a']} {(1,)} {{}}")
print(f"multi {n} and {name} and {pi:.1f}")
try:
    f"{n:q}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{name:d}"
except ValueError as e:
    print("ValueError", e)
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P()"
print(f"{P()} {P():abc} {P()!r}")
