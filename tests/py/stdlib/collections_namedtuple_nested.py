from collections import namedtuple

Point = namedtuple('Point', 'x y')
Line = namedtuple('Line', ['start', 'end'], defaults=[Point(0, 0)])
l = Line(Point(1, 2))
print(l, l.start.x, l.end)
print(l._asdict())
print(Line._field_defaults)
Rect = namedtuple('Rect', 'tl br')
r = Rect(Point(0, 0), Point(3, 4))
print(r, r.br.x - r.tl.x)
print(r._replace(br=Point(9, 9)))
pts = [Point(3, 1), Point(1, 2), Point(1, 1)]
print(sorted(pts), min(pts, key=lambda p: p.y))
print(Point(*[5, 6]), Point._make(range(2)))
coords = {Point(0, 0): 'origin'}
print(coords[(0, 0)], coords.get(Point(0, 0)))
print(tuple(Point(1, 2)) == (1, 2), list(Point(1, 2)), Point(1, 2)[::-1])
print(Point.__new__.__doc__, Point.count(Point(1, 1), 1), Point(1, 2).index(2))
