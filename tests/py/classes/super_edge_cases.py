class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return "A.c:" + cls.__name__
    @staticmethod
    def s():
        return "A.s"
class B(A):
    def f(self):
        return "B.f>" + super().f()
    @classmethod
    def c(cls):
        return "B.c>" + super().c()
    @staticmethod
    def s():
        return "B.s>" + super(B, B).s()
class C(B):
    def f(self):
        g = lambda: super(C, self).f()
        return "C.f>" + g()
print(C().f(), C.c(), B.c(), C.s())
print(super(B, C()).f(), super(A, C()).__class__.__name__)
try:
    super(B, 3)
except TypeError as e:
    print("TypeError:", e)
def outside():
    return super().f()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
class D:
    def __init__(self):
        super().__init__()
        self.ok = True
print(D().ok)
class E(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
e = E()
e["a"] = 5
print(e["a"], dict.__getitem__(e, "a"), e)
