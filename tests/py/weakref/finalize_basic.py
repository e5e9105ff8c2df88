# weakref.finalize: called once, by death, by calling it, or never once detached.
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
    pass


def report(*args, **kwargs):
    print("finalizer", args, sorted(kwargs.items()))
    return "result"


c = C()
f = weakref.finalize(c, report, 1, 2, k=3)
print(f.alive, f.atexit, f.peek()[0] is c, f.peek()[2:], f.peek()[1] is report)
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
print(mask(repr(i)))
i.atexit = False
print(i.atexit)
del x
print(mask(repr(i)))


y = C()
fy = weakref.finalize(y, report, "dies with y")
del y
print("after", fy.alive)
