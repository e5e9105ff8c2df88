# set and frozenset subclasses
class MySet(set):
    def extra(self):
        return len(self) * 10
class MyFrozen(frozenset):
    pass
s = MySet([3, 1, 2])
print(s, s.extra(), type(s).__name__, isinstance(s, set))
print(type(s | {9}).__name__, type(s.copy()).__name__, type(s.union()).__name__)
f = MyFrozen([1, 2])
print(f, type(f).__name__, hash(f) == hash(frozenset([1, 2])), f == frozenset([2, 1]))
print(type(f | {3}).__name__, MyFrozen() == frozenset(), repr(MySet()))
s.add(5)
s -= {1}
print(sorted(s), type(s).__name__)
