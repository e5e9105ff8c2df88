# Callbacks: called with the dead weakref, newest first, after __del__,
# before the contents are dropped; errors are reported and ignored.
import weakref


class C:
    def __init__(self, name):
        self.name = name


class WithDel:
    def __del__(self):
        print("__del__ runs first", wr() is None)


def cb(tag):
    def f(w):
        print("callback", tag, w() is None, w is refs.get(tag))
    return f


refs = {}
c = C("c")
refs["a"] = weakref.ref(c, cb("a"))
refs["b"] = weakref.ref(c, cb("b"))
refs["basic"] = weakref.ref(c)
refs["p"] = weakref.proxy(c, cb("p"))
print("deleting")
del c
print("deleted")

d = WithDel()
wr = weakref.ref(d, lambda w: print("then the callback"))
del d


class Holder:
    pass


h = Holder()
h.inner = C("inner")
keep_inner = weakref.ref(h.inner, lambda w: print("inner dies second"))
keep = weakref.ref(h, lambda w: print("holder callback first"))
del h


def bad(w):
    raise ValueError("boom")


x = C("x")
r = weakref.ref(x, bad)
r2 = weakref.ref(x, lambda w: print("later callbacks still run"))
del x
print("after error")

y = C("y")
ry = weakref.ref(y, lambda w: print("not called: the weakref died first"))
del ry
del y
print("callback dropped with its weakref")

z = C("z")
try:
    rz = weakref.ref(z, lambda w: print("callback during unwinding", w()))
    raise KeyError("k")
except KeyError as e:
    del z
    print("still handling", repr(e))
