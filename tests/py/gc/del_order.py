# The order of __del__ calls when refcounting frees objects (no cycle):
# deterministic in CPython, so programs may rely on it.
import gc

order = []


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        order.append(self.name)


def show(label):
    print(label, order)
    order.clear()


a, b = D("a"), D("b")
del a, b
show("del a, b:")

x = D("x")
x = D("y")
show("rebinding:")
del x
show("del x:")

lst = [D("l0"), D("l1"), D("l2")]
del lst
show("list:")

lst = [D("c0"), D("c1"), D("c2")]
lst.clear()
show("list.clear():")

t = (D("t0"), D("t1"), D("t2"))
del t
show("tuple:")

d = {"k0": D("d0"), "k1": D("d1"), "k2": D("d2")}
del d
show("dict:")

d = {"k0": D("e0"), "k1": D("e1")}
d.clear()
show("dict.clear():")

o = D("outer")
o.inner = D("inner")
o.second = D("second")
del o
show("instance attributes:")


def f():
    p = D("local p")
    q = D("local q")
    return 1


f()
show("function locals:")

# Chain: each object holds the next.
head = D("n0")
head.next = D("n1")
head.next.next = D("n2")
del head
show("chain:")

# A cycle with an external tail: the collector finalizes the cycle members,
# then the tail goes when the cycle is broken.
c1 = D("cyc1")
c1.me = c1
c1.tail = D("tail")
del c1
gc.collect()
print("cycle then tail:", order[0], order[-1])
order.clear()
