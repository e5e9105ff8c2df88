class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[key or cls.__name__] = cls
class A(Plugin, key="a"):
    pass
class B(Plugin):
    pass
print(sorted(Plugin.registry), Plugin.registry["a"].__name__)
try:
    class C(Plugin, key="c", bogus=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, inst, owner):
        if inst is None:
            return self
        return inst.__dict__.get(self.name, "unset:" + self.name)
    def __set__(self, inst, value):
        inst.__dict__[self.name] = value * 2
class Model:
    a = Field()
    b = Field()
m = Model()
m.a = 4
print(m.a, m.b, Model.a.name, Model.b.owner)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.attr = "_" + name
    def __get__(self, inst, owner=None):
        return getattr(inst, self.attr)
    def __set__(self, inst, v):
        if not isinstance(v, self.kind):
            raise TypeError(self.attr[1:] + " must be " + self.kind.__name__)
        setattr(inst, self.attr, v)
    def __delete__(self, inst):
        print("delete", self.attr)
class Person:
    age = Typed(int)
p = Person()
p.age = 3
print(p.age)
try:
    p.age = "x"
except TypeError as e:
    print("TypeError:", e)
del p.age
