class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        self.v = v
a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), type(Upper("x")).__name__)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NotMine())
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(5) + 1)
try:
    Pos(-1)
except ValueError as e:
    print("ValueError:", e)
class A:
    def __init__(self):
        super().__init__(1)
try:
    A()
except TypeError as e:
    print("TypeError:", e)
class B:
    def __new__(cls, x):
        return super().__new__(cls, x)
try:
    B(1)
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
try:
    Plain(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
class Init:
    def __init__(self, a, b=2):
        self.s = a + b
print(Init(1).s, Init(1, b=5).s)
try:
    Init()
except TypeError as e:
    print("TypeError:", e)
