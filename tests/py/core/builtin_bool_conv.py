# bool(), str(), repr() of constants and conversions between types.
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(float("nan")), bool(""), bool(" "), bool([]), bool(None))
print(True, False, None, repr(True), str(None), True == 1, False == 0, True is True)
print(True + 1, True / 2, True // True, False * 5, -False, True ** 2, True & 2, True | 2)
print(int(True), float(False), str(True), str(False), bool("False"), bool(2 ** 100))
print(list("abc"), tuple([1, 2]), list((1, 2)), list(range(3)), dict([(1, 2)]), str([1, "a"]), str((1,)))
print(repr(None), repr(1), repr(-1.0), repr("1"), repr([None]), repr(()), repr({}))
print(type(True + True), type(True & True), type(-True), type(~True))
print(hash(True), hash(False), True < 2, sorted([True, 0, -1, False]))
