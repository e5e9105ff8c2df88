# An object resurrected by __del__ during a collection stays fully usable,
# together with everything it references (even the other members of its
# cycle, which are not cleared).
import gc

graveyard = []


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def __del__(self):
        if self.name == "root":
            graveyard.append(self)

    def walk(self):
        out = [self.name]
        for c in self.children:
            if c is not self and c.name != "root":
                out.extend(c.walk())
        return out


gc.collect()
root = Node("root")
a = Node("a")
b = Node("b")
root.children = [a, b]
a.children = [root]
b.children = [root, b]
root.data = {"k": [1, 2, 3], "self": root}
del root, a, b
gc.collect()
print("resurrected:", len(graveyard))
r = graveyard[0]
print(r.name, r.walk())
print(r.data["k"], r.data["self"] is r)
print(r.children[0].children[0] is r, r.children[1].children[1] is r.children[1])
print(gc.is_finalized(r), gc.is_finalized(r.children[0]))
r.children.append(Node("c"))
print(r.walk())

# A second collection while it is still reachable frees nothing of it.
gc.collect()
print(r.walk())

# Drop it: this time it stays dead (its __del__ already ran).
del r
graveyard.clear()
gc.collect()
print("graveyard:", graveyard)

# Resurrection through a global name and a method call in __del__.
class Lazarus:
    def __del__(self):
        global back
        back = self
        self.revived = self.revive()

    def revive(self):
        return "revived"


x = Lazarus()
x.cycle = [x]
del x
gc.collect()
print(back.revived, back.cycle[0] is back)
