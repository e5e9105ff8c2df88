class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p.y)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
print(type(P.x).__name__, repr(P.x))
class Q(P):
    pass
q = Q(2)
q.other = 3
print(q.x, q.other, q.__dict__)
class R:
    __slots__ = "only"
r = R()
r.only = "yes"
print(r.only)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
try:
    class Conf:
        __slots__ = ("v",)
        v = 3
except ValueError as e:
    print("ValueError:", e)
class Mangle:
    __slots__ = ("__secret",)
    def set(self, v):
        self.__secret = v
    def get(self):
        return self.__secret
m = Mangle()
m.set(4)
print(m.get(), Mangle.__slots__)
