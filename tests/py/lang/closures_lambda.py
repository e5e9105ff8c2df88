# Nested functions that capture, nonlocal, lambda, and defaults evaluated once.
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = counter()
print(c(), c(), c(10))

adders = []
for n in range(3):
    adders.append((lambda k: lambda x: x + k)(n))
print(adders[0](10), adders[1](10), adders[2](10))

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())

def default_once(item, bucket=[]):
    bucket.append(item)
    return bucket
print(default_once(1), default_once(2))

square = lambda v: v * v
print(square(7), (lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3))
print(sorted([3, 1, 2], key=lambda v: -v))

def late_binding():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return fs[0](), fs[1](), fs[2]()
print(late_binding())

def unbound():
    def g():
        return y
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return g()
print(unbound())
