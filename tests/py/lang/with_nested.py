# nested with blocks, exceptions across levels, with inside try/finally
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else "-")
        return self.swallow
with CM("outer", swallow=True):
    with CM("inner"):
        raise KeyError("k")
    print("not reached")
print("after outer")
try:
    with CM("a") as a, CM("b") as b:
        print("inside", a, b)
        raise ValueError("v")
except ValueError:
    print("caught ValueError")
def f():
    try:
        with CM("in try"):
            return "returned"
    finally:
        print("finally of f")
print(f())
def g():
    for i in range(2):
        with CM("w%d" % i):
            try:
                if i == 1:
                    break
            finally:
                print("inner finally", i)
    return "done"
print(g())
