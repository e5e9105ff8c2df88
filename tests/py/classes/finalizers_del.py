class R:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
a = R("a")
b = R("b")
del a
print("after del a")
def f():
    x = R("local")
    print("in f")
f()
print("after f")
lst = [R("l1"), R("l2")]
lst.pop()
print("popped")
lst = None
saved = []
class Phoenix:
    def __del__(self):
        print("phoenix rises")
        saved.append(self)
p = Phoenix()
del p
print(len(saved))
saved.clear()
print("cleared")
class Bad:
    def __del__(self):
        raise ValueError("oops in del")
bd = Bad()
del bd
print("end")
_u = R("underscore")
