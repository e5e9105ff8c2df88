# WeakSet: members go away when they die.
import weakref


class O:
    def __init__(self, n):
        self.n = n


a, b, c = O(1), O(2), O(3)
s = weakref.WeakSet([a, b])
print(len(s), a in s, c in s, 1 in s, sorted(o.n for o in s))
s.add(c)
s.add(a)
print(len(s))
del b
print(len(s), sorted(o.n for o in s))
s.discard(c)
s.discard(O(9))
print(len(s))
try:
    s.remove(c)
except KeyError as e:
    print(type(e).__name__)
t = weakref.WeakSet([a, c])
print(sorted(o.n for o in s | t), sorted(o.n for o in s & t), sorted(o.n for o in t - s))
print(s <= t, s < t, t >= s, s == weakref.WeakSet([a]), s != t, s.isdisjoint(weakref.WeakSet([c])))
print(s.pop() is a, len(s))
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
u = t.copy()
del c
print(len(t), len(u))
t.clear()
print(len(t))
try:
    s.add(1)
except TypeError as e:
    print(type(e).__name__, e)
