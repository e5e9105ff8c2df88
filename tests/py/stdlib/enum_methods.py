from enum import Enum, unique

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)

print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

    def describe(self):
        return self.name + ' has value ' + str(self.value)

    @classmethod
    def favorite(cls):
        return cls.CIRCLE

print(Shape.SQUARE.describe(), Shape.favorite(), Shape.ALIAS_FOR_SQUARE, Shape(2))
print(list(Shape), len(Shape), list(Shape.__members__))
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print(type(e).__name__, e)

class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None

print(Status('ACTIVE'), Status('inactive'))
try:
    Status('zzz')
except ValueError as e:
    print(type(e).__name__, e)

class Op(Enum):
    ADD = '+'
    SUB = '-'
    def apply(self, a, b):
        if self is Op.ADD:
            return a + b
        return a - b
print(Op.ADD.apply(2, 3), Op('-').apply(2, 3))
