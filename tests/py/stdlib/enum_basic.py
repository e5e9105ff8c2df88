from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color['BLUE'], Color(3) is Color.BLUE)
print(list(Color), len(Color))
for c in Color:
    print(c.name, c.value)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is not Color.GREEN)
print(isinstance(Color.RED, Color), type(Color.RED), Color)
print(Color.RED in Color, Color.__members__)
print(list(Color.__members__), list(reversed(Color)))
d = {Color.RED: 'r', Color.GREEN: 'g'}
print(d[Color.RED], sorted(d, key=lambda c: c.value))
print(format(Color.GREEN), str(Color.BLUE), Color.__name__)
print(Color.RED.__class__ is Color, type(Color).__name__)
