name, n, pi = "gil", 42, 3.14159
items = ["a", "b"]
print(f"{name!r} has {n:>6} and {pi:.3f} {pi:e} {n:b} {n:o} {n:#x} {n:_} {1234567:,}")
print(f"{n=} {pi = :.2f} {name.upper()=}")
print(f"{'nested ' + name:>{n // 4}}|{items[0]}{items[-1]}|{len(items) * 2}")
print(f"{{literal}} {n!s} {name!a} {'x' if n > 3 else 'y'}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self):
        return "P()"
print(f"{P():abc} {P()!r} {P()}")
width, prec = 10, 2
print(f"[{pi:{width}.{prec}f}] [{name:*^{width}}]")
d = {"k": "v"}
print(f"{d['k']} {d!r}")
print(f"{3 + 4j} {-0.0} {float('inf')} {10**20} {1e-7}")
