class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Resource("a") as r:
    print("body", r.name)
with Resource("outer"), Resource("inner") as i:
    print("nested body", i.name)
with Resource("quiet", suppress=True):
    raise ValueError("swallowed")
print("after quiet")
try:
    with Resource("loud"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
def early():
    with Resource("ret"):
        return "returned"
print(early())
for i in range(3):
    with Resource("loop" + str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
