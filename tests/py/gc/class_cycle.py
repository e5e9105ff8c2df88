# Classes made inside a function are ordinary garbage: a class holding an
# instance of itself, a class whose method refers to the class, and a
# metaclass-free class hierarchy are all freed once unreachable.
import gc

log = []


class Probe:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


def make_class(tag):
    class Local:
        probe = Probe(tag)

        def get(self):
            return Local  # the method's globals do not hold Local; the cell does

    Local.instance = Local()  # class -> instance -> class
    return Local


gc.collect()
K = make_class("k1")
print(K.__name__, type(K.instance) is K, K().get() is K)
del K
print("before:", log)
gc.collect()
print("after:", log)

# A small hierarchy: subclasses are referenced from the base (__subclasses__)
# only weakly in CPython; here the whole family is garbage together.
def make_family(tag):
    class Base:
        marker = Probe(tag + "-base")

    class Child(Base):
        marker = Probe(tag + "-child")

    Base.favourite = Child()
    return Base, Child


B, C = make_family("fam")
print(issubclass(C, B), C.marker.name)
del B, C
gc.collect()
print("after:", sorted(log))

# An instance whose class is only reachable through the instance.
def make_lonely():
    class Lonely:
        pass

    obj = Lonely()
    obj.me = obj
    obj.probe = Probe("lonely")
    return obj


o = make_lonely()
print(type(o).__name__)
del o
gc.collect()
print("after:", sorted(log))
