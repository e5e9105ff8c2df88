# Equality and hashing of weak references.
import weakref


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


a, b, c = K(1), K(1), K(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra != rb, ra == rc, ra is rb)
print(hash(ra) == hash(1), hash(rb) == hash(ra))
print(ra == a, ra.__eq__(a))
try:
    print(ra < rb)
except TypeError as e:
    print(type(e).__name__, e)
hb = hash(rb)
del a, b
print(ra == rb, ra != rb, ra == ra, hash(rb) == hb)
try:
    hash(rc2 := weakref.ref(K(3)))
except TypeError as e:
    print(type(e).__name__, e)
d = {rc: "c"}
print(d[weakref.ref(c)])


class U:
    __hash__ = None


u = U()
try:
    hash(weakref.ref(u))
except TypeError as e:
    print(type(e).__name__, e)
