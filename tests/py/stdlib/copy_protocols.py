import copy

class Stateful:
    def __init__(self, items):
        self.items = items
        self.cache = 'derived'
    def __getstate__(self):
        print('getstate')
        return {'items': self.items}
    def __setstate__(self, state):
        print('setstate', sorted(state))
        self.items = state['items']
        self.cache = 'rebuilt'

s = Stateful([1, 2])
t = copy.deepcopy(s)
print(t.items, t.items is s.items, t.cache)
u = copy.copy(s)
print(u.items is s.items, u.cache)

class Reduced:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __reduce__(self):
        return (Reduced, (self.a, self.b))
    def __repr__(self):
        return 'Reduced(' + repr(self.a) + ', ' + repr(self.b) + ')'

r = Reduced(1, [2])
print(copy.copy(r), copy.deepcopy(r), copy.deepcopy(r).b is r.b, copy.copy(r).b is r.b)

class Both:
    __slots__ = ('x', '__dict__')
    def __init__(self):
        self.x = [1]
        self.y = [2]

b = Both()
c = copy.deepcopy(b)
print(c.x, c.y, c.x is b.x, c.y is b.y)

class Sub(list):
    pass
sl = Sub([1, [2]])
sl.tag = 'tagged'
cl = copy.deepcopy(sl)
print(type(cl).__name__, cl, cl.tag, cl[1] is sl[1])
