class MyList(list):
    def first(self):
        return self[0]
ml = MyList([3, 1, 2])
ml.append(0)
ml.sort()
print(ml, ml.first(), len(ml), type(ml).__name__, isinstance(ml, list), ml == [0, 1, 2, 3])
class Stack(list):
    def __init__(self, *items):
        super().__init__(items)
    def push(self, x):
        self.append(x)
s = Stack(1, 2)
s.push(3)
print(s, s.pop(), s)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = key * 2
        return self[key]
d = DefaultDict(a=1)
print(d["a"], d["bb"], d, d.get("zz"), len(d))
class MyInt(int):
    def double(self):
        return self * 2
mi = MyInt(21)
print(mi, mi.double(), mi + 1, type(mi + 1).__name__, repr(mi), mi == 21, hash(mi) == hash(21))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
ms = MyStr("hi")
print(ms.shout(), ms + "y", len(ms), type(ms).__name__, ms == "hi", {"hi": 1}[ms])
class Pair(tuple):
    __slots__ = ()
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def a(self):
        return self[0]
p = Pair(1, 2)
print(p, p.a, p[1], type(p).__name__, p == (1, 2), len(p))
class MyErr(KeyError):
    pass
try:
    raise MyErr("k")
except KeyError as e:
    print(type(e).__name__, e)
