# return values through StopIteration and yield from
def g1():
    yield 1
    return 10
def g2():
    a = yield from g1()
    b = yield from g1()
    return a + b
def g3():
    total = yield from g2()
    yield total
print(list(g3()))
def no_value():
    return
    yield
try:
    next(no_value())
except StopIteration as e:
    print(e.value, e.args)
def tuple_value():
    yield
    return (1, 2)
g = tuple_value()
next(g)
try:
    g.send(None)
except StopIteration as e:
    print(e.value, e.args)
def catch_stop():
    r = yield from tuple_value()
    yield r
print(list(catch_stop()))
