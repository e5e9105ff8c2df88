# Weak references to cyclic garbage are cleared by the collector and their
# callbacks run (before __del__ of the garbage, as CPython does); a weakref
# that is itself part of the garbage does not call its callback.
import gc
import weakref


class C:
    pass


a = C()
b = C()
a.b = b
b.a = a
r = weakref.ref(a, lambda w: print("cycle callback", w() is None))
del a, b
print("collected", gc.collect() >= 2, r())


class D:
    def __del__(self):
        print("D del")


d = D()
d.self = d
rd = weakref.ref(d, lambda w: print("D callback"))
del d
gc.collect()

e = C()
e.self = e
e.wr = weakref.ref(e, lambda w: print("never printed: the weakref is garbage too"))
del e
gc.collect()
ws = weakref.WeakSet()
f = C()
f.self = f
ws.add(f)
del f
gc.collect()
print("weakset after collection", len(ws))
print("end")
