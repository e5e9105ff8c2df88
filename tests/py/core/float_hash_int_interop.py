# Floats equal to ints act as the same dict key.
d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "true"
print(d)
d[2.0] = "two"
print(d[2], 2 in d, 2.5 in d)
d[2 ** 64] = "big"
print(d[2.0 ** 64])
print(hash(1.0) == hash(1) == hash(True), hash(2.0 ** 64) == hash(2 ** 64))
print(hash(-0.0) == hash(0), hash(0.25), hash(-1.0))
print(type(1.0), type(d), isinstance(1.0, float), isinstance(1.0, int))
