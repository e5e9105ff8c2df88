# Proxies of numbers-like objects: every operator unwraps both operands.
import weakref


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return self.v + (o.v if isinstance(o, Num) else o)

    def __sub__(self, o):
        return self.v - (o.v if isinstance(o, Num) else o)

    def __mul__(self, o):
        return self.v * (o.v if isinstance(o, Num) else o)

    def __rmul__(self, o):
        return o * self.v

    def __truediv__(self, o):
        return self.v / o

    def __floordiv__(self, o):
        return self.v // o

    def __mod__(self, o):
        return self.v % o

    def __pow__(self, o, m=None):
        return pow(self.v, o, m)

    def __and__(self, o):
        return self.v & o

    def __or__(self, o):
        return self.v | o

    def __xor__(self, o):
        return self.v ^ o

    def __lshift__(self, o):
        return self.v << o

    def __rshift__(self, o):
        return self.v >> o

    def __abs__(self):
        return abs(self.v)

    def __invert__(self):
        return ~self.v

    def __pos__(self):
        return +self.v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __index__(self):
        return self.v

    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, Num) else o)

    __hash__ = None


a, b = Num(7), Num(3)
pa, pb = weakref.proxy(a), weakref.proxy(b)
print(pa + pb, pa - 1, pa * pb, 2 * pa, pa / 2, pa // 2, pa % 4, pa ** 2, pow(pa, 2, 5))
print(pa & 3, pa | 8, pa ^ 1, pa << 2, pa >> 1, abs(pa), ~pa, +pa)
print(int(pa), float(pa), [0, 1, 2, 3, 4, 5, 6, 7, 8][pa], hex(pa))
print(pa == 7, pa == pb, pa != 7, pa == a)
try:
    pa @ 1
except TypeError as e:
    print(type(e).__name__, e)
x = pa
x += 1
print(x)
