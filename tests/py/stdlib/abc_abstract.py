from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        pass
    @abstractmethod
    def perimeter(self):
        pass
    def describe(self):
        return type(self).__name__ + ' with area ' + str(self.area())

try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)

class Half(Shape):
    def area(self):
        return 1

try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)

class Square(Half):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
    def perimeter(self):
        return 4 * self.s

sq = Square(3)
print(sq.area(), sq.perimeter(), sq.describe())
print(isinstance(sq, Shape), issubclass(Square, Shape), isinstance(1, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), len(Square.__abstractmethods__))
print(type(Shape).__name__, type(Square) is ABCMeta)

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        pass

class Impl(Base):
    @property
    def name(self):
        return 'impl'

print(Impl().name)
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)

class Plain(ABC):
    pass
print(type(Plain()).__name__)
