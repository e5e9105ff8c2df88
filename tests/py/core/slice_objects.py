# slice objects: repr, attributes, indices(), use in subscripts.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice("a", [1]))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100).indices(3))
print(slice(10, -10, -3).indices(7), slice(2, 1).indices(8))
data = list(range(10))
print(data[s], data[slice(None, None, -2)], "abcdefghij"[s], tuple(data)[slice(-3, None)])
data[slice(0, 3)] = ["x"]
print(data)
del data[slice(None, None, 2)]
print(data)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), type(s))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
