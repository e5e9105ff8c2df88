import copy

a = [1, [2, 3], {'k': 4}]
b = copy.copy(a)
print(b == a, b is a, b[1] is a[1])
d = {'x': [1], 'y': 2}
e = copy.copy(d)
print(e == d, e is d, e['x'] is d['x'])
t = (1, [2])
print(copy.copy(t) is t, copy.copy(5), copy.copy('s'), copy.copy(None), copy.copy(len) is len)
print(copy.copy(int) is int)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(' + repr(self.x) + ', ' + repr(self.y) + ')'

p = Point(1, [2])
q = copy.copy(p)
print(q, q is p, q.y is p.y, type(q) is Point)

class WithCopy:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return WithCopy(self.v + 100)

print(copy.copy(WithCopy(1)).v)

class Slotted:
    __slots__ = ('a', 'b')
s = Slotted()
s.a = 1
s2 = copy.copy(s)
print(s2.a, hasattr(s2, 'b'))
print(copy.Error.__mro__[1].__name__, copy.error is copy.Error)
