from collections.abc import Set, MutableSet, Hashable

class ListSet(Set):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            if x not in self.items:
                self.items.append(x)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return 'ListSet(' + repr(self.items) + ')'

a = ListSet([1, 2, 3, 2])
b = ListSet([3, 4])
print(a, len(a), 2 in a)
print(a & b, a | b, a - b, b - a)
print(a ^ b)
print(a == ListSet([3, 2, 1]), a <= ListSet([1, 2, 3, 4]), a < a, b.isdisjoint([7]), a.isdisjoint([1]))
print(isinstance(a, Set), isinstance(a, Hashable))

class Bag(MutableSet):
    def __init__(self):
        self.d = {}
    def __contains__(self, x):
        return x in self.d
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
    def add(self, x):
        self.d[x] = True
    def discard(self, x):
        self.d.pop(x, None)

m = Bag()
m.add(1)
m.add(2)
m |= [3, 4]
m -= [1]
print(sorted(m), len(m))
m.remove(2)
try:
    m.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
print(m.pop() in (3, 4), len(m))
m.clear()
print(len(m))
