# weakref.proxy: forwarding and the errors of a dead proxy.
import weakref


def mask(s):
    out = []
    i = 0
    while i < len(s):
        if s.startswith("0x", i):
            j = i + 2
            while j < len(s) and s[j] in "0123456789abcdef":
                j += 1
            out.append("ADDR")
            i = j
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


class C:
    def __init__(self):
        self.x = 1
        self.items = [1, 2, 3]

    def meth(self):
        return "meth"

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __contains__(self, v):
        return v in self.items

    def __iter__(self):
        return iter(self.items)

    def __add__(self, o):
        return ("add", o)

    def __radd__(self, o):
        return ("radd", o)

    def __neg__(self):
        return "neg"

    def __lt__(self, o):
        return "lt"

    def __bool__(self):
        return False

    def __str__(self):
        return "str of C"

    def __call__(self, *a, **k):
        return ("called", a, k)


c = C()
p = weakref.proxy(c)
print(type(p).__name__, weakref.proxy(c) is p, weakref.proxy(c, print) is p)
print(p.x, p.meth(), len(p), p[1], 2 in p, list(p), str(p))
p.y = 5
print(c.y)
del p.y
print(hasattr(c, "y"))
p[0] = 10
del p[1]
print(c.items)
print(p + 1, 1 + p, -p, p < 3, bool(p), p(1, k=2))
print(mask(repr(p)))
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
print(weakref.getweakrefcount(c))


class N:
    pass


n = N()
pn = weakref.proxy(n)
print(type(pn).__name__, isinstance(pn, weakref.ProxyTypes), isinstance(pn, N), isinstance(pn, (int, N)), isinstance(pn, int))
lam = lambda: 1
print(weakref.proxy(lam)())
del c, n
for op in [lambda: p.x, lambda: len(p), lambda: p + 1, lambda: str(p), lambda: bool(p),
           lambda: p[0], lambda: pn.attr, lambda: setattr(pn, "a", 1), lambda: p()]:
    try:
        op()
    except ReferenceError as e:
        print(type(e).__name__, e)
print(mask(repr(p)))
