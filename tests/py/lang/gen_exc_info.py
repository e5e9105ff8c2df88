# sys.exc_info() and exception context inside generators
import sys
def g():
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
x = g()
print(next(x))
print(sys.exc_info()[0])
print(next(x), next(x))
def h():
    yield sys.exc_info()[0]
try:
    raise ValueError("outer")
except ValueError:
    print(next(h()).__name__)
def chained():
    try:
        yield 1
    except ValueError:
        raise TypeError("while handling")
c = chained()
next(c)
try:
    c.throw(ValueError("first"))
except TypeError as e:
    print(type(e.__context__).__name__, e.__context__)
