from enum import Enum, auto, IntEnum

class Ord(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()
print(list(Ord), Ord.THIRD.value)

class Mixed(Enum):
    A = 10
    B = auto()
    D = 20
    E = auto()
print(list(Mixed))

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + '!'
    NORTH = auto()
    SOUTH = auto()
print(list(Named))
print(repr(auto()))

class Pri(IntEnum):
    LOW = auto()
    HIGH = auto()
print(Pri.LOW, repr(Pri.HIGH), Pri.HIGH > Pri.LOW)
