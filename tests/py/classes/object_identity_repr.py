class A:
    pass
a = A()
b = a
print(a is b, a == b, id(a) == id(b), a is not A(), hash(a) == hash(b))
print(type(a).__name__, a.__class__.__name__, type(A).__name__, A.__class__ is type)
r = repr(a)
print(r.startswith("<__main__.A object at 0x"), str(a) == repr(a))
print(repr(A), A.__module__, A.__qualname__, A.__doc__)
print(object.__repr__(a) == repr(a), object.__str__(a) == str(a))
class B:
    "docstring here"
    def __repr__(self):
        return "B!"
print(B(), [B()], B.__doc__, object.__repr__(B()).startswith("<__main__.B object"))
print(isinstance(A.__dict__, object), "__init__" in dir(A), A.__bases__, A.__mro__)
