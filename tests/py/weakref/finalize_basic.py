# weakref.finalize: called once, by death, by calling it, or never once detached.
import re
import weakref


class C:
    pass


def report(*args, **kwargs):
    print("finalizer", args, sorted(kwargs.items()))
    return "result"


c = C()
f = weakref.finalize(c, report, 1, 2, k=3)
print(f.alive, f.atexit, f.peek()[0] is c, f.peek()[1:])
del c
print(f.alive, f(), f.peek(), f.detach())

d = C()
g = weakref.finalize(d, report, "called")
print(g(), g.alive, g())
del d

e = C()
h = weakref.finalize(e, report, "detached")
obj, func, args, kwargs = h.detach()
print(obj is e, func is report, args, kwargs, h.alive, h.detach())
del e, obj
print("nothing called")

x = C()
i = weakref.finalize(x, report, "repr")
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(i)))
i.atexit = False
print(i.atexit)
del x
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(i)))


def raises():
    raise ValueError("in finalizer")


y = C()
weakref.finalize(y, raises)
del y
print("after")
