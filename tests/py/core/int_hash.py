# Numeric hashes follow CPython's modular scheme.
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345))
print(hash(True), hash(False), hash(None) == hash(None))
M = 2 ** 61 - 1
print(hash(M), hash(M - 1), hash(M + 1), hash(-M), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 64)))
print(hash(10 ** 30), hash(-(10 ** 30)), hash(2 ** 100))
print(hash(1.0), hash(-1.0), hash(0.0), hash(-0.0), hash(2.0 ** 70) == hash(2 ** 70))
print(hash(0.5), hash(1.5), hash(-2.25), hash(1e100))
print(hash(float("inf")), hash(float("-inf")))
print(hash(9223372036854775807), hash(-9223372036854775808))
print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)))
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
