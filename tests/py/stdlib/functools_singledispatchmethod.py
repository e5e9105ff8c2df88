from functools import singledispatchmethod, singledispatch

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return 'other:' + repr(arg)

    @fmt.register(int)
    def _(self, arg):
        return 'int:' + str(arg)

    @fmt.register(list)
    def _(self, arg):
        parts = []
        for x in arg:
            parts.append(self.fmt(x))
        return '[' + ', '.join(parts) + ']'

f = Formatter()
print(f.fmt(3), f.fmt('s'), f.fmt([1, 'a', [2]]), f.fmt(True))

@singledispatch
def area(shape):
    raise NotImplementedError('no area for ' + type(shape).__name__)

class Sq:
    def __init__(self, s):
        self.s = s

class Circle:
    def __init__(self, r):
        self.r = r

@area.register(Sq)
def _(shape):
    return shape.s * shape.s

print(area(Sq(3)))
try:
    area(Circle(1))
except NotImplementedError as e:
    print(type(e).__name__, e)
print(len(area.registry))
