# generator error cases: PEP 479, already executing, tracebacks
def raises_stop():
    yield 1
    raise StopIteration("inside")
g = raises_stop()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)
def nexts_empty():
    yield next(iter([]))
try:
    list(nexts_empty())
except RuntimeError as e:
    print("RuntimeError", e)
def reentrant():
    yield me.send(None)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
def fails():
    yield 1
    1 / 0
try:
    for v in fails():
        print("got", v)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"
print(list(deep(50)))
def gen_in_except():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        yield 2
g = gen_in_except()
print(next(g), next(g), next(g, None))
