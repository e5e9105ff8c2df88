class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(" + repr(self.cents) + ")"
    def __str__(self):
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100).rjust(2, "0")
    def __format__(self, spec):
        if spec == "c":
            return str(self.cents) + "c"
        return format(str(self), spec)
m = Money(1234)
print(m, repr(m), str(m), [m], (m,), {"k": m})
print(format(m, "c"), format(m, ">10"), format(m, ""))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class Default:
    pass
r = repr(Default())
print(r.startswith("<__main__.Default object at 0x"), r.endswith(">"))
print(repr(Default), str(Default), repr(int), repr(object))
class Bad:
    def __str__(self):
        return 3
try:
    str(Bad())
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self):
        return None
try:
    print([BadRepr()])
except TypeError as e:
    print("TypeError:", e)
