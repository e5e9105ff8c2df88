# weakref.ref: calling, canonical reuse, counts, __callback__, repr shape.
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


def f():
    pass


c = C()
r = weakref.ref(c)
print(r() is c, type(r).__name__, weakref.ref is weakref.ReferenceType)
print(weakref.ref(c) is r, weakref.ref(c, None) is r)
def cb(w):
    print("callback", w is r2)


r2 = weakref.ref(c, cb)
print(r2 is r, r2() is c, r2.__callback__ is cb, r.__callback__)
print(weakref.getweakrefcount(c), weakref.getweakrefs(c) == [r, r2])
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
print(c.__weakref__ is r, type(C.__dict__["__weakref__"]).__name__)
print(mask(repr(r)))
print(mask(repr(weakref.ref(f))))
print(mask(repr(weakref.ref(C))))
del c
print(r(), r2(), r2.__callback__)
print(mask(repr(r)))
print(weakref.getweakrefs(C()))
s = {1, 2}
rs = weakref.ref(s)
print(rs() == {1, 2})
print(weakref.ref(f)() is f, weakref.ref(len)() is len, weakref.ref(int)() is int)
