class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, n):
        return self.v + n
c = C(3)
m = c.get
print(m(), m.__self__ is c, m.__func__ is C.get, m.__name__, C.get(c), C.add(c, 4))
fs = [C(1).get, C(2).get, c.add]
print(fs[0](), fs[1](), fs[2](10))
print(c.get == c.get, c.get is c.get, C.get is C.get)
try:
    C.get()
except TypeError as e:
    print("TypeError:", e)
class Holder:
    def __init__(self):
        self.fn = lambda x: x * 2
h = Holder()
print(h.fn(4))
def free(self):
    return "free " + type(self).__name__
C.free = free
print(c.free())
print(str.upper("abc"), list.append, type(c.get).__name__)
