from collections import namedtuple

class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

v = Vec(1, 2) + Vec(3, -4)
print(v, v.norm1, type(v).__name__, Vec.__mro__[1].__name__)
print(v._replace(x=0), type(v._replace(x=0)).__name__)
print(Vec._make([5, 6]))

Emp = namedtuple('Emp', 'name age')
people = [Emp('b', 30), Emp('a', 40), Emp('c', 20)]
print(sorted(people, key=lambda e: e.age))
print(max(people, key=lambda e: e.age).name)
d = {}
d[Emp('x', 1)] = 'hashable'
print(d[('x', 1)])
print(Emp(**{'name': 'k', 'age': 3}))
print(Emp(*('j', 4)))
