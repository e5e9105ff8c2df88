class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __bool__(self):
        return self.v != 0
n = Num(3.7)
print(int(n), float(n), bool(n), bool(Num(0)), [10, 20, 30, 40][Num(2)], "abcdef"[Num(1):Num(4)])
print(hex(Num(255)), bin(Num(5)), oct(Num(8)), range(Num(3)), list(range(Num(2), Num(5))))
if Num(1):
    print("truthy")
if not Num(0):
    print("falsy")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NoIndex:
    pass
try:
    [1, 2][NoIndex()]
except TypeError as e:
    print("TypeError:", e)
