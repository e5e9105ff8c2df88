# Cycles through __slots__ and through instances of subclasses of built-in
# containers.
import gc


class Counted:
    live = 0

    def __init__(self):
        Counted.live += 1

    def __del__(self):
        Counted.live -= 1


class Slotted(Counted):
    __slots__ = ("peer", "extra")


class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.probe = Counted()


class MyDict(dict):
    pass


gc.collect()
a = Slotted()
b = Slotted()
a.peer = b
b.peer = a
del a, b
print("slots before:", Counted.live)
gc.collect()
print("slots after:", Counted.live)

s = Slotted()
s.peer = s
s.extra = [s]
del s
gc.collect()
print("self slot:", Counted.live)

ml = MyList()
ml.append(ml)
del ml
print("list subclass before:", Counted.live)
gc.collect()
print("list subclass after:", Counted.live)

md = MyDict()
md["me"] = md
md.probe = Counted()
del md
gc.collect()
print("dict subclass after:", Counted.live)

# An instance attribute dict holding the instance and a list subclass.
c = Counted()
c.items = MyList([c])
del c
gc.collect()
print("mixed after:", Counted.live)
