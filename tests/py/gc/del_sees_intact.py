# PEP 442: every __del__ in a cyclic isolate runs before any member is
# cleared, so each finalizer still sees the whole structure.
import gc

seen = []


class Member:
    def __init__(self, name):
        self.name = name
        self.data = [name] * 2

    def __del__(self):
        others = sorted(o.name for o in self.links)
        seen.append((self.name, others, self.data, all(hasattr(o, "data") for o in self.links)))


gc.collect()
a, b, c = Member("a"), Member("b"), Member("c")
a.links = [b, c]
b.links = [a]
c.links = [a, b, c]
del a, b, c
gc.collect()
for s in sorted(seen):
    print(s)

# A finalizer that calls gc.collect() during a collection: nothing nested.
results = []


class Collector:
    def __del__(self):
        results.append(gc.collect())


x = Collector()
x.me = x
del x
gc.collect()
print("nested collect in __del__:", results)
