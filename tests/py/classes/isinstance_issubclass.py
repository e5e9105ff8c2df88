class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, int)), isinstance(b, object))
print(issubclass(B, A), issubclass(B, (C, A)), issubclass(A, B), issubclass(B, B), issubclass(bool, (str, int)))
print(isinstance(True, int), isinstance(1, bool), isinstance(A, type), isinstance(type, type), isinstance(type, object))
print(issubclass(type, object), issubclass(object, type))
try:
    isinstance(b, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
print(type(b) is B, type(B) is type, type(type) is type, B.__class__, b.__class__)
print(isinstance(b, (C, (int, (A,)))))
