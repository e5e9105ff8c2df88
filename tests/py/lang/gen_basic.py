# generator functions: yield, return value, StopIteration
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)), list(count(0)))
def ret():
    yield 1
    return "value"
g = ret()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again", e.args)
print(next(g, "default"))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
for v in count(3):
    print("v", v)
def with_args(a, *rest, k=1, **kw):
    yield a
    yield rest
    yield k
    yield kw
print(list(with_args(1, 2, 3, k=4, z=5)))
def closure():
    x = 1
    def gen():
        nonlocal x
        while x < 4:
            yield x
            x += 1
    return gen
print(list(closure()()))
g = count(2)
print(iter(g) is g, g.gi_running)
print(count.__name__, g.__name__, g.__qualname__)
def noreturn():
    yield 1
    yield 2
g = noreturn()
print(g.send(None), g.send("x"))
