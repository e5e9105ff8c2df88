class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, Point.__doc__)
q = p.moved(1)
print(q.x, q.y, p.moved(dy=2, dx=0).y)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(3, Point))
print(Point.__name__, Point.__qualname__, Point.__module__)
p.z = 9
print(p.z, sorted(p.__dict__))
Point.dims = 3
print(p.dims, q.dims)
p.dims = 7
print(p.dims, Point.dims)
del p.dims
print(p.dims)
