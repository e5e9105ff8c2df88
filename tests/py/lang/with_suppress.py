# __exit__ returning true suppresses; errors in __enter__/__exit__
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, typ, exc, tb):
        print("exit sees", typ and typ.__name__, exc, tb is not None)
        return typ is not None and issubclass(typ, self.types)
with Suppress(KeyError):
    raise KeyError("hidden")
print("after suppressed")
try:
    with Suppress(KeyError):
        raise IndexError("shown")
except IndexError as e:
    print("IndexError", e)
def g():
    with Suppress(ZeroDivisionError):
        1 / 0
        print("not reached")
    return "suppressed in function"
print(g())
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with BadEnter():
        print("never")
except RuntimeError as e:
    print("RuntimeError", e)
class BadExit:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise TypeError("exit failed")
try:
    with BadExit():
        raise ValueError("original")
except TypeError as e:
    print("TypeError", e, type(e.__context__).__name__)
for obj in [1, None, "s"]:
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError", e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError", e)
import sys
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exc_info inside exit:", sys.exc_info()[0])
        return True
with Inspect():
    raise KeyError(1)
print("exc_info after:", sys.exc_info())
class Track:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit", a[0])
def gen():
    with Track():
        yield 1
        yield 2
for v in gen():
    print("gen value", v)
