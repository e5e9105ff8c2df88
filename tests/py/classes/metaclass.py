class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", "none")
    def describe(cls):
        return cls.__name__ + ":" + cls.tag
class Base(metaclass=Registry):
    pass
class Child(Base, tag="kid"):
    pass
print(Registry.classes, type(Child).__name__, Child.describe(), Base.describe())
print(isinstance(Child, Registry), isinstance(Child, type))
class Meta2(type):
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)
class W(metaclass=Meta2):
    def __init__(self, v):
        self.v = v
w = W(5)
print(w.v)
Dyn = type("Dyn", (object,), {"x": 1, "f": lambda self: self.x + 1})
print(Dyn().f(), Dyn.__name__, Dyn.__bases__, type(Dyn))
D2 = type("D2", (Dyn,), {})
print(D2().f(), D2.__mro__)
try:
    type("X", 1, {})
except TypeError as e:
    print("TypeError:", e)
print(type(3), type("s"), type(None))
class M(type):
    pass
class M2(type):
    pass
class P1(metaclass=M): pass
class P2(metaclass=M2): pass
try:
    class Both(P1, P2): pass
except TypeError as e:
    print("TypeError:", e)
