from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: Color(7))
show(lambda: Color('RED'))
show(lambda: Color['PURPLE'])
show(lambda: Color.RED < Color.GREEN)
show(lambda: Color.PURPLE)

try:
    Color.RED = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Color.GREEN
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print(type(e).__name__, e)
print(list(Color))
