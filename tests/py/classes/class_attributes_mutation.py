class Config:
    defaults = {"debug": False}
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Config(), Config()
a.add(1)
b.add(2)
print(Config.items, a.items is b.items)
a.items = ["own"]
print(a.items, b.items, Config.items)
Config.new_attr = "late"
print(a.new_attr, hasattr(b, "new_attr"))
def greet(self):
    return "hi from " + type(self).__name__
Config.greet = greet
print(a.greet())
del Config.greet
print(hasattr(a, "greet"))
class Sub(Config):
    pass
Config.shared = 1
print(Sub.shared, Sub().shared)
Sub.shared = 2
print(Config.shared, Sub.shared)
class Dunder:
    pass
d = Dunder()
Dunder.__len__ = lambda self: 42
print(len(d))
Dunder.__repr__ = lambda self: "<patched>"
print(repr(d), str(d))
