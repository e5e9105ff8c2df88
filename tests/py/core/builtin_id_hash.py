# id() identity semantics (never printed) and hash() consistency.
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), type(id(a)) is int, id(a) > 0 or id(a) <= 0)
x = None
print(id(x) == id(None), id(True) == id(1 == 1))
print(hash(1) == hash(1.0) == hash(True), hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")))
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(0.5), hash(-1.5))
print(hash(3.0) == 3, hash(2 ** 100) == hash(float(2 ** 100)), hash(()) == hash(tuple()))
print(hash((1, 2)), hash((1, (2, 3))), hash(()), hash((None,)) == hash((None,)), hash((-1,)) != hash((-2,)))
print(hash(10 ** 20), hash(-(10 ** 20)), hash(1e20) == hash(10 ** 20), hash(1e-300))
