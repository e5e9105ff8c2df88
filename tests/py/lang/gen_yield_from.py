# yield from: delegation, return values, send/throw/close pass-through
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3
g = outer()
print(next(g), g.send("a"), g.send("b"))
print(list(outer()))
def flatten(items):
    for it in items:
        if isinstance(it, list):
            yield from flatten(it)
        else:
            yield it
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def from_iter():
    yield from range(3)
    yield from "ab"
    r = yield from []
    print("empty returns", r)
print(list(from_iter()))
def handler():
    try:
        yield "a"
        yield "b"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "c"
    finally:
        print("inner finally")
def delegating():
    v = yield from handler()
    print("delegate done", v)
    yield "after"
g = delegating()
print(next(g), g.throw(KeyError("x")), next(g))
print(next(g, "end"))
g = delegating()
next(g)
print(g.gi_yieldfrom is not None)
g.close()
print("closed outer")
def sub():
    yield 1
    raise ValueError("from sub")
def top():
    try:
        yield from sub()
    except ValueError as e:
        print("top caught", e)
    yield 2
print(list(top()))
class_less = iter([10, 20])
def over_iter():
    r = yield from class_less
    print("iterator result", r)
print(list(over_iter()))
try:
    list((lambda: (yield from 5))())
except TypeError as e:
    print("TypeError", e)
