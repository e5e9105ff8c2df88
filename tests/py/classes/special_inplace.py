class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        return Acc(self.v * o)
    def __add__(self, o):
        return Acc(self.v + o + 1000)
    def __repr__(self):
        return "Acc(" + repr(self.v) + ")"
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
print(a, a is orig)
a *= 3
print(a, a is orig)
b = Acc(0)
b = b + 1
print(b)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 2
print(x.v, y.v, x is y)
class Lst(list):
    pass
l = Lst([1])
l += [2, 3]
l *= 2
print(l, type(l).__name__)
try:
    z = OnlyAdd(1)
    z -= 1
except TypeError as e:
    print("TypeError:", e)
