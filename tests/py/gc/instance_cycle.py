# Cycles through instance attributes are freed by gc.collect(): __del__ runs
# once for each member and a class counter of live instances drops to 0.
import gc


class Node:
    live = 0
    quiet = False
    freed = []

    def __init__(self, name):
        self.name = name
        Node.live += 1

    def __del__(self):
        Node.live -= 1
        if Node.quiet:
            Node.freed.append(self.name)
        else:
            print("del", self.name)


gc.collect()

# Self-cycle.
a = Node("self")
a.me = a
del a
print("before collect:", Node.live)
n = gc.collect()
print("collected >= 1:", n >= 1, "live:", Node.live)

# Two-object cycle.
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
print("before collect:", Node.live)
n = gc.collect()
print("collected >= 2:", n >= 2, "live:", Node.live)

# A ring of ten (the order of __del__ calls within a cycle is not
# specified: print the names sorted).
Node.quiet = True
first = prev = Node("r0")
for i in range(1, 10):
    cur = Node("r%d" % i)
    prev.next = cur
    prev = cur
prev.next = first
del first, prev, cur
print("ring alive:", Node.live)
gc.collect()
print("ring freed:", Node.live, sorted(Node.freed))
Node.quiet = False

# A cycle still reachable from a global survives.
keep = Node("kept")
keep.me = keep
gc.collect()
print("kept alive:", Node.live, keep.me is keep)
keep.me = None
del keep
print("after refcount drop:", Node.live)
print("nothing left:", gc.collect())
