class Circle:
    instances = 0
    def __init__(self, r):
        self.r = r
        Circle.instances += 1
    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 3)
    @property
    def r(self):
        return self._r
    @r.setter
    def r(self, value):
        if value < 0:
            raise ValueError("radius must be >= 0")
        self._r = value
c = Circle(2)
print(c.area, c.r)
c.r = 3
print(c.area)
try:
    c.r = -1
except ValueError as e:
    print("ValueError:", e)
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError:", e)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        if "_value" not in self.__dict__:
            self.computed += 1
            self._value = sum(range(100))
        return self._value
l = Lazy()
print(l.value, l.value, l.computed)
class Base:
    @property
    def name(self):
        return "base"
class Derived(Base):
    @property
    def name(self):
        return "derived/" + super().name
print(Derived().name)
