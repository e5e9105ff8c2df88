from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, repr(p), str(p))
print(p.x, p.y, p[0], p[-1], p[:1])
print(Point._fields, Point.__name__, Point.__doc__, Point.x.__doc__)
print(p._asdict(), type(p._asdict()).__name__)
print(p._replace(y=5), p)
print(Point._make((3, 4)), Point._make(iter([7, 8])))
print(isinstance(p, tuple), issubclass(Point, tuple), p == (1, 2), p + (3,))
x, y = p
print(x, y, len(p), list(p), tuple(p))
print(hash(p) == hash((1, 2)), p < Point(1, 3), sorted([Point(2, 1), Point(1, 2)]))
print(Point.__slots__, hasattr(p, '__dict__'))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__)
try:
    p.z = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(Point.__module__, Point)
