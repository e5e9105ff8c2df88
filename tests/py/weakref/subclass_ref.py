# Subclasses of weakref.ref.
import weakref


class C:
    pass


class R(weakref.ref):
    pass


class R2(weakref.ref):
    __slots__ = ("extra",)

    def __init__(self, ob, callback=None, extra=0):
        super().__init__(ob, callback)
        self.extra = extra


c = C()
r = weakref.ref(c)
rr = R(c)
print(rr is r, type(rr).__name__, rr() is c, rr == r, isinstance(rr, weakref.ref))
rr.attr = 1
print(rr.attr)
r2 = R2(c, lambda w: print("R2 callback", type(w).__name__, w.extra), extra=5)
print(r2.extra, weakref.getweakrefcount(c))
try:
    R(c, k=1)
except TypeError as e:
    print(type(e).__name__, e)
print(weakref.ref(rr)() is rr)
del c
print(rr(), r2())
