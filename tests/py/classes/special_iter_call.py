class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), sum(Countdown(3)), max(Countdown(5)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
for x in Countdown(2):
    print("for", x)
a, b, c = Countdown(3)
print(a, b, c)
class Adder:
    def __init__(self, base):
        self.base = base
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.base + x + sum(rest)) * scale, sorted(kw)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5(0, z=1, a=2), callable(add5), callable(Adder))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    NotIter()()
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
