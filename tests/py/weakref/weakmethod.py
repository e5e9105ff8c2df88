# WeakMethod: a weak reference to a bound method.
import weakref


class C:
    def m(self):
        return "m of C"


c = C()
wm = weakref.WeakMethod(c.m)
print(wm()(), wm() == c.m, isinstance(wm, weakref.ref))
wm2 = weakref.WeakMethod(c.m, lambda w: print("callback", w is wm2, w()))
print(wm == wm2, wm != wm2, hash(wm) == hash(wm2))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(type(e).__name__, e)
del c
print(wm(), wm == wm2, wm == wm)


def f():
    return 1


class D:
    pass


d = D()
bm = f.__get__(d)
wm3 = weakref.WeakMethod(bm, lambda w: print("object died"))
del bm
print(wm3() is not None, wm3()())
del d
print(wm3())
