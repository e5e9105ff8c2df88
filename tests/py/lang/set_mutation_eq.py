# __eq__ that mutates the set being searched; hashes that collide
class Key:
    def __init__(self, v, h):
        self.v = v
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return "K%d" % self.v
s = {Key(i, 7) for i in range(6)}
print(len(s), Key(3, 7) in s, Key(9, 7) in s)
s.discard(Key(2, 7))
print(len(s), sorted(k.v for k in s))
s.add(Key(2, 7))
print(len(s), Key(2, 7) in s)
class Bad:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise RuntimeError("eq failed")
t = {Bad()}
try:
    Bad() in t
except RuntimeError as e:
    print("RuntimeError", e)
class Unhash:
    __hash__ = None
try:
    {Unhash()}
except TypeError as e:
    print("TypeError", e)
