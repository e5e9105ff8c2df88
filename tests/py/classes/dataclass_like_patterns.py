class Record:
    fields = ()
    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"{type(self).__name__} takes {len(self.fields)} positional arguments")
        for name, value in zip(self.fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name not in self.fields:
                raise TypeError(f"unexpected field {name!r}")
            setattr(self, name, value)
    def __repr__(self):
        inner = ", ".join(f"{n}={getattr(self, n, None)!r}" for n in self.fields)
        return f"{type(self).__name__}({inner})"
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, n) == getattr(other, n) for n in self.fields)
    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in self.fields))
class Point(Record):
    fields = ("x", "y")
class Person(Record):
    fields = ("name", "age", "email")
p = Point(1, y=2)
print(p, p == Point(1, 2), p != Point(2, 1), len({p, Point(1, 2), Point(3, 4)}))
print(Person("ann", 30), Person(name="bob"))
for bad in [lambda: Point(1, 2, 3), lambda: Point(z=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
people = [Person("c", 40), Person("a", 25), Person("b", 25)]
print(sorted(people, key=lambda q: (q.age, q.name)))
print(max(people, key=lambda q: q.age).name, [q.name for q in people if q.age < 30])
