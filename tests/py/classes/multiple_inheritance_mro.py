class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print(D().who())
print(D.mro())
class X: pass
class Y: pass
class Z(X, Y): pass
print(Z.__mro__)
try:
    class Bad(A, B): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Conflict(list, dict): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class NoBool(bool): pass
except TypeError as e:
    print("TypeError:", e)
