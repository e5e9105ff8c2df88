import functools
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __repr__(self):
        return "Ver" + repr(self.parts)
vs = [Ver(1, 2), Ver(1, 0), Ver(0, 9), Ver(1, 2, 1)]
print(sorted(vs), min(vs), max(vs))
print(Ver(1) == Ver(1), Ver(1) != Ver(1), Ver(1) != Ver(2), Ver(1) < Ver(2), Ver(2) > Ver(1), Ver(1) >= Ver(1))
try:
    hash(Ver(1))
except TypeError as e:
    print("TypeError:", e)
print(Ver.__hash__)
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
d = {Key("a"): 1, Key("b"): 2}
print(d[Key("a")], Key("b") in d, Key("c") in d, len(d))
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, hash(p1) == hash(p1))
try:
    p1 < p2
except TypeError as e:
    print("TypeError:", e)
class Always:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print(Always() == 3, 3 == Always(), Always() != 3, isinstance(hash(Always()), int))
class Rev:
    def __gt__(self, o):
        return "gt called"
print(1 < Rev())
