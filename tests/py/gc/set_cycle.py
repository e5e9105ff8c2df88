# Sets (and frozensets) of instances whose members point back at the set.
import gc


class Item:
    live = 0

    def __init__(self, n):
        self.n = n
        Item.live += 1

    def __del__(self):
        Item.live -= 1

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, Item) and other.n == self.n


gc.collect()

s = set()
for i in range(5):
    it = Item(i)
    it.owner = s
    s.add(it)
del s, it
print("alive before:", Item.live)
n = gc.collect()
print("freed:", n >= 6, Item.live)

# A frozenset cannot hold itself, but its members can hold it.
holder = [Item(10), Item(11)]
fs = frozenset(holder)
for it in holder:
    it.group = fs
del holder, fs, it
print("alive before:", Item.live)
gc.collect()
print("after:", Item.live)

# Set inside a list inside an instance inside the set.
s = set()
box = Item(20)
box.contents = [s]
s.add(box)
del s, box
gc.collect()
print("after:", Item.live)

# Removing the back-reference lets refcounting free it without gc.
s = set()
it = Item(30)
it.owner = s
s.add(it)
it.owner = None
del s, it
print("no gc needed:", Item.live)
