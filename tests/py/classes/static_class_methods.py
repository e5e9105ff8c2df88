class Counter:
    created = 0
    def __init__(self):
        Counter.created += 1
    @classmethod
    def make(cls, n):
        return cls.make_list(n)
    @classmethod
    def make_list(cls, n):
        out = []
        for i in range(n):
            out.append(cls())
        return out
    @staticmethod
    def add(a, b):
        return a + b
class Sub(Counter):
    pass
print(len(Counter.make(3)), Counter.created)
items = Sub.make(2)
print(type(items[0]).__name__, Counter.created)
print(Counter.add(2, 3), Counter().add(4, 5), Sub.add(1, 1))
sm = Counter.__dict__["add"]
cm = Counter.__dict__["make"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(10, 1), cm.__func__.__name__)
print(staticmethod(len)("abc"))
class F:
    @classmethod
    def name(cls):
        return cls.__name__
print(F.name(), F().name())
