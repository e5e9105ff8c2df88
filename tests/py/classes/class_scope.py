x = "global"
class A:
    x = "class"
    y = x + "!"
    def f(self):
        return x
print(A.y, A().f())
def outer():
    v = 1
    class Inner:
        w = v + 1
        def get(self):
            return v
    return Inner
I = outer()
print(I.w, I().get(), I.__qualname__, I.get.__qualname__)
class Nested:
    class Deeper:
        def m(self):
            pass
print(Nested.Deeper.__qualname__, Nested.Deeper.m.__qualname__, Nested.Deeper().m.__name__)
class UsesClass:
    def who(self):
        return __class__.__name__
class Derived(UsesClass):
    pass
print(Derived().who())
class Counter:
    n = 0
    for i in range(3):
        n += i
    del i
print(Counter.n, hasattr(Counter, "i"))
def f():
    class Local:
        pass
    return Local
print(f() is f(), f().__name__)
