# with statements: enter/exit order, as targets, multiple items
class CM:
    def __init__(self, name, value=None):
        self.name = name
        self.value = value
    def __enter__(self):
        print("enter", self.name)
        return self.value if self.value is not None else self
    def __exit__(self, typ, exc, tb):
        print("exit", self.name, typ.__name__ if typ else None, exc)
        return False
with CM("a") as x:
    print("body", x.name)
with CM("b", 5) as y, CM("c", 6) as z:
    print("body", y, z)
with CM("t", (1, 2)) as (p, q):
    print("tuple target", p, q)
with CM("plain"):
    print("no target")
d = {}
with CM("sub", 7) as d["k"]:
    pass
print(d)
def f():
    with CM("in function", 3) as v:
        return v * 2
print(f())
for i in range(3):
    with CM("loop", i):
        if i == 0:
            continue
        if i == 2:
            break
        print("loop body", i)
try:
    with CM("raising"):
        raise ValueError("oops")
except ValueError as e:
    print("propagated", e)
