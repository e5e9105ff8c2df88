# Class attribute changes after first use must be seen by later lookups
# (the per-thread type attribute cache is invalidated): reassigning and
# deleting methods and class attributes, changes in a base class seen by
# subclasses, metaclass __setattr__, builtin-type lookups.


class Base:
    x = 1

    def f(self):
        return "Base.f"


class Child(Base):
    pass


class Grand(Child):
    def g(self):
        return "Grand.g"


o = Child()
gobj = Grand()
for _ in range(3):
    print(o.f(), o.x, gobj.f(), gobj.x)


def g2(self):
    return "g2"


Child.f = g2
print(o.f(), gobj.f(), Base().f())
del Child.f
print(o.f(), gobj.f())
Base.f = lambda self: "new Base.f"
print(o.f(), gobj.f())
Base.x = 10
print(o.x, gobj.x, Child.x, Grand.x)
del Base.x
try:
    print(o.x)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Base.x
except AttributeError as e:
    print(type(e).__name__, e)
Grand.x = 5
print(gobj.x, hasattr(o, "x"))
o.x = 7  # instance attribute shadows nothing now
print(o.x, Child().__dict__)
Base.x = 3
print(o.x, Child().x, gobj.x)

# a data descriptor added to the class after instances cached the name
class P:
    pass


p = P()
p.v = 1
print(p.v)
P.v = property(lambda self: "from property")
print(p.v)
del P.v
print(p.v)

# a method looked up in a loop while it is replaced
class Loop:
    def m(self):
        return 0


out = []
lp = Loop()
for i in range(6):
    out.append(lp.m())
    if i == 2:
        Loop.m = lambda self: 1
print(out)


# metaclass __setattr__ intercepts; the class dict still changes via super
class Meta(type):
    def __setattr__(cls, name, value):
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)


class M(metaclass=Meta):
    k = 1


mi = M()
print(mi.k)
M.k = 21
print(mi.k, M.k)
del M.k
print(hasattr(mi, "k"))


# special methods replaced after use
class Num:
    def __add__(self, other):
        return "add1"

    def __len__(self):
        return 1


n = Num()
print(n + 1, len(n))
Num.__add__ = lambda self, other: "add2"
Num.__len__ = lambda self: 2
print(n + 1, len(n))

# builtin types: immutable, cached lookups keep working
print(callable([].append), "abc".upper(), (1).bit_length())
try:
    list.append = None
except TypeError as e:
    print(type(e).__name__, e)


# a class created in a function (not immortal) works as before
def make():
    class Local:
        def h(self):
            return "h1"

    return Local


L = make()
lo = L()
print(lo.h())
L.h = lambda self: "h2"
print(lo.h())
